// SM-2 over replayed answers, the sample of right answers, and the daily queue.
#include "quiz/review_scheduler.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "quiz/random.h"

namespace ipprimer::quiz {
namespace {

constexpr double kRight = 0.999;  // a fraction this high is a right answer (as in scoring)
constexpr double kMinimumEase = 1.3;
constexpr int kLongestInterval = 365;

int dayOf(const ReviewSettings& settings, std::int64_t at) {
    if (settings.day_of) return settings.day_of(at);
    constexpr std::int64_t day_ms = 86'400'000;
    return static_cast<int>(at >= 0 ? at / day_ms : (at - day_ms + 1) / day_ms);
}

}  // namespace

int recallQuality(double score) {
    if (score >= kRight) return 4;
    if (score >= 0.5) return 3;
    if (score > 0) return 2;
    return 1;
}

void applyAnswer(ReviewState& state, double score, int day, bool sampled, bool review) {
    const bool missed = score < kRight;
    ++state.answers;
    state.missed_in_a_row = missed ? state.missed_in_a_row + 1 : 0;
    // The same-day step is taken by any review answer, and needed no more after a right one.
    if (review || !missed) state.relearn_day.reset();
    if (missed && !review) state.relearn_day = day;
    if (!state.in_review) {
        if (!missed && !sampled) return;
        state.in_review = true;
        state.due_day = day;  // a fresh entry is due now: the step below schedules it
    }
    const int quality = recallQuality(score);
    if (quality < 3) {
        state.repetitions = 0;
        state.interval_days = 1;
    } else {
        if (day < state.due_day) return;  // early: not a spaced recall, the schedule stands
        ++state.repetitions;
        if (state.repetitions == 1)
            state.interval_days = 1;
        else if (state.repetitions == 2)
            state.interval_days = 6;
        else
            state.interval_days = static_cast<int>(std::lround(state.interval_days * state.ease));
    }
    const double shortfall = 5 - quality;
    state.ease = std::max(kMinimumEase, state.ease + 0.1 - shortfall * (0.08 + shortfall * 0.02));
    state.interval_days = std::clamp(state.interval_days, 1, kLongestInterval);
    state.due_day = day + state.interval_days;
}

bool sampledForReview(const std::string& question_id, const ReviewSettings& settings) {
    if (settings.sample_percent <= 0) return false;
    return mixSeed(stableHash(question_id) ^ settings.sample_salt) % 100 <
           static_cast<std::uint64_t>(settings.sample_percent);
}

std::vector<ReviewState> reviewStates(const std::vector<AnswerRecord>& answers, const ReviewSettings& settings) {
    std::vector<ReviewState> states;
    std::unordered_map<std::string_view, std::size_t> index;
    index.reserve(answers.size());
    // Views into the answers' ids stay valid: `answers` outlives the map.
    for (const AnswerRecord& answer : answers) {
        auto [it, fresh] = index.try_emplace(answer.question_id, states.size());
        if (fresh) {
            states.emplace_back();
            states.back().question_id = answer.question_id;
        }
        ReviewState& state = states[it->second];
        const bool sampled = !state.in_review && sampledForReview(answer.question_id, settings);
        applyAnswer(state, answer.score, dayOf(settings, answer.at), sampled, answer.review);
    }
    return states;
}

ReviewQueue reviewQueue(const std::vector<AnswerRecord>& answers, std::int64_t now, const ReviewSettings& settings) {
    ReviewQueue queue;
    queue.today_day = dayOf(settings, now);
    for (const AnswerRecord& answer : answers)
        if (answer.review && dayOf(settings, answer.at) == queue.today_day) ++queue.done_today;
    queue.left_today = std::max(0, settings.daily_cap - queue.done_today);

    // Due by the schedule, or missed in a quiz today (the same-day step).
    auto dueOn = [](const ReviewState& state) { return std::min(state.due_day, state.relearn_day.value_or(state.due_day)); };
    std::vector<ReviewState> due;
    for (ReviewState& state : reviewStates(answers, settings)) {
        if (!state.in_review) continue;
        if (dueOn(state) <= queue.today_day)
            due.push_back(std::move(state));
        else if (!queue.next_day || state.due_day < *queue.next_day)
            queue.next_day = state.due_day;
    }
    std::sort(due.begin(), due.end(), [&](const ReviewState& a, const ReviewState& b) {
        if (dueOn(a) != dueOn(b)) return dueOn(a) < dueOn(b);
        if (a.ease != b.ease) return a.ease < b.ease;
        return a.question_id < b.question_id;
    });
    queue.due = static_cast<int>(due.size());
    // What the cap holds back is due tomorrow as well.
    if (queue.due > queue.left_today && (!queue.next_day || *queue.next_day > queue.today_day + 1))
        queue.next_day = queue.today_day + 1;
    due.resize(std::min(due.size(), static_cast<std::size_t>(queue.left_today)));
    queue.today = std::move(due);
    return queue;
}

}  // namespace ipprimer::quiz
