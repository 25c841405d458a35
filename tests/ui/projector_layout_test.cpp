// What a room sees on a projector at the usual sizes: a long answer and a
// group-quiz question with four options either fit above the bottom bar or
// scroll, with the line saying so below the text rather than over it.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "course/course.h"
#include "harness.h"
#include "store/sqlite_store.h"
#include "ui/app.h"
#include "ui/group_quiz_view.h"
#include "ui/presenter_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

struct Size {
    float width, height;
};
void PrintTo(const Size& size, std::ostream* out) { *out << size.width << "x" << size.height; }

class Projector : public ::testing::TestWithParam<Size> {
protected:
    Projector() : ui(GetParam().width, GetParam().height) {
        // The presenter's faces for this window, as the platform bakes them.
        app.setFonts(ui::buildFonts(1.0f, 1.0f, GetParam().height));
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        app.unlockWithoutPin(ui::Area::Trainer);
    }

    void present(const std::string& lesson_id, std::size_t slide) {
        ui::PresenterView& presenter = app.view<ui::PresenterView>();
        presenter.setLessons({course.lesson(lesson_id)}, 0, store::Store::systemClock());
        presenter.goTo(0, slide);
        presenter.reveal();
        app.navigate(ui::Screen::Presenter);
        ui.settle(draw, 10);  // measured in one frame, shrunk in the next
    }

    void ask(const std::string& question_id) {
        ui::GroupQuizView& quiz = app.view<ui::GroupQuizView>();
        quiz.start(app, 0, store::Store::systemClock(), {});
        ASSERT_TRUE(quiz.show(app, question_id));
        quiz.reveal(app);  // the feedback of every option shows too
        app.navigate(ui::Screen::GroupQuiz);
        ui.settle(draw, 10);
    }

    // The text fits its box, or the box scrolls and says so on a line of its
    // own below it, and both stay above the bottom bar (whose button is `bar`).
    void expectFitsOrScrollsVisibly(const char* text, const char* box, const char* bar) {
        const ui::ItemRect* drawn = ui::findItem(text);
        const ui::ItemRect* shown = ui::findItem(box);
        const ui::ItemRect* button = ui::findItem(bar);
        ASSERT_TRUE(drawn && shown && button) << text << ", " << box << ", " << bar;
        EXPECT_LE(shown->max.y, button->min.y) << "the box ends above the bottom bar";
        const ui::ItemRect* more = ui::findItem("More below");
        if (drawn->max.y <= shown->max.y) {
            EXPECT_EQ(more, nullptr) << "it all fits: nothing to scroll";
            return;
        }
        ASSERT_NE(more, nullptr) << "the text goes on below the box (" << drawn->max.y << " > " << shown->max.y
                                 << ") and nothing says so";
        EXPECT_GE(more->min.y, shown->max.y) << "the line saying so is below the text, never over it";
        EXPECT_LE(more->max.y, button->min.y) << "and above the bottom bar";
    }

    HeadlessUi ui;
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::SqliteStore store{":memory:"};
    ui::App app{course, store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };
};

}  // namespace

TEST_P(Projector, ALongAnswerFitsTheSlide) {
    // The answer of the report: four long bullets under one question.
    present("employees-and-contractors", 1);
    expectFitsOrScrollsVisibly("Slide text", "Slide", "Leave (Esc)");
    const ui::ItemRect* drawn = ui::findItem("Slide text");
    const ui::ItemRect* shown = ui::findItem("Slide");
    ASSERT_TRUE(drawn && shown);
    EXPECT_LE(drawn->max.y, shown->max.y) << "shrunk to fit, not scrolled";
    EXPECT_LT(app.view<ui::PresenterView>().fitScale(), 1.0f);
    EXPECT_GE(app.view<ui::PresenterView>().fitScale(), ui::kSmallestFit);
}

TEST_P(Projector, ATableTooLongToFitScrollsAndSaysSoBelowIt) {
    present("comparing-ip-rights", 1);
    expectFitsOrScrollsVisibly("Slide text", "Slide", "Leave (Esc)");
    ASSERT_NE(ui::findItem("More below"), nullptr) << "seven rows of five columns do not fit at any readable size";
    // Space pages through the rest before it moves on.
    ui::PresenterView& presenter = app.view<ui::PresenterView>();
    ui.press(ImGuiKey_Space, draw);
    ui.settle(draw, 3);
    EXPECT_EQ(presenter.slide(), 1u) << "still the same question, scrolled";
    for (int i = 0; i < 10 && presenter.slide() == 1; ++i) {
        ui.press(ImGuiKey_Space, draw);
        ui.settle(draw, 3);
    }
    EXPECT_EQ(presenter.slide(), 2u) << "at the end of the answer, Space moves on";
}

TEST_P(Projector, EveryOptionOfAGroupQuizQuestionShowsAboveTheBottomBar) {
    ask("ip-at-work-001");  // four options, each with its feedback once revealed
    expectFitsOrScrollsVisibly("Question on screen", "On screen", "Back to the slides");
    const ui::ItemRect* last = ui::findItem("room:D");
    const ui::ItemRect* shown = ui::findItem("On screen");
    ASSERT_TRUE(last && shown);
    EXPECT_LE(last->max.y, shown->max.y) << "option D is on screen, not under the bottom bar";
}

INSTANTIATE_TEST_SUITE_P(AtTheUsualSizes, Projector,
                         ::testing::Values(Size{1600, 1000}, Size{1280, 720}, Size{1920, 1080}),
                         [](const ::testing::TestParamInfo<Size>& size) {
                             return std::to_string(static_cast<int>(size.param.width)) + "x" +
                                    std::to_string(static_cast<int>(size.param.height));
                         });
