// The manager-pin command: report whether a PIN is set, or forget it.
#include "cli/manager_pin_command.h"

#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli/store_access.h"
#include "store/settings.h"

namespace ipprimer::cli {

CLI::App* addManagerPinCommand(CLI::App& cli, ManagerPinOptions& options) {
    CLI::App* pin = cli.add_subcommand("manager-pin", "Say whether the manager's area has a PIN; --reset forgets it");
    pin->add_flag("--reset", options.reset,
                  "Forget the PIN: the next visit to the manager's area chooses a new one. Records are not touched.");
    return pin;
}

int runManagerPin(const GlobalOptions& global, const ManagerPinOptions& options) {
    auto store = openStoreFor(global, "manager-pin");
    if (!store) return kExitBadInput;
    try {
        if (options.reset) {
            store->settings().clearManagerPin();
            store->settings().clearWrongPins();
            std::printf("The manager PIN of %s was forgotten; the next visit to the manager's area chooses a new one.\n",
                        store->path().c_str());
        } else {
            std::printf("%s\n", store->settings().hasManagerPin() ? "A manager PIN is set." : "No manager PIN is set yet.");
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer manager-pin: %s\n", error.what());
        return kExitBadInput;
    }
    return kExitOk;
}

}  // namespace ipprimer::cli
