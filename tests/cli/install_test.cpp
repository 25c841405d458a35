// `cmake --install` puts the binary, the course, the desktop entry and icons in the
// usual places, and the installed binary finds its course there.
#include <gtest/gtest.h>

#include <filesystem>

#include "process.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::testing;
namespace fs = std::filesystem;

TEST(CliInstall, InstalledBinaryFindsItsCourse) {
    const TempFolder temp("ipprimer-install");
    const std::string prefix = temp.path().string();
    auto install = run("cmake", {"--install", IPPRIMER_BUILD_DIR, "--prefix", prefix});
    ASSERT_EQ(install.exit_code, 0) << install.err;
    EXPECT_TRUE(fs::exists(prefix + "/bin/ipprimer"));
    EXPECT_TRUE(fs::exists(prefix + "/share/ipprimer/content/course.toml"));
    EXPECT_TRUE(fs::exists(prefix + "/share/ipprimer/lessons/kinds-of-ip/trade-secrets.md"));
    EXPECT_TRUE(fs::exists(prefix + "/share/ipprimer/quizzes/kinds-of-ip.gift"));
    EXPECT_TRUE(fs::exists(prefix + "/share/applications/ipprimer.desktop"));
    EXPECT_TRUE(fs::exists(prefix + "/share/icons/hicolor/scalable/apps/ipprimer.svg"));
    EXPECT_TRUE(fs::exists(prefix + "/share/icons/hicolor/48x48/apps/ipprimer.png"));
    EXPECT_TRUE(fs::exists(prefix + "/share/ipprimer/assets/ipprimer-64.png")) << "the window's icon";

    auto check = run(prefix + "/bin/ipprimer", {"check"});
    EXPECT_EQ(check.exit_code, 0) << check.err;
    // It reads the installed copy, not the source tree it was built from.
    EXPECT_EQ(check.out.rfind(fs::canonical(prefix).string() + "/share/ipprimer:", 0), 0u) << check.out;
}
