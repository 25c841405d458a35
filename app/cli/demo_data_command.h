// `ipprimer demo-data --db PATH --learners N [--seed S]`: a database of
// made-up learners and histories to look at or to measure.
#pragma once

#include <cstdint>

#include "cli/options.h"

namespace CLI {
class App;
}

namespace ipprimer::cli {

struct DemoDataOptions {
    int learners = 0;
    std::uint64_t seed = 1;
};

CLI::App* addDemoDataCommand(CLI::App& cli, DemoDataOptions& options);
int runDemoData(const GlobalOptions& global, const DemoDataOptions& options);

}  // namespace ipprimer::cli
