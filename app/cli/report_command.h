// `ipprimer report [--format csv|json] [--role R] [--department D] [--status S]`:
// the dashboard's numbers and rows, as a file for a spreadsheet or a program.
#pragma once

#include <string>

#include "cli/options.h"

namespace CLI {
class App;
}

namespace ipprimer::cli {

struct ReportOptions {
    std::string format;  // a format key of exports::kReportFormats; the first when not given
    std::string role;
    std::string department;
    std::string status;
    std::string search;
    std::string output;  // empty: stdout
    std::string org;     // the organisation's server; empty: this computer's records
    bool all = false;
};

CLI::App* addReportCommand(CLI::App& cli, ReportOptions& options);
int runReport(const GlobalOptions& global, const ReportOptions& options);

}  // namespace ipprimer::cli
