// Wrong PINs slow the gates down, so that nobody at a shared computer can try
// every four-digit PIN in an afternoon. The count lives in `settings` beside
// the PIN hashes, so closing and reopening the program does not clear it.
// The manager's and the trainer's gates share one count: one computer, one
// person trying.
#pragma once

#include <cstdint>
#include <optional>

#include "store/store.h"

namespace ipprimer::store {

// Wrong PINs in a row that cost nothing; after them each wrong PIN closes the
// gates for a pause that starts at 30 s and doubles, up to 15 minutes.
inline constexpr int kFreeWrongPins = 5;
inline constexpr std::int64_t kFirstPauseMs = 30'000;
inline constexpr std::int64_t kLongestPauseMs = 15 * 60'000;

// While the gates are closed, the store-clock time (unix ms) at which they
// take a PIN again; nullopt when a PIN may be tried now.
std::optional<std::int64_t> pinsRefusedUntil(Store& store);

// A wrong PIN was typed. Returns when the gates take a PIN again, or nullopt
// when the next PIN may be tried at once.
std::optional<std::int64_t> noteWrongPin(Store& store);

// How many more wrong PINs cost nothing (0 once the pauses have begun).
int wrongPinsLeftBeforePause(Store& store);

// The right PIN, or a reset by whoever holds the file: the count starts again.
void clearWrongPins(Store& store);

}  // namespace ipprimer::store
