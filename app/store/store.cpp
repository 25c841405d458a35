// The store's queries. Every write that records learning is one committed
// transaction; every status is derived from the events when asked.
#include "store/learner_row.h"
#include "base/text.h"
#include "store/verbs.h"
#include "store/store.h"
#include "store/lesson_credit.h"

#include <sqlite3.h>

#include <chrono>

#include "store/schema.h"

namespace ipprimer::store {
namespace {

using verbs::kFinished;
using verbs::kOpened;

// An empty optional text field is stored as NULL, so that UNIQUE allows many
// learners without an employee id.
void bindOptionalText(Statement& statement, int index, const std::string& value) {
    if (value.empty())
        statement.bind(index, nullptr);
    else
        statement.bind(index, std::string_view(value));
}


}  // namespace

std::int64_t Store::systemClock() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Store Store::open(const std::filesystem::path& path) { return Store(openDatabase(path)); }

// --- Learners ---------------------------------------------------------------

std::int64_t Store::addLearner(const NewLearner& input) {
    const NewLearner learner{trimmed(input.name), trimmed(input.employee_id), trimmed(input.email),
                             trimmed(input.role), trimmed(input.department)};
    if (learner.name.empty()) throw StoreError("a learner needs a name");
    if (learner.role.empty()) throw StoreError("the learner " + learner.name + " needs a role");

    Statement insert(db_,
                     "INSERT INTO learners (name, employee_id, email, role, department, created_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, std::string_view(learner.name));
    bindOptionalText(insert, 2, learner.employee_id);
    bindOptionalText(insert, 3, learner.email);
    insert.bind(4, std::string_view(learner.role));
    insert.bind(5, std::string_view(learner.department));
    insert.bind(6, clock_());
    try {
        insert.step();
    } catch (const StoreError& error) {
        if (error.code() != SQLITE_CONSTRAINT_UNIQUE) throw;
        Statement holder(db_, "SELECT name FROM learners WHERE employee_id = ?1");
        holder.bind(1, std::string_view(learner.employee_id));
        const std::string other = holder.step() ? holder.columnText(0) : std::string("another learner");
        throw StoreError("employee id " + learner.employee_id + " already belongs to " + other + " in " +
                             path().string() + "; " + learner.name + " was not added",
                         error.code());
    }
    return db_.lastInsertRowId();
}

std::vector<Learner> Store::learners(bool include_archived) {
    Statement select(db_, "SELECT " + std::string(kLearnerColumns) +
                              " FROM learners WHERE archived = 0 OR ?1"
                              " ORDER BY name COLLATE NOCASE, name, id");
    select.bind(1, include_archived ? 1 : 0);
    std::vector<Learner> result;
    while (select.step()) result.push_back(readLearner(select));
    return result;
}

std::optional<Learner> Store::learner(std::int64_t id) {
    Statement select(db_, "SELECT " + std::string(kLearnerColumns) + " FROM learners WHERE id = ?1");
    select.bind(1, id);
    if (!select.step()) return std::nullopt;
    return readLearner(select);
}

// --- Settings ---------------------------------------------------------------

std::optional<std::string> Store::setting(std::string_view key) {
    Statement select(db_, "SELECT value FROM settings WHERE key = ?1");
    select.bind(1, key);
    if (!select.step()) return std::nullopt;
    return select.columnText(0);
}

void Store::setSetting(std::string_view key, std::string_view value) {
    Statement upsert(db_,
                     "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, key).bind(2, value);
    upsert.step();
}

// --- Events -----------------------------------------------------------------

// A single INSERT outside BEGIN is a transaction of its own: with
// synchronous=FULL it is on disk when step() returns.
void Store::recordEvent(std::int64_t learner_id, std::string_view verb, std::string_view object) {
    if (object.empty()) throw StoreError("cannot record \"" + std::string(verb) + "\" without a lesson id");
    Statement insert(db_, "INSERT INTO events (learner_id, verb, object, at) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, learner_id).bind(2, verb).bind(3, object).bind(4, clock_());
    try {
        insert.step();
    } catch (const StoreError& error) {
        if (error.code() != SQLITE_CONSTRAINT_FOREIGNKEY) throw;
        throw StoreError("there is no learner with id " + std::to_string(learner_id) + " in " +
                             path().string() + "; \"" + std::string(verb) + " " + std::string(object) +
                             "\" was not recorded",
                         error.code());
    }
}

void Store::recordLessonOpened(std::int64_t learner_id, std::string_view lesson_id) {
    recordEvent(learner_id, kOpened, lesson_id);
}

void Store::recordLessonFinished(std::int64_t learner_id, std::string_view lesson_id) {
    recordEvent(learner_id, kFinished, lesson_id);
}

std::unordered_map<std::string, LessonStatus> Store::lessonStatuses(std::int64_t learner_id) {
    if (auto counted = statusesAfterWithdrawals(db_, learner_id)) return std::move(*counted);  // a workshop's credit taken back
    // Two walks along events_by_learner_verb_object, each already in lesson
    // order, so neither needs sorting: three times faster than one GROUP BY
    // over both verbs (see BM_LessonStatuses).
    Statement select(db_,
                     "SELECT object, 1 FROM events WHERE learner_id = ?1 AND verb = ?3 GROUP BY object"
                     " UNION ALL "
                     "SELECT object, 0 FROM events WHERE learner_id = ?1 AND verb = ?2 GROUP BY object");
    select.bind(1, learner_id).bind(2, kOpened).bind(3, kFinished);
    std::unordered_map<std::string, LessonStatus> statuses;
    while (select.step()) {
        if (select.columnInt64(1))
            statuses[select.columnText(0)] = LessonStatus::Finished;
        else
            statuses.try_emplace(select.columnText(0), LessonStatus::InProgress);
    }
    return statuses;
}

LessonStatus Store::lessonStatus(std::int64_t learner_id, std::string_view lesson_id) {
    if (auto counted = statusesAfterWithdrawals(db_, learner_id)) {
        auto found = counted->find(std::string(lesson_id));
        return found == counted->end() ? LessonStatus::NotStarted : found->second;
    }
    Statement select(db_,
                     "SELECT max(verb = ?4) FROM events"
                     " WHERE learner_id = ?1 AND object = ?2 AND verb IN (?3, ?4)");
    select.bind(1, learner_id).bind(2, lesson_id).bind(3, kOpened).bind(4, kFinished);
    // An aggregate always yields one row; NULL when there were no events.
    select.step();
    if (select.columnIsNull(0)) return LessonStatus::NotStarted;
    return select.columnInt64(0) ? LessonStatus::Finished : LessonStatus::InProgress;
}

std::optional<std::string> Store::lastOpenedLesson(std::int64_t learner_id) {
    // By id, the order of recording, so a clock set back does not reorder.
    Statement select(db_,
                     "SELECT object FROM events WHERE learner_id = ?1 AND verb = ?2"
                     " ORDER BY id DESC LIMIT 1");
    select.bind(1, learner_id).bind(2, kOpened);
    if (!select.step()) return std::nullopt;
    return select.columnText(0);
}

std::int64_t Store::eventCount() {
    Statement count(db_, "SELECT count(*) FROM events");
    count.step();
    return count.columnInt64(0);
}

}  // namespace ipprimer::store
