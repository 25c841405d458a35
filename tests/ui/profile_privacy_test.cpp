// The start screen on a shared computer: nobody's name is listed to whoever
// walks by; a learner finds their profile by typing part of their name or
// their whole employee id, may guard it with a PIN of their own (hashed,
// wrong ones paused like the manager's), and may ask to be offered.
#include <gtest/gtest.h>

#include "course/course.h"
#include "harness.h"
#include "store/sqlite_store.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/learner_detail_view.h"
#include "ui/profile_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

constexpr std::int64_t kNow = 1'741'608'000'000;  // 2025-03-10 12:00 UTC

struct Privacy : ::testing::Test {
    HeadlessUi ui;
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::SqliteStore store{":memory:"};
    std::int64_t now = kNow;
    ui::App app{course, store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };
    std::int64_t dana = 0, daniel = 0, kim = 0;

    void SetUp() override {
        store.setClock([this] { return now; });
        dana = store.roster().add({"Dana Test", "E100", "", "everyone", "Sales"});
        daniel = store.roster().add({"Daniel Smith", "E200", "", "everyone", ""});
        kim = store.roster().add({"Kim Park", "E300", "", "everyone", ""});
        app.setFonts(ui.buildFonts());
        app.navigate(ui::Screen::Profiles);
        ui.settle(draw);
    }

    void find(const std::string& typed) {
        ASSERT_TRUE(ui.replaceText("Find your name", typed, draw));
        ui.settle(draw);
    }

    void setOwnPin(const std::string& pin) {
        app.navigate(ui::Screen::Profiles);
        ui.settle(draw);
        ASSERT_TRUE(ui.click(ui.has("Change my PIN") ? "Change my PIN" : "Protect it with a PIN", draw));
        ui.settle(draw);
        ASSERT_TRUE(ui.replaceText("New PIN", pin, draw));
        ASSERT_TRUE(ui.replaceText("New PIN again", pin, draw));
        ASSERT_TRUE(ui.click("Save my PIN", draw));
        ui.settle(draw);
    }

    void signOut() {
        app.navigate(ui::Screen::Profiles);
        ui.settle(draw);
        ASSERT_TRUE(ui.click("Sign out", draw));
        ui.settle(draw);
        ASSERT_FALSE(app.learner().has_value());
    }

    void typePin(const std::string& pin) {
        ASSERT_TRUE(ui.replaceText("Profile PIN", pin, draw));
        ASSERT_TRUE(ui.click("Open my profile", draw));
        ui.settle(draw);
    }
};

TEST_F(Privacy, NoNameIsListedUntilEnoughIsTyped) {
    EXPECT_FALSE(ui.has("Dana Test"));
    EXPECT_FALSE(ui.has("Daniel Smith"));
    EXPECT_FALSE(ui.has("Kim Park"));
    find("Da");
    EXPECT_FALSE(ui.has("Dana Test")) << "two letters list nobody";
    find("dan");
    EXPECT_TRUE(ui.has("Dana Test"));
    EXPECT_TRUE(ui.has("Daniel Smith"));
    EXPECT_FALSE(ui.has("Kim Park"));
    find("E30");
    EXPECT_FALSE(ui.has("Kim Park")) << "an employee id matches only whole";
    find("e300");
    EXPECT_TRUE(ui.has("Kim Park"));
    ASSERT_TRUE(ui.click("Kim Park", draw));
    EXPECT_EQ(app.screen(), ui::Screen::Home);
    EXPECT_EQ(app.learner(), kim);
}

TEST_F(Privacy, AProfileWithItsOwnPinOpensOnlyWithIt) {
    app.selectLearner(dana);
    setOwnPin("2468");
    ASSERT_TRUE(store.settings().hasLearnerPin(dana));
    const std::string stored = store.settings().value("learner_pin_hash:" + std::to_string(dana)).value_or("");
    EXPECT_TRUE(stored.starts_with("$argon2id$")) << "hashed like the manager's PIN, never kept as typed";
    signOut();

    find("Dana");
    ASSERT_TRUE(ui.click("Dana Test", draw));
    ui.settle(draw);
    EXPECT_FALSE(app.learner().has_value()) << "not before the PIN";
    EXPECT_FALSE(ui.has("Find your name")) << "only the PIN is asked";
    typePin("1111");
    EXPECT_FALSE(app.learner().has_value());
    EXPECT_TRUE(ui.has("Profile PIN"));
    typePin("2468");
    EXPECT_EQ(app.learner(), dana);
    EXPECT_EQ(app.screen(), ui::Screen::Home);

    // Another learner without a PIN opens as before.
    signOut();
    find("Daniel");
    ASSERT_TRUE(ui.click("Daniel Smith", draw));
    EXPECT_EQ(app.learner(), daniel);
}

TEST_F(Privacy, WrongProfilePinsPauseLikeTheManagersAndTheRightOneWorksAfter) {
    store.settings().setLearnerPin(dana, "2468");
    find("Dana");
    ASSERT_TRUE(ui.click("Dana Test", draw));
    ui.settle(draw);
    for (int i = 0; i <= store::kFreeWrongPins; ++i) typePin("1111");
    ASSERT_TRUE(store.settings().pinsRefusedUntil().has_value()) << "the shared count of wrong PINs paused the gates";
    typePin("2468");
    EXPECT_FALSE(app.learner().has_value()) << "even the right PIN waits for the pause";
    now += store::kFirstPauseMs + 1000;
    typePin("2468");
    EXPECT_EQ(app.learner(), dana);
}

TEST_F(Privacy, ThePinIsChangedAndRemovedOnTheProfileAndAManagerCanRemoveIt) {
    app.selectLearner(dana);
    setOwnPin("2468");
    setOwnPin("97531");
    EXPECT_FALSE(store.settings().checkLearnerPin(dana, "2468"));
    EXPECT_TRUE(store.settings().checkLearnerPin(dana, "97531"));
    ASSERT_TRUE(ui.click("Remove my PIN", draw));
    EXPECT_FALSE(store.settings().hasLearnerPin(dana));

    // A forgotten PIN: the manager removes it on the learner's record.
    store.settings().setLearnerPin(dana, "2468");
    app.unlockWithoutPin(ui::Area::Manager, "Maria Keller");
    app.view<ui::LearnerDetailView>().setLearner(dana);
    app.navigate(ui::Screen::LearnerRecord);
    ui.settle(draw);
    ASSERT_TRUE(ui.click("Remove their profile PIN", draw));
    EXPECT_FALSE(store.settings().hasLearnerPin(dana));
}

TEST_F(Privacy, ALearnerWhoAsksIsOfferedOnTheStartScreen) {
    app.selectLearner(dana);
    app.navigate(ui::Screen::Profiles);
    ui.settle(draw);
    ASSERT_TRUE(ui.click("Offer my name", draw));
    signOut();
    EXPECT_TRUE(ui.has("Dana Test")) << "offered without typing";
    EXPECT_FALSE(ui.has("Daniel Smith")) << "only who asked";
    ASSERT_TRUE(ui.click("Dana Test", draw));
    EXPECT_EQ(app.learner(), dana);

    app.navigate(ui::Screen::Profiles);
    ui.settle(draw);
    ASSERT_TRUE(ui.click("Offer my name", draw));  // and asks no more
    signOut();
    EXPECT_FALSE(ui.has("Dana Test"));
}

}  // namespace
