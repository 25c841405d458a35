// People across PCs: a learner who moves from a laptop to the meeting-room
// PC keeps their progress and attempts; the roster is the organisation's; a
// manager's action taken on a PC with a device login waits for a manager's.
#include <gtest/gtest.h>

#include "org_pc.h"
#include "org_server.h"
#include "store/org_sync.h"

using namespace ipprimer;
using namespace ipprimer::testing;

namespace {

// A PC joined with the device login.
void joinAsDevice(const Pc& pc, const OrgServer& org) {
    pc.knowPassword("laptop", kDevicePassword);
    const ProcessResult join = pc.ipprimer({"org", "join", org.deviceLogin()});
    ASSERT_EQ(join.exit_code, 0) << join.err;
}

void sync(const Pc& pc) {
    const ProcessResult result = pc.ipprimer({"sync"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
}

std::optional<store::Learner> findByEmployeeId(store::Store& store, const std::string& employee_id) {
    for (const store::Learner& learner : store.roster().list(true))
        if (learner.employee_id == employee_id) return learner;
    return std::nullopt;
}

}  // namespace

TEST(OrgPeople, ALearnerWhoMovesKeepsTheirProgressAndAttempts) {
    IPPRIMER_ORG_SERVER(org);
    Pc laptop("laptop"), room("room");
    {
        auto store = laptop.open();
        const std::int64_t ada = addLearner(*store, "Ada Okafor", "E1");
        addLearner(*store, "Bo Lind", "E2");
        train(*store, ada, "all-staff", 5);
    }
    joinAsDevice(laptop, org);
    joinAsDevice(room, org);
    sync(laptop);
    sync(room);

    // The room offers the organisation's people as profiles.
    std::int64_t ada_in_room = 0;
    {
        auto store = room.open();
        ASSERT_EQ(store->roster().list().size(), 2u);
        const auto ada = findByEmployeeId(*store, "E1");
        ASSERT_TRUE(ada);
        ada_in_room = ada->id;
        EXPECT_EQ(store->attempts().attempts(ada_in_room, "role:all-staff").size(), 0u) << "not hers yet";
        store->lessons().recordOpened(ada_in_room, "trade-secrets");  // she picks her profile and reads
    }
    sync(room);
    {
        auto store = room.open();
        const auto attempts = store->attempts().attempts(ada_in_room, "role:all-staff");
        ASSERT_EQ(attempts.size(), 2u) << "her attempts came with her";
        EXPECT_FALSE(attempts[0].outcome->passed);
        EXPECT_TRUE(attempts[1].outcome->passed);
        EXPECT_EQ(store->attempts().answerHistory(ada_in_room).size(), 25u) << "20 quiz answers and 5 reviews";
    }
    sync(laptop);  // and the laptop learns what she read in the room

    const auto on_server = serverStatuses(org.managerUrl());
    EXPECT_NE(on_server.at("E1").find("compliant"), std::string::npos) << on_server.at("E1");
    EXPECT_EQ(localStatuses(laptop), on_server);
    EXPECT_EQ(localStatuses(room), on_server);
    EXPECT_EQ(laptop.open()->journal().count(), room.open()->journal().count())
        << "both PCs hold every record of Ada";
}

TEST(OrgPeople, TheOrganisationsRosterWins) {
    IPPRIMER_ORG_SERVER(org);
    Pc pc;
    addLearner(*pc.open(), "Ada Okafor", "E1");
    joinAsDevice(pc, org);
    sync(pc);
    // A manager changes Ada's role on the server; the PC had another idea.
    store::pg::Connection manager(org.managerUrl());
    manager.exec("INSERT INTO ipprimer.events (uuid, installation, learner, verb, object, context, at)"
                 " SELECT gen_random_uuid(), gen_random_uuid(), uuid, 'learner-changed', uuid::text,"
                 " '{\"role\": \"rnd\", \"department\": \"Lab\"}', 0 FROM ipprimer.learners");
    sync(pc);
    const auto ada = findByEmployeeId(*pc.open(), "E1");
    ASSERT_TRUE(ada);
    EXPECT_EQ(ada->role, "rnd");
    EXPECT_EQ(ada->department, "Lab");
    EXPECT_EQ(ada->name, "Ada Okafor") << "what the change did not name stays";
}

TEST(OrgPeople, AManagersActionOnADeviceWaitsForAManagersLogin) {
    IPPRIMER_ORG_SERVER(org);
    Pc pc;
    joinAsDevice(pc, org);
    {
        auto store = pc.open();
        const std::int64_t ada = addLearner(*store, "Ada Okafor", "E1");
        store->lessons().recordOpened(ada, "what-is-ip");
        store->roster().archive(ada, "Pat (manager)");
    }
    const ProcessResult first = pc.ipprimer({"sync"});
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_NE(first.out.find("1 manager's action waits for a manager's login"),
              std::string::npos)
        << first.out;
    EXPECT_EQ(org.psql("SELECT archived FROM ipprimer.learners"), "f\n") << "the device could not send it";
    EXPECT_NE(pc.ipprimer({"org", "status"}).out.find("1 manager's action waits"), std::string::npos);

    pc.knowPassword("boss", kManagerPassword);
    const ProcessResult as_manager = pc.ipprimer({"sync", "--server", org.managerLogin()});
    ASSERT_EQ(as_manager.exit_code, 0) << as_manager.err;
    EXPECT_EQ(org.psql("SELECT archived FROM ipprimer.learners"), "t\n");
    EXPECT_NE(pc.ipprimer({"org", "status"}).out.find("Waiting to be sent: 0 records"), std::string::npos);
    EXPECT_EQ(org.psql("SELECT count(*) FROM ipprimer.events WHERE verb IN ('opened', 'archived')"), "2\n");
}
