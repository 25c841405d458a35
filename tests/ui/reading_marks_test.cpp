// What a learner marks in a lesson stays after a restart: the outline's ticks
// for the questions they unfolded, and the boxes of "What you can do this
// week" they ticked (which are real boxes, reached by Tab too), each learner
// their own.
#include <gtest/gtest.h>

#include "course/course.h"
#include "harness.h"
#include "store/store.h"
#include "store/sqlite_store.h"
#include "ui/app.h"
#include "ui/reader_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

struct ReadingMarks : ::testing::Test {
    HeadlessUi ui;
    course::Course course;
    store::SqliteStore store{":memory:"};
    std::unique_ptr<ui::App> app;
    std::function<void()> draw = [this] { app->frame(); };

    // A start of the program, as the learner: a new App over the same records.
    void start(const std::string& course_folder, std::int64_t learner) {
        if (course.lessons.empty()) course = course::loadCourse(course_folder);
        app = std::make_unique<ui::App>(course, store, nullptr);
        app->setFonts(ui.buildFonts());
        app->selectLearner(learner);
        ui.settle(draw);
    }
    ui::ReaderView& reader() { return app->view<ui::ReaderView>(); }
    std::size_t section(const std::string& title) {
        for (std::size_t s = 0; s < reader().sectionCount(); ++s)
            if (reader().lesson()->doc.sections[s].title == title) return s;
        return SIZE_MAX;
    }
};

const std::string kMini = std::string(IPPRIMER_FIXTURES) + "/courses/mini";

}  // namespace

TEST_F(ReadingMarks, TheOutlinesTicksStayAfterARestart) {
    const std::int64_t dana = store.roster().add({"Dana Test", "", "", "everyone", ""});
    start(kMini, dana);
    app->openLesson("first");
    ui.settle(draw);
    ASSERT_TRUE(ui.click("What is a trade secret?", draw));
    ui.settle(draw);
    ASSERT_TRUE(reader().wasRead(0));

    start(kMini, dana);  // the program starts again
    app->openLesson("first");
    ui.settle(draw);
    EXPECT_TRUE(reader().wasRead(0)) << "the tick of the question read before the restart";
    EXPECT_FALSE(reader().wasRead(1));
    EXPECT_EQ(store.lessons().status(dana, "first"), store::LessonStatus::InProgress);
    // The other question, today: the lesson is finished, every question read.
    ASSERT_TRUE(ui.click("Why keep it?", draw));
    ui.settle(draw);
    EXPECT_EQ(store.lessons().status(dana, "first"), store::LessonStatus::Finished);

    // Another learner starts with no ticks.
    start(kMini, store.roster().add({"Kim Other", "", "", "everyone", ""}));
    app->openLesson("first");
    ui.settle(draw);
    EXPECT_FALSE(reader().wasRead(0));
}

TEST_F(ReadingMarks, AFinishedLessonShowsEveryQuestionTickedAndIsNotFinishedTwice) {
    const std::int64_t dana = store.roster().add({"Dana Test", "", "", "everyone", ""});
    store.lessons().recordFinished(dana, "second");
    const std::int64_t events = store.journal().count();
    start(kMini, dana);
    app->openLesson("second");
    ui.settle(draw);
    for (std::size_t s = 0; s < reader().sectionCount(); ++s) EXPECT_TRUE(reader().wasRead(s)) << s;
    EXPECT_EQ(store.journal().count(), events + 1) << "only the opening is recorded";
}

TEST_F(ReadingMarks, TheBoxesOfWhatYouCanDoThisWeekAreTickedAndStayTicked) {
    const std::int64_t dana = store.roster().add({"Dana Test", "", "", "all-staff", ""});
    start(IPPRIMER_SOURCE_DIR, dana);
    app->openLesson("patents-and-utility-models");
    ui.settle(draw);
    ASSERT_NE(section("What you can do this week"), SIZE_MAX);
    ASSERT_TRUE(ui.click("outline:What you can do this week", draw));  // unfolds it and scrolls there
    ui.settle(draw);
    const std::string box = "tick:Check whether your employment contract has an inventions clause.";
    ASSERT_TRUE(ui.has(box)) << "the box is a control";
    ASSERT_TRUE(ui.click(box, draw));
    ui.settle(draw);

    start(IPPRIMER_SOURCE_DIR, dana);
    app->openLesson("patents-and-utility-models");
    ui.settle(draw);
    ASSERT_TRUE(ui.click("outline:What you can do this week", draw));
    ui.settle(draw);
    // Ticked after the restart: clicking again unticks, and that is kept too.
    const course::Lesson& lesson = *course.lesson("patents-and-utility-models");
    const markdown::Block* item = nullptr;
    for (const markdown::Block& block : lesson.doc.blocks)
        if (block.kind == markdown::BlockKind::List)
            for (const markdown::Block& entry : block.children)
                if (entry.task != markdown::TaskState::None && !entry.children.empty() &&
                    markdown::plainText(entry.children[0].spans).starts_with("Check whether your employment"))
                    item = &entry;
    ASSERT_NE(item, nullptr);
    ui::LessonMarks kept;
    kept.load(store, dana, "patents-and-utility-models");
    EXPECT_TRUE(kept.ticked(*item)) << "the tick is kept for the learner";
    ASSERT_TRUE(ui.click(box, draw));
    ui.settle(draw);
    kept.load(store, dana, "patents-and-utility-models");
    EXPECT_FALSE(kept.ticked(*item)) << "and so is taking it back";

    ui::LessonMarks someone_else;
    someone_else.load(store, store.roster().add({"Kim Other", "", "", "all-staff", ""}), "patents-and-utility-models");
    ASSERT_TRUE(ui.click(box, draw));  // Dana ticks again; Kim's box stays as written
    EXPECT_FALSE(someone_else.ticked(*item));
}
