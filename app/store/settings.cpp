// The PIN rules over any store's settings: Argon2id hashes (libsodium), and
// pauses after wrong PINs that survive closing the program.
#include "store/settings.h"

#include <sodium.h>

#include <algorithm>

#include "store/store_error.h"

namespace ipprimer::store {
namespace {

constexpr std::string_view kManagerPinKey = "manager_pin_hash";
constexpr std::string_view kTrainerPinKey = "trainer_pin_hash";
constexpr std::string_view kWrongCountKey = "wrong_pins";
constexpr std::string_view kRefusedUntilKey = "pins_refused_until";

void ensureSodium() {
    // sodium_init is safe to call again; a negative result means no secure randomness.
    if (sodium_init() < 0) throw StoreError("the password-hashing library could not start (libsodium)");
}

}  // namespace

std::optional<std::string> pinProblem(std::string_view pin) {
    for (char c : pin)
        if (c < '0' || c > '9') return "the PIN must be digits only";
    if (pin.size() < kMinPinDigits) return "the PIN must have at least " + std::to_string(kMinPinDigits) + " digits";
    if (pin.size() > kMaxPinDigits) return "the PIN must have at most " + std::to_string(kMaxPinDigits) + " digits";
    return std::nullopt;
}

// --- PINs -------------------------------------------------------------------
// The manager's and the trainer's PINs work alike, each under its own key;
// `who` names the area in messages.

void Settings::setPinUnder(std::string_view key, std::string_view who, std::string_view pin) {
    if (auto problem = pinProblem(pin)) throw StoreError(*problem);
    if (value(key)) throw StoreError("a " + std::string(who) + " PIN is already set in " + location());
    ensureSodium();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw StoreError("not enough memory to protect the PIN; nothing was saved");
    set(key, hash);
}

bool Settings::checkPinUnder(std::string_view key, std::string_view pin) {
    const std::optional<std::string> hash = value(key);
    if (!hash || pinProblem(pin)) return false;
    ensureSodium();
    return crypto_pwhash_str_verify(hash->c_str(), pin.data(), pin.size()) == 0;
}

bool Settings::hasManagerPin() { return value(kManagerPinKey).has_value(); }
void Settings::setManagerPin(std::string_view pin) { setPinUnder(kManagerPinKey, "manager", pin); }
bool Settings::checkManagerPin(std::string_view pin) { return checkPinUnder(kManagerPinKey, pin); }
void Settings::clearManagerPin() { remove({kManagerPinKey}); }

bool Settings::hasTrainerPin() { return value(kTrainerPinKey).has_value(); }
void Settings::setTrainerPin(std::string_view pin) { setPinUnder(kTrainerPinKey, "trainer", pin); }
bool Settings::checkTrainerPin(std::string_view pin) { return checkPinUnder(kTrainerPinKey, pin); }
void Settings::clearTrainerPin() { remove({kTrainerPinKey}); }

// --- Wrong PINs -------------------------------------------------------------

// A damaged or hand-edited value counts as nothing rather than stopping the gate.
std::int64_t Settings::number(std::string_view key) {
    const std::optional<std::string> text = value(key);
    if (!text) return 0;
    try {
        return std::max<std::int64_t>(0, std::stoll(*text));
    } catch (const std::exception&) {
        return 0;
    }
}

std::optional<std::int64_t> Settings::pinsRefusedUntil() {
    const std::int64_t until = number(kRefusedUntilKey);
    // A pause longer than the longest one means the clock was turned back:
    // trust the longest pause from now rather than locking the gates for years.
    const std::int64_t time = now();
    if (until <= time) return std::nullopt;
    return std::min(until, time + kLongestPauseMs);
}

std::optional<std::int64_t> Settings::noteWrongPin() {
    const std::int64_t wrong = number(kWrongCountKey) + 1;
    set(kWrongCountKey, std::to_string(wrong));
    if (wrong <= kFreeWrongPins) return std::nullopt;
    const std::int64_t doublings = std::min<std::int64_t>(wrong - kFreeWrongPins - 1, 10);
    const std::int64_t pause = std::min(kFirstPauseMs << doublings, kLongestPauseMs);
    const std::int64_t until = now() + pause;
    set(kRefusedUntilKey, std::to_string(until));
    return until;
}

int Settings::wrongPinsLeftBeforePause() {
    return static_cast<int>(std::max<std::int64_t>(0, kFreeWrongPins - number(kWrongCountKey)));
}

void Settings::clearWrongPins() { remove({kWrongCountKey, kRefusedUntilKey}); }

}  // namespace ipprimer::store
