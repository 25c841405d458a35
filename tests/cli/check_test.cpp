// `ipprimer check` and argument handling, run as a trainer runs them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "process.h"
#include "temp_folder.h"

using ipprimer::testing::runIpprimer;
using ipprimer::testing::TempFolder;

namespace {
std::string fixture(const std::string& name) { return std::string(IPPRIMER_FIXTURES) + "/courses/" + name; }
}  // namespace

TEST(CliCheck, BundledCourseIsClean) {
    auto r = runIpprimer({"check"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "") << "no diagnostics on the bundled course";
    EXPECT_NE(r.out.find("0 errors, 0 warnings"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("7 modules"), std::string::npos) << r.out;
}

TEST(CliCheck, BrokenCourseReportsEveryProblemWithItsPlace) {
    auto r = runIpprimer({"check", "--course", fixture("broken")});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("lessons/basics/bad-links.md:5:"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("error: link to unknown lesson 'no-such-lesson'"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("lessons/basics/untitled.md:1:1: error:"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("content/course.toml:3:"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("warning: lesson file is not reachable"), std::string::npos) << r.err;
    // The summary still counts what loaded.
    EXPECT_NE(r.out.find("2 lessons"), std::string::npos) << r.out;
}

TEST(CliCheck, GlobalOptionsGoBeforeOrAfterTheSubcommand) {
    auto before = runIpprimer({"--course", fixture("mini"), "check"});
    auto after = runIpprimer({"check", "--course", fixture("mini")});
    EXPECT_EQ(before.exit_code, 0) << before.err;
    EXPECT_EQ(after.exit_code, 0) << after.err;
    EXPECT_EQ(before.out, after.out);
    EXPECT_NE(before.out.find("2 lessons"), std::string::npos);
}

TEST(CliArguments, WrongArgumentsExitTwoWithAMessage) {
    auto unknown = runIpprimer({"frobnicate"});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_FALSE(unknown.err.empty());
    auto missing_dir = runIpprimer({"check", "--course", "/no/such/dir"});
    EXPECT_EQ(missing_dir.exit_code, 2);
    EXPECT_NE(missing_dir.err.find("/no/such/dir"), std::string::npos) << missing_dir.err;
    auto screenshot_without_out = runIpprimer({"screenshot", "home"});
    EXPECT_EQ(screenshot_without_out.exit_code, 2);
}

TEST(CliArguments, HelpOnEveryLevel) {
    auto top = runIpprimer({"--help"});
    EXPECT_EQ(top.exit_code, 0);
    EXPECT_NE(top.out.find("check"), std::string::npos);
    EXPECT_NE(top.out.find("screenshot"), std::string::npos);
    auto sub = runIpprimer({"screenshot", "--help"});
    EXPECT_EQ(sub.exit_code, 0);
    EXPECT_NE(sub.out.find("--width"), std::string::npos);
}

TEST(CliDatabase, DamagedOrNewerDatabaseIsRefusedAndLeftUntouched) {
    const TempFolder temp("ipprimer-cli-db");
    const std::string dir = temp.path().string();
    std::string junk = dir + "/progress.db";
    { std::ofstream(junk) << "this is not a database, just a text file\n"; }
    auto before = std::filesystem::file_size(junk);
    // The screenshot command opens the database before it needs a display.
    auto r = runIpprimer({"--db", junk, "screenshot", "home", dir + "/out.png"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("is not an IP Primer database"), std::string::npos) << r.err;
    EXPECT_EQ(std::filesystem::file_size(junk), before);
}

TEST(CliCheck, TheSelfCheckIsCheckedWithTheCourse) {
    auto bundled = runIpprimer({"check"});
    EXPECT_NE(bundled.out.find("self-check: 59 questions, 43 actions"), std::string::npos) << bundled.out;

    const TempFolder temp("ipprimer-check-selfcheck");
    std::filesystem::copy(fixture("mini"), temp.path(), std::filesystem::copy_options::recursive);
    std::ofstream(temp.path() / "content" / "selfcheck.toml") << "[selfcheck]\n"
                                                                 "[[sections]]\nid = \"one\"\ntitle = \"One\"\n"
                                                                 "[[sections.questions]]\nid = \"q\"\nkind = \"yes_no\"\ntext = \"Q?\"\n"
                                                                 "[[actions]]\nid = \"a\"\ntitle = \"A\"\nwhen = \"q = maybe\"\n"
                                                                 "urgency = \"high\"\nwho = [\"everyone\"]\nwhy = \"w\"\n"
                                                                 "this_month = \"m\"\nlesson = \"lesson:first\"\n";
    auto broken = runIpprimer({"check", "--course", temp.path().string()});
    EXPECT_EQ(broken.exit_code, 1);
    EXPECT_NE(broken.err.find("content/selfcheck.toml:12:9: error: 'when': 'q' (yes_no) cannot be 'maybe' (it can be yes, no)"),
              std::string::npos)
        << broken.err;
}
