// Taking a quiz: one question per page with "4 of 15", each answer recorded
// the moment it is submitted, feedback after each question (practice) or on
// the result page (role quiz), and an attempt that can be left and resumed.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "progress/quiz_assembly.h"
#include "quiz/scoring.h"
#include "store/attempts.h"
#include "ui/question_panel.h"
#include "ui/screens.h"

namespace ipprimer::ui {
class App;

// The attempt is given by start() or resume() (App::startQuiz, resumeAttempt)
// before the screen is navigated to; "Back to the quiz" navigates again.
class QuizView : public View {
public:
    static constexpr Screen kScreen = Screen::Quiz;

    // Puts the first question of `plan` up. Nothing is recorded until the
    // first answer: an attempt counts from then (opening a quiz and leaving
    // it costs no attempt), and is recorded with that answer.
    bool start(App& app, progress::QuizPlan plan);
    // Takes up an unfinished attempt again: its questions as drawn, its
    // answers in place, at the first question not answered yet. When only
    // the finish was missing it finishes and shows the result instead.
    bool resume(App& app, const store::AttemptRecord& record, progress::QuizPlan plan);
    // Forgets the attempt on screen (it stays recorded, and resumable).
    void close();
    // Nothing to read again: every answer was recorded when it was given.
    bool open(App&) override { return active(); }
    void drawContent(App& app) override;

    // State a test (or the screenshot command) can see.
    bool active() const { return !plan_.questions.empty(); }
    // The attempt's id in the records; 0 until the first answer is given.
    std::int64_t attemptId() const { return attempt_id_; }
    const progress::QuizPlan& plan() const { return plan_; }
    int page() const { return page_; }  // 0-based question on screen
    int questionCount() const { return static_cast<int>(plan_.questions.size()); }
    int answeredCount() const;
    bool isAnswered(int question) const { return recorded_[static_cast<std::size_t>(question)].has_value(); }
    const std::optional<quiz::Response>& recordedResponse(int question) const {
        return recorded_[static_cast<std::size_t>(question)];
    }
    const QuestionPanel& panel() const { return panel_; }
    QuestionPanel& panel() { return panel_; }
    bool showingFeedback() const;
    const std::string& error() const { return error_; }

private:
    void showPage(int page);
    void submit(App& app);
    void goOn(App& app);
    void finish(App& app);
    void handleKeys(App& app);
    int firstUnanswered() const;
    std::int64_t recordStart(store::Attempts& attempts, std::int64_t learner_id) const;
    void drawHeader(App& app, float width);
    void drawButtons(App& app);

    progress::QuizPlan plan_;
    std::int64_t attempt_id_ = 0;
    int page_ = 0;
    std::vector<std::optional<quiz::Response>> recorded_;
    std::vector<std::optional<quiz::Score>> scores_;
    std::vector<std::int64_t> durations_;
    std::int64_t carried_ms_ = 0;  // time recorded before a resumption
    QuestionPanel panel_;
    std::chrono::steady_clock::time_point shown_at_;
    bool scroll_to_top_ = false;
    std::string error_;
};

}  // namespace ipprimer::ui
