// The running window carries the program's icon, so a trainer finds it in
// the task bar among the browser and the slides.
#include <gtest/gtest.h>

#include <set>

#include "process.h"
#include "temp_folder.h"
#include "virtual_display.h"

using namespace ipprimer;
using namespace ipprimer::testing;

TEST(GuiWindow, TheWindowHasTheProgramsIconInEverySize) {
    const TempFolder temp("ipprimer-icon");
    VirtualDisplay display(1280, 1024);
    ASSERT_TRUE(display.ready()) << display.problem();
    BackgroundIpprimer app({"--db", (temp.path() / "progress.db").string()},
                           {"DISPLAY=" + display.name(), "XDG_DATA_HOME=" + temp.path().string()});
    ASSERT_GT(app.pid(), 0);

    const std::string id = waitForWindow(display.name(), "IP Primer");
    ASSERT_FALSE(id.empty()) << "no window titled IP Primer appeared";

    // xprop draws each size of _NET_WM_ICON under a heading "Icon (W x H):".
    auto icon = run("xprop", {"-display", display.name(), "-id", id, "-notype", "_NET_WM_ICON"});
    ASSERT_EQ(icon.exit_code, 0) << icon.err;
    ASSERT_EQ(icon.out.find("not found"), std::string::npos) << "the window has no icon: " << icon.out;
    std::set<int> sizes;
    for (int size : {16, 32, 48, 64, 128})
        if (icon.out.find("Icon (" + std::to_string(size) + " x " + std::to_string(size) + ")") != std::string::npos)
            sizes.insert(size);
    EXPECT_EQ(sizes, (std::set<int>{16, 32, 48, 64, 128})) << icon.out.substr(0, 400);
}
