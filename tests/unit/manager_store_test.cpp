// The manager PIN: chosen once, kept only as an Argon2id hash, a wrong one
// refused; and the PIN's rules.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "store/sqlite_store.h"
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
        SqliteStore store{path};
        EXPECT_FALSE(store.settings().hasManagerPin());
        EXPECT_FALSE(store.settings().checkManagerPin(pin)) << "no PIN set: nothing opens";
        store.settings().setManagerPin(pin);
        EXPECT_TRUE(store.settings().hasManagerPin());
        EXPECT_TRUE(store.settings().checkManagerPin(pin));
        EXPECT_FALSE(store.settings().checkManagerPin("48151624"));
        EXPECT_FALSE(store.settings().checkManagerPin(""));
        EXPECT_FALSE(store.settings().checkManagerPin(pin + "0"));
        EXPECT_THROW(store.settings().setManagerPin("1111"), StoreError) << "a second PIN does not replace the first";
        EXPECT_TRUE(store.settings().checkManagerPin(pin));

        const std::string stored = store.settings().value("manager_pin_hash").value_or("");
        EXPECT_TRUE(stored.starts_with("$argon2id$")) << stored;
        EXPECT_EQ(stored.find(pin), std::string::npos);
    }
    // Nowhere in the file, nor in its journal.
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        EXPECT_EQ(fileBytes(entry.path()).find(pin), std::string::npos) << entry.path();
    {
        SqliteStore store{path};
        EXPECT_TRUE(store.settings().checkManagerPin(pin)) << "the PIN survives a restart";
        store.settings().clearManagerPin();
        EXPECT_FALSE(store.settings().hasManagerPin());
        EXPECT_FALSE(store.settings().checkManagerPin(pin));
    }
}

TEST(ManagerPin, Rules) {
    EXPECT_FALSE(pinProblem("1234"));
    EXPECT_FALSE(pinProblem("00000000"));
    EXPECT_TRUE(pinProblem("123"));
    EXPECT_TRUE(pinProblem("12a4"));
    EXPECT_TRUE(pinProblem("12 34"));
    EXPECT_TRUE(pinProblem(std::string(40, '1')));
    SqliteStore store{":memory:"};
    EXPECT_THROW(store.settings().setManagerPin("12"), StoreError);
    EXPECT_FALSE(store.settings().hasManagerPin());
}

TEST(WrongPins, FiveAreFreeThenPausesDoubleUpToFifteenMinutes) {
    SqliteStore store{":memory:"};
    std::int64_t now = 1'700'000'000'000;
    store.setClock([&] { return now; });
    for (int i = 0; i < kFreeWrongPins; ++i) {
        EXPECT_EQ(store.settings().wrongPinsLeftBeforePause(), kFreeWrongPins - i);
        EXPECT_FALSE(store.settings().noteWrongPin()) << "wrong PIN " << i + 1 << " costs nothing";
        EXPECT_FALSE(store.settings().pinsRefusedUntil());
    }
    std::int64_t expected_pause = kFirstPauseMs;
    for (int i = 0; i < 8; ++i) {
        auto until = store.settings().noteWrongPin();
        ASSERT_TRUE(until);
        EXPECT_EQ(*until - now, expected_pause) << "pause " << i + 1;
        EXPECT_EQ(store.settings().pinsRefusedUntil(), until);
        now = *until - 1;
        EXPECT_TRUE(store.settings().pinsRefusedUntil()) << "still paused a moment before the end";
        now = *until;
        EXPECT_FALSE(store.settings().pinsRefusedUntil()) << "open again when the pause ends";
        expected_pause = std::min(expected_pause * 2, kLongestPauseMs);
    }
    EXPECT_EQ(expected_pause, kLongestPauseMs) << "the pauses reached their cap";
    store.settings().clearWrongPins();
    EXPECT_EQ(store.settings().wrongPinsLeftBeforePause(), kFreeWrongPins);
    EXPECT_FALSE(store.settings().noteWrongPin());
}

TEST(WrongPins, ACountSurvivesARestartAndAClockTurnedBackDoesNotLockForYears) {
    const ipprimer::testing::TempFolder temp("ipprimer-pin");
    const std::filesystem::path path = temp.path() / "progress.db";
    std::int64_t now = 1'700'000'000'000;
    {
        SqliteStore store{path};
        store.setClock([&] { return now; });
        for (int i = 0; i <= kFreeWrongPins; ++i) store.settings().noteWrongPin();
        ASSERT_TRUE(store.settings().pinsRefusedUntil());
    }
    SqliteStore store{path};
    store.setClock([&] { return now; });
    EXPECT_EQ(store.settings().pinsRefusedUntil(), now + kFirstPauseMs) << "closing the program does not lift the pause";
    now -= 365LL * 24 * 3600 * 1000;  // the machine's clock set a year back
    ASSERT_TRUE(store.settings().pinsRefusedUntil());
    EXPECT_LE(*store.settings().pinsRefusedUntil() - now, kLongestPauseMs);
    store.settings().set("pins_refused_until", "not a number");
    EXPECT_FALSE(store.settings().pinsRefusedUntil()) << "a damaged value does not close the gates";
}

TEST(ManagerActions, RefuseUnknownLearnersAndNobody) {
    SqliteStore store{":memory:"};
    EXPECT_THROW(store.roster().archive(42, "Maria"), StoreError);
    const auto id = store.roster().add({"Ada", "E1", "", "staff", ""});
    EXPECT_THROW(store.roster().archive(id, ""), StoreError);
    store.roster().archive(id, "Maria");
    store.roster().archive(id, "Maria");  // already archived: nothing more is recorded
    EXPECT_EQ(store.journal().count(), 1);
    EXPECT_TRUE(store.roster().list().empty());
    EXPECT_TRUE(store.roster().find(id)->archived);
}

}  // namespace
