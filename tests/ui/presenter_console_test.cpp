// The presenter's console, driven headless in a second ImGui context as the
// platform gives it a window of its own: the trainer steps through the slides
// and runs the group quiz from it, while the projector shows the room the
// slide alone, without the notes, the clock or a single control.
#include <gtest/gtest.h>

#include "store/sqlite_store.h"
#include "ui/group_quiz_view.h"
#include "ui/presenter_view.h"
#include "ui/trainer_view.h"
#include "workshop_fixture.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;
using ipprimer::testing::kPin;
using ipprimer::testing::Workshop;

namespace {

struct Console : Workshop {
    HeadlessUi console{1280, 800, ui.fonts()};  // the laptop's window, the fonts shared
    std::function<void()> draw_console = [this] { app.consoleFrame(); };

    // Both windows draw, one after the other, as the platform's loop does;
    // the projector last, so the items recorded are the projector's.
    void settleBoth() {
        console.settle(draw_console, 2);
        ui.settle(draw, 2);
    }

    // Clicks an item of the console (drawn first: the items recorded are the last window's).
    bool clickOnConsole(const std::string& label) {
        console.settle(draw_console, 1);
        return console.click(label, draw_console);
    }
};

}  // namespace

TEST_F(Console, TheTrainerPresentsFromTheConsoleAndTheRoomSeesOnlyTheSlide) {
    store.settings().setManagerPin(kPin);
    openTrainerArea();
    typeInto("Trainer", "Sam Trainer");
    ASSERT_TRUE(ui.click("lesson:secrets", draw));
    typeInto("Place", "Room 2");
    app.setConsoleAttached(true);  // a second monitor: the platform opened the console
    ASSERT_TRUE(ui.click("Start the session", draw));
    settleBoth();
    ASSERT_EQ(app.screen(), ui::Screen::Presenter);
    ui::PresenterView& presenter = app.view<ui::PresenterView>();

    // The projector: the slide, no notes, no clock, no buttons.
    ui.settle(draw);
    EXPECT_TRUE(ui.has("Slide"));
    EXPECT_FALSE(ui.has("Trainer notes panel")) << "the room never sees the notes";
    EXPECT_EQ(presenter.notesDrawn(), 0u);
    EXPECT_FALSE(ui.has("Clock"));
    EXPECT_FALSE(ui.has("Leave (Esc)"));
    // The console: the clock, where we are, what comes next, the notes.
    console.settle(draw_console);
    EXPECT_TRUE(console.has("Clock"));
    EXPECT_TRUE(console.has("On the screen"));
    EXPECT_TRUE(console.has("Next slide"));
    EXPECT_TRUE(console.has("Console notes"));
    EXPECT_EQ(presenter.notesOnConsole(), 1u) << "the introduction's note, in readable text";

    // Keys and buttons on the console move the slide the room sees.
    console.press(ImGuiKey_Space, draw_console);
    settleBoth();
    EXPECT_EQ(presenter.slide(), 1u);
    EXPECT_FALSE(presenter.revealed());
    ASSERT_TRUE(clickOnConsole("Show the answer (Space)"));
    EXPECT_TRUE(presenter.revealed());
    EXPECT_EQ(presenter.notesOnConsole(), 1u);
    settleBoth();
    ASSERT_TRUE(clickOnConsole("Next \xE2\x86\x92 (Space)"));
    EXPECT_EQ(presenter.slide(), 2u);
    console.press(ImGuiKey_LeftArrow, draw_console);
    EXPECT_EQ(presenter.slide(), 1u);
    ASSERT_TRUE(clickOnConsole("Swap screens"));
    EXPECT_TRUE(app.takeSwapScreens()) << "the platform moves the windows";
    EXPECT_FALSE(app.takeSwapScreens());

    // The group quiz: chosen and counted on the console, shown to the room.
    ASSERT_TRUE(clickOnConsole("Group quiz (Q)"));
    ASSERT_EQ(app.screen(), ui::Screen::GroupQuiz);
    settleBoth();
    EXPECT_TRUE(ui.has("Room waiting")) << "the room does not see the trainer's list of questions";
    EXPECT_FALSE(ui.has("question:basics-001"));
    ASSERT_TRUE(clickOnConsole("question:basics-001"));
    for (int i = 0; i < 4; ++i) ASSERT_TRUE(clickOnConsole("more:A"));
    ASSERT_TRUE(clickOnConsole("more:C"));
    settleBoth();
    EXPECT_TRUE(ui.has("Question on screen"));
    EXPECT_FALSE(ui.has("more:A")) << "no counting controls on the projector";
    EXPECT_FALSE(ui.has("Reveal the answer (Space)"));
    console.settle(draw_console);
    EXPECT_TRUE(console.has("tally:A"));
    console.press(ImGuiKey_Space, draw_console);
    ui::GroupQuizView& quiz = app.view<ui::GroupQuizView>();
    EXPECT_TRUE(quiz.revealed());
    const std::int64_t session = app.view<ui::TrainerView>().session();
    const auto asked = store.workshops().find(session)->group_quiz;
    ASSERT_EQ(asked.size(), 1u);
    EXPECT_EQ(asked[0].hands(), 5);
    ASSERT_TRUE(clickOnConsole("Summary"));
    settleBoth();
    EXPECT_TRUE(ui.has("summary:basics-001")) << "the room sees what it found hard";
    EXPECT_FALSE(ui.has("Back to the slides"));
    ASSERT_TRUE(clickOnConsole("Back to the slides"));
    EXPECT_EQ(app.screen(), ui::Screen::Presenter);

    // Escape on the console ends the presentation, as on the slide.
    console.press(ImGuiKey_Escape, draw_console);
    EXPECT_EQ(app.screen(), ui::Screen::Trainer);
    EXPECT_FALSE(app.presenting()) << "the platform closes the console";
}

TEST_F(Console, WithOneScreenTheSlideKeepsItsNotesAndControls) {
    app.unlockWithoutPin(ui::Area::Trainer);
    app.view<ui::PresenterView>().setLessons({course.lesson("secrets")}, 0, store::Store::systemClock());
    app.navigate(ui::Screen::Presenter);
    ui.settle(draw);
    EXPECT_FALSE(app.consoleAttached());
    EXPECT_TRUE(ui.has("Trainer notes panel"));
    EXPECT_TRUE(ui.has("Clock"));
    EXPECT_TRUE(ui.has("Leave (Esc)"));
    EXPECT_EQ(app.view<ui::PresenterView>().notesDrawn(), 1u);
}
