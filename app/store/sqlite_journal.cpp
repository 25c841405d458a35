// Events in the SQLite store: the one writer every part uses, and the journal
// that appends batches and reads them back in order by row id.
#include "store/sqlite_parts.h"

#include <sqlite3.h>

#include <unordered_map>

#include "store/uuid.h"
#include "store/verbs.h"

namespace ipprimer::store {
namespace {

void bindText(Statement& statement, int index, const std::string& text) {
    if (text.empty())
        statement.bind(index, nullptr);
    else
        statement.bind(index, std::string_view(text));
}

template <class T>
void bindOptional(Statement& statement, int index, const std::optional<T>& value) {
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index, nullptr);
}

}  // namespace

std::string describeEvent(std::string_view verb, std::string_view object) {
    return "\"" + std::string(verb) + " " + std::string(object) + "\"";
}

std::int64_t EventWriter::insert(const NewEvent& event, std::optional<std::int64_t> attempt_id, std::string_view what) {
    // Messages are made only on failure: this runs for every event of a load.
    auto refused = [&] {
        return "; " + (what.empty() ? describeEvent(event.verb, event.object) : std::string(what)) + " was not recorded";
    };
    if (event.verb.empty()) throw StoreError("cannot record an event without a verb" + refused());
    if (!event.uuid.empty() && !isUuid(event.uuid)) throw StoreError("'" + event.uuid + "' is not a UUID" + refused());
    const std::string uuid = event.uuid.empty() ? newUuid() : event.uuid;

    if (!insert_) {
        // Installation 1 is this file's own (schema step 4).
        insert_.emplace(context_.db,
                        "INSERT INTO events (id, learner_id, verb, object, attempt_id, score, response, duration_ms,"
                        " context, at, uuid, installation_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1)");
        next_id_.emplace(context_.db, "SELECT coalesce(max(id), 0) + 1 FROM events");
    }
    Statement& insert = *insert_;
    insert.reset();
    // An attempt's id is its started row's own id, chosen under the write
    // lock so the row carries it from the start (rows are never updated).
    std::optional<std::int64_t> id;
    std::optional<Transaction> own;
    if (event.verb == verbs::kAttemptStarted) {
        if (!context_.db.inTransaction()) own.emplace(context_.db);
        next_id_->step();
        id = next_id_->columnInt64(0);
        next_id_->reset();  // a statement left open would hold back an insert's own commit
        attempt_id = id;
    }
    bindOptional(insert, 1, id);
    insert.bind(2, event.learner_id).bind(3, std::string_view(event.verb)).bind(4, std::string_view(event.object));
    bindOptional(insert, 5, attempt_id);
    bindOptional(insert, 6, event.score);
    bindText(insert, 7, event.response);
    bindOptional(insert, 8, event.duration_ms);
    bindText(insert, 9, event.context);
    insert.bind(10, event.at != 0 ? event.at : context_.now()).bind(11, std::string_view(uuid));
    try {
        insert.step();
    } catch (const StoreError& error) {
        insert.reset();  // lets go of its bindings and any open statement
        if (error.code() == SQLITE_CONSTRAINT_FOREIGNKEY)
            throw StoreError("there is no learner with id " + std::to_string(event.learner_id) + " in " +
                                 context_.location() + refused(),
                             error.code());
        if (error.code() == SQLITE_CONSTRAINT_UNIQUE)
            throw StoreError("an event with id " + uuid + " is already in " + context_.location() + refused(),
                             error.code());
        throw;
    }
    insert.reset();
    const std::int64_t position = id ? *id : context_.db.lastInsertRowId();
    if (own) own->commit();
    return position;
}

// --- Journal ----------------------------------------------------------------

std::int64_t SqliteJournal::append(const NewEvent& event) { return append(std::span(&event, 1)).front(); }

std::vector<std::int64_t> SqliteJournal::append(std::span<const NewEvent> events) {
    std::vector<std::int64_t> positions;
    positions.reserve(events.size());
    // Attempts started in this batch, by the UUID their later events name.
    std::unordered_map<std::string, std::int64_t> started;
    std::optional<Statement> find_attempt;
    Transaction transaction(context_.db);
    for (const NewEvent& event : events) {
        if (event.object.empty())
            throw StoreError("cannot record \"" + event.verb + "\" without an object; nothing of the " +
                             std::to_string(events.size()) + " events was recorded");
        std::optional<std::int64_t> attempt_id;
        if (!event.attempt.empty() && event.verb != verbs::kAttemptStarted) {
            if (auto found = started.find(event.attempt); found != started.end()) {
                attempt_id = found->second;
            } else {
                if (!find_attempt)
                    find_attempt.emplace(context_.db, "SELECT id FROM events WHERE uuid = ?1 AND verb = 'attempt-started'");
                find_attempt->reset();
                find_attempt->bind(1, std::string_view(event.attempt));
                if (!find_attempt->step())
                    throw StoreError("there is no quiz attempt " + event.attempt + " in " + context_.location() + "; " +
                                     describeEvent(event.verb, event.object) + " was not recorded");
                attempt_id = find_attempt->columnInt64(0);
                find_attempt->reset();
            }
        }
        positions.push_back(events_.insert(event, attempt_id, {}));
        if (event.verb == verbs::kAttemptStarted && !event.uuid.empty()) started.emplace(event.uuid, positions.back());
    }
    transaction.commit();
    return positions;
}

std::vector<Event> SqliteJournal::readAfter(std::int64_t position, std::size_t limit) {
    // Ids only grow: an event is given max(id) + 1 under the write lock, and
    // none is ever deleted, so "after this id" never misses a later commit.
    Statement select(context_.db,
                     "SELECT e.id, e.uuid, i.uuid, e.learner_id, e.verb, e.object, a.uuid, e.score, e.response,"
                     " e.duration_ms, e.context, e.at"
                     " FROM events e JOIN installations i ON i.id = e.installation_id"
                     " LEFT JOIN events a ON a.id = e.attempt_id"
                     " WHERE e.id > ?1 ORDER BY e.id LIMIT ?2");
    select.bind(1, position).bind(2, static_cast<std::int64_t>(limit));
    std::vector<Event> events;
    while (select.step()) {
        Event event;
        event.position = select.columnInt64(0);
        event.uuid = select.columnText(1);
        event.installation = select.columnText(2);
        event.learner_id = select.columnInt64(3);
        event.verb = select.columnText(4);
        event.object = select.columnText(5);
        event.attempt = select.columnText(6);
        if (!select.columnIsNull(7)) event.score = select.columnDouble(7);
        event.response = select.columnText(8);
        if (!select.columnIsNull(9)) event.duration_ms = select.columnInt64(9);
        event.context = select.columnText(10);
        event.at = select.columnInt64(11);
        events.push_back(std::move(event));
    }
    return events;
}

std::int64_t SqliteJournal::count() {
    Statement count(context_.db, "SELECT count(*) FROM events");
    count.step();
    return count.columnInt64(0);
}

}  // namespace ipprimer::store
