// What follows from an attempt's records without reading any store: the
// latest answer to a question, and a quiz's standing (see attempts.h).
#include "store/attempts.h"

#include <algorithm>

#include "progress/question_sample.h"

namespace ipprimer::store {

const RecordedAnswer* AttemptRecord::answerTo(std::string_view question_id) const {
    for (auto it = answers.rbegin(); it != answers.rend(); ++it)
        if (it->question_id == question_id) return &*it;
    return nullptr;
}

QuizStanding quizStanding(const std::vector<AttemptRecord>& attempts, const QuizRules& rules, Date today,
                          LocalCalendar& calendar) {
    QuizStanding standing;
    // Certification periods: a pass is valid until `recertification_months`
    // after the day it was earned; a new period starts when the validity
    // ends with no newer pass in force.
    std::optional<Date> valid_until;
    bool ever_passed = false;
    if (rules.recertification_months > 0) {
        std::vector<Date> passes;
        for (const AttemptRecord& a : attempts)
            if (a.outcome && a.outcome->passed) passes.push_back(calendar.dateOf(a.finished_at));
        std::sort(passes.begin(), passes.end());
        for (Date pass : passes) {
            ever_passed = true;
            if (valid_until && pass >= *valid_until) standing.period_start = *valid_until;
            const Date until = addMonths(pass, rules.recertification_months);
            if (!valid_until || until > *valid_until) valid_until = until;
        }
        if (valid_until && today >= *valid_until) standing.period_start = *valid_until;
    }

    const AttemptRecord* last_finished = nullptr;
    bool passed_highest = false;
    for (const AttemptRecord& a : attempts) {
        if (!a.outcome) {
            standing.unfinished_attempt = a.id;  // oldest first: the newest wins
        }
        if (calendar.dateOf(a.started_at) < standing.period_start) continue;
        ++standing.attempts_used;
        if (!a.outcome) continue;
        if (!last_finished || a.finished_at >= last_finished->finished_at) last_finished = &a;
        standing.best_percent = std::max(standing.best_percent.value_or(0.0), a.outcome->percent);
        passed_highest = passed_highest || a.outcome->passed;
    }
    if (last_finished) {
        standing.last_finished_attempt = last_finished->id;
        standing.last_percent = last_finished->outcome->percent;
    }
    const bool passed = rules.grading_last ? (last_finished && last_finished->outcome->passed) : passed_highest;
    // Said as the last day the pass counts, as progress::deriveStatus says a
    // training's validity, so home, the result page and the record agree.
    if (passed && valid_until && today < *valid_until) standing.valid_until = addDays(*valid_until, -1);
    if (rules.attempt_limit > 0) standing.attempts_left = std::max(0, rules.attempt_limit - standing.attempts_used);

    if (standing.unfinished_attempt)
        standing.state = QuizState::InProgress;
    else if (passed)
        standing.state = QuizState::Passed;
    else if (last_finished)
        standing.state = QuizState::Failed;
    else if (ever_passed)
        standing.state = QuizState::Expired;
    return standing;
}

std::vector<quiz::AttemptAnswers> firstAttemptAnswers(Attempts& attempts) {
    std::vector<progress::FinishedAttempt> finished;
    for (AttemptRecord& record : attempts.finishedAttempts()) {
        progress::FinishedAttempt attempt{record.learner_id, std::move(record.quiz_id), record.id,
                                          std::move(record.question_ids), {}};
        for (const RecordedAnswer& answer : record.answers) attempt.answers.push_back({answer.question_id, answer.score});
        finished.push_back(std::move(attempt));
    }
    return progress::firstAttempts(finished);
}

}  // namespace ipprimer::store
