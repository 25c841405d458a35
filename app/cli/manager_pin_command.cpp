// The manager-pin command: report whether a PIN is set, or forget it (and
// record who did, as an event).
#include "cli/manager_pin_command.h"

#include <CLI/CLI.hpp>

#include <pwd.h>
#include <unistd.h>

#include <cstdio>

#include "cli/learner_lookup.h"
#include "cli/org_command.h"
#include "cli/store_access.h"
#include "store/pin_reset.h"
#include "store/settings.h"

namespace ipprimer::cli {
namespace {

std::string systemUser() {
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name) return entry->pw_name;
    return std::to_string(getuid());
}

// Who is resetting, from --by; nullopt after saying why. With no one on the
// staff list there is no one to name, and the reset is kept in the settings.
std::optional<store::PinReset> resetter(store::Store& store, const std::string& by) {
    store::PinReset reset;
    reset.system_user = systemUser();
    reset.host = computerName();
    const std::vector<store::Learner> learners = store.roster().list(true);
    if (learners.empty() && by.empty()) return reset;
    const auto person = actingPerson(learners, by, "manager-pin --reset", "resetting the PIN", "reset");
    if (!person) return std::nullopt;
    reset.learner_id = person->id;
    reset.by = person->name + (person->employee_id.empty() ? "" : " (" + person->employee_id + ")");
    return reset;
}

}  // namespace

CLI::App* addManagerPinCommand(CLI::App& cli, ManagerPinOptions& options) {
    CLI::App* pin = cli.add_subcommand("manager-pin", "Say whether the manager's area has a PIN; --reset forgets it");
    pin->add_flag("--reset", options.reset,
                  "Forget the PIN: the next visit to the manager's area chooses a new one. Records are not touched; "
                  "the reset itself is recorded (who, when, which computer).");
    pin->add_option("--by", options.by,
                    "Who is resetting the PIN: a name or employee id of the staff list (needed once anyone is on it)");
    pin->footer("The PIN guards the screens of a shared computer, not the database file: whoever can open the file "
                "can reset the PIN or read it with `ipprimer report`. Protect the file with the computer's accounts, "
                "or keep the records on the organisation's server, whose database roles decide who reads what.");
    return pin;
}

int runManagerPin(const GlobalOptions& global, const ManagerPinOptions& options) {
    auto store = options.reset ? openStoreFor(global, "manager-pin") : openStoreToRead(global, "manager-pin");
    if (!store) return kExitBadInput;
    try {
        if (options.reset) {
            const std::optional<store::PinReset> reset = resetter(*store, options.by);
            if (!reset) return kExitBadInput;
            const std::string installation = store::resetManagerPin(*store, *reset);
            std::printf("The manager PIN of %s was forgotten; the next visit to the manager's area chooses a new one.\n",
                        store->path().c_str());
            std::printf("The reset was recorded%s: account %s on %s, installation %s.\n",
                        reset->by.empty() ? " (no one is on the staff list to record it for)"
                                          : (" in the name of " + reset->by).c_str(),
                        reset->system_user.c_str(), reset->host.empty() ? "this computer" : reset->host.c_str(),
                        installation.c_str());
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
