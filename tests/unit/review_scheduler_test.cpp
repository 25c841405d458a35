// The review schedule a learner lives with: missed questions come back the
// next day, then after 6 days, then further apart; a miss in a quiz is also
// offered the same day; answering early does not count; a daily cap holds
// back the rest; repeated misses are flagged.
#include "quiz/review_scheduler.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ipprimer;
using namespace ipprimer::quiz;

namespace {

constexpr std::int64_t kDay = 86'400'000;
// Noon of day n, so that no time zone moves an answer to another day.
std::int64_t noon(int day) { return day * kDay + kDay / 2; }

AnswerRecord answer(const std::string& id, double score, int day, bool review = false) {
    return {id, score, noon(day), review};
}

ReviewSettings noSample(int cap = 20) {
    ReviewSettings settings;
    settings.daily_cap = cap;
    settings.sample_percent = 0;
    return settings;
}

const ReviewState* find(const std::vector<ReviewState>& states, const std::string& id) {
    auto it = std::find_if(states.begin(), states.end(), [&](const ReviewState& s) { return s.question_id == id; });
    return it == states.end() ? nullptr : &*it;
}

}  // namespace

TEST(ReviewScheduler, GradesFollowTheScore) {
    EXPECT_EQ(recallQuality(1.0), 4);
    EXPECT_EQ(recallQuality(0.75), 3);
    EXPECT_EQ(recallQuality(0.5), 3);
    EXPECT_EQ(recallQuality(0.25), 2);
    EXPECT_EQ(recallQuality(0.0), 1);
}

TEST(ReviewScheduler, AMissedQuestionComesBackTomorrowThenAfterSixDaysThenFurther) {
    std::vector<AnswerRecord> answers = {answer("q", 0.0, 100)};
    auto state = reviewStates(answers, noSample()).at(0);
    EXPECT_TRUE(state.in_review);
    EXPECT_EQ(state.due_day, 101);

    answers.push_back(answer("q", 1.0, 101, true));
    state = reviewStates(answers, noSample()).at(0);
    EXPECT_EQ(state.repetitions, 1);
    EXPECT_EQ(state.interval_days, 1);
    EXPECT_EQ(state.due_day, 102);

    answers.push_back(answer("q", 1.0, 102, true));
    state = reviewStates(answers, noSample()).at(0);
    EXPECT_EQ(state.interval_days, 6);
    EXPECT_EQ(state.due_day, 108);

    answers.push_back(answer("q", 1.0, 108, true));
    state = reviewStates(answers, noSample()).at(0);
    // The miss lowered the ease from 2.5 to 1.96 (SM-2, grade 1); right answers (grade 4) keep it.
    EXPECT_NEAR(state.ease, 1.96, 1e-9);
    EXPECT_EQ(state.interval_days, 12);  // round(6 * 1.96)
    EXPECT_EQ(state.due_day, 120);
}

TEST(ReviewScheduler, AnsweringRightBeforeTheDueDayDoesNotMoveTheScheduleOn) {
    std::vector<AnswerRecord> answers = {answer("q", 0.0, 10), answer("q", 1.0, 10)};
    auto state = reviewStates(answers, noSample()).at(0);
    EXPECT_EQ(state.repetitions, 0) << "right again in the same quiz session is not spaced recall";
    EXPECT_EQ(state.due_day, 11);
}

TEST(ReviewScheduler, AMissStartsTheQuestionOverAndTheEaseNeverFallsBelowTheFloor) {
    std::vector<AnswerRecord> answers = {answer("q", 0.0, 0), answer("q", 1.0, 1), answer("q", 1.0, 2)};
    for (int day = 8; day < 40; day += 2) answers.push_back(answer("q", 0.0, day));
    const auto state = reviewStates(answers, noSample()).at(0);
    EXPECT_EQ(state.repetitions, 0);
    EXPECT_EQ(state.interval_days, 1);
    EXPECT_EQ(state.due_day, 39);
    EXPECT_DOUBLE_EQ(state.ease, 1.3);
}

