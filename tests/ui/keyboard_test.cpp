// The keyboard alone: Tab reaches every control of home, the profile form, a
// quiz and a lesson, in order and with a visible focus ring, and Enter
// presses what has the focus (a link, a drop-down and its list, an option).
#include <gtest/gtest.h>
#include <imgui_internal.h>

#include <set>
#include <string>

#include "course/course.h"
#include "harness.h"
#include "store/store.h"
#include "store/sqlite_store.h"
#include "ui/app.h"
#include "ui/keyboard.h"
#include "ui/quiz_view.h"
#include "ui/reader_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

struct Keyboard : ::testing::Test {
    HeadlessUi ui;
    course::Course course = course::loadCourse(std::string(IPPRIMER_FIXTURES) + "/courses/quiz");
    store::SqliteStore store{":memory:"};
    ui::App app{course, store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };

    void SetUp() override {
        app.setFonts(ui.buildFonts());
        ui.settle(draw);
    }
    void tab(bool back = false) {
        ImGui::GetIO().KeyShift = back;
        ui.press(ImGuiKey_Tab, draw);
        ImGui::GetIO().KeyShift = false;
        ui.settle(draw, 2);
    }
    // Tabs until `label` has the focus; false after a whole round without it.
    bool tabTo(const std::string& label) {
        for (int i = 0; i < 60; ++i) {
            tab();
            if (ui.hasFocus(label)) return true;
        }
        return false;
    }
    bool focusRingDrawn() const { return ui.drew(ui::palette(ui::currentTheme()).focus); }
};

}  // namespace

TEST_F(Keyboard, TabVisitsEveryControlOfHomeWithAVisibleFocusAndEnterOpensALessonLink) {
    app.selectLearner(store.roster().add({"Dana Test", "", "", "everyone", ""}));
    ui.settle(draw);
    std::set<std::string> visited;
    std::vector<std::string> previous;
    for (int i = 0; i < 40; ++i) {
        tab();
        const std::vector<std::string> now = ui.focused();
        ASSERT_FALSE(now.empty()) << "Tab " << i + 1 << " shows no focus";
        EXPECT_NE(now, previous) << "Tab " << i + 1 << " did not move on from " << previous.front();
        EXPECT_TRUE(focusRingDrawn()) << now.front();
        visited.insert(now.begin(), now.end());
        previous = now;
    }
    for (const char* control : {"Search", "Glossary", "Theme", "A+", "Profile", "Continue", "Take the quiz",
                                "practice:secrets", "practice:brands", "Trade secrets", "Trademarks"})
        EXPECT_TRUE(visited.contains(control)) << control << " is never reached by Tab";

    // Shift+Tab goes back the same way.
    ASSERT_TRUE(tabTo("Trademarks"));
    tab(true);
    EXPECT_TRUE(ui.hasFocus("practice:brands"));

    ASSERT_TRUE(tabTo("Trade secrets"));
    ui.press(ImGuiKey_Enter, draw);
    ui.settle(draw);
    ASSERT_EQ(app.screen(), ui::Screen::Reader) << "Enter on a focused link follows it";
    EXPECT_EQ(app.view<ui::ReaderView>().lesson()->id, "trade-secrets");
}

TEST_F(Keyboard, TheProfileFormIsFilledAndItsDropDownChosenWithTabAndEnter) {
    ASSERT_TRUE(tabTo("Name"));
    EXPECT_TRUE(ImGui::GetIO().WantTextInput) << "a text field reached by Tab takes typing";
    ui.type("Kim Keys", draw);
    ASSERT_TRUE(tabTo("Role"));
    ui.press(ImGuiKey_Enter, draw);
    ui.settle(draw);
    ASSERT_TRUE(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) << "Enter opens a focused drop-down";
    ui.press(ImGuiKey_DownArrow, draw);
    ui.press(ImGuiKey_Enter, draw);
    ui.settle(draw);
    EXPECT_FALSE(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) << "Enter chose from the list";
    ASSERT_TRUE(tabTo("Create profile"));
    ui.press(ImGuiKey_Enter, draw);
    ui.settle(draw);
    const auto learners = store.roster().list();
    ASSERT_EQ(learners.size(), 1u);
    EXPECT_EQ(learners[0].name, "Kim Keys");
    EXPECT_EQ(learners[0].role, course.roles[1].id) << "the second role of the list, one arrow down";
    EXPECT_EQ(app.screen(), ui::Screen::Home);
}

