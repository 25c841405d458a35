// One learner's records in the SQLite store, read along
// events_by_learner_verb_object.
#include "store/sqlite_parts.h"

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>

#include "base/dates.h"
#include "progress/workshop_credit.h"

namespace ipprimer::store {
namespace {

constexpr std::string_view kLessons =
    "SELECT lesson_id, first_opened_at, first_finished_at FROM lesson_progress WHERE learner_id = ?1";
constexpr std::string_view kAttempts =
    "SELECT id, attempt_id, verb, object, score, duration_ms, context, at FROM events"
    " WHERE learner_id = ?1 AND verb IN ('attempt-started', 'attempt-finished') ORDER BY id";
constexpr std::string_view kAnswers =
    "SELECT attempt_id, object, score, response, duration_ms, at FROM events"
    " WHERE learner_id = ?1 AND verb = 'answered' ORDER BY id";
constexpr std::string_view kActions =
    "SELECT verb, object, context, at FROM events"
    " WHERE learner_id = ?1 AND verb IN ('due-extended', 'archived', 'restored') ORDER BY id DESC";
// Where each finish came from, and the credit a trainer took back (progress/workshop_credit.h).
constexpr std::string_view kFinishes =
    "SELECT id, object, at, CASE WHEN json_valid(context) THEN json_extract(context, '$.workshop') END, installation_id"
    " FROM events WHERE learner_id = ?1 AND verb = 'finished'";
constexpr std::string_view kWithdrawals =
    "SELECT id, CAST(object AS INTEGER), at, context, installation_id FROM events"
    " WHERE learner_id = ?1 AND verb = 'credit-withdrawn' AND object GLOB '[0-9]*' ORDER BY id";
constexpr std::string_view kWorkshops =
    "SELECT e.id, w.id, e.at, w.trainer, w.date, w.time, w.place, w.started_at FROM events e"
    " JOIN workshops w ON w.id = CAST(e.object AS INTEGER)"
    " WHERE e.learner_id = ?1 AND e.verb = 'attended' AND e.object GLOB '[0-9]*' AND e.installation_id = 1"
    " ORDER BY e.id";
constexpr std::array kQueries{kLessons, kAttempts, kAnswers, kActions, kFinishes, kWithdrawals, kWorkshops};

std::optional<std::int64_t> optionalInt(const Statement& row, int column) {
    if (row.columnIsNull(column)) return std::nullopt;
    return row.columnInt64(column);
}

std::optional<double> optionalDouble(const Statement& row, int column) {
    if (row.columnIsNull(column)) return std::nullopt;
    return row.columnDouble(column);
}

nlohmann::json parseContext(std::string_view text) {
    if (text.empty()) return nlohmann::json::object();
    nlohmann::json context = nlohmann::json::parse(text, nullptr, false);
    return context.is_object() ? context : nlohmann::json::object();
}

std::string textOf(const nlohmann::json& object, const char* key) {
    auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

struct Withdrawn {
    progress::Withdrawal withdrawal;
    std::int64_t at = 0;
    std::string by, reason;
};

// Which session's credit each lesson's first finish is, and the sessions attended.
void readWorkshopCredit(Database& db, std::int64_t learner_id, LearnerHistory& history) {
    std::vector<Withdrawn> withdrawn;
    std::vector<progress::Withdrawal> withdrawals;
    {
        Statement select(db, kWithdrawals);
        select.bind(1, learner_id);
        while (select.step()) {
            const nlohmann::json context = parseContext(select.columnView(3));
            withdrawn.push_back({{select.columnInt64(0), select.columnInt64(1), select.columnInt64(4)}, select.columnInt64(2),
                                 textOf(context, "by"), textOf(context, "reason")});
            withdrawals.push_back(withdrawn.back().withdrawal);
        }
    }
    std::map<std::string, std::vector<progress::FinishedRecord>, std::less<>> finishes;
    {
        Statement select(db, kFinishes);
        select.bind(1, learner_id);
        while (select.step())
            finishes[select.columnText(1)].push_back(
                {select.columnInt64(0), select.columnInt64(2), select.columnIsNull(3) ? 0 : select.columnInt64(3),
                 select.columnInt64(4)});
    }
    for (LessonHistory& lesson : history.lessons) {
        auto found = finishes.find(lesson.lesson_id);
        if (found == finishes.end()) continue;
        const auto first = progress::firstCountedFinish(found->second, withdrawals);
        // A session of this file's own (installation 1): another PC's sessions are not kept here.
        if (first && first->workshop != 0 && first->installation == 1) lesson.workshop_id = first->workshop;
    }
    Statement select(db, kWorkshops);
    select.bind(1, learner_id);
    while (select.step()) {
        WorkshopAttended attended;
        const std::int64_t sequence = select.columnInt64(0);
        attended.workshop_id = select.columnInt64(1);
        attended.credited_at = select.columnInt64(2);
        attended.trainer = select.columnText(3);
        attended.date = select.columnText(4);
        attended.time = select.columnText(5);
        attended.place = select.columnText(6);
        if (attended.date.empty()) attended.date = formatDate(localDate(select.columnInt64(7)));
        // The first withdrawal of this session after this credit, if any.
        for (const Withdrawn& w : withdrawn)
            if (w.withdrawal.workshop == attended.workshop_id && w.withdrawal.installation == 1 &&
                w.withdrawal.sequence > sequence) {
                attended.withdrawn_at = w.at;
                attended.withdrawn_by = w.by;
                attended.reason = w.reason;
                break;
            }
        history.workshops.push_back(std::move(attended));
    }
}

}  // namespace

LearnerHistory SqliteReports::learnerHistory(std::int64_t learner_id) {
    Database& db = context_.db;
    LearnerHistory history;
    {
        Statement select(db, kLessons);
        select.bind(1, learner_id);
        while (select.step())
            history.lessons.push_back({select.columnText(0), optionalInt(select, 1), optionalInt(select, 2)});
    }
    std::map<std::int64_t, std::size_t> attempt_at;  // attempt id -> index
    {
        Statement select(db, kAttempts);
        select.bind(1, learner_id);
        while (select.step()) {
            const bool started = select.columnView(2) == "attempt-started";
            // A started row's attempt id is its attempt_id, or its own row id when that is empty.
            const std::int64_t id = select.columnIsNull(1) ? select.columnInt64(0) : select.columnInt64(1);
            auto [found, added] = attempt_at.try_emplace(id, history.attempts.size());
            if (added) {
                AttemptHistory attempt;
                attempt.id = id;
                attempt.quiz = select.columnText(3);
                history.attempts.push_back(std::move(attempt));
            }
            AttemptHistory& attempt = history.attempts[found->second];
            const nlohmann::json context = parseContext(select.columnView(6));
            if (started) {
                attempt.started_at = select.columnInt64(7);
                attempt.kind = textOf(context, "kind");
                if (auto questions = context.find("questions"); questions != context.end() && questions->is_array())
                    for (const auto& question : *questions)
                        if (question.is_string()) attempt.questions.push_back(question.get<std::string>());
            } else {
                attempt.finished_at = select.columnInt64(7);
                attempt.score = optionalDouble(select, 4);
                attempt.duration_ms = optionalInt(select, 5);
                if (auto passed = context.find("passed"); passed != context.end() && passed->is_boolean())
                    attempt.passed = passed->get<bool>();
                if (auto mark = context.find("pass_mark"); mark != context.end() && mark->is_number())
                    attempt.pass_mark = mark->get<int>();
            }
        }
    }
    {
        Statement select(db, kAnswers);
        select.bind(1, learner_id);
        while (select.step()) {
            AnswerHistory answer{select.columnText(1), optionalDouble(select, 2), select.columnText(3),
                                optionalInt(select, 4), select.columnInt64(5)};
            auto attempt = select.columnIsNull(0) ? attempt_at.end() : attempt_at.find(select.columnInt64(0));
            if (attempt == attempt_at.end())
                history.review_answers.push_back(std::move(answer));
            else
                history.attempts[attempt->second].answers.push_back(std::move(answer));
        }
    }
    {
        Statement select(db, kActions);
        select.bind(1, learner_id);
        while (select.step()) {
            const nlohmann::json context = parseContext(select.columnView(2));
            history.actions.push_back(
                {select.columnText(0), select.columnText(1), textOf(context, "due"), textOf(context, "by"), select.columnInt64(3)});
        }
    }
    readWorkshopCredit(db, learner_id, history);
    std::reverse(history.attempts.begin(), history.attempts.end());
    std::reverse(history.review_answers.begin(), history.review_answers.end());
    return history;
}

std::span<const std::string_view> learnerHistoryQueries() { return kQueries; }

}  // namespace ipprimer::store
