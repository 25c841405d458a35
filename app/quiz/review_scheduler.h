// Review until it sticks: SM-2 spaced repetition over a learner's recorded
// answers (see docs/design-notes.md for why SM-2). Nothing is stored: the
// schedule is replayed from the `answered` events whenever it is needed.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ipprimer::quiz {

// One `answered` event, as the scheduler needs it.
struct AnswerRecord {
    std::string question_id;
    double score = 0;      // 0..1
    std::int64_t at = 0;   // unix milliseconds, UTC
    bool review = false;   // given in a review, not in a quiz attempt
};

// A learner's review state of one question, after replaying their answers.
struct ReviewState {
    std::string question_id;
    bool in_review = false;  // missed at least once, or sampled when answered right
    int repetitions = 0;     // SM-2's n: right answers in a row, each given when due
    double ease = 2.5;       // SM-2's easiness factor, never below 1.3
    int interval_days = 0;
    int due_day = 0;         // day number (see ReviewSettings::day_of) from which it is due
    int answers = 0;
    int missed_in_a_row = 0; // answers in a row (the latest included) that were not fully right
    // Missed in a quiz on this day and not reviewed since: offered for review
    // that same day too, once, besides the schedule above.
    std::optional<int> relearn_day;
};

// A question missed this many times in a row is flagged for trainers.
inline constexpr int kFlagAfterMisses = 3;
inline bool isFlagged(const ReviewState& state) { return state.missed_in_a_row >= kFlagAfterMisses; }

struct ReviewSettings {
    int daily_cap = 20;       // review answers per day at most
    int sample_percent = 25;  // of questions answered right that come back anyway
    // Varies the sample from learner to learner (their id, usually).
    std::uint64_t sample_salt = 0;
    // Unix milliseconds to a day number; days are counted in UTC when empty.
    // The program passes the local calendar, so "today" ends at local midnight.
    std::function<int(std::int64_t)> day_of;
};

// SM-2's grade of a recall, 0..5, from the fraction earned: fully right 4
// (right; we cannot tell an easy recall from a hard one without asking), half
// or more 3, some 2, nothing 1. Below 3 is a lapse: the question starts over.
int recallQuality(double score);

// One answer applied to a question's state on `day`. A question enters review
// when it is missed, or when it is answered right and `sampled`. A miss always
// starts it over (due the next day); a right answer moves it on (1 day, 6
// days, then the last interval times the ease, at most a year) only when it
// was due: answering early, in a quiz, does not count as spaced recall.
// A miss in a quiz (not a `review` answer) is also offered for review the
// same day, until a review answer or a right answer is given; a miss in a
// review waits for the next day, so a review never goes round in a loop.
void applyAnswer(ReviewState& state, double score, int day, bool sampled, bool review);

// Whether a question answered right comes back for review anyway.
bool sampledForReview(const std::string& question_id, const ReviewSettings& settings);

// Replays answers (in the order given: the order they were recorded) into one
// state per question, in the order questions were first answered.
std::vector<ReviewState> reviewStates(const std::vector<AnswerRecord>& answers, const ReviewSettings& settings);

struct ReviewQueue {
    std::vector<ReviewState> today;  // due now, most overdue (then hardest) first, at most `left_today`
    int due = 0;                     // due now, before the cap
    int done_today = 0;              // review answers already given today
    int left_today = 0;              // daily_cap - done_today, at least 0
    std::optional<int> next_day;     // the first later day on which something falls due
    int today_day = 0;               // today's day number
};

// What a learner should review at `now`. The cap counts review answers given
// today, so what was left for tomorrow stays there.
ReviewQueue reviewQueue(const std::vector<AnswerRecord>& answers, std::int64_t now, const ReviewSettings& settings);

}  // namespace ipprimer::quiz
