// The reader: a Q&A lesson with each `##` question folded over its answer, an
// outline of the questions, previous/next, and the records of reading it.
#pragma once

#include <string>
#include <vector>

#include "course/course.h"
#include "markdown/document.h"
#include "ui/lesson_marks.h"
#include "ui/markdown_view.h"
#include "ui/proposal_panel.h"
#include "ui/screens.h"

namespace ipprimer::ui {
class App;

class ReaderView : public View {
public:
    static constexpr Screen kScreen = Screen::Reader;

    // The lesson to show; anchor names the question to unfold and scroll to.
    void setLesson(const course::Lesson& lesson, std::string anchor);
    // Starts the lesson (or document) from the top, folded, and records
    // that a lesson was opened.
    bool open(App& app) override;
    void drawContent(App& app) override;
    void fontsChanged() override { view_.invalidate(); }

    // State a test (or the screenshot command) can see and set.
    const course::Lesson* lesson() const { return lesson_; }
    // The file shown by openDocument (its path, as given).
    const std::string& fileName() const { return file_name_; }
    std::size_t sectionCount() const { return doc()->sections.size(); }
    bool isOpen(std::size_t section) const { return section < open_.size() && open_[section]; }
    // Unfolded at some time (the outline's tick), in this visit or an earlier one.
    bool wasRead(std::size_t section) const { return section < ever_opened_.size() && ever_opened_[section]; }
    // The anchor of the last question unfolded and still open, "" if none.
    std::string openAnchor() const;
    void setOpen(std::size_t section, bool open);
    void setShowAll(bool show);
    bool showAll() const { return show_all_; }
    bool finishedRecorded() const { return finished_recorded_; }
    // The glossary term whose definition the pointer shows, -1 for none.
    int hoveredTerm() const { return view_.hovered_term; }
    // The lesson's register task at its end (proposal_panel.h).
    const ProposalPanel& proposals() const { return proposals_; }

protected:
    // Any Markdown document, with no records kept (the File screen).
    void setDocument(markdown::Document doc, std::string name);

private:
    const markdown::Document* doc() const { return lesson_ ? &lesson_->doc : &file_doc_; }
    void resetReading();
    void drawToolbar(App& app);
    void drawOutline(App& app, float height);
    void drawText(App& app, float width);
    bool drawQuestionHeader(const markdown::Section& section, std::size_t index, float width, const FontSet& fonts);
    void checkFinished(App& app);
    void handleKeys(App& app);
    void takeUpMarks(App& app);  // the learner's ticks from earlier visits

    const course::Lesson* lesson_ = nullptr;
    std::vector<const course::Lesson*> role_lessons_;  // the learner's lessons in order, read when one opens
    std::string anchor_;  // given with the lesson, taken up when it opens
    markdown::Document file_doc_;
    std::string file_name_;
    std::vector<char> open_;
    std::vector<char> ever_opened_;
    int last_opened_ = -1;  // the section unfolded most recently
    bool show_all_ = false;
    bool at_end_ = false;
    bool finished_recorded_ = false;
    int scroll_to_section_ = -1;
    bool scroll_to_top_ = false;
    float scroll_by_ = 0;
    MarkdownView view_;
    ProposalPanel proposals_;  // a lesson's register task, at its end
    LessonMarks marks_;  // kept for the learner between sessions
};

// Any Markdown file, shown as the reader shows a lesson, with no records kept
// (`ipprimer screenshot file:...`). A screen of its own, so that a file never
// takes the place of the lesson being read.
class FileView final : public ReaderView {
public:
    static constexpr Screen kScreen = Screen::File;
    using ReaderView::setDocument;
};

}  // namespace ipprimer::ui
