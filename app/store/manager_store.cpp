// Manager actions. The PIN hash lives in `settings` (it is not a learning
// record); the actions are events, written with the learner's flag in one go.
#include "base/text.h"
#include "progress/quiz_id.h"
#include "store/verbs.h"
#include "store/manager_store.h"

#include <sodium.h>

#include <nlohmann/json.hpp>

namespace ipprimer::store {
namespace {

constexpr std::string_view kPinSetting = "manager_pin_hash";
constexpr std::string_view kTrainerPinSetting = "trainer_pin_hash";

void ensureSodium() {
    // sodium_init is safe to call again; a negative result means no secure randomness.
    if (sodium_init() < 0) throw StoreError("the password-hashing library could not start (libsodium)");
}

Learner requireLearner(Store& store, std::int64_t learner_id) {
    std::optional<Learner> learner = store.learner(learner_id);
    if (!learner)
        throw StoreError("there is no learner with id " + std::to_string(learner_id) + " in " + store.path().string());
    return *learner;
}

void insertEvent(Store& store, std::int64_t learner_id, std::string_view verb, std::string_view object,
                 const nlohmann::json& context) {
    Statement insert(store.database(),
                     "INSERT INTO events (learner_id, verb, object, context, at) VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, learner_id).bind(2, verb).bind(3, object);
    insert.bind(4, std::string_view(context.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)));
    insert.bind(5, store.now());
    insert.step();
}

void setArchived(Store& store, std::int64_t learner_id, std::string_view by, bool archived) {
    const std::string who = trimmed(by);
    if (who.empty()) throw StoreError("say who is " + std::string(archived ? "archiving" : "restoring") + " the learner");
    const Learner learner = requireLearner(store, learner_id);
    if (learner.archived == archived) return;
    Transaction transaction(store.database());
    Statement update(store.database(), "UPDATE learners SET archived = ?2 WHERE id = ?1");
    update.bind(1, learner_id).bind(2, archived ? 1 : 0);
    update.step();
    insertEvent(store, learner_id, archived ? verbs::kArchived : verbs::kRestored, std::to_string(learner_id), {{"by", who}});
    transaction.commit();
}

}  // namespace

std::optional<std::string> pinProblem(std::string_view pin) {
    for (char c : pin)
        if (c < '0' || c > '9') return "the PIN must be digits only";
    if (pin.size() < kMinPinDigits) return "the PIN must have at least " + std::to_string(kMinPinDigits) + " digits";
    if (pin.size() > kMaxPinDigits) return "the PIN must have at most " + std::to_string(kMaxPinDigits) + " digits";
    return std::nullopt;
}

namespace {

// The manager's and the trainer's PINs work alike, each under its own
// settings key; `who` names the area in messages.
bool hasPinUnder(Store& store, std::string_view key) { return store.setting(key).has_value(); }

void setPinUnder(Store& store, std::string_view key, std::string_view who, std::string_view pin) {
    if (auto problem = pinProblem(pin)) throw StoreError(*problem);
    if (hasPinUnder(store, key))
        throw StoreError("a " + std::string(who) + " PIN is already set in " + store.path().string());
    ensureSodium();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw StoreError("not enough memory to protect the PIN; nothing was saved");
    store.setSetting(key, hash);
}

bool checkPinUnder(Store& store, std::string_view key, std::string_view pin) {
    const std::optional<std::string> hash = store.setting(key);
    if (!hash || pinProblem(pin)) return false;
    ensureSodium();
    return crypto_pwhash_str_verify(hash->c_str(), pin.data(), pin.size()) == 0;
}

void clearPinUnder(Store& store, std::string_view key) {
    Statement remove(store.database(), "DELETE FROM settings WHERE key = ?1");
    remove.bind(1, key);
    remove.step();
}

}  // namespace

bool hasManagerPin(Store& store) { return hasPinUnder(store, kPinSetting); }
void setManagerPin(Store& store, std::string_view pin) { setPinUnder(store, kPinSetting, "manager", pin); }
bool checkManagerPin(Store& store, std::string_view pin) { return checkPinUnder(store, kPinSetting, pin); }
void clearManagerPin(Store& store) { clearPinUnder(store, kPinSetting); }

bool hasTrainerPin(Store& store) { return hasPinUnder(store, kTrainerPinSetting); }
void setTrainerPin(Store& store, std::string_view pin) { setPinUnder(store, kTrainerPinSetting, "trainer", pin); }
bool checkTrainerPin(Store& store, std::string_view pin) { return checkPinUnder(store, kTrainerPinSetting, pin); }
void clearTrainerPin(Store& store) { clearPinUnder(store, kTrainerPinSetting); }

void extendDueDate(Store& store, std::int64_t learner_id, Date due, std::string_view by) {
    const std::string who = trimmed(by);
    if (who.empty()) throw StoreError("say who is extending the due date");
    const Learner learner = requireLearner(store, learner_id);
    const Date today = localDate(store.now());
    if (due < today)
        throw StoreError("the new due date " + formatDate(due) + " is in the past (today is " + formatDate(today) + ")");
    insertEvent(store, learner_id, verbs::kDueExtended, progress::QuizId::role(learner.role).text(), {{"due", formatDate(due)}, {"by", who}});
}

void archiveLearner(Store& store, std::int64_t learner_id, std::string_view by) {
    setArchived(store, learner_id, by, true);
}

void restoreLearner(Store& store, std::int64_t learner_id, std::string_view by) {
    setArchived(store, learner_id, by, false);
}

}  // namespace ipprimer::store
