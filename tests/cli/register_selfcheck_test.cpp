// `register import|export|due` and `selfcheck report` run as a manager runs
// them: FILE:line messages and exit codes, nothing written while a row is
// bad, the export read back, the dates due, and the report as PDF and Markdown.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "process.h"
#include "temp_folder.h"

using ipprimer::testing::TempFolder;
using ipprimer::testing::runIpprimer;

namespace {

// YYYY-MM-DD, `days` from today in the machine's time zone (the program's "today").
std::string fromToday(int days) {
    std::time_t now = std::time(nullptr) + static_cast<std::time_t>(days) * 86400;
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", std::localtime(&now));
    return text;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct CliRegister : ::testing::Test {
    const TempFolder temp{"ipprimer-register-cli"};
    const std::string folder = temp.path().string();
    const std::string db = folder + "/progress.db";

    std::string write(const std::string& name, const std::string& text) {
        const std::string path = folder + "/" + name;
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }
    void SetUp() override {
        const std::string staff = write("staff.csv", "name,employee_id,role\nBrigid Brennan,E-1,owner\nTom Wu,E-2,rnd\n");
        ASSERT_EQ(runIpprimer({"--db", db, "learners", "import", staff}).exit_code, 0);
    }
};

}  // namespace

TEST_F(CliRegister, ImportWaitsForEveryRowToBeRightThenExportsTheSameColumns) {
    const std::string bad = write("bad.csv",
                                  "Title;KIND;renewal_date;countries\n"
                                  "BRENNAN;trademark;" + fromToday(10) + ";GB\n"
                                  "Clamp;patent;03/05/2031;\n"
                                  "Tin;design;;UK\n");
    auto refused = runIpprimer({"--db", db, "register", "import", bad, "--by", "E-1"});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_NE(refused.err.find(bad + ":3: error: 'renewal_date' must be a date written YYYY-MM-DD, not '03/05/2031'"),
              std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find(bad + ":4: error: 'UK' is not a country code; the United Kingdom is GB"), std::string::npos);
    EXPECT_NE(refused.err.find("2 errors in 2 rows; nothing was imported"), std::string::npos) << refused.err;
    EXPECT_EQ(runIpprimer({"--db", db, "register", "due"}).out, "") << "nothing was imported";

    const std::string good = write("good.csv",
                                   "Title;KIND;renewal_date;countries;owner\n"
                                   "BRENNAN;trademark;" + fromToday(10) + ";GB;Brennan Machine Tools Ltd\n"
                                   "Clamp;patent;" + fromToday(90) + ";;\n"
                                   "Old tin;design;" + fromToday(91) + ";;\n");
    auto dry = runIpprimer({"--db", db, "register", "import", good, "--dry-run"});
    EXPECT_EQ(dry.exit_code, 0) << dry.err;
    EXPECT_NE(dry.out.find("2\tadd\ttrademark\tBRENNAN\n"), std::string::npos) << dry.out;
    EXPECT_NE(dry.out.find("3 to add, 0 to update, 0 unchanged. Nothing was written."), std::string::npos) << dry.out;

    auto nobody = runIpprimer({"--db", db, "register", "import", good});
    EXPECT_EQ(nobody.exit_code, 2);
    EXPECT_NE(nobody.err.find("say who is importing with --by"), std::string::npos) << nobody.err;
    auto stranger = runIpprimer({"--db", db, "register", "import", good, "--by", "Mallory"});
    EXPECT_EQ(stranger.exit_code, 2);
    EXPECT_NE(stranger.err.find("nobody on the staff list is named or numbered 'Mallory'"), std::string::npos);

    auto imported = runIpprimer({"--db", db, "register", "import", good, "--by", "brigid brennan"});
    EXPECT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_NE(imported.out.find("3 added, 0 updated, 0 unchanged"), std::string::npos) << imported.out;
    auto again = runIpprimer({"--db", db, "register", "import", good, "--by", "E-1"});
    EXPECT_NE(again.out.find("0 added, 0 updated, 3 unchanged"), std::string::npos) << again.out;

    auto csv = runIpprimer({"--db", db, "register", "export"});
    EXPECT_EQ(csv.exit_code, 0) << csv.err;
    EXPECT_TRUE(csv.out.starts_with("kind,title,owner,countries,application_number,registration_number,filing_date,"
                                    "renewal_date,expiry_date,status,responsible,products,notes,kept_where,access\r\n"))
        << csv.out;
    EXPECT_NE(csv.out.find("trademark,BRENNAN,Brennan Machine Tools Ltd,GB,,," ), std::string::npos) << csv.out;
    // The export imports again as the same register.
    const std::string exported = write("exported.csv", csv.out);
    auto round_trip = runIpprimer({"--db", db, "register", "import", exported, "--dry-run"});
    EXPECT_NE(round_trip.out.find("0 to add, 0 to update, 3 unchanged"), std::string::npos) << round_trip.out;

    auto json = runIpprimer({"--db", db, "register", "export", "--format", "json", "--output", folder + "/r.json"});
    EXPECT_EQ(json.exit_code, 0) << json.err;
    EXPECT_NE(readFile(folder + "/r.json").find("\"title\": \"Old tin\""), std::string::npos);
    struct stat info {};
    ASSERT_EQ(stat((folder + "/r.json").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u) << "the register is the company's confidential list";
    EXPECT_EQ(runIpprimer({"--db", db, "register", "export", "--format", "xml"}).exit_code, 2);
}

TEST_F(CliRegister, DueListsDatesFromTodayToTheLastDaySoonestFirst) {
    const std::string file = write("r.csv", "kind,title,renewal_date,expiry_date\n"
                                            "domain,brennan-tools.com," + fromToday(12) + ",\n"
                                            "trademark,BRENNAN," + fromToday(0) + ",\n"
                                            "licence_in,Simulation software,," + fromToday(30) + "\n"
                                            "patent,Clamp," + fromToday(-1) + ",\n"
                                            "design,Housing," + fromToday(120) + ",\n");
    ASSERT_EQ(runIpprimer({"--db", db, "register", "import", file, "--by", "E-1"}).exit_code, 0);
    auto due = runIpprimer({"--db", db, "register", "due"});
    EXPECT_EQ(due.exit_code, 0) << due.err;
    EXPECT_EQ(due.out, fromToday(0) + "\ttrademark\tBRENNAN\n" + fromToday(12) + "\tdomain\tbrennan-tools.com\n" +
                           fromToday(30) + "\tlicence_in\tSimulation software\n");
    EXPECT_EQ(runIpprimer({"--db", db, "register", "due", "--within", "12"}).out,
              fromToday(0) + "\ttrademark\tBRENNAN\n" + fromToday(12) + "\tdomain\tbrennan-tools.com\n");
    EXPECT_EQ(runIpprimer({"--db", db, "register", "due", "--within", "120"}).out.find("Housing") != std::string::npos, true);
    EXPECT_EQ(runIpprimer({"--db", db, "register", "due", "--within", "-1"}).exit_code, 2);
}

TEST_F(CliRegister, TheSelfCheckReportAsPdfAndMarkdown) {
    auto none = runIpprimer({"--db", db, "selfcheck", "report", "--out", folder + "/r.pdf"});
    EXPECT_EQ(none.exit_code, 1);
    EXPECT_NE(none.err.find("nobody has taken the self-check"), std::string::npos) << none.err;
    EXPECT_EQ(runIpprimer({"--db", db, "selfcheck", "report", "--out", folder + "/r.txt"}).exit_code, 2);

    // The demo company has taken it twice.
    const std::string demo = folder + "/demo.db";
    ASSERT_EQ(runIpprimer({"--db", demo, "demo-data", "--learners", "40"}).exit_code, 0);
    auto md = runIpprimer({"--db", demo, "selfcheck", "report", "--out", folder + "/report.md"});
    EXPECT_EQ(md.exit_code, 0) << md.err;
    const std::string text = readFile(folder + "/report.md");
    EXPECT_NE(text.find("**Brennan Machine Tools Ltd**"), std::string::npos) << text;
    EXPECT_NE(text.find("## Since the last self-check ("), std::string::npos);
    EXPECT_NE(text.find("- **Done:** Name one person to look after the company's IP"), std::string::npos);
    EXPECT_NE(text.find("### 1. "), std::string::npos);

    auto pdf = runIpprimer({"--db", demo, "selfcheck", "report", "--out", folder + "/report.pdf"});
    EXPECT_EQ(pdf.exit_code, 0) << pdf.err;
    const auto read = ipprimer::testing::run("pdftotext", {folder + "/report.pdf", "-"});
    EXPECT_EQ(read.exit_code, 0);
    EXPECT_NE(read.out.find("Since the last self-check"), std::string::npos) << read.out;
    EXPECT_NE(read.out.find("Brennan Machine Tools Ltd"), std::string::npos);

    // The demo register is there too, with dates due.
    auto due = runIpprimer({"--db", demo, "register", "due"});
    EXPECT_NE(due.out.find("\tdomain\tbrennan-tools.com\n"), std::string::npos) << due.out;
}
