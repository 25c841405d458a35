// `ipprimer learners import FILE.csv [--dry-run] [--skip-bad-rows]` and
// `ipprimer learners list [--all]`.
#pragma once

#include <string>

#include "cli/options.h"

namespace CLI {
class App;
}

namespace ipprimer::cli {

struct LearnersOptions {
    CLI::App* command = nullptr;
    CLI::App* import = nullptr;
    CLI::App* list = nullptr;
    std::string file;
    bool dry_run = false;
    bool skip_bad_rows = false;
    std::string org;  // import into the organisation's server instead of this computer's records
    bool all = false;
};

// Adds `learners` and its subcommands to the command line.
CLI::App* addLearnersCommand(CLI::App& cli, LearnersOptions& options);
int runLearners(const GlobalOptions& global, const LearnersOptions& options);

}  // namespace ipprimer::cli
