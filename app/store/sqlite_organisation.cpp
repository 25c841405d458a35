// The SQLite store's side of the organisation: organisation_learners (schema
// 5) ties local learners to the roster's UUIDs, and events written elsewhere
// join the journal with their own ids and installations.
#include "store/sqlite_parts.h"

#include <sqlite3.h>

#include <unordered_map>

#include "store/uuid.h"
#include "store/verbs.h"

namespace ipprimer::store {
namespace {

std::vector<OrganisationLearner> readLinks(Statement& select) {
    std::vector<OrganisationLearner> links;
    while (select.step()) links.push_back({select.columnInt64(0), select.columnText(1)});
    return links;
}

void bindTextOrNull(Statement& statement, int index, std::string_view text) {
    if (text.empty())
        statement.bind(index, nullptr);
    else
        statement.bind(index, text);
}

}  // namespace

std::vector<OrganisationLearner> SqliteOrganisation::unregistered() {
    {
        Transaction transaction(context_.db);
        Statement missing(context_.db,
                          "SELECT id FROM learners WHERE id NOT IN (SELECT learner_id FROM organisation_learners)");
        Statement insert(context_.db, "INSERT INTO organisation_learners (learner_id, uuid) VALUES (?1, ?2)");
        while (missing.step()) {
            insert.reset();
            insert.bind(1, missing.columnInt64(0)).bind(2, std::string_view(newUuid()));
            insert.step();
        }
        transaction.commit();
    }
    Statement select(context_.db,
                     "SELECT learner_id, uuid FROM organisation_learners WHERE registered = 0 ORDER BY learner_id");
    return readLinks(select);
}

void SqliteOrganisation::registered(std::int64_t learner_id, std::string_view uuid) {
    Statement update(context_.db, "UPDATE organisation_learners SET uuid = ?2, registered = 1 WHERE learner_id = ?1");
    update.bind(1, learner_id).bind(2, uuid);
    update.step();
}

std::optional<std::string> SqliteOrganisation::uuidOf(std::int64_t learner_id) {
    Statement select(context_.db,
                     "SELECT uuid FROM organisation_learners WHERE learner_id = ?1 AND registered = 1");
    select.bind(1, learner_id);
    if (!select.step()) return std::nullopt;
    return select.columnText(0);
}

std::optional<std::int64_t> SqliteOrganisation::learnerWith(std::string_view uuid) {
    Statement select(context_.db, "SELECT learner_id FROM organisation_learners WHERE uuid = ?1 AND registered = 1");
    select.bind(1, uuid);
    if (!select.step()) return std::nullopt;
    return select.columnInt64(0);
}

std::int64_t SqliteOrganisation::takeRosterEntry(const RosterEntry& entry) {
    Transaction transaction(context_.db);
    std::optional<std::int64_t> learner_id = learnerWith(entry.uuid);
    if (!learner_id && !entry.employee_id.empty()) {
        Statement select(context_.db, "SELECT id FROM learners WHERE employee_id = ?1");
        select.bind(1, std::string_view(entry.employee_id));
        if (select.step()) learner_id = select.columnInt64(0);
    }
    if (!learner_id) {
        Statement insert(context_.db,
                         "INSERT INTO learners (name, employee_id, email, role, department, start_date, archived,"
                         " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        insert.bind(1, std::string_view(entry.name));
        bindTextOrNull(insert, 2, entry.employee_id);
        bindTextOrNull(insert, 3, entry.email);
        insert.bind(4, std::string_view(entry.role)).bind(5, std::string_view(entry.department));
        bindTextOrNull(insert, 6, entry.start_date);
        insert.bind(7, entry.archived ? 1 : 0).bind(8, entry.created_at);
        insert.step();
        learner_id = context_.db.lastInsertRowId();
    } else {
        Statement update(context_.db,
                         "UPDATE learners SET name = ?2, employee_id = ?3, email = ?4, role = ?5, department = ?6,"
                         " start_date = ?7, archived = ?8 WHERE id = ?1");
        update.bind(1, *learner_id).bind(2, std::string_view(entry.name));
        bindTextOrNull(update, 3, entry.employee_id);
        bindTextOrNull(update, 4, entry.email);
        update.bind(5, std::string_view(entry.role)).bind(6, std::string_view(entry.department));
        bindTextOrNull(update, 7, entry.start_date);
        update.bind(8, entry.archived ? 1 : 0);
        update.step();
    }
    Statement link(context_.db,
                   "INSERT INTO organisation_learners (learner_id, uuid, registered) VALUES (?1, ?2, 1)"
                   " ON CONFLICT (learner_id) DO UPDATE SET uuid = excluded.uuid, registered = 1");
    link.bind(1, *learner_id).bind(2, std::string_view(entry.uuid));
    link.step();
    transaction.commit();
    return *learner_id;
}

void SqliteOrganisation::markUsedHere(std::span<const std::int64_t> learner_ids) {
    Statement update(context_.db, "UPDATE organisation_learners SET used_here = 1 WHERE learner_id = ?1 AND used_here = 0");
    for (std::int64_t id : learner_ids) {
        update.reset();
        update.bind(1, id);
        update.step();
    }
}

std::vector<OrganisationLearner> SqliteOrganisation::usedHere(bool history_pulled) {
    Statement select(context_.db,
                     "SELECT learner_id, uuid FROM organisation_learners"
                     " WHERE registered = 1 AND used_here = 1 AND history_pulled = ?1 ORDER BY learner_id");
    select.bind(1, history_pulled ? 1 : 0);
    return readLinks(select);
}

void SqliteOrganisation::markHistoryPulled(std::span<const std::int64_t> learner_ids) {
    Statement update(context_.db, "UPDATE organisation_learners SET history_pulled = 1 WHERE learner_id = ?1");
    for (std::int64_t id : learner_ids) {
        update.reset();
        update.bind(1, id);
        update.step();
    }
}

std::size_t SqliteOrganisation::takeEvents(std::span<const Event> events) {
    Transaction transaction(context_.db);
    Statement find_installation(context_.db, "SELECT id FROM installations WHERE uuid = ?1");
    Statement add_installation(context_.db, "INSERT INTO installations (uuid) VALUES (?1)");
    Statement find_attempt(context_.db, "SELECT id FROM events WHERE uuid = ?1 AND verb = 'attempt-started'");
    Statement next_id(context_.db, "SELECT coalesce(max(id), 0) + 1 FROM events");
    Statement insert(context_.db,
                     "INSERT INTO events (id, learner_id, verb, object, attempt_id, score, response, duration_ms,"
                     " context, at, uuid, installation_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
                     " ON CONFLICT (uuid) DO NOTHING");
    std::unordered_map<std::string, std::int64_t> installations;
    std::size_t added = 0;
    for (const Event& event : events) {
        auto known = installations.find(event.installation);
        if (known == installations.end()) {
            find_installation.reset();
            find_installation.bind(1, std::string_view(event.installation));
            if (!find_installation.step()) {
                add_installation.reset();
                add_installation.bind(1, std::string_view(event.installation));
                add_installation.step();
                find_installation.reset();
                find_installation.step();
            }
            known = installations.emplace(event.installation, find_installation.columnInt64(0)).first;
            find_installation.reset();
        }
        // An attempt's id is its started row's own id, as EventWriter gives it.
        next_id.reset();
        next_id.step();
        const std::int64_t id = next_id.columnInt64(0);
        next_id.reset();
        std::optional<std::int64_t> attempt_id;
        if (event.verb == verbs::kAttemptStarted) {
            attempt_id = id;
        } else if (!event.attempt.empty()) {
            find_attempt.reset();
            find_attempt.bind(1, std::string_view(event.attempt));
            if (!find_attempt.step())
                throw StoreError("there is no quiz attempt " + event.attempt + " in " + context_.location() + "; " +
                                 describeEvent(event.verb, event.object) + " from another computer was not recorded");
            attempt_id = find_attempt.columnInt64(0);
            find_attempt.reset();
        }
        insert.reset();
        insert.bind(1, id).bind(2, event.learner_id).bind(3, std::string_view(event.verb))
            .bind(4, std::string_view(event.object));
        if (attempt_id) insert.bind(5, *attempt_id); else insert.bind(5, nullptr);
        if (event.score) insert.bind(6, *event.score); else insert.bind(6, nullptr);
        bindTextOrNull(insert, 7, event.response);
        if (event.duration_ms) insert.bind(8, *event.duration_ms); else insert.bind(8, nullptr);
        bindTextOrNull(insert, 9, event.context);
        insert.bind(10, event.at).bind(11, std::string_view(event.uuid)).bind(12, known->second);
        insert.step();
        added += static_cast<std::size_t>(sqlite3_changes(context_.db.handle()));
    }
    transaction.commit();
    return added;
}

void SqliteOrganisation::settleArchiving(std::span<const std::int64_t> learner_ids) {
    Statement update(context_.db,
                     "UPDATE learners SET archived = coalesce((SELECT verb = 'archived' FROM events"
                     " WHERE learner_id = ?1 AND verb IN ('archived', 'restored') ORDER BY at DESC, id DESC LIMIT 1),"
                     " archived) WHERE id = ?1");
    for (std::int64_t id : learner_ids) {
        update.reset();
        update.bind(1, id);
        update.step();
    }
}

std::int64_t SqliteOrganisation::ownEventsAfter(std::int64_t position) {
    Statement count(context_.db, "SELECT count(*) FROM events WHERE id > ?1 AND installation_id = 1");
    count.bind(1, position);
    count.step();
    return count.columnInt64(0);
}

}  // namespace ipprimer::store
