// What a manager does to the records: the PIN that guards the manager's
// area, due-date extensions, archiving and restoring learners. Each action
// is a learning record (see the learning-record contract) saying who and when.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/dates.h"
#include "store/store.h"

namespace ipprimer::store {

inline constexpr std::size_t kMinPinDigits = 4;
inline constexpr std::size_t kMaxPinDigits = 32;

// Why a PIN cannot be used ("at least 4 digits", "digits only"), or nullopt.
std::optional<std::string> pinProblem(std::string_view pin);

// Whether a manager PIN was chosen in this database.
bool hasManagerPin(Store& store);
// Chooses the PIN on first use. Only an Argon2id hash (libsodium,
// crypto_pwhash_str with the interactive limits) is stored, never the PIN.
// Throws StoreError when the PIN is not acceptable or one is already set.
void setManagerPin(Store& store, std::string_view pin);
// Whether `pin` is the manager PIN; false when none is set.
bool checkManagerPin(Store& store, std::string_view pin);
// Forgets the PIN, so the next visit to the manager's area chooses a new one
// (`ipprimer manager-pin --reset`, for whoever has the database file).
void clearManagerPin(Store& store);

// The trainer's area opens with a trainer PIN of its own when one is set
// (same rules, same hashing, its own settings key), and with the manager's PIN
// in any case; so a trainer may share the manager's PIN or have their own.
bool hasTrainerPin(Store& store);
void setTrainerPin(Store& store, std::string_view pin);
bool checkTrainerPin(Store& store, std::string_view pin);
void clearTrainerPin(Store& store);

// Records a `due-extended` event for the learner's current role: from now
// the training is due on `due` (the latest extension wins). `by` names the
// manager. Throws StoreError for an unknown learner, an empty name, or a due
// date before today.
void extendDueDate(Store& store, std::int64_t learner_id, Date due, std::string_view by);

// Archives a learner (they leave every list and report but their records
// stay) or brings them back; records `archived` / `restored` with who did it.
// Both in one transaction with the learner's flag. Throws StoreError for an
// unknown learner or an empty name; archiving an archived learner (or
// restoring an active one) does nothing.
void archiveLearner(Store& store, std::int64_t learner_id, std::string_view by);
void restoreLearner(Store& store, std::int64_t learner_id, std::string_view by);

}  // namespace ipprimer::store
