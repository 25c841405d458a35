// One sitting at the trainer's and the manager's areas: the manager's PIN,
// typed once, opens both; a trainer PIN of its own opens only the trainer's;
// leaving both areas or Lock ends the sitting; and idle minutes (the store's
// clock, no sleeping) lock both and return home.
#include <gtest/gtest.h>

#include "course/course.h"
#include "harness.h"
#include "store/sqlite_store.h"
#include "store/store.h"
#include "ui/app.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

constexpr std::int64_t kNow = 1'741'608'000'000;  // 2025-03-10 12:00 UTC
constexpr std::int64_t kMinute = 60'000;

struct Sitting : ::testing::Test {
    HeadlessUi ui;
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::SqliteStore store{":memory:"};
    std::int64_t now = kNow;
    ui::App app{course, store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };
    std::int64_t dana = 0;

    void SetUp() override {
        store.setClock([this] { return now; });
        store.settings().setManagerPin("2468");
        dana = store.roster().add({"Dana Test", "E100", "", "everyone", ""});
        app.setFonts(ui.buildFonts());
        app.selectLearner(dana);
        ui.settle(draw);
    }

    void typeInto(const std::string& label, const std::string& text) {
        ASSERT_TRUE(ui.replaceText(label, text, draw)) << label;
    }
    void openWith(const char* area, const std::string& pin) {
        ASSERT_TRUE(ui.click(area, draw));
        ui.settle(draw);
        typeInto("PIN", pin);
        if (ui.has("Your name")) typeInto("Your name", "Maria Keller");
        ASSERT_TRUE(ui.click("Open", draw));
        ui.settle(draw);
    }
};

TEST_F(Sitting, TheManagersPinOpensBothAreasOnce) {
    openWith("Manager", "2468");
    ASSERT_TRUE(app.unlocked(ui::Area::Manager));
    ASSERT_TRUE(ui.click("Trainer", draw));
    ui.settle(draw);
    EXPECT_EQ(app.screen(), ui::Screen::Trainer);
    EXPECT_TRUE(app.unlocked(ui::Area::Trainer)) << "no second PIN";
    EXPECT_FALSE(ui.has("PIN"));
    ASSERT_TRUE(ui.click("Manager", draw));
    ui.settle(draw);
    EXPECT_EQ(app.screen(), ui::Screen::Manager);
    EXPECT_TRUE(app.unlocked(ui::Area::Manager)) << "moving back asks for nothing";

    // Leaving both areas ends the sitting.
    ASSERT_TRUE(ui.click("Home", draw));
    ui.settle(draw);
    EXPECT_FALSE(app.unlocked(ui::Area::Manager));
    EXPECT_FALSE(app.unlocked(ui::Area::Trainer));
    ASSERT_TRUE(ui.click("Trainer", draw));
    ui.settle(draw);
    EXPECT_TRUE(ui.has("PIN")) << "a new sitting asks again";
}

TEST_F(Sitting, TheManagersPinTypedForTheTrainerAsksOnlyForTheName) {
    openWith("Trainer", "2468");
    ASSERT_TRUE(app.unlocked(ui::Area::Trainer));
    ASSERT_TRUE(ui.click("Manager", draw));
    ui.settle(draw);
    EXPECT_FALSE(app.unlocked(ui::Area::Manager)) << "the name is still wanted for the records";
    EXPECT_FALSE(ui.has("PIN"));
    ASSERT_TRUE(ui.has("Your name"));
    typeInto("Your name", "Pat Manager");
    ASSERT_TRUE(ui.click("Open", draw));
    ui.settle(draw);
    EXPECT_TRUE(app.unlocked(ui::Area::Manager));
    EXPECT_EQ(app.gate(ui::Area::Manager)->who(), "Pat Manager");
}

TEST_F(Sitting, ATrainersOwnPinOpensOnlyTheTrainersArea) {
    store.settings().setTrainerPin("1357");
    openWith("Trainer", "1357");
    ASSERT_TRUE(app.unlocked(ui::Area::Trainer));
    ASSERT_TRUE(ui.click("Manager", draw));
    ui.settle(draw);
    EXPECT_FALSE(app.unlocked(ui::Area::Manager));
    EXPECT_TRUE(ui.has("PIN")) << "the manager's PIN is asked";
    EXPECT_TRUE(app.unlocked(ui::Area::Trainer)) << "the trainer's area stays open meanwhile";
}

TEST_F(Sitting, LockEndsTheSittingForBothAreas) {
    openWith("Manager", "2468");
    ASSERT_TRUE(ui.click("Trainer", draw));
    ui.settle(draw);
    ASSERT_TRUE(app.unlocked(ui::Area::Trainer));
    ASSERT_TRUE(ui.click("Lock", draw));
    ui.settle(draw);
    EXPECT_FALSE(app.unlocked(ui::Area::Trainer));
    EXPECT_FALSE(app.unlocked(ui::Area::Manager));
}

TEST_F(Sitting, IdleMinutesLockBothAreasAndReturnHome) {
    app.setIdleLockMinutes(10);
    openWith("Manager", "2468");
    ASSERT_TRUE(ui.click("Trainer", draw));
    ui.settle(draw);
    now += 9 * kMinute;
    ui.settle(draw);
    EXPECT_TRUE(app.unlocked(ui::Area::Trainer)) << "nine minutes are not ten";
    // Input starts the minutes again.
    ASSERT_TRUE(ui.click("Plan a session", draw));
    now += 9 * kMinute;
    ui.settle(draw);
    EXPECT_TRUE(app.unlocked(ui::Area::Trainer));
    now += 1 * kMinute;
    ui.settle(draw);
    EXPECT_FALSE(app.unlocked(ui::Area::Trainer));
    EXPECT_FALSE(app.unlocked(ui::Area::Manager));
    EXPECT_EQ(app.screen(), ui::Screen::Home);
    EXPECT_EQ(app.learner(), dana) << "a learner without a PIN of their own stays";
    EXPECT_NE(app.statusMessage().find("idle"), std::string::npos) << app.statusMessage();
}

TEST_F(Sitting, IdleMinutesSignOutALearnerWithTheirOwnPin) {
    store.settings().setLearnerPin(dana, "8642");
    app.selectLearner(dana);
    ui.settle(draw);
    now += 10 * kMinute;
    ui.settle(draw);
    EXPECT_FALSE(app.learner().has_value());
    EXPECT_EQ(app.screen(), ui::Screen::Profiles);
}

TEST_F(Sitting, TheIdleMinutesAreRememberedAndZeroNeverLocks) {
    app.setIdleLockMinutes(3);
    ui::App later{course, store, nullptr};
    EXPECT_EQ(later.idleLockMinutes(), 3);
    app.setIdleLockMinutes(0);
    openWith("Manager", "2468");
    now += 600 * kMinute;
    ui.settle(draw);
    EXPECT_TRUE(app.unlocked(ui::Area::Manager));
}

}  // namespace
