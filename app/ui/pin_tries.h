// Trying a PIN at any of the program's gates (the manager's, the trainer's,
// a learner's profile): wrong PINs are counted in the settings, and after a
// few each one pauses every gate (store/settings.h), so nobody at a shared
// computer can try every four-digit PIN in an afternoon.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace ipprimer::store {
class Store;
}

namespace ipprimer::ui {

// "Too many wrong PINs: the next one is taken from 16:05:30." and `forgotten`
// (what to do about a forgotten PIN).
std::string pauseText(std::int64_t until, const std::string& forgotten);
// The pause begun before (this visit, or before a restart), said at once; empty when none.
std::string pausedMessage(store::Store& store, const std::string& forgotten);
// Checks the PIN with `is_right` unless the gates are paused, and keeps the
// count of wrong PINs. Empty when the PIN is right; otherwise what to say.
std::string tryPin(store::Store& store, const std::function<bool()>& is_right, const std::string& forgotten);

}  // namespace ipprimer::ui
