// The reader: a Q&A lesson with each `##` question folded over its answer, an
// outline of the questions, previous/next, and the records of reading it.
#pragma once

#include <string>
#include <vector>

#include "course/course.h"
#include "markdown/document.h"
#include "ui/markdown_view.h"

namespace ipprimer::ui {
class App;

class ReaderView {
public:
    // Shows a lesson (and records that it was opened); anchor unfolds and scrolls to a question.
    void open(App& app, const course::Lesson& lesson, const std::string& anchor);
    // Shows any Markdown document, with no records kept.
    void openDocument(App& app, markdown::Document doc, std::string name);
    void drawContent(App& app);
    void fontsChanged() { view_.invalidate(); }

    // State a test (or the screenshot command) can see and set.
    const course::Lesson* lesson() const { return lesson_; }
    // The file shown by openDocument (its path, as given).
    const std::string& fileName() const { return file_name_; }
    std::size_t sectionCount() const { return doc()->sections.size(); }
    bool isOpen(std::size_t section) const { return section < open_.size() && open_[section]; }
    // The anchor of the last question unfolded and still open, "" if none.
    std::string openAnchor() const;
    void setOpen(std::size_t section, bool open);
    void setShowAll(bool show);
    bool showAll() const { return show_all_; }
    bool finishedRecorded() const { return finished_recorded_; }
    // The glossary term whose definition the pointer shows, -1 for none.
    int hoveredTerm() const { return view_.hovered_term; }

private:
    const markdown::Document* doc() const { return lesson_ ? &lesson_->doc : &file_doc_; }
    void resetReading();
    void drawToolbar(App& app);
    void drawOutline(App& app, float height);
    void drawText(App& app, float width);
    bool drawQuestionHeader(const markdown::Section& section, std::size_t index, float width, const FontSet& fonts);
    void checkFinished(App& app);
    void handleKeys(App& app);

    const course::Lesson* lesson_ = nullptr;
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
};

}  // namespace ipprimer::ui
