// The report command: load the dashboard, apply the same filters, print.
#include "cli/report_command.h"

#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli/store_access.h"
#include "progress/curriculum.h"
#include "base/dates.h"
#include "store/report_files.h"
#include "store/reports.h"

namespace ipprimer::cli {
namespace {

std::string statusNames() {
    std::string names;
    for (store::StatusFilter filter : store::statusFilters())
        names += (names.empty() ? "" : ", ") + std::string(store::filterName(filter));
    return names;
}

}  // namespace

CLI::App* addReportCommand(CLI::App& cli, ReportOptions& options) {
    CLI::App* report = cli.add_subcommand("report", "Print every learner's training status, as the manager's dashboard shows it");
    report->footer("Statuses are defined in docs/statuses.md. CSV opens in a spreadsheet (cells that could run as a "
                   "formula are escaped); JSON adds the dashboard's summary. Archived learners are left out unless --all.");
    report->add_option("--format", options.format, "csv (default) or json")->check(CLI::IsMember({"csv", "json"}));
    report->add_option("--role", options.role, "Only learners of this role (a role id of the course)");
    report->add_option("--department", options.department, "Only learners of this department (any case)");
    report->add_option("--status", options.status, "Only learners whose status is: " + statusNames());
    report->add_option("--search", options.search, "Only learners whose name or employee id contains this text");
    report->add_option("--output,-o", options.output, "Write to this file instead of the standard output");
    report->add_flag("--all", options.all, "Include archived learners");
    return report;
}

int runReport(const GlobalOptions& global, const ReportOptions& options) {
    store::RowFilter filter;
    filter.department = options.department;
    filter.search = options.search;
    if (!options.status.empty()) {
        auto status = store::parseStatusFilter(options.status);
        if (!status) {
            std::fprintf(stderr, "ipprimer report: --status must be one of: %s (not '%s')\n", statusNames().c_str(),
                         options.status.c_str());
            return kExitBadArguments;
        }
        filter.status = *status;
    }
    auto course = loadCourseFor(global, "report");
    if (!course) return kExitBadInput;
    if (!options.role.empty()) {
        const course::Role* role = course->role(options.role);
        if (!role) {
            std::string roles;
            for (const course::Role& r : course->roles) roles += (roles.empty() ? "" : ", ") + r.id;
            std::fprintf(stderr, "ipprimer report: --role must be one of: %s (not '%s')\n", roles.c_str(), options.role.c_str());
            return kExitBadArguments;
        }
        filter.role = role->id;
    }
    auto store = openStoreFor(global, "report");
    if (!store) return kExitBadInput;

    try {
        const progress::Curriculum curriculum = progress::curriculumOf(*course);
        const store::Dashboard dashboard =
            store->reports().dashboard(curriculum, localDate(store->now()), options.all);
        if (!filter.department.empty()) {
            store::RowFilter department_only;
            department_only.department = filter.department;
            if (store::filterRows(dashboard, department_only).empty())
                std::fprintf(stderr, "ipprimer report: no learner is in department '%s'\n", filter.department.c_str());
        }
        const std::vector<std::size_t> rows = store::filterRows(dashboard, filter);
        const std::string text = options.format == "json" ? store::reportJson(curriculum, dashboard, rows, filter)
                                                          : store::reportCsv(curriculum, dashboard, rows);
        if (options.output.empty()) {
            std::fwrite(text.data(), 1, text.size(), stdout);
        } else {
            store::saveReport(options.output, text);
            std::fprintf(stderr, "Wrote %zu learner(s) to %s\n", rows.size(), options.output.c_str());
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer report: %s\n", error.what());
        return kExitBadInput;
    }
    return kExitOk;
}

}  // namespace ipprimer::cli