TEST(ReviewScheduler, PartlyRightCountsAsAMissForTheFlagButKeepsTheSchedule) {
    std::vector<AnswerRecord> answers = {answer("q", 0.0, 0), answer("q", 0.5, 1)};
    const auto state = reviewStates(answers, noSample()).at(0);
    EXPECT_EQ(state.repetitions, 1) << "half marks is a hard recall, not a lapse";
    EXPECT_EQ(state.missed_in_a_row, 2);
}

TEST(ReviewScheduler, QuestionsAnsweredRightComeBackOnlyWhenSampled) {
    std::vector<AnswerRecord> answers;
    for (int i = 0; i < 1000; ++i) answers.push_back(answer("question-" + std::to_string(i), 1.0, 5));
    ReviewSettings settings;  // 25 % by default
    settings.sample_salt = 7;
    const auto states = reviewStates(answers, settings);
    const auto sampled = std::count_if(states.begin(), states.end(), [](const ReviewState& s) { return s.in_review; });
    EXPECT_GT(sampled, 180);
    EXPECT_LT(sampled, 320);
    for (const auto& s : states) EXPECT_EQ(s.in_review, sampledForReview(s.question_id, settings));

    // Another learner gets another sample.
    settings.sample_salt = 8;
    int same = 0;
    for (const auto& s : reviewStates(answers, settings)) same += s.in_review == find(states, s.question_id)->in_review;
    EXPECT_LT(same, 1000);
    EXPECT_EQ(reviewStates(answers, noSample())[0].in_review, false);
}

TEST(ReviewScheduler, TheDailyCapHoldsBackTheRestUntilTomorrow) {
    std::vector<AnswerRecord> answers;
    for (int i = 0; i < 30; ++i) answers.push_back(answer("q" + std::to_string(i), 0.0, 1));
    // Back from holiday on day 40: all 30 are due, 20 are offered.
    ReviewQueue queue = reviewQueue(answers, noon(40), noSample(20));
    EXPECT_EQ(queue.due, 30);
    EXPECT_EQ(queue.today.size(), 20u);
    EXPECT_EQ(queue.left_today, 20);
    EXPECT_EQ(queue.next_day, 41) << "what the cap held back waits for tomorrow";

    // Five reviews later the same day: 15 left for today, and the five are no longer due.
    for (int i = 0; i < 5; ++i) answers.push_back(answer(queue.today[static_cast<std::size_t>(i)].question_id, 1.0, 40, true));
    queue = reviewQueue(answers, noon(40), noSample(20));
    EXPECT_EQ(queue.done_today, 5);
    EXPECT_EQ(queue.due, 25);
    EXPECT_EQ(queue.today.size(), 15u);

    // The next day the cap starts afresh.
    queue = reviewQueue(answers, noon(41), noSample(20));
    EXPECT_EQ(queue.done_today, 0);
    EXPECT_EQ(queue.today.size(), 20u);
}

TEST(ReviewScheduler, TheMostOverdueComeFirst) {
    // "not-yet" was missed in a review today: it waits for tomorrow (a miss
    // in a quiz would be offered today too; see the test below).
    std::vector<AnswerRecord> answers = {answer("late", 0.0, 3), answer("early", 0.0, 1), answer("middle", 0.0, 2),
                                         answer("not-yet", 0.0, 9, true)};
    const ReviewQueue queue = reviewQueue(answers, noon(9), noSample());
    ASSERT_EQ(queue.today.size(), 3u);
    EXPECT_EQ(queue.today[0].question_id, "early");
    EXPECT_EQ(queue.today[1].question_id, "middle");
    EXPECT_EQ(queue.today[2].question_id, "late");
    EXPECT_EQ(queue.next_day, 10);
}

TEST(ReviewScheduler, NothingDueTellsWhenTheNextReviewIs) {
    std::vector<AnswerRecord> answers = {answer("q", 0.0, 0), answer("q", 1.0, 1, true), answer("q", 1.0, 2, true)};
    const ReviewQueue queue = reviewQueue(answers, noon(3), noSample());
    EXPECT_TRUE(queue.today.empty());
    EXPECT_EQ(queue.due, 0);
    EXPECT_EQ(queue.next_day, 8);
}

