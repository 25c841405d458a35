// Settings: the program's preferences (last profile, text size), the PINs
// that guard the manager's and trainer's areas, and the count of wrong PINs.
// None of them is a learning record: they are replaced in place.
//
// A store implements the four key-value calls; the PIN rules are written once
// here on top of them, so every store hashes and pauses alike.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace ipprimer::store {

inline constexpr std::size_t kMinPinDigits = 4;
inline constexpr std::size_t kMaxPinDigits = 32;

// Why a PIN cannot be used ("at least 4 digits", "digits only"), or nullopt.
std::optional<std::string> pinProblem(std::string_view pin);

// Wrong PINs in a row that cost nothing; after them each wrong PIN closes the
// gates for a pause that starts at 30 s and doubles, up to 15 minutes.
inline constexpr int kFreeWrongPins = 5;
inline constexpr std::int64_t kFirstPauseMs = 30'000;
inline constexpr std::int64_t kLongestPauseMs = 15 * 60'000;

class Settings {
public:
    virtual ~Settings() = default;

    virtual std::optional<std::string> value(std::string_view key) = 0;
    virtual void set(std::string_view key, std::string_view value) = 0;
    // Forgets the keys, in one transaction; a key that is not set is skipped.
    virtual void remove(std::initializer_list<std::string_view> keys) = 0;

    // --- PINs -----------------------------------------------------------------
    // Whether a manager PIN was chosen in this store.
    bool hasManagerPin();
    // Chooses the PIN on first use. Only an Argon2id hash (libsodium,
    // crypto_pwhash_str with the interactive limits) is stored, never the PIN.
    // Throws StoreError when the PIN is not acceptable or one is already set.
    void setManagerPin(std::string_view pin);
    // Whether `pin` is the manager PIN; false when none is set.
    bool checkManagerPin(std::string_view pin);
    // Forgets the PIN, so the next visit to the manager's area chooses a new
    // one (`ipprimer manager-pin --reset`, for whoever has the database file).
    void clearManagerPin();

    // The trainer's area opens with a trainer PIN of its own when one is set
    // (same rules, same hashing, its own key), and with the manager's PIN in
    // any case; so a trainer may share the manager's PIN or have their own.
    bool hasTrainerPin();
    void setTrainerPin(std::string_view pin);
    bool checkTrainerPin(std::string_view pin);
    void clearTrainerPin();

    // --- Wrong PINs -----------------------------------------------------------
    // Wrong PINs slow the gates down, so that nobody at a shared computer can
    // try every four-digit PIN in an afternoon. The count is kept here, so
    // closing the program does not clear it; the manager's and the trainer's
    // gates share it (one computer, one person trying).

    // While the gates are closed, the store-clock time (unix ms) at which they
    // take a PIN again; nullopt when a PIN may be tried now.
    std::optional<std::int64_t> pinsRefusedUntil();
    // A wrong PIN was typed. Returns when the gates take a PIN again, or
    // nullopt when the next PIN may be tried at once.
    std::optional<std::int64_t> noteWrongPin();
    // How many more wrong PINs cost nothing (0 once the pauses have begun).
    int wrongPinsLeftBeforePause();
    // The right PIN, or a reset by whoever holds the file: the count starts again.
    void clearWrongPins();

protected:
    // The store's clock (unix ms), which times the pauses.
    virtual std::int64_t now() = 0;
    // Where the settings are kept, for messages.
    virtual std::string location() = 0;

private:
    void setPinUnder(std::string_view key, std::string_view who, std::string_view pin);
    bool checkPinUnder(std::string_view key, std::string_view pin);
    std::int64_t number(std::string_view key);
};

}  // namespace ipprimer::store