TEST_F(Keyboard, AQuizIsAnsweredWithTabAndEnterAndEachOptionShowsItsFocus) {
    app.selectLearner(store.roster().add({"Dana Test", "", "", "everyone", ""}));
    app.startQuiz("module:secrets", 3);
    ui.settle(draw);
    ASSERT_EQ(app.screen(), ui::Screen::Quiz);
    const ui::QuizView& quiz = app.view<ui::QuizView>();
    // Tab to the first option: it shows the focus ring; Enter picks it and does not submit.
    std::string option;
    for (int i = 0; i < 30 && option.empty(); ++i) {
        tab();
        for (const std::string& label : ui.focused())
            if (label.starts_with("option:") || label == "True") option = label;
    }
    ASSERT_FALSE(option.empty()) << "Tab never reached an option";
    EXPECT_TRUE(focusRingDrawn()) << "an option drawn by hand shows the focus too";
    EXPECT_FALSE(quiz.panel().answered());
    ui.press(ImGuiKey_Enter, draw);
    ui.settle(draw);
    EXPECT_TRUE(quiz.panel().answered()) << "Enter on a focused option chooses it";
    EXPECT_FALSE(quiz.isAnswered(0)) << "...and does not submit the answer";
    ASSERT_TRUE(tabTo("Submit answer"));
    ui.press(ImGuiKey_Enter, draw);
    ui.settle(draw);
    EXPECT_TRUE(quiz.isAnswered(0));
    EXPECT_TRUE(quiz.showingFeedback());
}

TEST_F(Keyboard, AQuestionOfALessonIsReachedByTabWithAFocusRingAndUnfoldedByEnter) {
    app.openLesson("trademarks");
    ui.settle(draw);
    ASSERT_TRUE(tabTo("What does a trademark protect?"));
    EXPECT_TRUE(focusRingDrawn()) << "not a faint band: the focus ring";
    EXPECT_FALSE(app.view<ui::ReaderView>().isOpen(0));
    ui.press(ImGuiKey_Enter, draw);
    ui.settle(draw);
    EXPECT_TRUE(app.view<ui::ReaderView>().isOpen(0)) << "Enter unfolds the answer";
}

TEST_F(Keyboard, EnterStillSubmitsWhenNoControlHasTheFocus) {
    app.selectLearner(store.roster().add({"Dana Test", "", "", "everyone", ""}));
    app.startQuiz("module:secrets", 3);
    ui.settle(draw);
    app.view<ui::QuizView>().panel().pickOption(1);
    ASSERT_FALSE(ui::keyboardFocusShown());
    ui.press(ImGuiKey_Enter, draw);
    EXPECT_TRUE(app.view<ui::QuizView>().isAnswered(0));
}

TEST_F(Keyboard, TabAfterAClickGoesOnFromTheControlClicked) {
    app.selectLearner(store.roster().add({"Dana Test", "", "", "everyone", ""}));
    app.startQuiz("module:secrets", 3);
    ui.settle(draw);
    const bool true_false = ui.has("True");
    const std::string first = true_false ? "True" : "option:1", second = true_false ? "False" : "option:2";
    ASSERT_TRUE(ui.click(first, draw));
    tab();
    EXPECT_TRUE(ui.hasFocus(second)) << "as in a browser: not back to the top of the window";
}
