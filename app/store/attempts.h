// Quiz attempts and answers as learning records: started, each answer the
// moment it is given, finished; read back to resume, to show a result again,
// and to derive a quiz's standing and a learner's review schedule.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/dates.h"
#include "quiz/question_statistics.h"
#include "store/store_error.h"

namespace ipprimer::store {

// An attempt's id is the id of its `attempt-started` event, and that event's
// attempt_id holds the same number, so every row of an attempt (started,
// answered, finished) carries it in attempt_id. See docs/design-notes.md.
struct NewAttempt {
    std::string quiz_id;  // "role:<role-id>" or "module:<module-id>"
    std::string kind;     // "role" or "practice"
    std::uint64_t seed = 0;
    std::vector<std::string> question_ids;  // in the order shown
};

struct NewAnswer {
    std::string question_id;
    double score = 0;          // fraction 0..1
    std::string response;      // the learner's response as JSON text
    std::int64_t duration_ms = 0;
};

struct AttemptOutcome {
    double percent = 0;  // 0..100
    bool passed = false;
    int pass_mark = 0;   // percent
    std::int64_t duration_ms = 0;
};

struct RecordedAnswer {
    std::int64_t event_id = 0;
    std::string question_id;
    double score = 0;
    std::string response;  // JSON text, as recorded
    std::int64_t duration_ms = 0;
    std::int64_t at = 0;
};

struct AttemptRecord {
    std::int64_t id = 0;
    std::int64_t learner_id = 0;
    std::string quiz_id;
    std::string kind;
    std::uint64_t seed = 0;
    std::vector<std::string> question_ids;
    std::int64_t started_at = 0;
    std::optional<AttemptOutcome> outcome;  // none while unfinished
    std::int64_t finished_at = 0;
    int answered = 0;                       // distinct questions answered
    std::vector<RecordedAnswer> answers;    // in the order given (attempt() and unfinished() only)

    bool finished() const { return outcome.has_value(); }
    // The latest answer to a question in this attempt, if any.
    const RecordedAnswer* answerTo(std::string_view question_id) const;
};

// One `answered` event, for review schedules and trainers' flags.
struct AnswerEvent {
    std::int64_t learner_id = 0;
    std::string question_id;
    double score = 0;
    std::int64_t at = 0;
    bool review = false;  // given in a review (attempt_id NULL), not in an attempt
};

// The records of quizzes. Each record* call is one transaction, on disk when
// it returns; each checks what it records against what is already there and
// throws StoreError, naming what was refused, rather than record something
// that does not fit (an answer to a finished attempt, to a question the
// attempt does not hold, or for another learner's attempt).
class Attempts {
public:
    virtual ~Attempts() = default;

    virtual std::int64_t start(std::int64_t learner_id, const NewAttempt& attempt) = 0;
    virtual void recordAnswer(std::int64_t learner_id, std::int64_t attempt_id, const NewAnswer& answer) = 0;
    virtual void finish(std::int64_t learner_id, std::int64_t attempt_id, const AttemptOutcome& outcome) = 0;
    // An answer given in a review: attempt_id NULL, context {"review": true}.
    virtual void recordReviewAnswer(std::int64_t learner_id, const NewAnswer& answer) = 0;

    // One attempt with its answers; nullopt when there is no such attempt.
    virtual std::optional<AttemptRecord> attempt(std::int64_t attempt_id) = 0;
    // A learner's attempts at one quiz, oldest first, without their answers.
    virtual std::vector<AttemptRecord> attempts(std::int64_t learner_id, std::string_view quiz_id) = 0;
    // A learner's unfinished attempts at any quiz, newest first, with answers.
    virtual std::vector<AttemptRecord> unfinished(std::int64_t learner_id) = 0;
    // The best percentage of the learner's finished attempts at a quiz.
    virtual std::optional<double> bestScore(std::int64_t learner_id, std::string_view quiz_id) = 0;
    // Attempts at a quiz started at or after `since` (unix ms).
    virtual int attemptCount(std::int64_t learner_id, std::string_view quiz_id, std::int64_t since) = 0;

    // Every finished attempt of every learner, with its answers: by learner,
    // each learner's oldest first (question statistics read these).
    virtual std::vector<AttemptRecord> finishedAttempts() = 0;

    // Every answer of a learner (quizzes and reviews), in the order given.
    virtual std::vector<AnswerEvent> answerHistory(std::int64_t learner_id) = 0;
    // Every answer of every learner, by learner, each in the order given.
    virtual std::vector<AnswerEvent> allAnswers() = 0;
};

// --- a quiz's standing, derived from its attempts ---------------------------

enum class QuizState { NotTaken, InProgress, Passed, Failed, Expired };

struct QuizRules {
    int attempt_limit = 0;            // per certification period; 0 = unlimited
    bool grading_last = false;        // false: the highest attempt counts
    int recertification_months = 0;   // 0: a pass never expires (practice)
};

struct QuizStanding {
    QuizState state = QuizState::NotTaken;
    std::optional<std::int64_t> unfinished_attempt;  // the newest unfinished attempt
    std::optional<std::int64_t> last_finished_attempt;
    std::optional<double> best_percent;  // of finished attempts in the current period
    std::optional<double> last_percent;
    int attempts_used = 0;   // started in the current period
    int attempts_left = -1;  // -1: unlimited
    std::optional<Date> valid_until;  // a pass in force: the last day it counts
    Date period_start{INT32_MIN};     // the current certification period's first day
};

// From a learner's attempts at one quiz (oldest first, as attempts() gives
// them). A certification period starts when the pass before it expires
// (recertification_months after the day it was earned); attempts and the
// attempt limit count within the current period. `day_of` gives the local
// day of a timestamp.
QuizStanding quizStanding(const std::vector<AttemptRecord>& attempts, const QuizRules& rules, Date today,
                          LocalCalendar& calendar);

// --- the question statistics' sample ----------------------------------------

// Each learner's first finished attempt at each quiz, role quizzes and
// practice alike, as the question statistics read them (see
// progress::firstAttempts): Moodle's default.
std::vector<quiz::AttemptAnswers> firstAttemptAnswers(Attempts& attempts);

}  // namespace ipprimer::store
