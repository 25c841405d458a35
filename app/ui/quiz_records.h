// What the quiz screens read about the current learner: a quiz's standing and
// the review queue, put together from the store, the course and the clock.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "course/course.h"
#include "quiz/review_scheduler.h"
#include "store/attempts.h"

namespace ipprimer::ui {
class App;

// The course's rules for a quiz: role quizzes have the attempt limit,
// grading and recertification period; practice quizzes have none.
store::QuizRules quizRules(const course::Course& course, std::string_view quiz_id);

// "Role quiz · IT", "Practice · The kinds of IP": a quiz's name on screen.
std::string quizTitle(const course::Course& course, std::string_view quiz_id);

// A learner's standing at a quiz, today: on home, the result page and the
// manager's record alike. An attempt counts from its first answer; one that
// was opened and left with none (recorded so by earlier versions) does not.
store::QuizStanding quizStanding(App& app, std::int64_t learner_id, std::string_view quiz_id);
// The current learner's.
store::QuizStanding quizStanding(App& app, std::string_view quiz_id);

// The current learner's answers to questions the course still has.
std::vector<quiz::AnswerRecord> answerRecords(App& app);

// Review settings for the current learner: the course's daily cap, their own
// sample, local days.
quiz::ReviewSettings reviewSettings(App& app);

// What the current learner should review now.
quiz::ReviewQueue reviewQueue(App& app);

}  // namespace ipprimer::ui
