// A quick tap (a press and a release that both arrive between two frames, as
// a touchpad's tap or a fast click does) on the controls that used to lose
// it: a lesson link in a lesson's text, a lesson link on home, a matching
// question's chooser and its list. The window holds such a press down for
// one frame (platform/held_presses.h), as it does a clicker's key.
#include <gtest/gtest.h>

#include "course/course.h"
#include "harness.h"
#include "platform/held_presses.h"
#include "progress/quiz_assembly.h"
#include "store/store.h"
#include "store/sqlite_store.h"
#include "ui/app.h"
#include "ui/quiz_view.h"
#include "ui/reader_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

struct QuickTap : ::testing::Test {
    HeadlessUi ui;
    course::Course course;
    store::SqliteStore store{":memory:"};
    std::unique_ptr<ui::App> app;
    std::function<void()> draw = [this] { app->frame(); };

    void open(const std::string& fixture) {
        course = course::loadCourse(std::string(IPPRIMER_FIXTURES) + "/courses/" + fixture);
        app = std::make_unique<ui::App>(course, store, nullptr);
        app->setFonts(ui.buildFonts());
        app->selectLearner(store.roster().add({"Dana Test", "", "", course.roles.back().id, ""}));
        ui.settle(draw);
    }

    // The pointer arrives on `label` and taps: press and release come in the
    // same batch of events, before the next frame.
    bool tap(const std::string& label, bool held = true) {
        const ui::ItemRect* item = ui::findItem(label);
        if (!item) return false;
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = item->center();
        platform::HeldPresses<5> buttons;
        buttons.pressed(ImGuiMouseButton_Left);
        buttons.released(ImGuiMouseButton_Left);
        if (held) buttons.holdDown(io.MouseDown);
        ui.frame(draw);
        buttons.letGo(io.MouseDown);
        ui.settle(draw);
        return true;
    }
};

}  // namespace

TEST(HeldPresses, APressReleasedBeforeTheFrameIsDownForThatFrameOnly) {
    platform::HeldPresses<5> buttons;
    bool down[5] = {};
    buttons.pressed(0);
    buttons.released(0);
    buttons.pressed(1);  // still held: its state is the platform's, not ours
    buttons.holdDown(down);
    EXPECT_TRUE(down[0]);
    EXPECT_FALSE(down[1]);
    buttons.letGo(down);
    EXPECT_FALSE(down[0]);
    buttons.holdDown(down);
    EXPECT_FALSE(down[0]) << "one frame only";
    buttons.released(7);  // out of range: ignored
}

TEST(HeldPresses, AQuickCtrlAIsSeenWithItsCtrl) {
    // Ctrl down, A down, A up, Ctrl up: four events before one frame, as a
    // fast hand or a tool sends them. The frame sees A with Ctrl.
    constexpr int kA = 65;  // GLFW_KEY_A
    platform::HeldPresses<512> keys;
    bool down[512] = {};
    keys.pressed(platform::kLeftControl);
    keys.pressed(kA);
    keys.released(kA);
    keys.released(platform::kLeftControl);
    keys.holdDown(down);
    EXPECT_TRUE(down[kA]);
    EXPECT_TRUE(platform::modifiersOf(down).control) << "the Ctrl of a quick Ctrl+A was lost";
    EXPECT_FALSE(platform::modifiersOf(down).shift);
    keys.letGo(down);
    EXPECT_FALSE(platform::modifiersOf(down).control);
}

TEST_F(QuickTap, ALinkInALessonsTextIsFollowed) {
    open("mini");
    app->openLesson("first");
    app->view<ui::ReaderView>().setShowAll(true);
    ui.settle(draw);
    // Without the hold, the tap never reaches ImGui: this is what was lost.
    ASSERT_TRUE(tap("link:lesson:second#why-register", false));
    EXPECT_EQ(app->view<ui::ReaderView>().lesson()->id, "first");
    ASSERT_TRUE(tap("link:lesson:second#why-register"));
    EXPECT_EQ(app->view<ui::ReaderView>().lesson()->id, "second");
}

TEST_F(QuickTap, ALessonLinkOnHomeIsFollowed) {
    open("mini");
    ASSERT_TRUE(tap("Second lesson"));
    ASSERT_EQ(app->screen(), ui::Screen::Reader);
    EXPECT_EQ(app->view<ui::ReaderView>().lesson()->id, "second");
}

TEST_F(QuickTap, AMatchingChooserOpensAndItsListChooses) {
    open("quiz");
    app->startQuiz("module:brands", 5);
    ui.settle(draw);
    ui::QuizView& quiz = app->view<ui::QuizView>();
    for (int page = 0; page < quiz.questionCount(); ++page)
        if (quiz.plan().questions[static_cast<std::size_t>(page)].question->type == quiz::QuestionType::Matching) {
            quiz.panel().load(quiz.plan().questions[static_cast<std::size_t>(page)]);
            break;
        }
    ui.settle(draw);
    const quiz::Question& q = *quiz.panel().shown()->question;
    ASSERT_EQ(q.type, quiz::QuestionType::Matching);
    ASSERT_TRUE(tap("match:1"));
    ASSERT_TRUE(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) << "the list opened";
    ASSERT_TRUE(tap(q.pairs[2].match));
    EXPECT_EQ(quiz.panel().response().matched[0], 2);
    EXPECT_FALSE(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId));
}
