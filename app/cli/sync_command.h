// `ipprimer [--db PATH] sync`: push this PC's records to the organisation's
// server and pull what others wrote for its learners, once, saying what moved.
#pragma once

#include <cstddef>
#include <string>

#include "cli/options.h"

namespace CLI {
class App;
}

namespace ipprimer::cli {

struct SyncOptions {
    std::size_t batch_size = 1000;
    std::string server;  // another connection than the one joined with, for this sync only
};

CLI::App* addSyncCommand(CLI::App& cli, SyncOptions& options);
int runSync(const GlobalOptions& global, const SyncOptions& options);

}  // namespace ipprimer::cli
