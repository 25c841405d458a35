// The queries behind attempts.h. Rows follow the learning-record contract:
// attempt-started, answered, attempt-finished (see docs/design-notes.md).
#include "store/verbs.h"
#include "store/attempts.h"

#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace ipprimer::store {
namespace {

constexpr std::string_view kStarted = verbs::kAttemptStarted;
constexpr std::string_view kAnswered = verbs::kAnswered;
constexpr std::string_view kFinishedAttempt = verbs::kAttemptFinished;

nlohmann::json parseContext(const std::string& text) {
    nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    return json.is_object() ? json : nlohmann::json::object();
}

// The started row's context into the record; a damaged context leaves the
// fields empty rather than failing (the record is still the learner's).
void readStartContext(AttemptRecord& record, const std::string& context_text) {
    const nlohmann::json context = parseContext(context_text);
    if (auto it = context.find("seed"); it != context.end() && it->is_number_integer())
        record.seed = it->get<std::uint64_t>();
    if (auto it = context.find("kind"); it != context.end() && it->is_string()) record.kind = it->get<std::string>();
    if (auto it = context.find("questions"); it != context.end() && it->is_array())
        for (const auto& id : *it)
            if (id.is_string()) record.question_ids.push_back(id.get<std::string>());
}

AttemptOutcome readOutcome(const Statement& row, int score, int context, int duration) {
    AttemptOutcome outcome;
    outcome.percent = row.columnDouble(score);
    outcome.duration_ms = row.columnInt64(duration);
    const nlohmann::json json = parseContext(row.columnText(context));
    if (auto it = json.find("passed"); it != json.end() && it->is_boolean()) outcome.passed = it->get<bool>();
    if (auto it = json.find("pass_mark"); it != json.end() && it->is_number_integer()) outcome.pass_mark = it->get<int>();
    return outcome;
}

void checkScore(double score, double max, const std::string& what) {
    if (!std::isfinite(score) || score < 0 || score > max)
        throw StoreError(what + " must be a number from 0 to " + std::to_string(static_cast<int>(max)));
}

// Rethrows a foreign-key failure as "no such learner".
[[noreturn]] void explainInsertError(const StoreError& error, Store& store, std::int64_t learner_id,
                                     std::string_view what) {
    if (error.code() == SQLITE_CONSTRAINT_FOREIGNKEY)
        throw StoreError("there is no learner with id " + std::to_string(learner_id) + " in " +
                             store.path().string() + "; the " + std::string(what) + " was not recorded",
                         error.code());
    throw error;
}

}  // namespace

const RecordedAnswer* AttemptRecord::answerTo(std::string_view question_id) const {
    for (auto it = answers.rbegin(); it != answers.rend(); ++it)
        if (it->question_id == question_id) return &*it;
    return nullptr;
}

std::int64_t Attempts::start(std::int64_t learner_id, const NewAttempt& attempt) {
    if (attempt.quiz_id.empty()) throw StoreError("cannot start an attempt without a quiz id");
    if (attempt.question_ids.empty())
        throw StoreError("cannot start an attempt at " + attempt.quiz_id + " with no questions");
    const nlohmann::json context = {
        {"seed", attempt.seed}, {"questions", attempt.question_ids}, {"kind", attempt.kind}};
    Database& db = store_.database();
    Transaction transaction(db);
    // The attempt's id is its own row's id; choosing it inside the write lock
    // lets the row carry it in attempt_id from the start (rows are never updated).
    Statement next(db, "SELECT coalesce(max(id), 0) + 1 FROM events");
    next.step();
    const std::int64_t id = next.columnInt64(0);
    Statement insert(db,
                     "INSERT INTO events (id, learner_id, verb, object, attempt_id, context, at)"
                     " VALUES (?1, ?2, ?3, ?4, ?1, ?5, ?6)");
    insert.bind(1, id).bind(2, learner_id).bind(3, kStarted).bind(4, std::string_view(attempt.quiz_id));
    insert.bind(5, std::string_view(context.dump())).bind(6, store_.now());
    try {
        insert.step();
    } catch (const StoreError& error) {
        explainInsertError(error, store_, learner_id, "attempt at " + attempt.quiz_id);
    }
    transaction.commit();
    return id;
}

AttemptRecord Attempts::openAttempt(std::int64_t learner_id, std::int64_t attempt_id, const char* action) {
    auto record = attempt(attempt_id);
    const std::string refused = std::string("; the ") + action + " was not recorded";
    if (!record) throw StoreError("there is no quiz attempt " + std::to_string(attempt_id) + refused);
    if (record->learner_id != learner_id)
        throw StoreError("quiz attempt " + std::to_string(attempt_id) + " belongs to another learner" + refused);
    if (record->finished())
        throw StoreError("quiz attempt " + std::to_string(attempt_id) + " is already finished" + refused);
    return *record;
}

