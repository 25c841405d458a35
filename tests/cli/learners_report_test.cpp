// `learners import|list`, `report` and `demo-data` run as a manager runs
// them: exit codes, FILE:line messages, and what the files say.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "process.h"
#include "temp_folder.h"
#include "store/sqlite_store.h"

using ipprimer::testing::TempFolder;
using ipprimer::testing::runIpprimer;

namespace {

std::string staff(const std::string& name) { return std::string(IPPRIMER_FIXTURES) + "/staff/" + name; }

int lineCount(const std::string& text) {
    int lines = 0;
    for (char c : text) lines += c == '\n';
    return lines;
}

struct CliManager : ::testing::Test {
    const TempFolder temp{"ipprimer-manager-cli"};
    const std::string folder = temp.path().string();
    std::string db = folder + "/progress.db";

    std::string write(const std::string& name, const std::string& text) {
        const std::string path = folder + "/" + name;
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }
};

TEST_F(CliManager, ImportThenListThenImportAgainUnchanged) {
    auto dry = runIpprimer({"--db", db, "learners", "import", staff("staff.csv"), "--dry-run"});
    EXPECT_EQ(dry.exit_code, 0) << dry.err;
    EXPECT_NE(dry.out.find("5 to add"), std::string::npos) << dry.out;
    EXPECT_NE(dry.out.find("Nothing was written"), std::string::npos);
    auto empty = runIpprimer({"--db", db, "learners", "list"});
    EXPECT_EQ(empty.exit_code, 0);
    EXPECT_EQ(empty.out, "") << "a dry run writes nothing";

    auto import = runIpprimer({"--db", db, "learners", "import", staff("staff.csv")});
    EXPECT_EQ(import.exit_code, 0) << import.err;
    EXPECT_NE(import.out.find("5 added, 0 updated, 0 unchanged"), std::string::npos) << import.out;

    auto list = runIpprimer({"learners", "list", "--db", db});
    EXPECT_EQ(list.exit_code, 0) << list.err;
    EXPECT_EQ(lineCount(list.out), 6) << list.out;  // a header and five learners
    EXPECT_NE(list.out.find("M\xC3\xBCller, Anna"), std::string::npos) << "quoted names with commas";
    EXPECT_NE(list.out.find("Dan \"DJ\" Smith"), std::string::npos);
    EXPECT_NE(list.out.find("owner"), std::string::npos) << "a role given by its title is stored by id";

    auto again = runIpprimer({"--db", db, "learners", "import", staff("staff.csv")});
    EXPECT_EQ(again.exit_code, 0);
    EXPECT_NE(again.out.find("0 added, 0 updated, 5 unchanged"), std::string::npos) << again.out;
}

TEST_F(CliManager, ABadFileIsReportedLineByLineAndNothingIsImported) {
    auto bad = runIpprimer({"--db", db, "learners", "import", staff("staff_bad.csv")});
    EXPECT_EQ(bad.exit_code, 1);
    const std::string file = staff("staff_bad.csv");
    for (const std::string& expected : {
             file + ":2: error: employee id 'E100' is also on line 5",
             file + ":3: error: 'ben@' is not an e-mail address",
             file + ":4: error: unknown role 'pilot'",
             file + ":5: error: employee id 'E100' is also on line 2",
             file + ":6: error: start date '01/09/2025' is not a date written YYYY-MM-DD",
         })
        EXPECT_NE(bad.err.find(expected), std::string::npos) << expected << "\n" << bad.err;
    EXPECT_NE(bad.err.find("nothing was imported"), std::string::npos);
    EXPECT_EQ(runIpprimer({"--db", db, "learners", "list", "--all"}).out, "");

    auto skipping = runIpprimer({"--db", db, "learners", "import", file, "--skip-bad-rows"});
    EXPECT_EQ(skipping.exit_code, 0) << skipping.err;
    EXPECT_NE(skipping.out.find("1 added"), std::string::npos) << skipping.out;
    EXPECT_NE(skipping.out.find("5 bad row(s) skipped"), std::string::npos) << skipping.out;

    auto missing = runIpprimer({"--db", db, "learners", "import", folder + "/no-such.csv"});
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_NE(missing.err.find("cannot read"), std::string::npos);
}

TEST_F(CliManager, WrongArgumentsExitWithTwo) {
    const std::vector<std::vector<std::string>> wrong{
        {"learners"},
        {"learners", "import"},
        {"learners", "import", staff("staff.csv"), "--bogus"},
        {"learners", "list", "extra"},
        {"report", "--format", "xml"},
        {"report", "--status", "late"},
        {"report", "--role", "pilot"},
        {"demo-data", "--learners", "10"},
        {"demo-data", "--learners", "0", "--db", "x.db"},
        {"demo-data", "--db", "x.db"},
    };
    for (std::vector<std::string> args : wrong) {
        if (args.front() != "demo-data" && std::find(args.begin(), args.end(), "--db") == args.end()) {
            args.push_back("--db");
            args.push_back(db);
        }
        auto result = runIpprimer(args);
        std::string joined;
        for (const auto& a : args) joined += a + " ";
        EXPECT_EQ(result.exit_code, 2) << joined << "\n" << result.err;
        EXPECT_FALSE(result.err.empty()) << joined;
    }
    EXPECT_FALSE(std::filesystem::exists("x.db")) << "nothing was written for wrong arguments";
    for (const char* command : {"learners", "report", "demo-data"})
        EXPECT_EQ(runIpprimer({command, "--help"}).exit_code, 0) << command;
}

TEST_F(CliManager, ReportsFilterAndEscapeFormulas) {
    write("people.csv",
          "name,employee_id,role,department,start_date\n"
          "=HYPERLINK(\"http://x\"),E1,owner,-Board,2020-01-01\n"
          "Bea Stone,E2,it,IT,2099-01-01\n"
          "Cal Berg,E3,it,IT,\n");
    ASSERT_EQ(runIpprimer({"--db", db, "learners", "import", folder + "/people.csv"}).exit_code, 0);

    auto csv = runIpprimer({"--db", db, "report"});
    EXPECT_EQ(csv.exit_code, 0) << csv.err;
    EXPECT_EQ(lineCount(csv.out), 4) << csv.out;
    EXPECT_TRUE(csv.out.starts_with("employee_id,name,email,role,role_title,department,start_date,status,compliant,due_date"))
        << csv.out;
    EXPECT_NE(csv.out.find("E1,\"'=HYPERLINK(\"\"http://x\"\")\",,owner,Owner or director,'-Board,2020-01-01,overdue,no"),
              std::string::npos)
        << "formula cells are escaped and quoted: " << csv.out;
    EXPECT_NE(csv.out.find("E2,Bea Stone,,it,IT,IT,2099-01-01,not-started,no,2099-01-31"), std::string::npos) << csv.out;

    auto it_only = runIpprimer({"--db", db, "report", "--role", "it", "--format", "json"});
    ASSERT_EQ(it_only.exit_code, 0) << it_only.err;
    const nlohmann::json json = nlohmann::json::parse(it_only.out);
    EXPECT_EQ(json["summary"]["learners"], 2);
    EXPECT_EQ(json["summary"]["not_started"], 2);
    EXPECT_EQ(json["learners"].size(), 2u);
    EXPECT_EQ(json["learners"][0]["name"], "Bea Stone");
    EXPECT_EQ(json["filters"]["role"], "it");

    auto overdue = runIpprimer({"--db", db, "report", "--status", "overdue"});
    EXPECT_EQ(lineCount(overdue.out), 2) << overdue.out;
    auto board = runIpprimer({"--db", db, "report", "--department", "-board"});
    EXPECT_EQ(lineCount(board.out), 2) << "departments match without regard to case";
    auto nobody = runIpprimer({"--db", db, "report", "--department", "Nowhere"});
    EXPECT_EQ(nobody.exit_code, 0);
    EXPECT_EQ(lineCount(nobody.out), 1);
    EXPECT_NE(nobody.err.find("no learner is in department 'Nowhere'"), std::string::npos);

    auto saved = runIpprimer({"--db", db, "report", "--output", folder + "/report.csv"});
    EXPECT_EQ(saved.exit_code, 0) << saved.err;
    std::ifstream in(folder + "/report.csv", std::ios::binary);
    std::ostringstream file;
    file << in.rdbuf();
    EXPECT_EQ(file.str(), csv.out) << "--output writes what would be printed";
}

TEST_F(CliManager, DemoDataFillsANewDatabaseOnlyOnce) {
    auto made = runIpprimer({"demo-data", "--db", db, "--learners", "60", "--seed", "3"});
    ASSERT_EQ(made.exit_code, 0) << made.err;
    EXPECT_NE(made.out.find("Wrote 60 learners"), std::string::npos) << made.out;

    auto json_report = runIpprimer({"--db", db, "report", "--format", "json", "--all"});
    ASSERT_EQ(json_report.exit_code, 0) << json_report.err;
    const nlohmann::json report = nlohmann::json::parse(json_report.out);
    EXPECT_EQ(report["learners"].size(), 60u);
    std::set<std::string> statuses, roles;
    for (const auto& learner : report["learners"]) {
        statuses.insert(learner["status"].get<std::string>());
        roles.insert(learner["role"].get<std::string>());
    }
    EXPECT_GE(statuses.size(), 4u) << "a mix of statuses";
    EXPECT_TRUE(statuses.count("compliant"));
    EXPECT_TRUE(statuses.count("overdue"));
    EXPECT_GE(roles.size(), 4u);

    auto again = runIpprimer({"demo-data", "--db", db, "--learners", "5"});
    EXPECT_EQ(again.exit_code, 1);
    EXPECT_NE(again.err.find("already holds learners"), std::string::npos) << again.err;

    // The same seed makes the same people.
    const std::string other = folder + "/other.db";
    ASSERT_EQ(runIpprimer({"demo-data", "--db", other, "--learners", "60", "--seed", "3"}).exit_code, 0);
    auto names = [](const std::string& database) {
        auto list = runIpprimer({"--db", database, "learners", "list", "--all"});
        std::string first_columns;
        std::istringstream lines(list.out);
        for (std::string line; std::getline(lines, line);) first_columns += line.substr(0, 40) + "\n";
        return first_columns;
    };
    EXPECT_EQ(names(db), names(other));

    auto pin = runIpprimer({"--db", db, "manager-pin"});
    EXPECT_EQ(pin.exit_code, 0);
    EXPECT_NE(pin.out.find("No manager PIN"), std::string::npos);
}

TEST_F(CliManager, ResettingThePinLiftsAPauseAfterWrongPins) {
    {
        ipprimer::store::SqliteStore store{db};
        store.settings().setManagerPin("2468");
        for (int i = 0; i <= ipprimer::store::kFreeWrongPins; ++i) store.settings().noteWrongPin();
        ASSERT_TRUE(store.settings().pinsRefusedUntil());
    }
    auto set = runIpprimer({"--db", db, "manager-pin"});
    EXPECT_NE(set.out.find("A manager PIN is set"), std::string::npos) << set.out;
    auto reset = runIpprimer({"--db", db, "manager-pin", "--reset"});
    ASSERT_EQ(reset.exit_code, 0) << reset.err;
    ipprimer::store::SqliteStore store{db};
    EXPECT_FALSE(store.settings().hasManagerPin());
    EXPECT_FALSE(store.settings().pinsRefusedUntil()) << "the gates take a PIN at once";
    EXPECT_EQ(store.settings().wrongPinsLeftBeforePause(), ipprimer::store::kFreeWrongPins);
}

}  // namespace
