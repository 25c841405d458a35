// Issue 13, items 15, 19, 20 and 21 from the command line: odd --db values,
// reading without writing, field limits and control characters at the CSV
// way in and on the terminal, a newcomer's first due date, and the manager
// PIN's reset recorded as an event.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "in_child.h"
#include "process.h"
#include "store/journal.h"
#include "store/settings.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"

using namespace ipprimer;
using ipprimer::testing::ProcessResult;
using ipprimer::testing::runIpprimer;
using ipprimer::testing::TempFolder;

namespace {

std::string readBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool hasRawControl(const std::string& text) {
    for (unsigned char c : text)
        if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F) return true;
    return false;
}

struct CliRecords : ::testing::Test {
    const TempFolder temp{"ipprimer-records-cli"};
    const std::string folder = temp.path().string();
    const std::string db = folder + "/progress.db";

    std::string write(const std::string& name, const std::string& text) {
        const std::string path = folder + "/" + name;
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }
};

}  // namespace

TEST_F(CliRecords, AnEmptyDbIsRefusedNotTakenForTheDefault) {
    const ProcessResult result = runIpprimer({"--db", "", "learners", "list"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("--db was given an empty file name"), std::string::npos) << result.err;
}

TEST_F(CliRecords, DevNullIsRefusedWithoutAJournalBesideIt) {
    const bool journal_before = std::filesystem::exists("/dev/null-journal");
    for (const char* command : {"report", "manager-pin"}) {
        const ProcessResult result = runIpprimer({"--db", "/dev/null", command});
        EXPECT_EQ(result.exit_code, 1) << command;
        EXPECT_NE(result.err.find("/dev/null is a device, not a file"), std::string::npos) << result.err;
    }
    if (!journal_before) {
        EXPECT_FALSE(std::filesystem::exists("/dev/null-journal"));
    }
}

TEST_F(CliRecords, ReportReadsAReadOnlyDatabaseAndWritesNothing) {
    {
        store::SqliteStore store(db);
        store.roster().add({"Ada Reader", "E1", "", "all-staff", ""});
    }
    ASSERT_EQ(chmod(db.c_str(), 0444), 0);
    ASSERT_EQ(chmod(folder.c_str(), 0755), 0);
    const std::string before = readBytes(db);
    const auto modified = std::filesystem::last_write_time(db);
    // As an account that may read the file but not write it or its folder.
    const auto out = ipprimer::testing::inChild(ipprimer::testing::becomeNobody, [&] {
        const ProcessResult report = runIpprimer({"--db", db, "report"});
        return std::to_string(report.exit_code) + "|" + report.out + report.err;
    });
    ASSERT_TRUE(out);
    EXPECT_TRUE(out->starts_with("0|")) << *out;
    EXPECT_NE(out->find("Ada Reader"), std::string::npos) << *out;
    EXPECT_EQ(readBytes(db), before);
    EXPECT_EQ(std::filesystem::last_write_time(db), modified);
    EXPECT_FALSE(std::filesystem::exists(db + "-wal"));
    EXPECT_FALSE(std::filesystem::exists(db + "-shm"));
}

TEST_F(CliRecords, AReportOfAMissingFileCreatesNothing) {
    const ProcessResult report = runIpprimer({"--db", db, "report"});
    EXPECT_EQ(report.exit_code, 0) << report.err;
    EXPECT_FALSE(std::filesystem::exists(db));
}

TEST_F(CliRecords, AFullDiskIsNamedAsAFullDisk) {
    const std::string small = folder + "/small";
    std::filesystem::create_directory(small);
    const auto result = ipprimer::testing::inChild([&] { return ipprimer::testing::onTinyDisk(small, 16); }, [&] {
        const ProcessResult reset = runIpprimer({"--db", small + "/progress.db", "manager-pin", "--reset"});
        return std::to_string(reset.exit_code) + "|" + reset.err;
    });
    if (!result) GTEST_SKIP() << "no private mount here, so no small disk to fill";
    EXPECT_TRUE(result->starts_with("1|")) << *result;
    EXPECT_NE(result->find("the disk is full"), std::string::npos) << *result;
}

// Item 15: a start date of 1 November, imported today: not overdue today.
TEST_F(CliRecords, StaffImportedWithAPastStartDateAreNotOverdueOnTheDayOfTheImport) {
    write("staff.csv", "name,employee_id,role,start_date\nNina New,N1,all-staff,2020-11-01\n");
    ASSERT_EQ(runIpprimer({"--db", db, "learners", "import", folder + "/staff.csv"}).exit_code, 0);
    const ProcessResult report = runIpprimer({"--db", db, "report"});
    ASSERT_EQ(report.exit_code, 0) << report.err;
    EXPECT_NE(report.out.find("N1,Nina New,,all-staff,"), std::string::npos) << report.out;
    EXPECT_NE(report.out.find(",2020-11-01,not-started,no,"), std::string::npos) << report.out;
    EXPECT_EQ(report.out.find("overdue"), std::string::npos) << report.out;
}

// Item 19: limits with FILE:line, control characters taken out, and nothing
// raw on the terminal.
TEST_F(CliRecords, StaffListsAreHeldToTheFieldLimitsAndCleanedOfControlCharacters) {
    const std::string huge(20'000, 'x');
    const std::string file = write("staff.csv", "name,employee_id,role\n" + huge + ",E1,all-staff\n");
    const ProcessResult refused = runIpprimer({"--db", db, "learners", "import", file});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_NE(refused.err.find(file + ":2: error: the name is 20000 characters long; at most 200 are allowed"),
              std::string::npos)
        << refused.err.substr(0, 500);
    EXPECT_LT(refused.err.size() + refused.out.size(), 5000u) << "the 20,000 characters are not printed back";

    const std::string nasty = write("nasty.csv", std::string("name,employee_id,role,department\n") +
                                                     "Eve\x1b[2J\x1b]0;owned\x07 Smith,E2,all-staff,Sa\x7Fles\n");
    const ProcessResult taken = runIpprimer({"--db", db, "learners", "import", nasty});
    ASSERT_EQ(taken.exit_code, 0) << taken.err;
    EXPECT_NE(taken.err.find(nasty + ":2: warning: control characters (such as NUL or escape) were removed"),
              std::string::npos)
        << taken.err;
    EXPECT_FALSE(hasRawControl(taken.out + taken.err));
    {
        store::SqliteStore store(db, store::Opening::ReadOnly);
        ASSERT_EQ(store.roster().list().size(), 1u);
        EXPECT_EQ(store.roster().list().front().name, "Eve[2J]0;owned Smith");
        EXPECT_EQ(store.roster().list().front().department, "Sales");
    }
    for (const std::vector<std::string>& command : {std::vector<std::string>{"learners", "list"}, {"report"}}) {
        std::vector<std::string> args{"--db", db};
        args.insert(args.end(), command.begin(), command.end());
        const ProcessResult shown = runIpprimer(args);
        EXPECT_EQ(shown.exit_code, 0) << shown.err;
        EXPECT_NE(shown.out.find("Smith"), std::string::npos) << shown.out;
        EXPECT_FALSE(hasRawControl(shown.out)) << command.front();
    }
}

// A name written into the file behind the program's back (another tool, an
// older version) is still never printed raw.
TEST_F(CliRecords, ControlCharactersAlreadyInTheFileAreNotPrintedRaw) {
    {
        store::SqliteStore store(db);
        store.roster().add({"Placeholder", "E1", "", "all-staff", ""});
    }
    {
        std::string command = "UPDATE learners SET name = 'Mal' || char(27) || '[31mory' WHERE employee_id = 'E1'";
        ASSERT_EQ(ipprimer::testing::run("/usr/bin/sqlite3", {db, command}).exit_code, 0);
    }
    for (const char* format : {"csv", "json"}) {
        const ProcessResult report = runIpprimer({"--db", db, "report", "--format", format});
        ASSERT_EQ(report.exit_code, 0) << report.err;
        EXPECT_FALSE(hasRawControl(report.out)) << format << ": " << report.out;
    }
    const ProcessResult list = runIpprimer({"--db", db, "learners", "list"});
    EXPECT_NE(list.out.find("Mal[31mory"), std::string::npos) << list.out;
    EXPECT_FALSE(hasRawControl(list.out));
}

// Item 21: a reset is recorded, in someone's name, with the computer's account.
TEST_F(CliRecords, ResettingTheManagerPinIsRecordedAsAnEvent) {
    std::int64_t manager = 0;
    {
        store::SqliteStore store(db);
        manager = store.roster().add({"Mona Manager", "M1", "", "all-staff", ""});
        store.settings().setManagerPin("2468");
    }
    const ProcessResult anonymous = runIpprimer({"--db", db, "manager-pin", "--reset"});
    EXPECT_EQ(anonymous.exit_code, 1);
    EXPECT_NE(anonymous.err.find("say who is resetting the PIN with --by"), std::string::npos) << anonymous.err;
    EXPECT_TRUE(store::SqliteStore(db).settings().hasManagerPin()) << "nothing forgotten without a name";

    const ProcessResult reset = runIpprimer({"--db", db, "manager-pin", "--reset", "--by", "M1"});
    ASSERT_EQ(reset.exit_code, 0) << reset.err;
    EXPECT_NE(reset.out.find("The reset was recorded in the name of Mona Manager (M1): account "), std::string::npos)
        << reset.out;

    store::SqliteStore store(db);
    EXPECT_FALSE(store.settings().hasManagerPin());
    const std::string installation = store.journal().installation();
    EXPECT_NE(reset.out.find("installation " + installation), std::string::npos) << reset.out;
    bool recorded = false;
    for (const store::Event& event : store.journal().readAfter(0, 1000)) {
        if (event.verb != "manager-pin-reset") continue;
        recorded = true;
        EXPECT_EQ(event.learner_id, manager);
        EXPECT_EQ(event.object, installation);
        EXPECT_EQ(event.installation, installation);
        EXPECT_NE(event.context.find("\"by\":\"Mona Manager (M1)\""), std::string::npos) << event.context;
        EXPECT_NE(event.context.find("\"system_user\":"), std::string::npos) << event.context;
        EXPECT_GT(event.at, 0);
    }
    EXPECT_TRUE(recorded);
}
