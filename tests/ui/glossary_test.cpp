// The glossary: a term's definition when the pointer rests on it in a lesson,
// and a screen that lists and searches every term.
#include <gtest/gtest.h>

#include "course/course.h"
#include "harness.h"
#include "store/sqlite_store.h"
#include "ui/app.h"
#include "ui/reader_view.h"

using namespace ipprimer;

namespace {
struct GlossaryFixture : ::testing::Test {
    ipprimer::testing::HeadlessUi ui;
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::SqliteStore store{":memory:"};
    ui::App app{course, store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };
    void SetUp() override {
        app.setFonts(ui.buildFonts());
        store::NewLearner me;
        me.name = "Sam";
        me.role = "all-staff";
        app.selectLearner(store.roster().add(me));
        ui.settle(draw);
    }
    int termIndex(const std::string& name) const {
        for (std::size_t i = 0; i < course.glossary.size(); ++i)
            if (course.glossary[i].term == name) return static_cast<int>(i);
        return -1;
    }
};
}  // namespace

TEST_F(GlossaryFixture, RestingOnATermInALessonShowsItsDefinition) {
    app.openLesson("trade-secrets");
    app.view<ui::ReaderView>().setShowAll(true);
    ui.settle(draw);
    // Find any marked term on screen and rest the pointer on it.
    int shown = -1;
    for (std::size_t i = 0; i < course.glossary.size() && shown < 0; ++i) {
        const ui::ItemRect* rect = ui::findItem("term:" + std::to_string(i));
        if (!rect) continue;
        ImGui::GetIO().MousePos = rect->center();
        ui.settle(draw, 2);
        shown = app.view<ui::ReaderView>().hoveredTerm();
        EXPECT_EQ(shown, static_cast<int>(i));
    }
    ASSERT_GE(shown, 0) << "no glossary term is marked in the visible text";
    // Away from any term, no definition.
    ImGui::GetIO().MousePos = ImVec2(5, 5);
    ui.settle(draw, 2);
    EXPECT_EQ(app.view<ui::ReaderView>().hoveredTerm(), -1);
}

TEST_F(GlossaryFixture, ScreenListsAndSearchesEveryTerm) {
    ASSERT_TRUE(ui.click("Glossary", draw));
    ASSERT_EQ(app.screen(), ui::Screen::Glossary);
    ui.settle(draw);
    EXPECT_TRUE(ui.has("term:ADR"));
    ASSERT_TRUE(ui.click("Search terms", draw));
    ui.type("arbitrat", draw);
    ui.settle(draw);
    EXPECT_TRUE(ui.has("term:Arbitration"));
    EXPECT_FALSE(ui.has("term:Trademark")) << "terms that do not match are hidden";
    ASSERT_GE(termIndex("Arbitration"), 0);
}

TEST_F(GlossaryFixture, ATermLeadsToItsLesson) {
    ASSERT_TRUE(ui.click("Glossary", draw));
    ui.settle(draw);
    ASSERT_TRUE(ui.click("Search terms", draw));
    ui.type("Trade secret", draw);
    ui.settle(draw);
    const course::GlossaryTerm& term = course.glossary[termIndex("Trade secret")];
    const course::Lesson* lesson = course.lesson(term.lesson);
    ASSERT_NE(lesson, nullptr);
    ASSERT_TRUE(ui.click("Read: " + lesson->title(), draw));
    EXPECT_EQ(app.screen(), ui::Screen::Reader);
    EXPECT_EQ(app.view<ui::ReaderView>().lesson()->id, term.lesson);
}

TEST_F(GlossaryFixture, TheSearchBoxTakesTheKeyboardEachTimeTheGlossaryOpens) {
    for (int visit = 0; visit < 2; ++visit) {
        ASSERT_TRUE(ui.click("Glossary", draw));
        ui.settle(draw);
        EXPECT_TRUE(ImGui::GetIO().WantTextInput) << "visit " << visit + 1 << ": typing goes nowhere";
        ui.type(visit == 0 ? "arbitrat" : "", draw);
        ui.settle(draw);
        EXPECT_TRUE(ui.has("term:Arbitration"));
        EXPECT_FALSE(ui.has("term:Trademark")) << "what was typed went into the search box";
        ASSERT_TRUE(ui.click("Home", draw));
    }
}
