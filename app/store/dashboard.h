// The rows and numbers the manager's dashboard and `ipprimer report` share:
// every learner with their derived status, filters, sorting and the summary.
// Values and pure functions; Reports (reports.h) reads the rows from a store.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "progress/status.h"
#include "store/roster.h"

namespace ipprimer::store {

struct DashboardRow {
    Learner learner;
    progress::LearnerStatus status;
};

struct Dashboard {
    Date today;
    std::vector<DashboardRow> rows;  // by name
};

// The status filter of the table and of `report --status`. Compliant covers
// both compliant and expiring learners; NotCompliant everyone else.
enum class StatusFilter { Any, Compliant, NotCompliant, Expiring, Expired, Overdue, InProgress, NotStarted };
std::span<const StatusFilter> statusFilters();  // every value but Any
std::string_view filterName(StatusFilter filter);  // "compliant", "not-compliant", ...
std::optional<StatusFilter> parseStatusFilter(std::string_view name);
bool matches(StatusFilter filter, const progress::LearnerStatus& status);

struct RowFilter {
    std::string role;        // a role id; empty: any
    std::string department;  // any case; empty: any
    StatusFilter status = StatusFilter::Any;
    std::string search;      // part of the name or the employee id, any case
};

// Indexes into dashboard.rows of the rows the filter keeps, in row order.
std::vector<std::size_t> filterRows(const Dashboard& dashboard, const RowFilter& filter);

struct Summary {
    int learners = 0;
    int compliant = 0;  // compliant or expiring
    int expiring = 0;
    int expired = 0;
    int overdue = 0;
    int in_progress = 0;
    int not_started = 0;
    double compliantShare() const { return learners ? static_cast<double>(compliant) / learners : 0.0; }
};

// The tiles' numbers: over the rows the role, department and search filters
// keep; the status filter only chooses the rows listed below them.
Summary summarize(const Dashboard& dashboard, const RowFilter& filter);

enum class SortKey { Name, EmployeeId, Role, Department, Status, Due, Modules, RoleQuiz, ValidUntil };
// Sorts row indexes; ties keep name order. Status sorts by urgency
// (expired, overdue, expiring, in progress, not started, compliant).
void sortRows(const Dashboard& dashboard, std::vector<std::size_t>& rows, SortKey key, bool descending);

// The departments of the dashboard's learners, sorted, without repeats.
std::vector<std::string> departments(const Dashboard& dashboard);

}  // namespace ipprimer::store
