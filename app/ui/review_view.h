// Review until it sticks: today's due questions one by one, each answer
// recorded at once and followed by its feedback.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "progress/quiz_assembly.h"
#include "quiz/review_scheduler.h"
#include "ui/question_panel.h"
#include "ui/screens.h"

namespace ipprimer::ui {
class App;

class ReviewView : public View {
public:
    static constexpr Screen kScreen = Screen::Review;

    // Takes today's queue for the current learner (at most the daily cap).
    bool open(App& app) override;
    void drawContent(App& app) override;

    // State a test can see.
    int total() const { return static_cast<int>(due_.size()); }
    int position() const { return position_; }  // 0-based; total() when done
    bool done() const { return position_ >= total(); }
    int rightCount() const { return right_; }
    const QuestionPanel& panel() const { return panel_; }
    QuestionPanel& panel() { return panel_; }
    bool flagged() const { return flagged_; }

private:
    void load(App& app);
    void submit(App& app);
    void next(App& app);
    void handleKeys(App& app);
    void drawDone(App& app, float width);

    std::vector<quiz::ReviewState> due_;
    quiz::ReviewQueue queue_;
    std::optional<quiz::ReviewQueue> later_;  // what is left, once the session is done
    int position_ = 0;
    int right_ = 0;
    int answered_ = 0;
    bool flagged_ = false;  // the question just answered was missed kFlagAfterMisses times in a row
    progress::PresentedQuestion shown_;
    QuestionPanel panel_;
    std::int64_t shown_at_ms_ = 0;
    std::string error_;
};

}  // namespace ipprimer::ui
