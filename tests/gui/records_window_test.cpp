// Issue 13, items 16 and 17 in a real window: a screenshot never writes to
// the database it is given, and a window whose database is refused shows
// the problem screen instead of vanishing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "picture.h"
#include "process.h"
#include "store/journal.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"
#include "virtual_display.h"

using namespace ipprimer;
using namespace ipprimer::testing;

namespace {

std::string readBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST(GuiRecords, AScreenshotNeverWritesToTheDatabaseItIsGiven) {
    const TempFolder temp("ipprimer-shot-db");
    const std::string db = (temp.path() / "real.db").string();
    {
        store::SqliteStore store(db);
        store.roster().add({"Real Person", "E1", "", "all-staff", ""});
    }
    const std::string before = readBytes(db);
    const auto modified = std::filesystem::last_write_time(db);
    for (const char* view : {"home", "lesson:what-is-ip", "quiz:all-staff"}) {
        const auto shot = runIpprimerOnDisplay({"screenshot", view, (temp.path() / "shot.png").string(), "--db", db});
        EXPECT_EQ(shot.exit_code, 0) << view << ": " << shot.err;
    }
    EXPECT_EQ(readBytes(db), before) << "no 'opened', no 'finished', no attempt";
    EXPECT_EQ(std::filesystem::last_write_time(db), modified);
    EXPECT_FALSE(std::filesystem::exists(db + "-wal"));

    // An empty file stays empty: no sample learner "Alex Martin" in it.
    const std::string empty = (temp.path() / "empty.db").string();
    std::ofstream(empty).close();
    const auto shot = runIpprimerOnDisplay({"screenshot", "home", (temp.path() / "empty.png").string(), "--db", empty});
    EXPECT_EQ(shot.exit_code, 0) << shot.err;
    EXPECT_EQ(std::filesystem::file_size(empty), 0u);
}

TEST(GuiRecords, ARefusedDatabaseShowsTheProblemScreenInTheWindow) {
    const TempFolder temp("ipprimer-refused");
    const std::string dir = temp.path().string();
    const std::string db = dir + "/progress.db";
    std::ofstream(db, std::ios::binary) << std::string(4096, '\x33');

    // The picture a screenshot takes is the problem screen (and the exit code says so).
    const std::string out = dir + "/refused.png";
    const auto shot = runIpprimerOnDisplay({"screenshot", "home", out, "--db", db});
    EXPECT_EQ(shot.exit_code, 1);
    EXPECT_NE(shot.err.find("is not an IP Primer database"), std::string::npos) << shot.err;
    Picture picture;
    ASSERT_TRUE(picture.load(out));
    EXPECT_GT(picture.inkShare(0, 0, picture.width, picture.height), 0.005) << "a screen with words, not a blank";

    // Started as from the desktop: the window opens and stays, instead of
    // the program ending at once with its reason on a stderr nobody reads.
    // Still running after some seconds (ended by `timeout`, exit 124), with
    // the reason on stderr too; however slowly a loaded machine opens it.
    VirtualDisplay display(1280, 1024);
    ASSERT_TRUE(display.ready()) << display.problem();
    const ProcessResult window = run("/usr/bin/timeout", {"8", IPPRIMER_BINARY, "--db", db}, "",
                                     {"DISPLAY=" + display.name(), "HOME=" + dir, "XDG_DATA_HOME=" + dir});
    EXPECT_EQ(window.exit_code, 124) << "the window closed by itself: " << window.err;
    EXPECT_NE(window.err.find("is not an IP Primer database"), std::string::npos) << window.err;
    EXPECT_EQ(readBytes(db), std::string(4096, '\x33')) << "the refused file is left as it was";
}
