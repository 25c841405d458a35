// Drawing quizzes from the course's banks: a role's quiz (balanced across the
// role's modules, preferring questions tagged for the role) and a module's
// practice quiz; the same seed always gives the same quiz.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "course/course.h"
#include "progress/quiz_id.h"
#include "quiz/question.h"

namespace ipprimer::progress {

// When the learner sees whether an answer was right, and why.
enum class FeedbackTiming { AfterEach, AtEnd };

// One question as one attempt shows it.
struct PresentedQuestion {
    const quiz::Question* question = nullptr;  // into the course's banks: valid while the course is
    std::string module_id;
    // Multiple choice and multiple answer: the answers in the order shown, as
    // indices into question->answers. Empty for other types.
    std::vector<int> answer_order;
    // Matching: the matches offered for every item, in the order shown, each
    // distinct match text once, as the index of a pair holding that text.
    std::vector<int> match_choices;
};

// A drawn quiz: what an attempt records (id, seed, question ids) and shows.
struct QuizPlan {
    std::string quiz_id;  // QuizId::text()
    QuizKind kind = QuizKind::Role;
    std::string target;   // the role or module id
    std::uint64_t seed = 0;
    int pass_mark = 70;   // percent
    FeedbackTiming feedback = FeedbackTiming::AtEnd;
    std::vector<PresentedQuestion> questions;
    int wanted = 0;  // the size asked for; more than questions.size() when the banks hold too few
    // Replays only: recorded question ids the course no longer has.
    std::vector<std::string> missing;

    std::vector<std::string> questionIds() const;
};

// A role's quiz of role.quiz_size questions from the banks of its modules:
// each module gets an equal share (the remainder goes to modules picked by
// the seed; a module whose bank is too small gives its share to the others);
// within a module at least half come from questions tagged `role-<id>` when
// there are enough, the rest from those and the untagged ones, and only then
// from questions tagged for other roles. No question twice; essays,
// descriptions and questions without an id are never drawn. When all banks
// together hold too few, every eligible question is drawn (wanted says how
// many were asked for). Questions come in an order mixed by the seed.
QuizPlan drawRoleQuiz(const course::Course& course, const course::Role& role, std::uint64_t seed);

// A module's practice quiz of settings.practice_size questions (or all the
// bank has), preferring questions tagged for `role_id` as above. Its pass
// mark is that of the learner's role (70 without one), for orientation.
QuizPlan drawPracticeQuiz(const course::Course& course, const course::Module& module, std::string_view role_id,
                          std::uint64_t seed);

// Either of the above by quiz id; nullopt when the id names no role or
// module of the course (a practice quiz of a module without a bank included).
std::optional<QuizPlan> drawQuiz(const course::Course& course, std::string_view quiz_id, std::string_view role_id,
                                 std::uint64_t seed);

// An attempt shown again exactly: its recorded questions in their recorded
// order, answers ordered by its seed. Questions since removed from the banks
// are left out and listed in `missing`. nullopt for an unknown quiz id.
std::optional<QuizPlan> replayQuiz(const course::Course& course, std::string_view quiz_id, std::string_view role_id,
                                   std::uint64_t seed, const std::vector<std::string>& question_ids);

// How one question is shown under a seed: its answers (multiple choice,
// multiple answer) or matches shuffled by quiz::answerOrder, true/false never.
// The order depends only on the seed and the question's id, not on the other
// questions drawn.
PresentedQuestion presentQuestion(const quiz::Question& question, std::string module_id, std::uint64_t seed);

// A seed for a new attempt, from the system's entropy. At most 2^53 - 1, so
// that it survives JSON readers that hold numbers as doubles.
std::uint64_t freshSeed();

}  // namespace ipprimer::progress
