// The window's background sync: it sends what waits, says when the server
// is gone and how many records wait, and goes on by itself when it is back.
#include <gtest/gtest.h>

#include <stdlib.h>

#include <chrono>
#include <thread>

#include "org_pc.h"
#include "org_server.h"
#include "store/org_background.h"

using namespace ipprimer;
using namespace ipprimer::testing;
using store::org::BackgroundState;
using store::org::BackgroundSync;

namespace {

BackgroundSync::Timing quick() {
    BackgroundSync::Timing timing;
    timing.look = std::chrono::milliseconds(20);
    timing.period = std::chrono::seconds(30);
    timing.retry = std::chrono::milliseconds(100);
    return timing;
}

// Waits (up to 20 s) until the state is what `wanted` says.
BackgroundState waitFor(const BackgroundSync& sync, const std::function<bool(const BackgroundState&)>& wanted) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    BackgroundState state = sync.state();
    while (!wanted(state) && std::chrono::steady_clock::now() < until) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        state = sync.state();
    }
    return state;
}

std::int64_t recordsOnServer(const OrgServer& org) {
    return std::stoll(org.psql("SELECT count(*) FROM ipprimer.events WHERE verb <> 'learner-added'"));
}

}  // namespace

TEST(OrgBackground, SendsWhatWaitsAndWaitsOutAnAbsentServer) {
    IPPRIMER_ORG_SERVER(org);
    Pc pc;
    pc.knowPassword("laptop", kDevicePassword);
    setenv("PGPASSFILE", pc.passwordFile().c_str(), 1);
    ASSERT_EQ(pc.ipprimer({"org", "join", org.deviceLogin()}).exit_code, 0);
    std::int64_t ada = 0;
    {
        auto store = pc.open();
        ada = addLearner(*store, "Ada Okafor", "E1");
        store->lessons().recordOpened(ada, "what-is-ip");
    }
    std::atomic<int> changes{0};
    BackgroundSync sync(pc.db(), [&] { ++changes; }, quick());

    BackgroundState state = waitFor(sync, [](const auto& s) { return s.kind == BackgroundState::Kind::Synced; });
    ASSERT_EQ(state.kind, BackgroundState::Kind::Synced) << state.message;
    EXPECT_GT(state.last_sync, 0);
    EXPECT_EQ(state.waiting, 0);
    EXPECT_EQ(recordsOnServer(org), 1);
    EXPECT_GT(changes.load(), 0) << "the window was woken";

    org.server.stop();
    pc.open()->lessons().recordFinished(ada, "what-is-ip");
    state = waitFor(sync, [](const auto& s) { return s.kind == BackgroundState::Kind::Offline; });
    ASSERT_EQ(state.kind, BackgroundState::Kind::Offline) << state.message;
    EXPECT_EQ(state.waiting, 1) << "the new record waits here";
    EXPECT_NE(state.message.find("stay on this computer"), std::string::npos) << state.message;

    ASSERT_TRUE(org.server.start()) << org.server.problem();
    state = waitFor(sync, [](const auto& s) { return s.kind == BackgroundState::Kind::Synced && s.waiting == 0; });
    EXPECT_EQ(state.kind, BackgroundState::Kind::Synced) << state.message;
    EXPECT_EQ(recordsOnServer(org), 2);
}

TEST(OrgBackground, SaysWhatTheServerRefused) {
    IPPRIMER_ORG_SERVER(org);
    Pc pc;
    pc.knowPassword("laptop", kDevicePassword);
    setenv("PGPASSFILE", pc.passwordFile().c_str(), 1);
    ASSERT_EQ(pc.ipprimer({"org", "join", org.deviceLogin()}).exit_code, 0);
    org.psql("ALTER ROLE laptop PASSWORD 'changed-by-IT'");
    BackgroundSync sync(pc.db(), {}, quick());
    const BackgroundState state =
        waitFor(sync, [](const auto& s) { return s.kind == BackgroundState::Kind::Refused; });
    ASSERT_EQ(state.kind, BackgroundState::Kind::Refused);
    EXPECT_NE(state.message.find("~/.pgpass"), std::string::npos) << state.message;
}

TEST(OrgBackground, AComputerNotLinkedShowsNothing) {
    Pc pc;
    pc.open();
    BackgroundSync sync(pc.db(), {}, quick());
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_EQ(sync.state().kind, BackgroundState::Kind::NotLinked);
}
