// The organisation's picture, read from the server: the dashboard's rows for
// every learner of every PC, by the same rules as the local dashboard
// (DashboardBuilder, then progress::deriveStatus). Needs a manager's login.
#pragma once

#include <span>
#include <string_view>

#include "base/dates.h"
#include "progress/status.h"
#include "store/postgres.h"
#include "store/dashboard.h"

namespace ipprimer::store::org {

// Every learner (active ones only unless `include_archived`) with their
// status on `today`, read in one snapshot of the server. Throws ServerError.
Dashboard loadOrgDashboard(pg::Connection& connection, const progress::Curriculum& curriculum, Date today,
                           bool include_archived = false);

// The SQL the dashboard runs, so a test or a benchmark can EXPLAIN it.
std::span<const std::string_view> orgDashboardQueries();

}  // namespace ipprimer::store::org
