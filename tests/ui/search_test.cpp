// Searching the lessons, clicked through headless: the top bar's Search, a
// word typed, a result clicked, and the reader open at that question.
#include <gtest/gtest.h>

#include "course/course.h"
#include "harness.h"
#include "store/store.h"
#include "store/sqlite_store.h"
#include "ui/app.h"
#include "ui/glossary_view.h"
#include "ui/reader_view.h"
#include "ui/search_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

struct Search : ::testing::Test {
    HeadlessUi ui;
    course::Course course = course::loadCourse(std::string(IPPRIMER_FIXTURES) + "/courses/mini");
    store::SqliteStore store{":memory:"};
    ui::App app{course, store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };
    std::int64_t me = 0;

    void SetUp() override {
        app.setFonts(ui.buildFonts());
        me = store.roster().add({"Dana Test", "", "", "everyone", ""});
        app.selectLearner(me);
        ui.settle(draw);
        ASSERT_TRUE(ui.click("Search", draw));
        ui.settle(draw);
        ASSERT_EQ(app.screen(), ui::Screen::Search);
    }
};

}  // namespace

TEST_F(Search, AResultOpensItsLessonAtTheQuestion) {
    ui.type("registration", draw);  // the field has the keys as the screen opens
    ui.settle(draw);
    ASSERT_EQ(app.view<ui::SearchView>().hits().size(), 1u);
    ASSERT_TRUE(ui.click("hit:second#why-register", draw));
    ui.settle(draw);
    ASSERT_EQ(app.screen(), ui::Screen::Reader);
    ASSERT_NE(app.view<ui::ReaderView>().lesson(), nullptr);
    EXPECT_EQ(app.view<ui::ReaderView>().lesson()->id, "second");
    EXPECT_TRUE(app.view<ui::ReaderView>().isOpen(0)) << "the question that answers is unfolded";
    EXPECT_EQ(store.lessons().status(me, "second"), store::LessonStatus::InProgress) << "opening is recorded as usual";
}

TEST_F(Search, EnterOpensTheBestAnswerAndNothingFoundOffersTheGlossary) {
    ui.type("zebra", draw);
    ui.settle(draw);
    EXPECT_TRUE(app.view<ui::SearchView>().hits().empty());
    ASSERT_TRUE(ui.click("Look up \"zebra\" in the glossary", draw));
    EXPECT_EQ(app.screen(), ui::Screen::Glossary);

    ASSERT_TRUE(ui.click("Search", draw));
    ui.settle(draw);
    ASSERT_TRUE(ui.replaceText("Search lessons", "register", draw));
    ASSERT_FALSE(app.view<ui::SearchView>().hits().empty());
    ui.press(ImGuiKey_Enter, draw);
    ui.settle(draw);
    ASSERT_EQ(app.screen(), ui::Screen::Reader);
    EXPECT_EQ(app.view<ui::ReaderView>().lesson()->id, app.view<ui::SearchView>().hits().front().lesson->id);
}
