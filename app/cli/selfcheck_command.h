// `ipprimer selfcheck report --out FILE.pdf|FILE.md`: the action report of
// the last self-check taken, with what improved since the one before.
#pragma once

#include <string>

#include "cli/options.h"

namespace CLI {
class App;
}

namespace ipprimer::cli {

struct SelfCheckOptions {
    CLI::App* report = nullptr;
    std::string out;
};

CLI::App* addSelfCheckCommand(CLI::App& cli, SelfCheckOptions& options);
int runSelfCheck(const GlobalOptions& global, const SelfCheckOptions& options);

}  // namespace ipprimer::cli
