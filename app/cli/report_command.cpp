// The report command: load the dashboard, apply the same filters, print.
#include "cli/report_command.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <stdexcept>

#include "cli/store_access.h"
#include "progress/curriculum.h"
#include "base/dates.h"
#include "export/export_file.h"
#include "export/report_files.h"
#include "store/org_folder_sync.h"
#include "store/org_reports.h"
#include "store/org_schema.h"
#include "store/postgres.h"
#include "store/reports.h"
#include "store/topics.h"

namespace ipprimer::cli {
namespace {

std::string statusNames() {
    std::string names;
    for (store::StatusFilter filter : store::statusFilters())
        names += (names.empty() ? "" : ", ") + std::string(store::filterName(filter));
    return names;
}

// The organisation's picture, from its server.
store::Dashboard loadOrgReport(const ReportOptions& options, const progress::Curriculum& curriculum) {
    if (store::org::isFolderTarget(options.org))
        return store::org::loadFolderDashboard(store::org::folderOf(options.org), curriculum,
                                               localDate(store::Store::systemClock()), options.all);
    store::pg::Connection server(options.org);
    store::org::checkServerSchema(server);
    try {
        return store::org::loadOrgDashboard(server, curriculum, localDate(store::Store::systemClock()), options.all);
    } catch (const store::pg::ServerError& error) {
        if (!error.permissionDenied()) throw;
        throw std::runtime_error(std::string(error.what()) + "\nThe organisation's report needs a manager's login (a member of " +
                                 std::string(store::org::kManagerRole) + ").");
    }
}

}  // namespace

CLI::App* addReportCommand(CLI::App& cli, ReportOptions& options) {
    CLI::App* report = cli.add_subcommand("report", "Print every learner's training status, as the manager's dashboard shows it");
    report->footer("Statuses are defined in docs/statuses.md. CSV opens in a spreadsheet (cells that could run as a "
                   "formula are escaped); JSON adds the dashboard's summary. PDF is the one-page board report of the filtered learners (tiles, compliance by department and role, the last twelve months, the topics the team gets wrong; needs -o FILE.pdf). Archived learners are left out unless --all.");
    // The formats a report is offered in; the first is the default ("csv (default) or json").
    std::vector<std::string> formats;
    std::string format_help;
    for (exports::FormatId format : exports::kReportFormats) {
        formats.emplace_back(exports::formatOf(format).key);
        if (formats.size() > 1) format_help += formats.size() == exports::kReportFormats.size() ? " or " : ", ";
        format_help += formats.back() + (formats.size() == 1 ? " (default)" : "");
    }
    options.format = formats.front();
    report->add_option("--format", options.format, format_help)->check(CLI::IsMember(formats));
    report->add_option("--role", options.role, "Only learners of this role (a role id of the course)");
    report->add_option("--department", options.department, "Only learners of this department (any case)");
    report->add_option("--status", options.status, "Only learners whose status is: " + statusNames());
    report->add_option("--search", options.search, "Only learners whose name or employee id contains this text");
    report->add_option("--output,--out,-o", options.output, "Write to this file instead of the standard output");
    report->add_option("--by", options.by,
                       "learner (default): one row per learner; question: one row per question with its answers, "
                       "facility and discrimination (each learner's first finished attempt at each quiz)")
        ->check(CLI::IsMember({"learner", "question"}));
    report->add_flag("--all", options.all, "Include archived learners");
    report->add_option("--org", options.org,
                       "Report on the whole organisation from its server (a postgresql:// URL, key=value pairs or "
                       "service=NAME; needs a manager's login) or its shared folder (/path or file:///path)");
    return report;
}

int runReport(const GlobalOptions& global, const ReportOptions& options) {
    if (options.by == "question") return runQuestionReport(global, options);
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
    std::unique_ptr<store::Store> store;
    if (options.org.empty()) {
        store = openStoreToRead(global, "report");
        if (!store) return kExitBadInput;
    }

    try {
        TerminalProgress progress_line(stderr);  // a line while it works, on a terminal only
        progress_line.step("Reading the records", 0, 0);
        const progress::Curriculum curriculum = progress::curriculumOf(*course);
        const store::Dashboard dashboard =
            store ? store->reports().dashboard(curriculum, localDate(store->now()), options.all)
                  : loadOrgReport(options, curriculum);
        if (!filter.department.empty()) {
            store::RowFilter department_only;
            department_only.department = filter.department;
            if (store::filterRows(dashboard, department_only).empty())
                std::fprintf(stderr, "ipprimer report: no learner is in department '%s'\n", filter.department.c_str());
        }
        const std::vector<std::size_t> rows = store::filterRows(dashboard, filter);
        const exports::Format* format = exports::findFormat(options.format);
        if (!format) throw std::invalid_argument("--format must be " + exports::formatKeys(exports::kReportFormats));
        if (format->id == exports::FormatId::Pdf && options.output.empty())
            throw std::invalid_argument("the PDF report needs a file: add -o FILE.pdf");
        std::vector<store::TopicRow> topics;
        if (format->id == exports::FormatId::Pdf && store)
            topics = store::topicMisses(store->reports().firstAnswerCounts(), progress::questionTags(*course));
        const std::string text =
            exports::reportFile(format->id, *course, curriculum, dashboard, rows, filter, topics, progress_line);
        progress_line.clear();
        if (options.output.empty()) {
            std::fwrite(text.data(), 1, text.size(), stdout);
        } else {
            exports::saveExport(options.output, text);
            if (format->id == exports::FormatId::Pdf)
                std::fprintf(stderr, "Wrote the board report to %s\n", options.output.c_str());
            else
                std::fprintf(stderr, "Wrote %zu learner(s) to %s\n", rows.size(), options.output.c_str());
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer report: %s\n", error.what());
        return kExitBadInput;
    }
    return kExitOk;
}

}  // namespace ipprimer::cli
