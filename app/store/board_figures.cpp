// Counting the rows into groups and months.
#include "store/board_figures.h"

#include <algorithm>
#include <map>

namespace ipprimer::store {
namespace {

bool counts(const progress::LearnerStatus& status) { return matches(StatusFilter::Compliant, status); }

// The day a learner joined the roster: their start date, else the day they were added.
Date joined(const Learner& learner) {
    if (auto start = parseDate(learner.start_date)) return *start;
    return localDate(learner.created_at);
}

Date lastDayOfMonth(Date day) {
    const std::string text = formatDate(day);
    const Date first = makeDate(std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)), 1);
    return addDays(addMonths(first, 1), -1);
}

}  // namespace

std::vector<GroupFigure> groupFigures(const Dashboard& dashboard, const std::vector<std::size_t>& rows, GroupBy by) {
    std::map<std::string, GroupFigure> groups;
    for (std::size_t index : rows) {
        const DashboardRow& row = dashboard.rows[index];
        const std::string& key = by == GroupBy::Department ? row.learner.department : row.learner.role;
        GroupFigure& group = groups[key];
        group.key = key;
        ++group.learners;
        group.compliant += counts(row.status);
    }
    std::vector<GroupFigure> out;
    for (auto& [key, group] : groups) out.push_back(group);
    std::stable_sort(out.begin(), out.end(), [](const GroupFigure& a, const GroupFigure& b) { return a.learners > b.learners; });
    return out;
}

std::vector<MonthFigure> complianceTrend(const Dashboard& dashboard, const std::vector<std::size_t>& rows, int months) {
    std::vector<MonthFigure> out;
    for (int back = months - 1; back >= 0; --back) {
        MonthFigure month;
        month.on = back == 0 ? dashboard.today : lastDayOfMonth(addMonths(dashboard.today, -back));
        for (std::size_t index : rows) {
            const DashboardRow& row = dashboard.rows[index];
            // Today counts everyone the tiles count, those starting later included.
            if (back > 0 && joined(row.learner) > month.on) continue;
            ++month.learners;
            const auto& status = row.status;
            if (status.completed_on && *status.completed_on <= month.on && status.valid_until && *status.valid_until >= month.on)
                ++month.compliant;
        }
        out.push_back(month);
    }
    return out;
}

std::vector<std::size_t> tileRows(const Dashboard& dashboard, const RowFilter& filter) {
    RowFilter without_status = filter;
    without_status.status = StatusFilter::Any;
    return filterRows(dashboard, without_status);
}

}  // namespace ipprimer::store
