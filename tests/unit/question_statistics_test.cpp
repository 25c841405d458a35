// Facility and discrimination as Moodle's quiz statistics define them,
// checked against an example worked by hand.
#include <gtest/gtest.h>

#include "quiz/question_statistics.h"

using namespace ipprimer::quiz;

namespace {

AttemptAnswers attempt(double q1, double q2, double q3) { return {{{"q1", q1}, {"q2", q2}, {"q3", q3}}}; }

// Four learners, three questions each:
//        q1 q2 q3
//   A     1  1  1
//   B     1  0  1
//   C     0  0  1
//   D     0  1  0
// q1: own 1,1,0,0; rest of the test (mean of the other two) 1,.5,.5,.5:
//     r = .25 / sqrt(1 * .1875) = .57735.
// q2: own 1,0,0,1; rest 1,1,.5,0: r = -.25 / sqrt(1 * .6875) = -.30151.
// q3: own 1,1,1,0; rest 1,.5,0,.5: covariance 0, so r = 0.
const std::vector<AttemptAnswers> kRoom = {attempt(1, 1, 1), attempt(1, 0, 1), attempt(0, 0, 1), attempt(0, 1, 0)};

}  // namespace

TEST(QuestionStatistics, MatchesTheExampleWorkedByHand) {
    const auto stats = questionStatistics(kRoom, {.minimum_answers = 4});
    ASSERT_EQ(stats.size(), 3u);
    EXPECT_EQ(stats[0].question_id, "q1");
    EXPECT_EQ(stats[0].answers, 4);
    EXPECT_DOUBLE_EQ(stats[0].facility, 50.0);
    ASSERT_TRUE(stats[0].discrimination);
    EXPECT_NEAR(*stats[0].discrimination, 57.735, 0.001);
    EXPECT_EQ(stats[0].flag, QuestionFlag::None);

    EXPECT_DOUBLE_EQ(stats[1].facility, 50.0);
    ASSERT_TRUE(stats[1].discrimination);
    EXPECT_NEAR(*stats[1].discrimination, -30.151, 0.001);
    EXPECT_EQ(stats[1].flag, QuestionFlag::NotDiscriminating);

    EXPECT_DOUBLE_EQ(stats[2].facility, 75.0);
    ASSERT_TRUE(stats[2].discrimination);
    EXPECT_NEAR(*stats[2].discrimination, 0.0, 1e-9);
    EXPECT_EQ(stats[2].flag, QuestionFlag::NotDiscriminating);
}

TEST(QuestionStatistics, PartCreditCountsAsAFraction) {
    const auto stats = questionStatistics({{{{"q", 0.5}}}, {{{"q", 0.25}}}});
    ASSERT_EQ(stats.size(), 1u);
    EXPECT_DOUBLE_EQ(stats[0].facility, 37.5);
    EXPECT_FALSE(stats[0].discrimination) << "two attempts are too few to correlate";
}

TEST(QuestionStatistics, AQuestionEveryoneGetsRightIsTooEasyAndHasNoDiscrimination) {
    std::vector<AttemptAnswers> attempts;
    for (int i = 0; i < 12; ++i) attempts.push_back({{{"easy", 1.0}, {"other", i % 2 ? 1.0 : 0.0}}});
    const auto stats = questionStatistics(attempts);
    EXPECT_EQ(stats[0].question_id, "easy");
    EXPECT_DOUBLE_EQ(stats[0].facility, 100.0);
    EXPECT_FALSE(stats[0].discrimination);
    EXPECT_EQ(stats[0].flag, QuestionFlag::TooEasy);
    EXPECT_EQ(flagName(stats[0].flag), "too easy");
}

TEST(QuestionStatistics, AQuestionFewGetRightIsTooHard) {
    std::vector<AttemptAnswers> attempts;
    for (int i = 0; i < 10; ++i) attempts.push_back({{{"hard", i == 0 ? 1.0 : 0.0}, {"other", i < 5 ? 1.0 : 0.0}}});
    const auto stats = questionStatistics(attempts);
    EXPECT_DOUBLE_EQ(stats[0].facility, 10.0);
    EXPECT_EQ(stats[0].flag, QuestionFlag::TooHard);
}

TEST(QuestionStatistics, FewAnswersAreNeverFlagged) {
    const auto stats = questionStatistics(kRoom);  // four answers, below the default ten
    for (const auto& question : stats) EXPECT_EQ(question.flag, QuestionFlag::None) << question.question_id;
}

TEST(QuestionStatistics, NoAttemptsNoRows) { EXPECT_TRUE(questionStatistics({}).empty()); }