TEST(ReviewScheduler, AQuestionMissedThreeTimesInARowIsFlaggedUntilItIsAnsweredRight) {
    std::vector<AnswerRecord> answers = {answer("q", 0.0, 0), answer("q", 0.0, 1)};
    EXPECT_FALSE(isFlagged(reviewStates(answers, noSample()).at(0)));
    answers.push_back(answer("q", 0.0, 2));
    EXPECT_TRUE(isFlagged(reviewStates(answers, noSample()).at(0)));
    answers.push_back(answer("q", 1.0, 3));
    EXPECT_FALSE(isFlagged(reviewStates(answers, noSample()).at(0)));
    // Misses with a right answer in between are not "in a row".
    std::vector<AnswerRecord> mixed = {answer("r", 0.0, 0), answer("r", 0.0, 1), answer("r", 1.0, 2), answer("r", 0.0, 3)};
    EXPECT_EQ(reviewStates(mixed, noSample()).at(0).missed_in_a_row, 1);
}

TEST(ReviewScheduler, DaysComeFromTheGivenCalendar) {
    // A calendar whose days start at 22:00 UTC (a zone two hours ahead).
    ReviewSettings settings = noSample();
    settings.day_of = [](std::int64_t at) { return static_cast<int>((at + 2 * 3'600'000) / kDay); };
    // Missed at 23:00 UTC on day 0: that is already day 1 locally, so due on day 2.
    std::vector<AnswerRecord> answers = {{"q", 0.0, 23 * 3'600'000, false}};
    EXPECT_EQ(reviewStates(answers, settings).at(0).due_day, 2);
    EXPECT_EQ(reviewStates(answers, noSample()).at(0).due_day, 1);
}

TEST(ReviewScheduler, AQuestionMissedInAQuizIsOfferedForReviewTheSameDay) {
    std::vector<AnswerRecord> answers = {answer("missed", 0.0, 5), answer("right", 1.0, 5)};
    ReviewQueue queue = reviewQueue(answers, noon(5), noSample());
    ASSERT_EQ(queue.today.size(), 1u) << "not 'next review tomorrow' right after failing";
    EXPECT_EQ(queue.today[0].question_id, "missed");
    EXPECT_EQ(queue.today[0].due_day, 6) << "the schedule itself is SM-2's, as before";

    // Reviewed the same day: done for today, back tomorrow by the schedule.
    answers.push_back(answer("missed", 1.0, 5, true));
    queue = reviewQueue(answers, noon(5), noSample());
    EXPECT_TRUE(queue.today.empty());
    EXPECT_EQ(queue.next_day, 6);
    EXPECT_EQ(reviewStates(answers, noSample()).at(0).repetitions, 0) << "a same-day answer is no spaced recall";
    queue = reviewQueue(answers, noon(6), noSample());
    ASSERT_EQ(queue.today.size(), 1u);
}

TEST(ReviewScheduler, AMissInTheSameDayReviewWaitsForTomorrowSoAReviewNeverLoops) {
    std::vector<AnswerRecord> answers = {answer("q", 0.0, 5), answer("q", 0.0, 5, true)};
    const ReviewQueue queue = reviewQueue(answers, noon(5), noSample());
    EXPECT_TRUE(queue.today.empty());
    EXPECT_EQ(queue.next_day, 6);
    EXPECT_EQ(reviewStates(answers, noSample()).at(0).missed_in_a_row, 2);
}

TEST(ReviewScheduler, ARightAnswerInALaterQuizTheSameDayMakesTheSameDayStepNeedless) {
    std::vector<AnswerRecord> answers = {answer("q", 0.0, 5), answer("q", 1.0, 5)};
    EXPECT_TRUE(reviewQueue(answers, noon(5), noSample()).today.empty());
}
