// The roster in the SQLite store: learners, staff-list imports, and the
// managers' actions, each written with its event in one transaction.
#include "store/sqlite_parts.h"

#include <sqlite3.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "base/text.h"
#include "progress/quiz_id.h"
#include "progress/status.h"
#include "store/learner_row.h"
#include "store/learners_import.h"
#include "store/verbs.h"

namespace ipprimer::store {
namespace {

// An empty optional text field is stored as NULL, so that UNIQUE allows many
// learners without an employee id.
void bindOptionalText(Statement& statement, int index, const std::string& value) {
    if (value.empty())
        statement.bind(index, nullptr);
    else
        statement.bind(index, std::string_view(value));
}

constexpr std::string_view kInsertLearner =
    "INSERT INTO learners (name, employee_id, email, role, department, start_date, archived, created_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

NewEvent managerAction(std::int64_t learner_id, std::string_view verb, std::string object, const nlohmann::json& context) {
    NewEvent event;
    event.learner_id = learner_id;
    event.verb = verb;
    event.object = std::move(object);
    event.context = context.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return event;
}

}  // namespace

// --- Learners ---------------------------------------------------------------

std::int64_t SqliteRoster::insert(Statement& insert, const NewLearner& input) {
    NewLearner learner = input;
    learner.name = trimmed(input.name);
    learner.employee_id = trimmed(input.employee_id);
    learner.email = trimmed(input.email);
    learner.role = trimmed(input.role);
    learner.department = trimmed(input.department);
    learner.start_date = trimmed(input.start_date);
    if (learner.name.empty()) throw StoreError("a learner needs a name");
    if (learner.role.empty()) throw StoreError("the learner " + learner.name + " needs a role");

    insert.reset();
    insert.bind(1, std::string_view(learner.name));
    bindOptionalText(insert, 2, learner.employee_id);
    bindOptionalText(insert, 3, learner.email);
    insert.bind(4, std::string_view(learner.role));
    insert.bind(5, std::string_view(learner.department));
    bindOptionalText(insert, 6, learner.start_date);
    insert.bind(7, learner.archived ? 1 : 0);
    insert.bind(8, learner.created_at != 0 ? learner.created_at : context_.now());
    try {
        insert.step();
    } catch (const StoreError& error) {
        insert.reset();
        if (error.code() != SQLITE_CONSTRAINT_UNIQUE) throw;
        Statement holder(context_.db, "SELECT name FROM learners WHERE employee_id = ?1");
        holder.bind(1, std::string_view(learner.employee_id));
        const std::string other = holder.step() ? holder.columnText(0) : std::string("another learner");
        throw StoreError("employee id " + learner.employee_id + " already belongs to " + other + " in " +
                             context_.location() + "; " + learner.name + " was not added",
                         error.code());
    }
    insert.reset();
    return context_.db.lastInsertRowId();
}

std::int64_t SqliteRoster::add(const NewLearner& learner) {
    Statement statement(context_.db, kInsertLearner);
    return insert(statement, learner);
}

std::vector<std::int64_t> SqliteRoster::add(std::span<const NewLearner> learners) {
    Transaction transaction(context_.db);
    Statement statement(context_.db, kInsertLearner);
    std::vector<std::int64_t> ids;
    ids.reserve(learners.size());
    for (const NewLearner& learner : learners) ids.push_back(insert(statement, learner));
    transaction.commit();
    return ids;
}

std::vector<Learner> SqliteRoster::list(bool include_archived) {
    Statement select(context_.db, "SELECT " + std::string(kLearnerColumns) +
                                      " FROM learners WHERE archived = 0 OR ?1"
                                      " ORDER BY name COLLATE NOCASE, name, id");
    select.bind(1, include_archived ? 1 : 0);
    std::vector<Learner> result;
    while (select.step()) result.push_back(readLearner(select));
    return result;
}

std::optional<Learner> SqliteRoster::find(std::int64_t learner_id) {
    Statement select(context_.db, "SELECT " + std::string(kLearnerColumns) + " FROM learners WHERE id = ?1");
    select.bind(1, learner_id);
    if (!select.step()) return std::nullopt;
    return readLearner(select);
}

// --- Managers' actions ------------------------------------------------------

Learner SqliteRoster::require(std::int64_t learner_id) {
    std::optional<Learner> learner = find(learner_id);
    if (!learner)
        throw StoreError("there is no learner with id " + std::to_string(learner_id) + " in " + context_.location());
    return *learner;
}

void SqliteRoster::extendDueDate(std::int64_t learner_id, Date due, std::string_view by) {
    const std::string who = trimmed(by);
    if (who.empty()) throw StoreError("say who is extending the due date");
    const Learner learner = require(learner_id);
    const Date today = localDate(context_.now());
    if (due < today)
        throw StoreError("the new due date " + formatDate(due) + " is in the past (today is " + formatDate(today) + ")");
    const NewEvent event = managerAction(learner_id, verbs::kDueExtended, progress::QuizId::role(learner.role).text(),
                                         {{"due", formatDate(due)}, {"by", who}});
    events_.insert(event, std::nullopt, "the extension");
}

void SqliteRoster::setArchived(std::int64_t learner_id, std::string_view by, bool archived) {
    const std::string who = trimmed(by);
    if (who.empty()) throw StoreError("say who is " + std::string(archived ? "archiving" : "restoring") + " the learner");
    const Learner learner = require(learner_id);
    if (learner.archived == archived) return;
    Transaction transaction(context_.db);
    Statement update(context_.db, "UPDATE learners SET archived = ?2 WHERE id = ?1");
    update.bind(1, learner_id).bind(2, archived ? 1 : 0);
    update.step();
    const NewEvent event = managerAction(learner_id, archived ? verbs::kArchived : verbs::kRestored,
                                         std::to_string(learner_id), {{"by", who}});
    events_.insert(event, std::nullopt, archived ? "the archiving" : "the restoring");
    transaction.commit();
}

void SqliteRoster::archive(std::int64_t learner_id, std::string_view by) { setArchived(learner_id, by, true); }

void SqliteRoster::restore(std::int64_t learner_id, std::string_view by) { setArchived(learner_id, by, false); }

// --- Staff lists ------------------------------------------------------------

ImportResult SqliteRoster::applyImport(const ImportPlan& plan, bool skip_bad_rows) {
    ImportResult result;
    const int errors = plan.errorCount();
    if (errors > 0 && !skip_bad_rows)
        throw StoreError(plan.file + " has " + std::to_string(errors) + " error(s); nothing was imported");
    const bool header_broken = std::any_of(plan.messages.begin(), plan.messages.end(), [](const ImportMessage& m) {
        return m.severity == Severity::Error && m.line <= 1;
    });
    if (header_broken && plan.rows.empty())
        throw StoreError(plan.file + ": the first line does not name the columns needed; nothing was imported");

    auto has = [&](std::string_view column) {
        return std::find(plan.columns.begin(), plan.columns.end(), column) != plan.columns.end();
    };
    auto optional = [](Statement& statement, int index, const std::string& value) {
        if (value.empty())
            statement.bind(index, nullptr);
        else
            statement.bind(index, std::string_view(value));
    };

    Database& db = context_.db;
    Transaction transaction(db);
    Statement find(db, "SELECT id, name, email, role, department, start_date FROM learners WHERE employee_id = ?1");
    Statement insert(db,
                     "INSERT INTO learners (name, employee_id, email, role, department, start_date, created_at)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    Statement update(db,
                     "UPDATE learners SET name = ?2, email = ?3, role = ?4, department = ?5, start_date = ?6"
                     " WHERE id = ?1");
    const std::int64_t now = context_.now();
    for (const ImportRow& row : plan.rows) {
        if (row.action == ImportAction::Error) {
            ++result.skipped;
            continue;
        }
        find.reset();
        find.bind(1, std::string_view(row.employee_id));
        if (!find.step()) {
            insert.reset();
            insert.bind(1, std::string_view(row.name)).bind(2, std::string_view(row.employee_id));
            optional(insert, 3, row.email);
            insert.bind(4, std::string_view(row.role)).bind(5, std::string_view(row.department));
            optional(insert, 6, row.start_date);
            insert.bind(7, now);
            insert.step();
            ++result.added;
            continue;
        }
        // Columns the file does not have keep the learner's current value.
        const std::int64_t id = find.columnInt64(0);
        const std::string name = has("name") ? row.name : find.columnText(1);
        const std::string email = has("email") ? row.email : find.columnText(2);
        const std::string role = has("role") ? row.role : find.columnText(3);
        const std::string department = has("department") ? row.department : find.columnText(4);
        const std::string start_date = has("start_date") ? row.start_date : find.columnText(5);
        const bool same = name == find.columnText(1) && email == find.columnText(2) && role == find.columnText(3) &&
                          department == find.columnText(4) && start_date == find.columnText(5);
        if (same) {
            ++result.unchanged;
            continue;
        }
        update.reset();
        update.bind(1, id).bind(2, std::string_view(name));
        optional(update, 3, email);
        update.bind(4, std::string_view(role)).bind(5, std::string_view(department));
        optional(update, 6, start_date);
        update.step();
        ++result.updated;
    }
    transaction.commit();
    return result;
}

}  // namespace ipprimer::store
