// Starting and resuming quiz attempts: which attempt, and its questions as
// drawn, before the quiz screen shows them.
#include "progress/quiz_assembly.h"
#include "store/attempts.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/quiz_records.h"
#include "ui/quiz_view.h"

namespace ipprimer::ui {

void App::startQuiz(const std::string& quiz_id, std::optional<std::uint64_t> seed) {
    if (!learner_) return;
    auto learner = store_.roster().find(*learner_);
    if (!learner) return;
    try {
        // One attempt of a quiz at a time: an unfinished one is taken up again.
        for (const store::AttemptRecord& record : store_.attempts().unfinished(*learner_))
            if (record.quiz_id == quiz_id) {
                resumeAttempt(record.id);
                return;
            }
        const store::QuizStanding standing = quizStanding(*this, quiz_id);
        if (standing.attempts_left == 0) {
            status_ = "You have used every attempt at this quiz in this certification period.";
            return;
        }
    } catch (const std::exception& e) {
        status_ = std::string("The quiz could not start: ") + e.what();
        return;
    }
    auto plan = progress::drawQuiz(course_, quiz_id, learner->role, seed ? *seed : progress::freshSeed());
    if (!plan || plan->questions.empty()) {
        status_ = "There are no questions for " + quizTitle(course_, quiz_id) + " in this course.";
        return;
    }
    if (view<QuizView>().start(*this, std::move(*plan))) navigate(Screen::Quiz);
}

void App::resumeAttempt(std::int64_t attempt_id) {
    if (!learner_) return;
    std::optional<store::AttemptRecord> record;
    try {
        record = store_.attempts().attempt(attempt_id);
    } catch (const std::exception& e) {
        status_ = std::string("The quiz could not be resumed: ") + e.what();
        return;
    }
    if (!record || record->learner_id != *learner_ || record->finished()) {
        status_ = "There is no unfinished quiz to resume.";
        return;
    }
    auto learner = store_.roster().find(*learner_);
    auto plan = progress::replayQuiz(course_, record->quiz_id, learner ? learner->role : "", record->seed,
                                 record->question_ids);
    if (!plan || plan->questions.empty()) {
        status_ = quizTitle(course_, record->quiz_id) + " is no longer in this course, so it cannot be resumed.";
        return;
    }
    // resume() shows the result instead when only the finish was missing.
    QuizView& quiz = view<QuizView>();
    if (quiz.resume(*this, *record, std::move(*plan)) && quiz.active()) navigate(Screen::Quiz);
}

void App::learnerChangedForQuizzes() {
    // The attempt on screen stays recorded and resumable by its learner.
    view<QuizView>().close();
    offer_resume_ = true;
}

}  // namespace ipprimer::ui
