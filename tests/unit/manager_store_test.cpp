// The manager PIN: chosen once, kept only as an Argon2id hash, a wrong one
// refused; and the PIN's rules.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "store/manager_store.h"
#include "store/pin_attempts.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::store;

namespace {

std::string fileBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

TEST(ManagerPin, ChosenOnceCheckedAndNeverStoredInPlain) {
    const ipprimer::testing::TempFolder temp("ipprimer-pin");
    const std::filesystem::path folder = temp.path();
    const std::filesystem::path path = folder / "progress.db";
    const std::string pin = "48151623";
    {
        Store store = Store::open(path);
        EXPECT_FALSE(hasManagerPin(store));
        EXPECT_FALSE(checkManagerPin(store, pin)) << "no PIN set: nothing opens";
        setManagerPin(store, pin);
        EXPECT_TRUE(hasManagerPin(store));
        EXPECT_TRUE(checkManagerPin(store, pin));
        EXPECT_FALSE(checkManagerPin(store, "48151624"));
        EXPECT_FALSE(checkManagerPin(store, ""));
        EXPECT_FALSE(checkManagerPin(store, pin + "0"));
        EXPECT_THROW(setManagerPin(store, "1111"), StoreError) << "a second PIN does not replace the first";
        EXPECT_TRUE(checkManagerPin(store, pin));

        const std::string stored = store.setting("manager_pin_hash").value_or("");
        EXPECT_TRUE(stored.starts_with("$argon2id$")) << stored;
        EXPECT_EQ(stored.find(pin), std::string::npos);
    }
    // Nowhere in the file, nor in its journal.
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        EXPECT_EQ(fileBytes(entry.path()).find(pin), std::string::npos) << entry.path();
    {
        Store store = Store::open(path);
        EXPECT_TRUE(checkManagerPin(store, pin)) << "the PIN survives a restart";
        clearManagerPin(store);
        EXPECT_FALSE(hasManagerPin(store));
        EXPECT_FALSE(checkManagerPin(store, pin));
    }
}

TEST(ManagerPin, Rules) {
    EXPECT_FALSE(pinProblem("1234"));
    EXPECT_FALSE(pinProblem("00000000"));
    EXPECT_TRUE(pinProblem("123"));
    EXPECT_TRUE(pinProblem("12a4"));
    EXPECT_TRUE(pinProblem("12 34"));
    EXPECT_TRUE(pinProblem(std::string(40, '1')));
    Store store = Store::open(":memory:");
    EXPECT_THROW(setManagerPin(store, "12"), StoreError);
    EXPECT_FALSE(hasManagerPin(store));
}

TEST(WrongPins, FiveAreFreeThenPausesDoubleUpToFifteenMinutes) {
    Store store = Store::open(":memory:");
    std::int64_t now = 1'700'000'000'000;
    store.setClock([&] { return now; });
    for (int i = 0; i < kFreeWrongPins; ++i) {
        EXPECT_EQ(wrongPinsLeftBeforePause(store), kFreeWrongPins - i);
        EXPECT_FALSE(noteWrongPin(store)) << "wrong PIN " << i + 1 << " costs nothing";
        EXPECT_FALSE(pinsRefusedUntil(store));
    }
    std::int64_t expected_pause = kFirstPauseMs;
    for (int i = 0; i < 8; ++i) {
        auto until = noteWrongPin(store);
        ASSERT_TRUE(until);
        EXPECT_EQ(*until - now, expected_pause) << "pause " << i + 1;
        EXPECT_EQ(pinsRefusedUntil(store), until);
        now = *until - 1;
        EXPECT_TRUE(pinsRefusedUntil(store)) << "still paused a moment before the end";
        now = *until;
        EXPECT_FALSE(pinsRefusedUntil(store)) << "open again when the pause ends";
        expected_pause = std::min(expected_pause * 2, kLongestPauseMs);
    }
    EXPECT_EQ(expected_pause, kLongestPauseMs) << "the pauses reached their cap";
    clearWrongPins(store);
    EXPECT_EQ(wrongPinsLeftBeforePause(store), kFreeWrongPins);
    EXPECT_FALSE(noteWrongPin(store));
}

TEST(WrongPins, ACountSurvivesARestartAndAClockTurnedBackDoesNotLockForYears) {
    const ipprimer::testing::TempFolder temp("ipprimer-pin");
    const std::filesystem::path path = temp.path() / "progress.db";
    std::int64_t now = 1'700'000'000'000;
    {
        Store store = Store::open(path);
        store.setClock([&] { return now; });
        for (int i = 0; i <= kFreeWrongPins; ++i) noteWrongPin(store);
        ASSERT_TRUE(pinsRefusedUntil(store));
    }
    Store store = Store::open(path);
    store.setClock([&] { return now; });
    EXPECT_EQ(pinsRefusedUntil(store), now + kFirstPauseMs) << "closing the program does not lift the pause";
    now -= 365LL * 24 * 3600 * 1000;  // the machine's clock set a year back
    ASSERT_TRUE(pinsRefusedUntil(store));
    EXPECT_LE(*pinsRefusedUntil(store) - now, kLongestPauseMs);
    store.setSetting("pins_refused_until", "not a number");
    EXPECT_FALSE(pinsRefusedUntil(store)) << "a damaged value does not close the gates";
}

TEST(ManagerActions, RefuseUnknownLearnersAndNobody) {
    Store store = Store::open(":memory:");
    EXPECT_THROW(archiveLearner(store, 42, "Maria"), StoreError);
    const auto id = store.addLearner({"Ada", "E1", "", "staff", ""});
    EXPECT_THROW(archiveLearner(store, id, ""), StoreError);
    archiveLearner(store, id, "Maria");
    archiveLearner(store, id, "Maria");  // already archived: nothing more is recorded
    EXPECT_EQ(store.eventCount(), 1);
    EXPECT_TRUE(store.learners().empty());
    EXPECT_TRUE(store.learner(id)->archived);
}

}  // namespace
