// Which attempts the question statistics count (progress/question_sample.h):
// each learner's first finished attempt at each quiz, blanks as 0, the last
// answer within an attempt, and a row for every question of the course.
#include <gtest/gtest.h>

#include "progress/question_sample.h"

using namespace ipprimer;

namespace {

progress::FinishedAttempt attempt(std::int64_t learner, std::string quiz, std::int64_t order,
                                  std::vector<quiz::AttemptAnswers::Answer> answers) {
    return {learner, std::move(quiz), order, {"q1", "q2", "q3"}, std::move(answers)};
}

double markOf(const quiz::AttemptAnswers& attempt, const std::string& id) {
    for (const auto& answer : attempt.answers)
        if (answer.question_id == id) return answer.fraction;
    return -1;
}

}  // namespace

TEST(QuestionSample, EachLearnersFirstAttemptAtEachQuiz) {
    const std::vector<progress::FinishedAttempt> attempts{
        attempt(1, "module:a", 20, {{"q1", 0}, {"q2", 0}, {"q3", 0}}),  // a later attempt, given first
        attempt(1, "module:a", 10, {{"q1", 1}, {"q2", 0.5}, {"q1", 0}}),
        attempt(1, "role:owner", 30, {{"q1", 1}}),
        attempt(2, "module:a", 40, {{"q3", 1}}),
    };
    const auto sample = progress::firstAttempts(attempts);
    ASSERT_EQ(sample.size(), 3u) << "one per learner and quiz";
    // (1, module:a): attempt 10, its last answer to q1 (0), q3 left blank (0).
    const auto& first = sample[0];
    ASSERT_EQ(first.answers.size(), 3u) << "every question it held";
    EXPECT_EQ(markOf(first, "q1"), 0);
    EXPECT_EQ(markOf(first, "q2"), 0.5);
    EXPECT_EQ(markOf(first, "q3"), 0);
    EXPECT_EQ(markOf(sample[1], "q1"), 1) << "the role quiz is another quiz";
    EXPECT_EQ(markOf(sample[2], "q3"), 1);
}

TEST(QuestionSample, EveryCourseQuestionHasARowInIdOrder) {
    std::vector<quiz::AttemptAnswers> sample(3);
    for (auto& a : sample) a.answers = {{"b", 1}, {"gone", 0}};
    const auto rows = progress::questionRows(sample, {"c", "b", "a"});
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].question_id, "a");
    EXPECT_EQ(rows[0].answers, 0);
    EXPECT_EQ(rows[1].question_id, "b");
    EXPECT_EQ(rows[1].answers, 3);
    EXPECT_DOUBLE_EQ(rows[1].facility, 100);
    EXPECT_EQ(rows[2].question_id, "c");
    EXPECT_EQ(rows[3].question_id, "gone") << "a question no longer in the course keeps its row";
}
