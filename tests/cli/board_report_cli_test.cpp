// `ipprimer report --format pdf`: the board report of the filtered learners
// on one page, read back with pdftotext; it needs a file to go to.
#include <gtest/gtest.h>

#include "pdf_text.h"
#include "process.h"
#include "temp_folder.h"

using ipprimer::testing::TempFolder;
using ipprimer::testing::commandOutput;
using ipprimer::testing::runIpprimer;

TEST(BoardReportCli, APdfOfTheFilteredLearnersOnOnePage) {
    const TempFolder temp("ipprimer-board-cli");
    const std::string db = (temp.path() / "progress.db").string();
    ASSERT_EQ(runIpprimer({"--db", db, "demo-data", "--learners", "40"}).exit_code, 0);
    const std::string pdf = (temp.path() / "board.pdf").string();
    auto made = runIpprimer({"--db", db, "report", "--format", "pdf", "--role", "rnd", "-o", pdf});
    ASSERT_EQ(made.exit_code, 0) << made.err;
    EXPECT_NE(made.err.find("Wrote the board report to " + pdf), std::string::npos) << made.err;
    EXPECT_NE(commandOutput("pdfinfo '" + pdf + "'").find("Pages:           1"), std::string::npos);
    const std::string text = commandOutput("pdftotext '" + pdf + "' -");
    for (const char* part : {"Training in IP and confidentiality", "Role: R&D and engineering", "compliant",
                             "Compliance over the last twelve months", "Compliant by department", "Compliant by role",
                             "Topics the team gets wrong"})
        EXPECT_NE(text.find(part), std::string::npos) << "missing: " << part << "\n" << text;

    auto to_stdout = runIpprimer({"--db", db, "report", "--format", "pdf"});
    EXPECT_EQ(to_stdout.exit_code, 1);
    EXPECT_NE(to_stdout.err.find("needs a file: add -o FILE.pdf"), std::string::npos) << to_stdout.err;
    EXPECT_TRUE(to_stdout.out.empty()) << "no PDF bytes on a terminal";
}
