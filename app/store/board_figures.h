// The figures a board reads, from the dashboard's rows: compliance by
// department and by role, and compliance month by month over the last year.
// Pure functions on the rows, shared by the dashboard's charts and the
// board report's PDF.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "store/dashboard.h"

namespace ipprimer::store {

struct GroupFigure {
    std::string key;  // the department, or the role's id
    int learners = 0;
    int compliant = 0;  // compliant or expiring, as the tiles count them
    double share() const { return learners ? static_cast<double>(compliant) / learners : 0.0; }
};

enum class GroupBy { Department, Role };

// One figure per department (or role) among the rows, largest group first,
// then by name; learners without a department are grouped under "".
std::vector<GroupFigure> groupFigures(const Dashboard& dashboard, const std::vector<std::size_t>& rows, GroupBy by);

struct MonthFigure {
    Date on;            // the month's last day, or today for the current month
    int learners = 0;   // on the roster by then (started, or added); today: all, as the tiles count
    int compliant = 0;  // whose training was complete and still valid that day
    double share() const { return learners ? static_cast<double>(compliant) / learners : 0.0; }
};

// Compliance at the end of each of the last `months` months, oldest first,
// the last being today. Drawn from each learner's latest training cycle (the
// day it was complete and the day it is valid until): an earlier cycle that
// lapsed before the latest is not counted, so months long past may read a
// little low for learners who renewed late.
std::vector<MonthFigure> complianceTrend(const Dashboard& dashboard, const std::vector<std::size_t>& rows, int months = 12);

// The rows the tiles count: the filter without its status.
std::vector<std::size_t> tileRows(const Dashboard& dashboard, const RowFilter& filter);

}  // namespace ipprimer::store
