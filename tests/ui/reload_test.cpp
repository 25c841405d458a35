// Reloading the course (F5) after a trainer edited its files: the window
// comes back to the same learner and lesson, showing the edited text.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "course/course.h"
#include "harness.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"
#include "ui/app.h"
#include "ui/reader_view.h"
#include "ui/trainer_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

struct Reload : ::testing::Test {
    HeadlessUi ui;
    ipprimer::testing::TempFolder folder{"ipprimer-reload"};
    store::SqliteStore store{":memory:"};
    std::int64_t me = 0;

    void SetUp() override {
        std::filesystem::copy(std::string(IPPRIMER_FIXTURES) + "/courses/mini", folder.path(),
                              std::filesystem::copy_options::recursive);
        me = store.roster().add({"Dana Test", "", "", "everyone", ""});
    }
    std::filesystem::path lessonFile(const std::string& id) const {
        return folder.path() / "lessons" / "basics" / (id + ".md");
    }
};

}  // namespace

TEST_F(Reload, TheEditedLessonIsShownAtTheSamePlace) {
    course::Course before = course::loadCourse(folder.path());
    ui::App::Place place;
    std::size_t sections_before = 0;
    {
        ui::App app{before, store, nullptr};
        app.setFonts(ui.buildFonts());
        std::function<void()> draw = [&] { app.frame(); };
        app.selectLearner(me);
        app.openLesson("second");
        ui.settle(draw);
        app.view<ui::ReaderView>().setOpen(1, true);  // the learner was reading the second question
        sections_before = app.view<ui::ReaderView>().sectionCount();
        app.requestReload();
        ASSERT_TRUE(app.reloadRequested());
        place = app.place();
    }
    std::ofstream(lessonFile("second"), std::ios::app) << "\n## Is this new?\n\nYes, written after the start.\n";

    course::Course after = course::loadCourse(folder.path());
    ui::App app{after, store, nullptr};
    app.setFonts(ui.buildFonts());
    std::function<void()> draw = [&] { app.frame(); };
    app.returnTo(place);
    ui.settle(draw);
    EXPECT_EQ(app.learner(), me);
    ASSERT_EQ(app.screen(), ui::Screen::Reader);
    ASSERT_NE(app.view<ui::ReaderView>().lesson(), nullptr);
    EXPECT_EQ(app.view<ui::ReaderView>().lesson()->id, "second");
    EXPECT_EQ(app.view<ui::ReaderView>().sectionCount(), sections_before + 1) << "the new question is there";
    EXPECT_TRUE(app.view<ui::ReaderView>().isOpen(1)) << "the question being read is unfolded again";
    EXPECT_FALSE(app.view<ui::ReaderView>().isOpen(0));
    EXPECT_NE(app.statusMessage().find("Course reloaded: 2 lessons, 0 problems"), std::string::npos)
        << app.statusMessage();
}

TEST_F(Reload, ALessonThatIsGoneLeavesTheLearnerAtHomeWithTheProblemSaid) {
    ui::App::Place place;
    {
        course::Course before = course::loadCourse(folder.path());
        ui::App app{before, store, nullptr};
        app.selectLearner(me);
        app.openLesson("second");
        place = app.place();
    }
    std::filesystem::remove(lessonFile("second"));
    course::Course after = course::loadCourse(folder.path());
    ui::App app{after, store, nullptr};
    app.setFonts(ui.buildFonts());
    std::function<void()> draw = [&] { app.frame(); };
    app.returnTo(place);
    ui.settle(draw);
    EXPECT_EQ(app.screen(), ui::Screen::Home);
    EXPECT_NE(app.statusMessage().find("1 lesson, 1 problem"), std::string::npos) << app.statusMessage();
    EXPECT_TRUE(ui.has("Problems")) << "home lists what was skipped";
}

TEST_F(Reload, ATrainerWhoHadOpenedTheAreaNeedNotTypeThePinAgain) {
    ui::App::Place place;
    {
        course::Course before = course::loadCourse(folder.path());
        ui::App app{before, store, nullptr};
        app.navigate(ui::Screen::Trainer);
        EXPECT_FALSE(app.place().trainer_unlocked);
        app.unlockWithoutPin(ui::Area::Trainer);
        place = app.place();
    }
    course::Course after = course::loadCourse(folder.path());
    ui::App app{after, store, nullptr};
    app.returnTo(place);
    EXPECT_EQ(app.screen(), ui::Screen::Trainer);
    EXPECT_TRUE(app.unlocked(ui::Area::Trainer));
}
