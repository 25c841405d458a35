// The SQLite queries behind attempts.h. Rows follow the learning-record
// contract: attempt-started, answered, attempt-finished (docs/design-notes.md).
#include "store/sqlite_parts.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "store/verbs.h"

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

// An `answered` event: in an attempt (context {"quiz": ...}) or a review.
NewEvent answerEvent(std::int64_t learner_id, const NewAnswer& answer, std::string context) {
    NewEvent event;
    event.learner_id = learner_id;
    event.verb = kAnswered;
    event.object = answer.question_id;
    event.score = answer.score;
    event.response = answer.response;
    event.duration_ms = std::max<std::int64_t>(answer.duration_ms, 0);
    event.context = std::move(context);
    return event;
}

void checkScore(double score, double max, const std::string& what) {
    if (!std::isfinite(score) || score < 0 || score > max)
        throw StoreError(what + " must be a number from 0 to " + std::to_string(static_cast<int>(max)));
}

}  // namespace

std::int64_t SqliteAttempts::start(std::int64_t learner_id, const NewAttempt& attempt) {
    if (attempt.quiz_id.empty()) throw StoreError("cannot start an attempt without a quiz id");
    if (attempt.question_ids.empty())
        throw StoreError("cannot start an attempt at " + attempt.quiz_id + " with no questions");
    NewEvent started;
    started.learner_id = learner_id;
    started.verb = kStarted;
    started.object = attempt.quiz_id;
    started.context = nlohmann::json{{"seed", attempt.seed}, {"questions", attempt.question_ids}, {"kind", attempt.kind}}.dump();
    // The writer makes the attempt's id its own row's id (see EventWriter).
    Transaction transaction(context_.db);
    const std::int64_t id = events_.insert(started, std::nullopt, "the attempt at " + attempt.quiz_id);
    transaction.commit();
    return id;
}

AttemptRecord SqliteAttempts::openAttempt(std::int64_t learner_id, std::int64_t attempt_id, const char* action) {
    auto record = attempt(attempt_id);
    const std::string refused = std::string("; the ") + action + " was not recorded";
    if (!record) throw StoreError("there is no quiz attempt " + std::to_string(attempt_id) + refused);
    if (record->learner_id != learner_id)
        throw StoreError("quiz attempt " + std::to_string(attempt_id) + " belongs to another learner" + refused);
    if (record->finished())
        throw StoreError("quiz attempt " + std::to_string(attempt_id) + " is already finished" + refused);
    return *record;
}

void SqliteAttempts::recordAnswer(std::int64_t learner_id, std::int64_t attempt_id, const NewAnswer& answer) {
    checkScore(answer.score, 1, "an answer's score");
    Database& db = context_.db;
    Transaction transaction(db);
    const AttemptRecord record = openAttempt(learner_id, attempt_id, "answer");
    if (std::find(record.question_ids.begin(), record.question_ids.end(), answer.question_id) ==
        record.question_ids.end())
        throw StoreError("question '" + answer.question_id + "' is not part of quiz attempt " +
                         std::to_string(attempt_id) + "; the answer was not recorded");
    events_.insert(answerEvent(learner_id, answer, nlohmann::json{{"quiz", record.quiz_id}}.dump()), attempt_id,
                   "the answer");
    transaction.commit();
}

void SqliteAttempts::finish(std::int64_t learner_id, std::int64_t attempt_id, const AttemptOutcome& outcome) {
    checkScore(outcome.percent, 100, "an attempt's percentage");
    Database& db = context_.db;
    Transaction transaction(db);
    const AttemptRecord record = openAttempt(learner_id, attempt_id, "end of the attempt");
    NewEvent event;
    event.learner_id = learner_id;
    event.verb = kFinishedAttempt;
    event.object = record.quiz_id;
    event.score = outcome.percent;
    event.duration_ms = std::max<std::int64_t>(outcome.duration_ms, 0);
    event.context = nlohmann::json{{"passed", outcome.passed}, {"pass_mark", outcome.pass_mark}}.dump();
    events_.insert(event, attempt_id, "the end of the attempt");
    transaction.commit();
}

void SqliteAttempts::recordReviewAnswer(std::int64_t learner_id, const NewAnswer& answer) {
    checkScore(answer.score, 1, "an answer's score");
    if (answer.question_id.empty()) throw StoreError("cannot record an answer without a question id");
    events_.insert(answerEvent(learner_id, answer, "{\"review\":true}"), std::nullopt, "the review answer");
}

std::optional<AttemptRecord> SqliteAttempts::attempt(std::int64_t attempt_id) {
    Database& db = context_.db;
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

std::vector<AttemptRecord> SqliteAttempts::attempts(std::int64_t learner_id, std::string_view quiz_id) {
    Database& db = context_.db;
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

std::vector<AttemptRecord> SqliteAttempts::unfinished(std::int64_t learner_id) {
    Statement select(context_.db,
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

std::optional<double> SqliteAttempts::bestScore(std::int64_t learner_id, std::string_view quiz_id) {
    Statement select(context_.db,
                     "SELECT max(score) FROM events WHERE learner_id = ?1 AND verb = ?2 AND object = ?3");
    select.bind(1, learner_id).bind(2, kFinishedAttempt).bind(3, quiz_id);
    select.step();
    if (select.columnIsNull(0)) return std::nullopt;
    return select.columnDouble(0);
}

int SqliteAttempts::attemptCount(std::int64_t learner_id, std::string_view quiz_id, std::int64_t since) {
    Statement select(context_.db,
                     "SELECT count(*) FROM events WHERE learner_id = ?1 AND verb = ?2 AND object = ?3 AND at >= ?4");
    select.bind(1, learner_id).bind(2, kStarted).bind(3, quiz_id).bind(4, since);
    select.step();
    return static_cast<int>(select.columnInt64(0));
}

std::vector<AnswerEvent> SqliteAttempts::answerHistory(std::int64_t learner_id) {
    Statement select(context_.db,
                     "SELECT object, score, at, attempt_id IS NULL FROM events"
                     " WHERE learner_id = ?1 AND verb = ?2 ORDER BY id");
    select.bind(1, learner_id).bind(2, kAnswered);
    std::vector<AnswerEvent> history;
    while (select.step())
        history.push_back({learner_id, select.columnText(0), select.columnDouble(1), select.columnInt64(2),
                           select.columnInt64(3) != 0});
    return history;
}

std::vector<AnswerEvent> SqliteAttempts::allAnswers() {
    Statement select(context_.db,
                     "SELECT learner_id, object, score, at, attempt_id IS NULL FROM events"
                     " WHERE verb = ?1 ORDER BY learner_id, id");
    select.bind(1, kAnswered);
    std::vector<AnswerEvent> history;
    while (select.step())
        history.push_back({select.columnInt64(0), select.columnText(1), select.columnDouble(2), select.columnInt64(3),
                           select.columnInt64(4) != 0});
    return history;
}

}  // namespace ipprimer::store
