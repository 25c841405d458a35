#include "store/pin_attempts.h"

#include <algorithm>
#include <string>

#include "store/sqlite.h"

namespace ipprimer::store {
namespace {

constexpr std::string_view kWrongCountSetting = "wrong_pins";
constexpr std::string_view kRefusedUntilSetting = "pins_refused_until";

// A damaged or hand-edited value counts as nothing rather than stopping the gate.
std::int64_t settingNumber(Store& store, std::string_view key) {
    const std::optional<std::string> text = store.setting(key);
    if (!text) return 0;
    try {
        return std::max<std::int64_t>(0, std::stoll(*text));
    } catch (const std::exception&) {
        return 0;
    }
}

}  // namespace

std::optional<std::int64_t> pinsRefusedUntil(Store& store) {
    const std::int64_t until = settingNumber(store, kRefusedUntilSetting);
    // A pause longer than the longest one means the clock was turned back:
    // trust the longest pause from now rather than locking the gates for years.
    const std::int64_t now = store.now();
    if (until <= now) return std::nullopt;
    return std::min(until, now + kLongestPauseMs);
}

std::optional<std::int64_t> noteWrongPin(Store& store) {
    const std::int64_t wrong = settingNumber(store, kWrongCountSetting) + 1;
    store.setSetting(kWrongCountSetting, std::to_string(wrong));
    if (wrong <= kFreeWrongPins) return std::nullopt;
    const std::int64_t doublings = std::min<std::int64_t>(wrong - kFreeWrongPins - 1, 10);
    const std::int64_t pause = std::min(kFirstPauseMs << doublings, kLongestPauseMs);
    const std::int64_t until = store.now() + pause;
    store.setSetting(kRefusedUntilSetting, std::to_string(until));
    return until;
}

int wrongPinsLeftBeforePause(Store& store) {
    return static_cast<int>(std::max<std::int64_t>(0, kFreeWrongPins - settingNumber(store, kWrongCountSetting)));
}

void clearWrongPins(Store& store) {
    Statement remove(store.database(), "DELETE FROM settings WHERE key IN (?1, ?2)");
    remove.bind(1, kWrongCountSetting).bind(2, kRefusedUntilSetting);
    remove.step();
}

}  // namespace ipprimer::store
