// The words and the counting shared by every PIN the program asks for.
#include "ui/pin_tries.h"

#include "base/dates.h"
#include "store/settings.h"
#include "store/store.h"

namespace ipprimer::ui {
namespace {

// "16:05:30": the pauses are short, so the time of day says enough and,
// unlike a countdown, stays true on a screen that is not redrawn.
// Rounded up: a gate that opens at 16:05:29.4 is said to open at 16:05:30.
std::string clockText(std::int64_t unix_ms) { return localTimeText(unix_ms + 999, "%H:%M:%S"); }

}  // namespace

std::string pauseText(std::int64_t until, const std::string& forgotten) {
    return "Too many wrong PINs: the next one is taken from " + clockText(until) + ". " + forgotten;
}

std::string pausedMessage(store::Store& store, const std::string& forgotten) {
    const auto until = store.settings().pinsRefusedUntil();
    return until ? pauseText(*until, forgotten) : std::string();
}

std::string tryPin(store::Store& store, const std::function<bool()>& is_right, const std::string& forgotten) {
    if (auto until = store.settings().pinsRefusedUntil()) return pauseText(*until, forgotten);
    if (is_right()) {
        store.settings().clearWrongPins();
        return "";
    }
    if (auto until = store.settings().noteWrongPin()) return pauseText(*until, forgotten);
    const int left = store.settings().wrongPinsLeftBeforePause();
    std::string message = "That PIN is not right.";
    if (left == 0)
        message += " The next wrong PIN pauses the gate.";
    else if (left <= 2)
        message += " " + std::to_string(left + 1) + " more wrong PINs and the gate pauses.";
    return message;
}

}  // namespace ipprimer::ui