void Attempts::recordAnswer(std::int64_t learner_id, std::int64_t attempt_id, const NewAnswer& answer) {
    checkScore(answer.score, 1, "an answer's score");
    Database& db = store_.database();
    Transaction transaction(db);
    const AttemptRecord record = openAttempt(learner_id, attempt_id, "answer");
    if (std::find(record.question_ids.begin(), record.question_ids.end(), answer.question_id) ==
        record.question_ids.end())
        throw StoreError("question '" + answer.question_id + "' is not part of quiz attempt " +
                         std::to_string(attempt_id) + "; the answer was not recorded");
    const nlohmann::json context = {{"quiz", record.quiz_id}};
    Statement insert(db,
                     "INSERT INTO events (learner_id, verb, object, attempt_id, score, response, duration_ms, context, at)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert.bind(1, learner_id).bind(2, kAnswered).bind(3, std::string_view(answer.question_id)).bind(4, attempt_id);
    insert.bind(5, answer.score).bind(6, std::string_view(answer.response));
    insert.bind(7, std::max<std::int64_t>(answer.duration_ms, 0)).bind(8, std::string_view(context.dump()));
    insert.bind(9, store_.now());
    insert.step();
    transaction.commit();
}

void Attempts::finish(std::int64_t learner_id, std::int64_t attempt_id, const AttemptOutcome& outcome) {
    checkScore(outcome.percent, 100, "an attempt's percentage");
    Database& db = store_.database();
    Transaction transaction(db);
    const AttemptRecord record = openAttempt(learner_id, attempt_id, "end of the attempt");
    const nlohmann::json context = {{"passed", outcome.passed}, {"pass_mark", outcome.pass_mark}};
    Statement insert(db,
                     "INSERT INTO events (learner_id, verb, object, attempt_id, score, duration_ms, context, at)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert.bind(1, learner_id).bind(2, kFinishedAttempt).bind(3, std::string_view(record.quiz_id)).bind(4, attempt_id);
    insert.bind(5, outcome.percent).bind(6, std::max<std::int64_t>(outcome.duration_ms, 0));
    insert.bind(7, std::string_view(context.dump())).bind(8, store_.now());
    insert.step();
    transaction.commit();
}

void Attempts::recordReviewAnswer(std::int64_t learner_id, const NewAnswer& answer) {
    checkScore(answer.score, 1, "an answer's score");
    if (answer.question_id.empty()) throw StoreError("cannot record an answer without a question id");
    Statement insert(store_.database(),
                     "INSERT INTO events (learner_id, verb, object, score, response, duration_ms, context, at)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, '{\"review\":true}', ?7)");
    insert.bind(1, learner_id).bind(2, kAnswered).bind(3, std::string_view(answer.question_id));
    insert.bind(4, answer.score).bind(5, std::string_view(answer.response));
    insert.bind(6, std::max<std::int64_t>(answer.duration_ms, 0)).bind(7, store_.now());
    try {
        insert.step();
    } catch (const StoreError& error) {
        explainInsertError(error, store_, learner_id, "review answer");
    }
}

std::optional<AttemptRecord> Attempts::attempt(std::int64_t attempt_id) {
    Database& db = store_.database();
    Statement started(db, "SELECT learner_id, object, context, at FROM events WHERE id = ?1 AND verb = ?2");
    started.bind(1, attempt_id).bind(2, kStarted);
    if (!started.step()) return std::nullopt;
    AttemptRecord record;
    record.id = attempt_id;
    record.learner_id = started.columnInt64(0);
    record.quiz_id = started.columnText(1);
    record.started_at = started.columnInt64(3);
    readStartContext(record, started.columnText(2));

    // Both walk the learner's rows of one verb (events_by_learner_verb_object).
    Statement answers(db,
                      "SELECT id, object, score, response, duration_ms, at FROM events"
                      " WHERE learner_id = ?1 AND verb = ?2 AND attempt_id = ?3 ORDER BY id");
    answers.bind(1, record.learner_id).bind(2, kAnswered).bind(3, attempt_id);
    std::set<std::string> distinct;
    while (answers.step()) {
        RecordedAnswer answer{answers.columnInt64(0), answers.columnText(1), answers.columnDouble(2),
                              answers.columnText(3), answers.columnInt64(4), answers.columnInt64(5)};
        distinct.insert(answer.question_id);
        record.answers.push_back(std::move(answer));
    }
    record.answered = static_cast<int>(distinct.size());

    Statement finished(db,
                       "SELECT score, context, duration_ms, at FROM events"
                       " WHERE learner_id = ?1 AND verb = ?2 AND object = ?3 AND attempt_id = ?4 ORDER BY id LIMIT 1");
    finished.bind(1, record.learner_id).bind(2, kFinishedAttempt).bind(3, std::string_view(record.quiz_id)).bind(4, attempt_id);
    if (finished.step()) {
        record.outcome = readOutcome(finished, 0, 1, 2);
        record.finished_at = finished.columnInt64(3);
    }
    return record;
}

std::vector<AttemptRecord> Attempts::attempts(std::int64_t learner_id, std::string_view quiz_id) {
    Database& db = store_.database();
    Statement started(db,
                      "SELECT id, context, at FROM events WHERE learner_id = ?1 AND verb = ?2 AND object = ?3 ORDER BY id");
    started.bind(1, learner_id).bind(2, kStarted).bind(3, quiz_id);
    std::vector<AttemptRecord> records;
    std::map<std::int64_t, std::size_t> index;
    while (started.step()) {
        AttemptRecord record;
        record.id = started.columnInt64(0);
        record.learner_id = learner_id;
        record.quiz_id = std::string(quiz_id);
        record.started_at = started.columnInt64(2);
        readStartContext(record, started.columnText(1));
        index[record.id] = records.size();
        records.push_back(std::move(record));
    }
    if (records.empty()) return records;

    Statement finished(db,
                       "SELECT attempt_id, score, context, duration_ms, at FROM events"
                       " WHERE learner_id = ?1 AND verb = ?2 AND object = ?3 ORDER BY id");
    finished.bind(1, learner_id).bind(2, kFinishedAttempt).bind(3, quiz_id);
    while (finished.step()) {
        auto it = index.find(finished.columnInt64(0));
        if (it == index.end() || records[it->second].outcome) continue;
        records[it->second].outcome = readOutcome(finished, 1, 2, 3);
        records[it->second].finished_at = finished.columnInt64(4);
    }

    Statement answered(db,
                       "SELECT attempt_id, count(DISTINCT object) FROM events"
                       " WHERE learner_id = ?1 AND verb = ?2 AND attempt_id >= ?3 GROUP BY attempt_id");
    // An attempt's answers come after its start, so none is older than the first attempt.
    answered.bind(1, learner_id).bind(2, kAnswered).bind(3, records.front().id);
    while (answered.step()) {
        auto it = index.find(answered.columnInt64(0));
        if (it != index.end()) records[it->second].answered = static_cast<int>(answered.columnInt64(1));
    }
    return records;
}

std::vector<AttemptRecord> Attempts::unfinished(std::int64_t learner_id) {
    Statement select(store_.database(),
                     "SELECT s.id FROM events s WHERE s.learner_id = ?1 AND s.verb = ?2"
                     " AND NOT EXISTS (SELECT 1 FROM events f WHERE f.learner_id = ?1 AND f.verb = ?3"
                     "                 AND f.object = s.object AND f.attempt_id = s.id)"
                     " ORDER BY s.id DESC");
    select.bind(1, learner_id).bind(2, kStarted).bind(3, kFinishedAttempt);
    std::vector<std::int64_t> ids;
    while (select.step()) ids.push_back(select.columnInt64(0));
    std::vector<AttemptRecord> records;
    for (std::int64_t id : ids)
        if (auto record = attempt(id)) records.push_back(std::move(*record));
    return records;
}

std::optional<double> Attempts::bestScore(std::int64_t learner_id, std::string_view quiz_id) {
    Statement select(store_.database(),
                     "SELECT max(score) FROM events WHERE learner_id = ?1 AND verb = ?2 AND object = ?3");
    select.bind(1, learner_id).bind(2, kFinishedAttempt).bind(3, quiz_id);
    select.step();
    if (select.columnIsNull(0)) return std::nullopt;
    return select.columnDouble(0);
}

int Attempts::attemptCount(std::int64_t learner_id, std::string_view quiz_id, std::int64_t since) {
    Statement select(store_.database(),
                     "SELECT count(*) FROM events WHERE learner_id = ?1 AND verb = ?2 AND object = ?3 AND at >= ?4");
    select.bind(1, learner_id).bind(2, kStarted).bind(3, quiz_id).bind(4, since);
    select.step();
    return static_cast<int>(select.columnInt64(0));
}

std::vector<AnswerEvent> Attempts::answerHistory(std::int64_t learner_id) {
    Statement select(store_.database(),
                     "SELECT object, score, at, attempt_id IS NULL FROM events"
                     " WHERE learner_id = ?1 AND verb = ?2 ORDER BY id");
    select.bind(1, learner_id).bind(2, kAnswered);
    std::vector<AnswerEvent> history;
    while (select.step())
        history.push_back({learner_id, select.columnText(0), select.columnDouble(1), select.columnInt64(2),
                           select.columnInt64(3) != 0});
    return history;
}

std::vector<AnswerEvent> Attempts::allAnswers() {
    Statement select(store_.database(),
                     "SELECT learner_id, object, score, at, attempt_id IS NULL FROM events"
                     " WHERE verb = ?1 ORDER BY learner_id, id");
    select.bind(1, kAnswered);
    std::vector<AnswerEvent> history;
    while (select.step())
        history.push_back({select.columnInt64(0), select.columnText(1), select.columnDouble(2), select.columnInt64(3),
                           select.columnInt64(4) != 0});
    return history;
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
    if (passed && valid_until && today < *valid_until) standing.valid_until = valid_until;
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

}  // namespace ipprimer::store
