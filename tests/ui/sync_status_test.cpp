// The sync's state in the words the window shows, and what the tooltip says
// to do.
#include <gtest/gtest.h>

#include "ui/sync_status.h"

using namespace ipprimer;
using Kind = store::org::BackgroundState::Kind;

namespace {

constexpr std::int64_t kNow = 1'717'000'000'000;

store::org::BackgroundState stateOf(Kind kind, std::int64_t last_sync = 0, std::int64_t waiting = 0) {
    store::org::BackgroundState state;
    state.kind = kind;
    state.last_sync = last_sync;
    state.waiting = waiting;
    return state;
}

}  // namespace

TEST(SyncStatus, SaysWhenItLastSynced) {
    EXPECT_EQ(ui::syncStatusLine(stateOf(Kind::Synced, kNow - 10'000), kNow).text, "synced just now");
    EXPECT_EQ(ui::syncStatusLine(stateOf(Kind::Synced, kNow - 2 * 60'000), kNow).text, "synced 2 minutes ago");
    EXPECT_FALSE(ui::syncStatusLine(stateOf(Kind::Synced, kNow), kNow).warning);
}

TEST(SyncStatus, OfflineSaysHowManyRecordsWaitAndThatNothingIsLost) {
    const ui::SyncStatusLine line = ui::syncStatusLine(stateOf(Kind::Offline, kNow - 3 * 60'000, 14), kNow);
    EXPECT_EQ(line.text, "offline: 14 records waiting");
    EXPECT_TRUE(line.warning);
    EXPECT_NE(line.tooltip.find("Nothing is lost"), std::string::npos) << line.tooltip;
    EXPECT_NE(line.tooltip.find("Last synced 3 minutes ago"), std::string::npos) << line.tooltip;
    EXPECT_EQ(ui::syncStatusLine(stateOf(Kind::Offline, 0, 1), kNow).text, "offline: 1 record waiting");
}

TEST(SyncStatus, ARefusalShowsTheServersWordsAndWhatToDo) {
    store::org::BackgroundState state = stateOf(Kind::Refused, 0, 3);
    state.message = "password authentication failed for user \"laptop\"";
    const ui::SyncStatusLine line = ui::syncStatusLine(state, kNow);
    EXPECT_EQ(line.text, "the server refused the sync");
    EXPECT_NE(line.tooltip.find(state.message), std::string::npos);
    EXPECT_NE(line.tooltip.find("3 records waiting"), std::string::npos);
    EXPECT_NE(line.tooltip.find("Show this to IT"), std::string::npos);
}

TEST(SyncStatus, HeldManagersActionsAreNamed) {
    store::org::BackgroundState state = stateOf(Kind::Synced, kNow);
    state.held = 2;
    EXPECT_NE(ui::syncStatusLine(state, kNow).tooltip.find("2 managers' actions"), std::string::npos);
}

TEST(SyncStatus, NotLinkedShowsNothing) {
    EXPECT_TRUE(ui::syncStatusLine(stateOf(Kind::NotLinked), kNow).text.empty());
}
