// The quiz part of home: the role quiz's state with its button, a practice
// button per module, how many reviews are due, and the offer to resume an
// attempt that was broken off.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "course/course.h"
#include "quiz/review_scheduler.h"
#include "store/attempts.h"

namespace ipprimer::ui {
class App;

class QuizHome {
public:
    // Re-reads standings and reviews; called when home is shown.
    void refresh(App& app);
    void drawRoleQuiz(App& app);
    void drawPractice(App& app, const course::Module& module);
    // The modal offer to resume, when the app asked for one at start.
    void drawResumeOffer(App& app);

    // State a test can see.
    const store::QuizStanding& roleStanding() const { return role_; }
    int reviewsDue() const { return static_cast<int>(reviews_.today.size()); }
    const std::optional<store::AttemptRecord>& resumeOffer() const { return offer_; }

private:
    std::string role_quiz_id_;
    bool has_role_quiz_ = false;
    int role_quiz_size_ = 0;
    int role_pass_mark_ = 0;
    int role_answered_ = 0;   // of the unfinished role attempt
    int role_questions_ = 0;
    store::QuizStanding role_;
    std::map<std::string, store::QuizStanding, std::less<>> practice_;  // by module id
    quiz::ReviewQueue reviews_;
    std::optional<store::AttemptRecord> offer_;
};

}  // namespace ipprimer::ui
