// Real windows under Xvfb: screenshots that show something, and an idle
// window that does not burn the processor.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include <unistd.h>

#include "picture.h"
#include "process.h"
#include "temp_folder.h"
#include "store/sqlite_store.h"
#include "virtual_display.h"

using namespace ipprimer;
using namespace ipprimer::testing;

namespace {

std::string shot(const std::string& dir, const std::string& view, const std::vector<std::string>& extra = {}) {
    std::string out = dir + "/" + std::to_string(std::hash<std::string>{}(view)) + ".png";
    std::vector<std::string> args = {"screenshot", view, out};
    args.insert(args.end(), extra.begin(), extra.end());
    auto r = runIpprimerOnDisplay(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return out;
}

}  // namespace

TEST(GuiScreenshot, HomeHasTheRequestedSizeAndText) {
    const TempFolder temp("ipprimer-gui");
    const std::string dir = temp.path().string();
    Picture p;
    ASSERT_TRUE(p.load(shot(dir, "home", {"--width", "1100", "--height", "700"})));
    EXPECT_EQ(p.width, 1100);
    EXPECT_EQ(p.height, 700);
    double ink = p.inkShare(0, 0, p.width, p.height);
    EXPECT_GT(ink, 0.01) << "text is drawn";
    EXPECT_LT(ink, 0.5) << "not a dark or garbage frame";
}

TEST(GuiScreenshot, LessonShowsTextAndTheTable) {
    const TempFolder temp("ipprimer-gui");
    const std::string dir = temp.path().string();
    Picture p;
    ASSERT_TRUE(p.load(shot(dir, "lesson:comparing-ip-rights", {"--height", "1000"})));
    // The reading column in the middle carries text; the far right margin does not.
    EXPECT_GT(p.inkShare(p.width / 3, 100, p.width * 5 / 6, p.height - 60), 0.02);
    EXPECT_LT(p.inkShare(p.width - 60, 120, p.width - 30, p.height - 60), 0.05);
}

TEST(GuiScreenshot, AnyMarkdownFileRenders) {
    const TempFolder temp("ipprimer-gui");
    const std::string dir = temp.path().string();
    Picture p;
    ASSERT_TRUE(p.load(shot(dir, "file:" + std::string(IPPRIMER_FIXTURES) + "/markdown/all-features.md")));
    EXPECT_GT(p.inkShare(0, 0, p.width, p.height), 0.01);
}

TEST(GuiScreenshot, LargerTextScaleDrawsLargerText) {
    const TempFolder temp("ipprimer-gui");
    const std::string dir = temp.path().string();
    std::string db = dir + "/progress.db";
    Picture normal, large;
    ASSERT_TRUE(normal.load(shot(dir, "glossary", {"--db", db})));
    // The remembered text scale is a setting in the database; raise it and shoot again.
    ipprimer::store::SqliteStore(db).settings().set("text_scale", "1.6");
    std::string out2 = dir + "/large.png";
    auto r2 = runIpprimerOnDisplay({"screenshot", "glossary", out2, "--db", db});
    ASSERT_EQ(r2.exit_code, 0) << r2.err;
    ASSERT_TRUE(large.load(out2));
    int h_normal = normal.tallestGlyphRun(40, 60, normal.width - 40, normal.height);
    int h_large = large.tallestGlyphRun(40, 60, large.width - 40, large.height);
    EXPECT_GT(h_large, h_normal);
}

TEST(GuiScreenshot, SearchShowsItsAnswersInLinkBlue) {
    const TempFolder temp("ipprimer-gui");
    const std::string dir = temp.path().string();
    Picture found, nothing;
    ASSERT_TRUE(found.load(shot(dir, "search:nda supplier")));
    ASSERT_TRUE(nothing.load(shot(dir, "search:zzzzqx")));
    // Each answer's question is a link: blue text appears only when something is found.
    EXPECT_GT(found.near(20, 90, 190), 200) << "links to the questions found";
    EXPECT_LT(nothing.near(20, 90, 190), found.near(20, 90, 190) / 4) << "only the glossary link";
    EXPECT_GT(found.inkShare(), nothing.inkShare());
}

TEST(GuiScreenshot, UnknownViewOrLessonIsAClearError) {
    const TempFolder temp("ipprimer-gui");
    const std::string dir = temp.path().string();
    auto bad_view = runIpprimerOnDisplay({"screenshot", "nowhere", dir + "/x.png"});
    EXPECT_EQ(bad_view.exit_code, 2);
    EXPECT_NE(bad_view.err.find("unknown view 'nowhere'"), std::string::npos) << bad_view.err;
    auto bad_lesson = runIpprimerOnDisplay({"screenshot", "lesson:no-such-lesson", dir + "/x.png"});
    EXPECT_EQ(bad_lesson.exit_code, 1);
    EXPECT_NE(bad_lesson.err.find("no lesson 'no-such-lesson'"), std::string::npos) << bad_lesson.err;
}

namespace {
// CPU time (user + system, in clock ticks) of a process and its children so far.
long cpuTicks(pid_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), {});
    auto close = text.rfind(')');
    if (close == std::string::npos) return -1;
    std::istringstream fields(text.substr(close + 2));
    std::string f;
    long utime = 0, stime = 0;
    for (int i = 3; fields >> f; ++i) {
        if (i == 14) utime = std::stol(f);
        if (i == 15) {
            stime = std::stol(f);
            break;
        }
    }
    return utime + stime;
}

}  // namespace

TEST(GuiIdle, AnUntouchedWindowUsesUnderTwoPercentOfACore) {
    const TempFolder temp("ipprimer-idle");
    const std::string dir = temp.path().string();
    std::string db = dir + "/progress.db";
    // Our own X server, so the binary's process can be found and measured alone.
    VirtualDisplay display(1280, 1024);
    ASSERT_TRUE(display.ready()) << display.problem();

    BackgroundIpprimer app({"--db", db}, {"DISPLAY=" + display.name(), "HOME=" + dir, "XDG_DATA_HOME=" + dir});
    ASSERT_GT(app.pid(), 0) << "the binary did not start";

    // Measured from a second after the window appeared: start-up (fonts,
    // course) is not idling, however slow a loaded machine makes it.
    ASSERT_FALSE(waitForWindow(display.name(), "IP Primer", 30).empty()) << "no window appeared";
    std::this_thread::sleep_for(std::chrono::seconds(1));
    long start = cpuTicks(app.pid());
    ASSERT_TRUE(app.running() && start >= 0) << "the window did not stay open";
    std::this_thread::sleep_for(std::chrono::seconds(5));
    long used = cpuTicks(app.pid()) - start;
    double seconds = static_cast<double>(used) / static_cast<double>(sysconf(_SC_CLK_TCK));
    EXPECT_LT(seconds / 5.0, 0.02) << "CPU share while idle: " << seconds / 5.0;
}
