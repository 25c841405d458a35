// `ipprimer register import FILE.csv [--dry-run] [--by WHO]`,
// `ipprimer register export [--format csv|json] [--output FILE]` and
// `ipprimer register due [--within DAYS]`: the company's IP register.
#pragma once

#include <string>

#include "cli/options.h"

namespace CLI {
class App;
}

namespace ipprimer::cli {

struct RegisterOptions {
    CLI::App* import = nullptr;
    CLI::App* export_command = nullptr;
    CLI::App* due = nullptr;
    std::string file;
    bool dry_run = false;
    std::string by;      // the person importing: a name or employee id of the staff list
    std::string format;  // export: a key of exports::kRegisterFormats
    std::string output;  // export: empty for stdout
    int within = 90;     // due: days from today
};

CLI::App* addRegisterCommand(CLI::App& cli, RegisterOptions& options);
int runRegister(const GlobalOptions& global, const RegisterOptions& options);

}  // namespace ipprimer::cli
