// `ipprimer manager-pin --reset` as a record: the PIN forgotten, and who did
// it, when and on which installation kept as an event, never silently.
#pragma once

#include <cstdint>
#include <string>

#include "store/store.h"

namespace ipprimer::store {

struct PinReset {
    std::int64_t learner_id = 0;  // who reset it (on the staff list); 0: no one is on it
    std::string by;               // their name, as the record shows it
    std::string system_user;      // the computer's account that ran the command
    std::string host;             // the computer's name
};

// Forgets the manager PIN and the count of wrong PINs, and records the reset
// in one transaction: a `manager-pin-reset` event in the name of
// `reset.learner_id` whose object is this installation's UUID (its context
// says by whom, the account and the computer), and the latest reset in the
// setting `manager_pin_reset` (also when no one is on the staff list, where
// an event has no one to be recorded for). Returns the installation's UUID.
std::string resetManagerPin(Store& store, const PinReset& reset);

}  // namespace ipprimer::store
