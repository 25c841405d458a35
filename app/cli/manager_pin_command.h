// `ipprimer manager-pin [--reset]`: whether a manager PIN is set, and a way
// back in for a manager who forgot it (whoever holds the database file).
#pragma once

#include <string>

#include "cli/options.h"

namespace CLI {
class App;
}

namespace ipprimer::cli {

struct ManagerPinOptions {
    bool reset = false;
    std::string by;  // who resets: a name or employee id of the staff list
};

CLI::App* addManagerPinCommand(CLI::App& cli, ManagerPinOptions& options);
int runManagerPin(const GlobalOptions& global, const ManagerPinOptions& options);

}  // namespace ipprimer::cli
