// The result of a finished attempt: score, pass or fail against the pass
// mark, a breakdown by topic, and every question again with the learner's
// answer, the right answer and the feedback.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "progress/attempt_score.h"
#include "progress/quiz_assembly.h"
#include "store/attempts.h"
#include "ui/certificate_panel.h"
#include "ui/question_panel.h"
#include "ui/screens.h"

namespace ipprimer::ui {
class App;

class ResultView : public View {
public:
    static constexpr Screen kScreen = Screen::Result;

    // The finished attempt to show.
    void setAttempt(std::int64_t attempt_id) { attempt_to_show_ = attempt_id; }
    // Reads the attempt from the store and shows it as it was drawn (its
    // seed and questions). False, with the app's status set, when it cannot.
    bool open(App& app) override;
    void drawContent(App& app) override;

    // State a test can see.
    std::int64_t attemptId() const { return record_ ? record_->id : 0; }
    const std::optional<store::AttemptRecord>& record() const { return record_; }
    const progress::AttemptScore& score() const { return score_; }
    int reviewCount() const { return static_cast<int>(panels_.size()); }
    const CertificatePanel& certificate() const { return certificate_; }

private:
    void drawSummary(App& app, float width);
    void drawTopics(App& app, float width);
    void drawQuestions(App& app, float width);

    std::int64_t attempt_to_show_ = 0;
    std::optional<store::AttemptRecord> record_;
    progress::QuizPlan plan_;
    progress::AttemptScore score_;
    std::vector<QuestionPanel> panels_;  // one per question, answered and scored
    store::QuizStanding standing_;       // role quizzes: attempts left, best score
    int reviews_due_ = 0;
    bool scroll_to_top_ = false;
    CertificatePanel certificate_;  // after a role quiz passed
};

}  // namespace ipprimer::ui
