// The part the manager's and the trainer's gates share: trying a typed PIN
// while wrong PINs are counted and, after a few, answered with a pause.
#pragma once

#include <functional>
#include <string>

#include "store/store.h"

namespace ipprimer::ui {

struct PinTry {
    bool open = false;
    std::string message;  // for the learner at the gate; empty when it opens
};

// Checks the PIN with `is_right` unless the gates are paused, and keeps the
// count of wrong PINs (Settings, store/settings.h).
PinTry tryPin(store::Store& store, const std::function<bool()>& is_right);

// "Too many wrong PINs ..." while the gates are paused; empty otherwise.
std::string pausedMessage(store::Store& store);

}  // namespace ipprimer::ui
