// The smallest companies have no server: PCs meet in a shared folder, each
// writing only files of its own, whole, and reading everyone else's. The
// same commands take the folder where they take a server.
#include <gtest/gtest.h>

#include <fstream>

#include "org_pc.h"
#include "store/org_folder_sync.h"

using namespace ipprimer;
using namespace ipprimer::testing;

namespace {

void sync(const Pc& pc) {
    const ProcessResult result = pc.ipprimer({"sync"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Synced with the shared folder"), std::string::npos) << result.out;
}

std::map<std::string, std::string> folderStatuses(const std::filesystem::path& folder) {
    return statusesOf(store::org::loadFolderDashboard(folder, bundledCurriculum(), today(), true));
}

}  // namespace

TEST(OrgFolder, ThreePCsMeetInASharedFolder) {
    TempFolder shared("ipprimer-shared");
    Pc office("office"), laptop("laptop"), spare("spare");
    ASSERT_EQ(office.ipprimer({"demo-data", "--learners", "20"}).exit_code, 0);
    // One of the office's people also trains on the laptop, under the same employee id.
    store::Learner someone;
    for (const store::Learner& learner : office.open()->roster().list())
        if (!learner.employee_id.empty()) someone = learner;
    ASSERT_FALSE(someone.employee_id.empty());
    {
        auto store = laptop.open();
        const std::int64_t there = addLearner(*store, someone.name, someone.employee_id, someone.role);
        train(*store, there, someone.role, 3);
    }
    for (const Pc* pc : {&office, &laptop, &spare}) {
        const ProcessResult join = pc->ipprimer({"org", "join", shared.path().string()});
        ASSERT_EQ(join.exit_code, 0) << join.err;
        EXPECT_NE(join.out.find("linked to the shared folder"), std::string::npos) << join.out;
    }
    for (const Pc* pc : {&office, &laptop, &spare, &office, &laptop}) sync(*pc);

    const std::int64_t records = office.open()->journal().count();
    EXPECT_EQ(laptop.open()->journal().count(), records) << "every PC holds every record";
    EXPECT_EQ(spare.open()->journal().count(), records);
    EXPECT_EQ(office.open()->roster().list(true).size(), 20u) << "the laptop's learner is the same person";
    EXPECT_EQ(laptop.open()->roster().list(true).size(), 20u);

    const auto statuses = folderStatuses(shared.path());
    EXPECT_EQ(statuses.size(), 20u);
    EXPECT_EQ(localStatuses(office), statuses);
    EXPECT_EQ(localStatuses(laptop), statuses);
    EXPECT_EQ(localStatuses(spare), statuses);
    const ProcessResult report = office.ipprimer({"report", "--org", "file://" + shared.path().string()});
    ASSERT_EQ(report.exit_code, 0) << report.err;
    EXPECT_NE(report.out.find(someone.employee_id + ","), std::string::npos) << report.out;

    // Each PC wrote only its own files, and each whole.
    for (const auto& entry : std::filesystem::recursive_directory_iterator(shared.path()))
        EXPECT_EQ(entry.path().string().find(".part"), std::string::npos) << entry.path();
}

TEST(OrgFolder, AHalfWrittenFileIsLeftAloneAndADamagedOneNamed) {
    TempFolder shared("ipprimer-shared");
    Pc office("office"), laptop("laptop");
    {
        auto store = office.open();
        train(*store, addLearner(*store, "Ada Okafor", "E1"), "all-staff");
    }
    for (const Pc* pc : {&office, &laptop}) ASSERT_EQ(pc->ipprimer({"org", "join", shared.path().string()}).exit_code, 0);
    sync(office);
    const std::filesystem::path offices_files = shared.path() / "ipprimer" / office.open()->journal().installation();
    // A PC that stopped while writing leaves a temporary file: not a segment.
    std::ofstream(offices_files / "0000000002.jsonl.part-999") << "{\"ipprimer\": \"segm";
    sync(laptop);
    EXPECT_EQ(laptop.open()->journal().count(), office.open()->journal().count());

    std::ofstream(offices_files / "0000000003.jsonl") << "{\"ipprimer\": \"segment\", \"version\": 1}\nnot json\n";
    const ProcessResult damaged = laptop.ipprimer({"sync"});
    EXPECT_EQ(damaged.exit_code, 1);
    EXPECT_NE(damaged.err.find("0000000003.jsonl:2: not a line of JSON"), std::string::npos) << damaged.err;
}

TEST(OrgFolder, AFolderNotThereLosesNothing) {
    TempFolder shared("ipprimer-shared");
    Pc pc;
    ASSERT_EQ(pc.ipprimer({"org", "join", shared.path().string()}).exit_code, 0);
    addLearner(*pc.open(), "Ada Okafor", "E1");
    std::filesystem::remove_all(shared.path());  // the network drive is gone
    const ProcessResult offline = pc.ipprimer({"sync"});
    EXPECT_EQ(offline.exit_code, 1);
    EXPECT_NE(offline.err.find("cannot be reached"), std::string::npos) << offline.err;
    EXPECT_NE(offline.err.find("Nothing is lost"), std::string::npos) << offline.err;
    std::filesystem::create_directories(shared.path());
    sync(pc);
}
