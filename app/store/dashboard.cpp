// The dashboard's filters, sorting and summary: pure functions of its rows.
#include "store/dashboard.h"

#include <algorithm>
#include <array>
#include <map>

#include "base/text.h"

namespace ipprimer::store {
namespace {

// Smaller is more urgent.
int urgency(progress::LearnerState state) {
    switch (state) {
    case progress::LearnerState::Expired: return 0;
    case progress::LearnerState::Overdue: return 1;
    case progress::LearnerState::Expiring: return 2;
    case progress::LearnerState::InProgress: return 3;
    case progress::LearnerState::NotStarted: return 4;
    case progress::LearnerState::Compliant: return 5;
    }
    return 6;
}

constexpr std::array kStatusFilters{StatusFilter::Compliant, StatusFilter::NotCompliant, StatusFilter::Expiring,
                                    StatusFilter::Expired,   StatusFilter::Overdue,      StatusFilter::InProgress,
                                    StatusFilter::NotStarted};

bool keptByTeamFilter(const DashboardRow& row, const RowFilter& filter, const std::string& department,
                      const std::string& search) {
    if (!filter.role.empty() && row.learner.role != filter.role) return false;
    if (!department.empty() && asciiLowered(row.learner.department) != department) return false;
    if (!search.empty() && asciiLowered(row.learner.name).find(search) == std::string::npos &&
        asciiLowered(row.learner.employee_id).find(search) == std::string::npos)
        return false;
    return true;
}

}  // namespace

std::span<const StatusFilter> statusFilters() { return kStatusFilters; }

std::string_view filterName(StatusFilter filter) {
    switch (filter) {
    case StatusFilter::Any: return "any";
    case StatusFilter::Compliant: return "compliant";
    case StatusFilter::NotCompliant: return "not-compliant";
    case StatusFilter::Expiring: return "expiring";
    case StatusFilter::Expired: return "expired";
    case StatusFilter::Overdue: return "overdue";
    case StatusFilter::InProgress: return "in-progress";
    case StatusFilter::NotStarted: return "not-started";
    }
    return "any";
}

std::optional<StatusFilter> parseStatusFilter(std::string_view name) {
    const std::string key = asciiLowered(name);
    if (key == "any" || key == "all") return StatusFilter::Any;
    for (StatusFilter filter : kStatusFilters)
        if (filterName(filter) == key) return filter;
    return std::nullopt;
}

bool matches(StatusFilter filter, const progress::LearnerStatus& status) {
    switch (filter) {
    case StatusFilter::Any: return true;
    case StatusFilter::Compliant: return status.compliant;
    case StatusFilter::NotCompliant: return !status.compliant;
    case StatusFilter::Expiring: return status.state == progress::LearnerState::Expiring;
    case StatusFilter::Expired: return status.state == progress::LearnerState::Expired;
    case StatusFilter::Overdue: return status.state == progress::LearnerState::Overdue;
    case StatusFilter::InProgress: return status.state == progress::LearnerState::InProgress;
    case StatusFilter::NotStarted: return status.state == progress::LearnerState::NotStarted;
    }
    return false;
}

std::vector<std::size_t> filterRows(const Dashboard& dashboard, const RowFilter& filter) {
    const std::string department = asciiLowered(filter.department);
    const std::string search = asciiLowered(filter.search);
    std::vector<std::size_t> kept;
    kept.reserve(dashboard.rows.size());
    for (std::size_t i = 0; i < dashboard.rows.size(); ++i) {
        const DashboardRow& row = dashboard.rows[i];
        if (keptByTeamFilter(row, filter, department, search) && matches(filter.status, row.status)) kept.push_back(i);
    }
    return kept;
}

Summary summarize(const Dashboard& dashboard, const RowFilter& filter) {
    const std::string department = asciiLowered(filter.department);
    const std::string search = asciiLowered(filter.search);
    Summary summary;
    for (const DashboardRow& row : dashboard.rows) {
        if (!keptByTeamFilter(row, filter, department, search)) continue;
        ++summary.learners;
        summary.compliant += row.status.compliant;
        switch (row.status.state) {
        case progress::LearnerState::Expiring: ++summary.expiring; break;
        case progress::LearnerState::Expired: ++summary.expired; break;
        case progress::LearnerState::Overdue: ++summary.overdue; break;
        case progress::LearnerState::InProgress: ++summary.in_progress; break;
        case progress::LearnerState::NotStarted: ++summary.not_started; break;
        case progress::LearnerState::Compliant: break;
        }
    }
    return summary;
}

void sortRows(const Dashboard& dashboard, std::vector<std::size_t>& rows, SortKey key, bool descending) {
    auto compare = [&](std::size_t a, std::size_t b) -> int {
        const DashboardRow& x = dashboard.rows[a];
        const DashboardRow& y = dashboard.rows[b];
        auto three = [](const auto& p, const auto& q) { return p < q ? -1 : (q < p ? 1 : 0); };
        switch (key) {
        case SortKey::Name: return 0;  // rows are already in name order
        case SortKey::EmployeeId: return three(x.learner.employee_id, y.learner.employee_id);
        case SortKey::Role: return three(x.learner.role, y.learner.role);
        case SortKey::Department: return three(asciiLowered(x.learner.department), asciiLowered(y.learner.department));
        case SortKey::Status: return three(urgency(x.status.state), urgency(y.status.state));
        case SortKey::Due: return three(x.status.due, y.status.due);
        case SortKey::Modules: {
            const double p = x.status.modules_required ? double(x.status.modules_completed) / x.status.modules_required : 1.0;
            const double q = y.status.modules_required ? double(y.status.modules_completed) / y.status.modules_required : 1.0;
            return three(p, q);
        }
        case SortKey::RoleQuiz: return three(x.status.role_quiz_best.value_or(-1.0), y.status.role_quiz_best.value_or(-1.0));
        case SortKey::ValidUntil:
            return three(x.status.valid_until.value_or(Date{-1000000}), y.status.valid_until.value_or(Date{-1000000}));
        }
        return 0;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
        const int order = compare(a, b);
        if (order != 0) return descending ? order > 0 : order < 0;
        if (key == SortKey::Name && descending) return a > b;
        return a < b;  // name order
    });
}

std::vector<std::string> departments(const Dashboard& dashboard) {
    std::map<std::string, std::string> names;  // lowered -> as first written
    for (const DashboardRow& row : dashboard.rows)
        if (!row.learner.department.empty()) names.try_emplace(asciiLowered(row.learner.department), row.learner.department);
    std::vector<std::string> list;
    for (auto& [key, name] : names) list.push_back(name);
    std::sort(list.begin(), list.end());
    return list;
}

}  // namespace ipprimer::store
