// The staff list imported once, on the server's side: every linked PC offers
// those people as profiles after its next sync, and a later import's changes
// follow. Changing the roster needs a manager's login.
#include <gtest/gtest.h>

#include <fstream>

#include "org_pc.h"
#include "org_server.h"

using namespace ipprimer;
using namespace ipprimer::testing;

namespace {

std::string writeStaffList(const Pc& pc, const std::string& name, const std::string& rows) {
    const std::string path = (std::filesystem::path(pc.db()).parent_path() / name).string();
    std::ofstream(path) << "name,employee_id,role,department\n" << rows;
    return path;
}

std::string departmentOf(const Pc& pc, const std::string& employee_id) {
    for (const store::Learner& learner : pc.open()->roster().list(true))
        if (learner.employee_id == employee_id) return learner.department;
    return "(missing)";
}

}  // namespace

TEST(OrgStaff, AStaffListImportedOnTheServerReachesEveryPC) {
    IPPRIMER_ORG_SERVER(org);
    Pc it("it"), laptop("laptop");
    it.knowPassword("boss", kManagerPassword);
    const std::string first = writeStaffList(it, "staff.csv",
                                             "Ada Okafor,E1,all-staff,Sales\n"
                                             "Bo Lind,E2,marketing,Sales\n"
                                             "Chen Wei,E3,rnd,Lab\n");
    const ProcessResult imported = it.ipprimer({"learners", "import", first, "--org", org.managerLogin()});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_NE(imported.out.find("into the organisation's server"), std::string::npos) << imported.out;
    EXPECT_NE(imported.out.find("3 added, 0 updated, 0 unchanged"), std::string::npos) << imported.out;

    laptop.knowPassword("laptop", kDevicePassword);
    ASSERT_EQ(laptop.ipprimer({"org", "join", org.deviceLogin()}).exit_code, 0);
    ASSERT_EQ(laptop.ipprimer({"sync"}).exit_code, 0);
    EXPECT_EQ(laptop.open()->roster().list().size(), 3u) << "the people are profiles on the PC";
    EXPECT_EQ(departmentOf(laptop, "E2"), "Sales");

    const std::string second = writeStaffList(it, "staff-2.csv",
                                              "Ada Okafor,E1,all-staff,Sales\n"
                                              "Bo Lind,E2,marketing,Export\n"
                                              "Chen Wei,E3,rnd,Lab\n"
                                              "Dara Nolan,E4,finance,Office\n");
    const ProcessResult again = it.ipprimer({"learners", "import", second, "--org", org.managerLogin()});
    EXPECT_NE(again.out.find("1 added, 1 updated, 2 unchanged"), std::string::npos) << again.out << again.err;
    ASSERT_EQ(laptop.ipprimer({"sync"}).exit_code, 0);
    EXPECT_EQ(departmentOf(laptop, "E2"), "Export");
    EXPECT_EQ(departmentOf(laptop, "E4"), "Office");
}

TEST(OrgStaff, ChangingTheRosterNeedsAManagersLogin) {
    IPPRIMER_ORG_SERVER(org);
    Pc it("it");
    it.knowPassword("boss", kManagerPassword);
    it.knowPassword("laptop", kDevicePassword);
    ASSERT_EQ(it.ipprimer({"learners", "import", writeStaffList(it, "a.csv", "Ada Okafor,E1,all-staff,Sales\n"), "--org",
                           org.managerLogin()})
                  .exit_code,
              0);
    const ProcessResult refused = it.ipprimer({"learners", "import",
                                               writeStaffList(it, "b.csv", "Ada Okafor,E1,all-staff,Export\n"
                                                                           "Bo Lind,E2,marketing,Sales\n"),
                                               "--org", org.deviceLogin()});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_NE(refused.err.find("row-level security"), std::string::npos) << refused.err;
    EXPECT_EQ(org.psql("SELECT count(*) FROM ipprimer.learners"), "1\n") << "nothing of the refused import";
}
