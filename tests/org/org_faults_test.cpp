// Faults a sync must survive: killed half way, the server stopping under it,
// a batch delivered twice, two PCs writing for one learner at once, a PC
// offline for a month. After each: no record lost, none counted twice, and
// every status as if nothing had gone wrong (the PC and the server agree).
#include <gtest/gtest.h>

#include <signal.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "org_pc.h"
#include "org_server.h"
#include "store/org_sync.h"

using namespace ipprimer;
using namespace ipprimer::testing;

namespace {

std::int64_t recordsOnServer(const OrgServer& org) {
    return std::stoll(org.psql("SELECT count(*) FROM ipprimer.events WHERE verb <> 'learner-added'"));
}

// A PC with the demo's learners and their history (about 200 records each),
// joined with a manager's login so that every record may go.
std::int64_t demoPc(const Pc& pc, const OrgServer& org, int learners) {
    EXPECT_EQ(pc.ipprimer({"demo-data", "--learners", std::to_string(learners)}).exit_code, 0);
    pc.knowPassword("boss", kManagerPassword);
    const ProcessResult join = pc.ipprimer({"org", "join", org.managerLogin()});
    EXPECT_EQ(join.exit_code, 0) << join.err;
    return pc.open()->journal().count();
}

void sync(const Pc& pc) {
    const ProcessResult result = pc.ipprimer({"sync"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
}

// Waits until the server holds at least `records`, or the sync has ended.
// Asked on a connection of its own, every 2 ms: a sync is quicker than psql.
void waitForRecords(const OrgServer& org, std::int64_t records, const std::function<bool()>& still_running) {
    store::pg::Connection watcher(org.ownerUrl());
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (still_running() && std::chrono::steady_clock::now() < until) {
        if (watcher.exec("SELECT count(*) FROM ipprimer.events").int64(0, 0) >= records) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

}  // namespace

TEST(OrgFaults, ASyncKilledHalfWayGoesOnWithNothingLostOrTwice) {
    IPPRIMER_ORG_SERVER(org);
    Pc pc;
    const std::int64_t records = demoPc(pc, org, 40);
    {
        BackgroundIpprimer syncing({"--db", pc.db(), "sync", "--batch-size", "20"}, pc.environment());
        ASSERT_GT(syncing.pid(), 0);
        waitForRecords(org, 400, [&] { return syncing.running(); });
        kill(syncing.pid(), SIGKILL);
    }
    const std::int64_t sent = recordsOnServer(org);
    EXPECT_GT(sent, 0);
    EXPECT_LT(sent, records) << "killed before the end";
    const ProcessResult status = pc.ipprimer({"org", "status"});
    EXPECT_NE(status.out.find("Waiting to be sent: "), std::string::npos);

    sync(pc);
    EXPECT_EQ(recordsOnServer(org), records);
    EXPECT_EQ(serverStatuses(org.managerUrl()), localStatuses(pc));
}

TEST(OrgFaults, TheServerStoppingDuringASyncLosesNothing) {
    IPPRIMER_ORG_SERVER(org);
    Pc pc;
    const std::int64_t records = demoPc(pc, org, 40);
    std::atomic<bool> done{false};
    ProcessResult interrupted;
    std::thread syncing([&] {
        interrupted = run(IPPRIMER_BINARY, {"--db", pc.db(), "sync", "--batch-size", "10"}, "", pc.environment());
        done = true;
    });
    waitForRecords(org, 100, [&] { return !done; });
    org.server.stop();
    syncing.join();
    EXPECT_EQ(interrupted.exit_code, 1) << interrupted.out;
    EXPECT_NE(interrupted.err.find("Nothing is lost"), std::string::npos) << interrupted.err;

    const ProcessResult offline = pc.ipprimer({"sync"});
    EXPECT_EQ(offline.exit_code, 1);
    EXPECT_NE(offline.err.find("Is the server running"), std::string::npos) << offline.err;

    ASSERT_TRUE(org.server.start()) << org.server.problem();
    sync(pc);
    EXPECT_EQ(recordsOnServer(org), records);
    EXPECT_EQ(serverStatuses(org.managerUrl()), localStatuses(pc));
}

TEST(OrgFaults, ABatchDeliveredTwiceIsCountedOnce) {
    IPPRIMER_ORG_SERVER(org);
    Pc pc;
    const std::int64_t records = demoPc(pc, org, 20);
    sync(pc);
    const auto statuses = serverStatuses(org.managerUrl());
    // The server committed, but the PC never heard: it sends everything again.
    pc.open()->settings().set(store::org::kPushedSetting, "0");
    const ProcessResult again = pc.ipprimer({"sync"});
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.out.find("Sent " + std::to_string(records) + " records (0 new to the server)"),
              std::string::npos)
        << again.out;
    EXPECT_EQ(recordsOnServer(org), records);
    EXPECT_EQ(serverStatuses(org.managerUrl()), statuses) << "no attempt or lesson counted twice";
    EXPECT_EQ(statuses, localStatuses(pc));
}

TEST(OrgFaults, TwoPCsWritingForOneLearnerAtOnce) {
    IPPRIMER_ORG_SERVER(org);
    Pc laptop("laptop"), room("room");
    for (const Pc* pc : {&laptop, &room}) {
        pc->knowPassword("laptop", kDevicePassword);
        ASSERT_EQ(pc->ipprimer({"org", "join", org.deviceLogin()}).exit_code, 0);
    }
    addLearner(*laptop.open(), "Ada Okafor", "E1", "marketing");
    sync(laptop);
    sync(room);  // Ada is on the room's roster now

    auto work = [&](const Pc& pc, bool trains) {
        for (int round = 0; round < 4; ++round) {
            {
                auto store = pc.open();
                const std::int64_t ada = store->roster().list().front().id;
                if (trains && round == 0) train(*store, ada, "marketing");
                for (int i = 0; i < 50; ++i)
                    store->attempts().recordReviewAnswer(ada, {"q" + std::to_string(i), i % 3 ? 1.0 : 0.0, "[]", 1});
            }
            const ProcessResult result = pc.ipprimer({"sync", "--batch-size", "30"});
            EXPECT_EQ(result.exit_code, 0) << result.err;
        }
    };
    std::thread at_laptop(work, std::cref(laptop), true);
    std::thread in_room(work, std::cref(room), false);
    at_laptop.join();
    in_room.join();
    sync(laptop);
    sync(room);

    const std::int64_t laptop_records = laptop.open()->journal().count();
    EXPECT_EQ(room.open()->journal().count(), laptop_records) << "each PC holds every record of Ada";
    EXPECT_EQ(recordsOnServer(org), laptop_records);
    const auto on_server = serverStatuses(org.managerUrl());
    EXPECT_NE(on_server.at("E1").find(" compliant "), std::string::npos) << on_server.at("E1");
    EXPECT_EQ(localStatuses(laptop), on_server);
    EXPECT_EQ(localStatuses(room), on_server);
}

TEST(OrgFaults, AMonthOfflineWithThousandsOfRecords) {
    IPPRIMER_ORG_SERVER(org);
    Pc pc;
    pc.knowPassword("laptop", kDevicePassword);
    ASSERT_EQ(pc.ipprimer({"org", "join", org.deviceLogin()}).exit_code, 0);
    sync(pc);
    {
        // Thirty days of training with no server in sight: a record every few minutes.
        auto store = pc.open();
        auto batch = store->beginBatch();  // one commit: the test's speed, not the PC's
        std::int64_t clock = store::Store::systemClock() - 30LL * 86'400'000;
        store->setClock([&clock] { return clock += 5 * 60'000; });
        const char* roles[] = {"all-staff", "marketing", "rnd", "it"};
        for (int learner = 0; learner < 24; ++learner) {
            const std::int64_t id =
                addLearner(*store, "Learner " + std::to_string(learner), "E" + std::to_string(learner), roles[learner % 4]);
            if (learner % 6 != 5) train(*store, id, roles[learner % 4], 150);
        }
        batch->commit();
    }
    const std::int64_t records = pc.open()->journal().count();
    ASSERT_GT(records, 3000);
    const ProcessResult result = pc.ipprimer({"sync"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Sent " + std::to_string(records) + " records"), std::string::npos) << result.out;
    EXPECT_EQ(recordsOnServer(org), records);
    EXPECT_EQ(serverStatuses(org.managerUrl()), localStatuses(pc));
}
