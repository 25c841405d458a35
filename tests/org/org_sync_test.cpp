// The sync as a user runs it: `org join`, `sync`, `org status`, and what the
// server and each PC hold afterwards. One set of rules: the same records on
// a PC and on the server give every learner the same status.
#include <gtest/gtest.h>

#include <set>

#include "org_pc.h"
#include "org_server.h"
#include "store/org_sync.h"

using namespace ipprimer;
using namespace ipprimer::testing;

namespace {

std::int64_t serverCount(const OrgServer& org, const std::string& where) {
    return std::stoll(org.psql("SELECT count(*) FROM ipprimer.events WHERE " + where));
}

}  // namespace

TEST(OrgSync, JoiningWithAHistorySendsItAllAndTheServerGivesTheSameStatuses) {
    IPPRIMER_ORG_SERVER(org);
    Pc pc;
    ASSERT_EQ(pc.ipprimer({"demo-data", "--learners", "40"}).exit_code, 0);
    const std::int64_t local_events = pc.open()->journal().count();

    pc.knowPassword("boss", kManagerPassword);
    const ProcessResult join = pc.ipprimer({"org", "join", org.managerLogin()});
    ASSERT_EQ(join.exit_code, 0) << join.err;
    EXPECT_NE(join.out.find(std::to_string(local_events) + " records wait to be sent"), std::string::npos)
        << join.out;
    const ProcessResult sync = pc.ipprimer({"sync"});
    ASSERT_EQ(sync.exit_code, 0) << sync.err;
    EXPECT_NE(sync.out.find("Sent " + std::to_string(local_events) + " records (" + std::to_string(local_events) +
                            " new to the server)"),
              std::string::npos)
        << sync.out;
    EXPECT_NE(sync.out.find("40 learners of this computer joined"), std::string::npos) << sync.out;

    EXPECT_EQ(serverCount(org, "verb <> 'learner-added'"), local_events);
    EXPECT_EQ(org.psql("SELECT count(*) FROM ipprimer.learners"), "40\n");
    const auto local = localStatuses(pc);
    ASSERT_EQ(local.size(), 40u);
    std::set<progress::LearnerState> states;
    int extended = 0;
    for (const store::DashboardRow& row : pc.open()->reports().dashboard(bundledCurriculum(), today(), true).rows) {
        states.insert(row.status.state);
        extended += row.status.due_extended;
    }
    EXPECT_GE(states.size(), 5u) << "the demo's learners are in many states";
    EXPECT_GE(extended, 1) << "and a manager extended someone's due date";
    EXPECT_EQ(serverStatuses(org.managerUrl()), local) << "the same records, the same rules";

    const ProcessResult again = pc.ipprimer({"sync"});
    EXPECT_NE(again.out.find("Sent 0 records"), std::string::npos) << again.out;
    const ProcessResult status = pc.ipprimer({"org", "status"});
    EXPECT_NE(status.out.find("Waiting to be sent: 0 records"), std::string::npos) << status.out;
    EXPECT_NE(status.out.find("Last sync: "), std::string::npos) << status.out;
    EXPECT_EQ(status.out.find("never"), std::string::npos) << status.out;
}

TEST(OrgSync, JoiningKeepsTheConnectionButNeverAPassword) {
    IPPRIMER_ORG_SERVER(org);
    Pc pc;
    const ProcessResult refused = pc.ipprimer({"org", "join", org.deviceUrl()});
    EXPECT_EQ(refused.exit_code, 2) << "the test's URL holds the password";
    EXPECT_NE(refused.err.find("IP Primer keeps none"), std::string::npos) << refused.err;
    EXPECT_EQ(refused.err.find(kDevicePassword), std::string::npos);

    // The password from libpq's own places: here PGPASSWORD.
    const std::string url = org.server.urlFor("laptop", "", OrgServer::kDatabase);
    const ProcessResult joined = run(IPPRIMER_BINARY, {"--db", pc.db(), "org", "join", url}, "",
                                     {std::string("PGPASSWORD=") + kDevicePassword});
    ASSERT_EQ(joined.exit_code, 0) << joined.err;
    EXPECT_EQ(pc.open()->settings().value(store::org::kServerSetting), url);

    const ProcessResult without = pc.ipprimer({"sync"});
    EXPECT_EQ(without.exit_code, 1);
    EXPECT_NE(without.err.find("~/.pgpass"), std::string::npos) << without.err;
}
