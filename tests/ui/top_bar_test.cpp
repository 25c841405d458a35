// The top bar in a narrow window and a wide one: every button visible, none
// covering another, the text size and profile at the right end.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "course/course.h"
#include "harness.h"
#include "store/sqlite_store.h"
#include "ui/app.h"

using namespace ipprimer;

namespace {

bool overlap(const ui::ItemRect& a, const ui::ItemRect& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

void expectTidyTopBar(float width, bool syncing = false) {
    ipprimer::testing::HeadlessUi ui(width, 480);
    course::Course course = course::loadCourse(std::string(IPPRIMER_FIXTURES) + "/courses/mini");
    store::SqliteStore store{":memory:"};
    ui::App app{course, store, nullptr};
    app.setFonts(ui.buildFonts());
    app.selectLearner(store.roster().add({"Maximilian Alexander Oberhauser-Lindqvist", "", "", "everyone", ""}));
    if (syncing)
        app.setSyncState([] {
            store::org::BackgroundState state;
            state.kind = store::org::BackgroundState::Kind::Offline;
            state.waiting = 14;
            return state;
        });
    std::function<void()> draw = [&] { app.frame(); };
    ui.settle(draw);
    std::vector<std::string> labels = {"Home", "Search", "Glossary", "Trainer", "Manager", "Theme", "A-", "A+", "Profile"};
    if (syncing) labels.push_back("Sync status");
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const ui::ItemRect* a = ui::findItem(labels[i]);
        ASSERT_NE(a, nullptr) << labels[i];
        EXPECT_LE(a->max.x, width) << labels[i] << " runs off the window " << width << " wide";
        for (std::size_t j = i + 1; j < labels.size(); ++j)
            EXPECT_FALSE(overlap(*a, *ui::findItem(labels[j]))) << labels[i] << " covers " << labels[j] << " at " << width;
    }
    EXPECT_GT(ui::findItem("Profile")->max.x, width - 40) << "the profile ends at the right edge";
}

}  // namespace

TEST(TopBar, NoButtonCoversAnotherInANarrowOrAWideWindow) {
    expectTidyTopBar(640);
    expectTidyTopBar(1280);
}

TEST(TopBar, TheSyncsStateHasItsPlaceBesideTheRest) {
    expectTidyTopBar(640, true);
    expectTidyTopBar(1280, true);
    expectTidyTopBar(1280, false);
    EXPECT_EQ(ui::findItem("Sync status"), nullptr) << "not linked: nothing shown";
}
