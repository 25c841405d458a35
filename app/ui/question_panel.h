// One question on screen, shared by the quiz, result and review screens: its
// text, the widget its type needs, and once answered, whether it was right,
// the right answer and the feedback that says why. Texts are parsed once,
// when the question is loaded, never per frame.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "course/course.h"
#include "markdown/document.h"
#include "progress/quiz_assembly.h"
#include "quiz/scoring.h"
#include "ui/markdown_view.h"

namespace ipprimer::ui {
class App;

class QuestionPanel {
public:
    // Shows a question with no response yet.
    void load(const progress::PresentedQuestion& shown);
    // Puts an earlier response in place (a resumed attempt, a result).
    void setResponse(const quiz::Response& response);
    // Once answered: the score, and the feedback texts parsed for showing.
    void setOutcome(const quiz::Score& score);

    // The question and its answer widget, `width` pixels wide. While locked
    // the response cannot change; with an outcome, right and wrong choices
    // are marked.
    void draw(App& app, float width, bool locked);
    // Right or wrong, the right answer when it was not fully right, the
    // feedback, and links to the lessons of the question's topics.
    void drawOutcome(App& app, float width);

    // Keyboard: the n-th option shown (1-based) is picked, or toggled where
    // several may be chosen; true/false: 1 is True, 2 is False.
    void pickOption(int position);
    // How many options digits can pick (0 for typed and matched answers).
    int optionCount() const;

    // Matching: the numbers of the items (1-based, as shown) with no match
    // chosen yet; empty for other questions.
    std::vector<int> blankRows() const;
    // An answer with rows left blank is submitted only deliberately: the
    // first Submit asks instead (false), and drawBlankQuestion says which
    // rows are blank until the learner confirms or fills them.
    bool mayBeSubmitted();
    bool askingAboutBlanks() const { return asking_about_blanks_; }
    // True when the learner confirmed "Submit with blank rows".
    bool drawBlankQuestion(float width);

    const progress::PresentedQuestion* shown() const { return shown_ ? &*shown_ : nullptr; }
    const quiz::Response& response() const { return response_; }
    bool answered() const;
    const std::optional<quiz::Score>& outcome() const { return outcome_; }
    // A link the learner clicked in the question or its feedback; cleared.
    std::string takeClickedLink();

private:
    void drawChoices(App& app, float width, bool locked);
    void drawTrueFalse(App& app, float width, bool locked);
    void drawTyped(App& app, float width, bool locked);
    void drawMatching(App& app, float width, bool locked);  // question_matching.cpp
    // A match chooser the width of its column, its choice shown whole.
    void drawMatchChooser(std::size_t pair, int number, float width, bool locked);
    // A selectable row with a radio or check mark; returns true when clicked.
    bool optionRow(const std::string& record_as, const markdown::Document& text, bool selected, bool radio,
                   float width, bool locked, int mark, std::size_t slot);
    void drawDocument(const markdown::Document& doc, float width);
    void styleView(App& app);

    std::optional<progress::PresentedQuestion> shown_;
    quiz::Response response_;
    std::optional<quiz::Score> outcome_;
    markdown::Document text_;
    std::vector<markdown::Document> options_;  // in the order shown
    std::vector<markdown::Document> items_;    // matching: one per pair (empty for distractors)
    std::vector<std::string> match_labels_;    // matching: plain text of each pair's match
    markdown::Document right_answer_;
    std::vector<markdown::Document> feedback_;
    std::vector<float> row_heights_;  // last frame's option heights, for their backgrounds
    float font_size_ = 0;             // the font size those heights were measured with
    bool focus_text_ = false;
    bool asking_about_blanks_ = false;
    bool blanks_confirmed_ = false;
    MarkdownView view_;
    std::string clicked_link_;
};

}  // namespace ipprimer::ui
