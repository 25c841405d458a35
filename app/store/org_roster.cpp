// The staff list on the server: register_learner for the new, one
// `learner-changed` event per changed learner naming only what changed.
#include "store/org_roster.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "store/uuid.h"

namespace ipprimer::store::org {

Learner learnerFromRow(const pg::Result& rows, int row) {
    Learner learner;
    learner.id = rows.int64(row, 0);
    learner.name = rows.text(row, 1);
    learner.employee_id = rows.text(row, 2);
    learner.email = rows.text(row, 3);
    learner.role = rows.text(row, 4);
    learner.department = rows.text(row, 5);
    learner.start_date = rows.text(row, 6);
    learner.archived = rows.boolean(row, 7);
    learner.created_at = rows.int64(row, 8);
    return learner;
}

std::vector<Learner> readOrgRoster(pg::Connection& connection) {
    const pg::Result rows = connection.exec(
        "SELECT id, name, coalesce(employee_id, ''), email, role, department, start_date, archived, created_at"
        " FROM ipprimer.learners ORDER BY id");
    std::vector<Learner> learners;
    learners.reserve(static_cast<std::size_t>(rows.rows()));
    for (int row = 0; row < rows.rows(); ++row) {
        learners.push_back(learnerFromRow(rows, row));
    }
    return learners;
}

ImportResult applyOrgImport(pg::Connection& connection, const ImportPlan& plan, bool skip_bad_rows, std::int64_t now) {
    if (plan.errorCount() > 0 && !skip_bad_rows)
        throw StoreError(plan.file + " has " + std::to_string(plan.errorCount()) + " error(s); nothing was imported");
    // The import's records name an installation of their own: it ran on no PC.
    const std::string installation = newUuid();
    const auto has = [&](const char* column) {
        return std::find(plan.columns.begin(), plan.columns.end(), column) != plan.columns.end();
    };
    ImportResult result;
    pg::Transaction transaction(connection);
    for (const ImportRow& row : plan.rows) {
        switch (row.action) {
        case ImportAction::Error: ++result.skipped; break;
        case ImportAction::Unchanged: ++result.unchanged; break;
        case ImportAction::Add:
            connection.exec(
                "SELECT ipprimer.register_learner($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)",
                pg::Params()
                    .add(newUuid())
                    .add(newUuid())
                    .add(installation)
                    .add(row.name)
                    .addOrNull(row.employee_id)
                    .add(row.email)
                    .add(row.role)
                    .add(row.department)
                    .add(row.start_date)
                    .add(now));
            ++result.added;
            break;
        case ImportAction::Update: {
            nlohmann::json fields = nlohmann::json::object();
            fields["name"] = row.name;
            fields["role"] = row.role;
            if (has("email")) fields["email"] = row.email;
            if (has("department")) fields["department"] = row.department;
            if (has("start_date")) fields["start_date"] = row.start_date;
            connection.exec(
                "INSERT INTO ipprimer.events (uuid, installation, learner, verb, object, context, at)"
                " SELECT $1, $2, uuid, 'learner-changed', uuid::text, $3, $4 FROM ipprimer.learners WHERE id = $5",
                pg::Params().add(newUuid()).add(installation).add(fields.dump()).add(now).add(row.learner_id));
            ++result.updated;
            break;
        }
        }
    }
    transaction.commit();
    return result;
}

}  // namespace ipprimer::store::org
