// The organisation's roster on its server: read as the staff-list import
// plans against it, and a planned import written there, so that IT or a
// manager imports the staff list once and every linked PC offers those
// people as profiles at its next sync.
#pragma once

#include <string>
#include <vector>

#include "store/learners_import.h"
#include "store/postgres.h"
#include "store/roster.h"

namespace ipprimer::store::org {

// A learner from a row of ipprimer.learners read with the columns id, name,
// coalesce(employee_id, ''), email, role, department, start_date, archived,
// created_at, in that order.
Learner learnerFromRow(const pg::Result& rows, int row);

// Every learner on the server's roster (archived ones too), with the
// server's numbers as ids. Throws ServerError.
std::vector<Learner> readOrgRoster(pg::Connection& connection);

// Writes a plan made against readOrgRoster in one transaction: new people
// registered (the same person if another import added their employee id
// meanwhile), changes recorded as `learner-changed` events, which need a
// manager's login. Throws StoreError, writing nothing, when the plan has
// errors and `skip_bad_rows` is false, and ServerError when the server refuses.
ImportResult applyOrgImport(pg::Connection& connection, const ImportPlan& plan, bool skip_bad_rows,
                            std::int64_t now);

}  // namespace ipprimer::store::org
