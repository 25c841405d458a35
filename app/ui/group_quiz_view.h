// The group quiz of a workshop: a bank question on the projector, the hands
// counted per option (or the room's answer entered), the right answer and its
// feedback revealed, and at the end what the room found hard.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "course/course.h"
#include "markdown/document.h"
#include "quiz/group_quiz.h"
#include "quiz/question.h"
#include "store/workshops.h"
#include "ui/fonts.h"
#include "ui/markdown_view.h"
#include "ui/screens.h"
#include "ui/shrink_to_fit.h"

namespace ipprimer::ui {
class App;

// Below this share of the room right, a question counts as hard.
inline constexpr double kHardShare = 0.6;

// How a share of the room that was right reads (group_quiz_summary.cpp):
// "71%", never "100%" unless every hand was right, nor "0%" unless none was.
std::string roomShareText(double share);
// "✓ " only when the whole room was right, "✗ " for a hard question, "• " between.
std::string shareMark(std::optional<double> share);
ImU32 shareColor(std::optional<double> share);
// The summary's first line, from the share right of each question asked (none
// where nothing was entered): it says what the counts say.
std::string summaryHeadline(const std::vector<std::optional<double>>& shares);

class GroupQuizView : public View {
public:
    static constexpr Screen kScreen = Screen::GroupQuiz;

    enum class Page { Choose, Question, Summary };

    // The group quiz of a session. Coming back to the same session keeps
    // what was asked and entered; another session starts afresh.
    void start(App& app, std::int64_t session_id, std::int64_t started_at, const std::vector<std::string>& lesson_ids);
    void drawContent(App& app) override;
    // The trainer's side on a console of its own: the list of questions, the
    // hands counted for each option, the summary (group_quiz_console.cpp).
    void drawConsole(App& app) override;
    void fontsChanged() override;

    Page page() const { return page_; }
    void showPage(Page page) { page_ = page; }
    // Puts a question on screen; false when the banks hold no such question.
    bool show(App& app, const std::string& question_id);
    const quiz::Question* current() const { return current_; }
    // Shows the right answer and its feedback, and keeps what the room answered.
    void reveal(App& app);
    bool revealed() const;
    // The questions offered for this session (on its lessons unless all banks are asked for).
    const std::vector<const quiz::Question*>& candidates() const { return candidates_; }
    void setAllBanks(App& app, bool all);
    std::int64_t session() const { return session_; }

private:
    // What the trainer entered for a question, and whether its answer is shown.
    struct Entry {
        quiz::RoomEntry room;
        bool revealed = false;
    };
    // The options, and the Markdown parsed once per question put on screen.
    struct Shown {
        std::vector<quiz::RoomOption> options;
        std::vector<std::string> matches;  // matching: the choices, in the order offered
        markdown::Document text;
        std::vector<markdown::Document> option_text;
        std::vector<markdown::Document> option_feedback;
        markdown::Document general_feedback;
    };

    void collectCandidates(App& app);
    void reload(App& app);  // what the store holds of this session's group quiz
    Shown& shown(const quiz::Question& question);
    Entry& entry(const quiz::Question& question);
    // What the room answered, from what the trainer entered, as the session keeps it.
    store::GroupAnswer answerOf(const quiz::Question& question);
    void record(App& app);
    void nextQuestion(App& app);
    void handleKeys(App& app);
    void drawHeader(App& app, const char* title);
    void drawChoose(App& app);
    void drawQuestion(App& app);
    // The options as the room sees them, with the trainer's counting controls beside them or not.
    void drawOptions(App& app, const quiz::Question& question, float width, bool with_controls);
    // One option's controls: hands counted (- count +) and the room's answer; true when changed.
    bool drawCountControls(App& app, const quiz::Question& question, std::size_t option);
    void drawTypedAnswer(App& app, const quiz::Question& question, float width, bool with_controls);
    void drawMatching(App& app, const quiz::Question& question, float width, bool with_controls);
    void drawQuestionButtons(App& app);
    // The console's pages (group_quiz_console.cpp).
    void drawConsoleQuestion(App& app);
    // On the projector while the trainer chooses on the console.
    void drawRoomWaiting(App& app);
    void drawSummary(App& app);
    // The lesson a question draws on (its first tag that is a lesson), or null.
    const course::Lesson* lessonOf(App& app, const quiz::Question& question) const;
    // The question's title, or the start of its text.
    static std::string titleOf(const quiz::Question& question);
    // "One answer: hands up.": what the room is asked to do.
    static const char* hintOf(const quiz::Question& question);
    // "Group quiz · question 3": the heading while a question is on screen.
    std::string askedTitle(const quiz::Question& question) const;

    std::int64_t session_ = 0;
    std::int64_t started_at_ = 0;
    std::vector<std::string> lesson_ids_;
    bool all_banks_ = false;
    std::string search_;
    std::vector<const quiz::Question*> candidates_;
    std::vector<std::string> asked_;  // question ids in the order first revealed
    std::map<std::string, store::GroupAnswer> recorded_;  // as kept in the store
    std::map<std::string, Entry> entries_;
    std::map<std::string, Shown> shown_;
    const quiz::Question* current_ = nullptr;
    Page page_ = Page::Choose;
    bool scroll_to_top_ = false;
    ShrinkToFit fit_;
    FontSet big_;
    MarkdownView view_;
    MarkdownView console_view_;  // the question on the console, in the regular faces
};

}  // namespace ipprimer::ui
