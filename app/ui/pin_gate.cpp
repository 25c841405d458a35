#include "ui/pin_gate.h"

#include "base/dates.h"
#include "store/settings.h"

namespace ipprimer::ui {
namespace {

// "16:05:30": the pauses are short, so the time of day says enough and,
// unlike a countdown, stays true on a screen that is not redrawn.
// Rounded up: a gate that opens at 16:05:29.4 is said to open at 16:05:30.
std::string clockText(std::int64_t unix_ms) { return localTimeText(unix_ms + 999, "%H:%M:%S"); }

std::string pauseText(std::int64_t until) {
    return "Too many wrong PINs: the next one is taken from " + clockText(until) +
           ". A forgotten manager PIN can be reset by whoever holds the database file: ipprimer manager-pin --reset.";
}

}  // namespace

std::string pausedMessage(store::Store& store) {
    const auto until = store.settings().pinsRefusedUntil();
    return until ? pauseText(*until) : std::string();
}

PinTry tryPin(store::Store& store, const std::function<bool()>& is_right) {
    if (auto until = store.settings().pinsRefusedUntil()) return {false, pauseText(*until)};
    if (is_right()) {
        store.settings().clearWrongPins();
        return {true, ""};
    }
    if (auto until = store.settings().noteWrongPin()) return {false, pauseText(*until)};
    const int left = store.settings().wrongPinsLeftBeforePause();
    std::string message = "That PIN is not right.";
    if (left == 0)
        message += " The next wrong PIN pauses the gate.";
    else if (left <= 2)
        message += " " + std::to_string(left + 1) + " more wrong PINs and the gate pauses.";
    return {false, message};
}

}  // namespace ipprimer::ui
