// A page longer than the window: it scrolls under a top bar that stays, and a
// scroll bar says that it goes on (home with a long curriculum, the profiles
// of a whole company).
#include <gtest/gtest.h>
#include <imgui_internal.h>

#include <string>

#include "course/course.h"
#include "harness.h"
#include "store/store.h"
#include "store/sqlite_store.h"
#include "ui/app.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

constexpr float kWidth = 1280, kHeight = 720;

// The scrolling page under the top bar: a child window of the app's window.
const ImGuiWindow* pageWindow() {
    for (const ImGuiWindow* window : GImGui->Windows)
        if (window->Active && std::string(window->Name).starts_with("IP Primer/page")) return window;
    return nullptr;
}

struct PageScroll : ::testing::Test {
    HeadlessUi ui{kWidth, kHeight};
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::SqliteStore store{":memory:"};
    std::unique_ptr<ui::App> app;
    std::function<void()> draw = [this] { app->frame(); };

    void start() {
        app = std::make_unique<ui::App>(course, store, nullptr);
        app->setFonts(ui.buildFonts());
        ui.settle(draw);
    }

    // Scrolls the page down by wheel notches, with the pointer over it.
    void scrollDown(int notches) {
        for (int i = 0; i < notches; ++i) ui.wheel(-1, ImVec2(kWidth / 2, kHeight / 2), draw);
        ui.settle(draw);
    }
};

}  // namespace

TEST_F(PageScroll, ThreeHundredProfilesScrollUnderTheTopBarToCreateProfile) {
    for (int i = 0; i < 300; ++i)
        store.roster().add({"Learner " + std::to_string(i), "E" + std::to_string(i), "", "it", "Sales"});
    start();
    ASSERT_EQ(app->screen(), ui::Screen::Profiles);
    const ImGuiWindow* page = pageWindow();
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->ScrollbarY) << "a scroll bar shows that the page goes on";
    const float search_y = ui::findItem("Search")->min.y;

    scrollDown(30);
    const ui::ItemRect* create = ui::findItem("Create profile");
    ASSERT_NE(create, nullptr);
    EXPECT_LE(create->max.y, kHeight) << "Create profile can be scrolled into view";
    EXPECT_GT(pageWindow()->Scroll.y, 0.0f);
    EXPECT_EQ(ui::findItem("Search")->min.y, search_y) << "the top bar stays where it was";
    EXPECT_LT(search_y, create->min.y);
}

TEST_F(PageScroll, HomeScrollsBelowTheTopBarAndEachScreenKeepsItsPlace) {
    app = nullptr;
    const std::int64_t me = store.roster().add({"Dana Test", "", "", "it", ""});
    start();
    app->selectLearner(me);
    ui.settle(draw);
    const ImGuiWindow* page = pageWindow();
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->ScrollbarY) << "22 lessons do not fit in 720 pixels";
    const float home_y = ui::findItem("Home")->min.y;
    scrollDown(10);
    const float scrolled = pageWindow()->Scroll.y;
    EXPECT_GT(scrolled, 0.0f);
    EXPECT_EQ(ui::findItem("Home")->min.y, home_y) << "the top bar does not scroll away";

    // The glossary opens at its top; home is where it was left.
    ASSERT_TRUE(ui.click("Glossary", draw));
    EXPECT_EQ(pageWindow()->Scroll.y, 0.0f);
    ASSERT_TRUE(ui.click("Home", draw));
    ui.settle(draw);
    EXPECT_EQ(pageWindow()->Scroll.y, scrolled);
}
