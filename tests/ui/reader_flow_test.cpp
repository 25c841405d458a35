// A learner's first session, clicked through headless: create a profile, open
// a lesson, unfold answers, follow a lesson: link, press Next; then the store.
#include <gtest/gtest.h>

#include "course/course.h"
#include "harness.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"
#include "ui/app.h"
#include "ui/reader_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

struct Fixture : ::testing::Test {
    HeadlessUi ui;
    course::Course course = course::loadCourse(std::string(IPPRIMER_FIXTURES) + "/courses/mini");
    store::SqliteStore store{":memory:"};
    ui::App app{course, store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };

    void SetUp() override {
        app.setFonts(ui.buildFonts());
        ui.settle(draw);
    }

    void createProfile(const std::string& name) {
        ASSERT_TRUE(ui.click("Name", draw));
        ui.type(name, draw);
        ASSERT_TRUE(ui.click("Role", draw));
        ui.settle(draw);
        ASSERT_TRUE(ui.click("Everyone", draw)) << "the role list did not open";
        ASSERT_TRUE(ui.click("Department", draw));
        ui.type("Workshop", draw);
        ASSERT_TRUE(ui.click("Create profile", draw));
        ui.settle(draw);
    }
};

}  // namespace

TEST_F(Fixture, FirstStartAsksForAProfileAndRemembersIt) {
    EXPECT_EQ(app.screen(), ui::Screen::Profiles);
    createProfile("Dana Test");
    auto learners = store.roster().list();
    ASSERT_EQ(learners.size(), 1u);
    EXPECT_EQ(learners[0].name, "Dana Test");
    EXPECT_EQ(learners[0].role, "everyone");
    EXPECT_EQ(learners[0].department, "Workshop");
    EXPECT_EQ(app.screen(), ui::Screen::Home);
    EXPECT_EQ(store.settings().value("last_learner"), std::to_string(learners[0].id));

    // A later start offers the known profile.
    ui::App later(course, store, nullptr);
    later.setFonts(app.fonts());
    std::function<void()> draw_later = [&] { later.frame(); };
    ui.settle(draw_later);
    EXPECT_EQ(later.screen(), ui::Screen::Profiles);
    ASSERT_TRUE(ui.click("Dana Test", draw_later));
    EXPECT_EQ(later.screen(), ui::Screen::Home);
    EXPECT_EQ(later.learner(), learners[0].id);
}

TEST_F(Fixture, ProfileNeedsANameAndARole) {
    ASSERT_TRUE(ui.click("Create profile", draw));
    EXPECT_TRUE(store.roster().list().empty());
    EXPECT_EQ(app.screen(), ui::Screen::Profiles);
}

TEST_F(Fixture, ReadingFollowingLinksAndFinishingAreRecorded) {
    createProfile("Dana Test");
    std::int64_t me = store.roster().list().at(0).id;

    ASSERT_TRUE(ui.click("Continue", draw));
    ASSERT_EQ(app.screen(), ui::Screen::Reader);
    ASSERT_NE(app.view<ui::ReaderView>().lesson(), nullptr);
    EXPECT_EQ(app.view<ui::ReaderView>().lesson()->id, "first");
    EXPECT_EQ(store.lessons().status(me, "first"), store::LessonStatus::InProgress);
    EXPECT_FALSE(app.view<ui::ReaderView>().isOpen(0)) << "answers start folded under their questions";

    // Unfold the first answer, then follow the lesson: link inside it.
    ASSERT_TRUE(ui.click("What is a trade secret?", draw));
    EXPECT_TRUE(app.view<ui::ReaderView>().isOpen(0));
    ui.settle(draw);
    ASSERT_TRUE(ui.click("link:lesson:second#why-register", draw));
    ui.settle(draw);
    ASSERT_EQ(app.view<ui::ReaderView>().lesson()->id, "second");
    EXPECT_TRUE(app.view<ui::ReaderView>().isOpen(0)) << "the linked question opens";
    EXPECT_FALSE(app.view<ui::ReaderView>().isOpen(1));

    // Unfolding every answer finishes the lesson.
    ASSERT_TRUE(ui.click("Key points", draw));
    ui.settle(draw);
    EXPECT_EQ(store.lessons().status(me, "second"), store::LessonStatus::Finished);
    EXPECT_TRUE(app.view<ui::ReaderView>().finishedRecorded());

    // Previous, finish the first lesson too, then Next.
    ASSERT_TRUE(ui.click("\xE2\x86\x90 Previous", draw));
    EXPECT_EQ(app.view<ui::ReaderView>().lesson()->id, "first");
    ASSERT_TRUE(ui.click("What is a trade secret?", draw));
    ASSERT_TRUE(ui.click("Why keep it?", draw));
    ui.settle(draw);
    EXPECT_EQ(store.lessons().status(me, "first"), store::LessonStatus::Finished);
    ASSERT_TRUE(ui.click("Next \xE2\x86\x92", draw));
    EXPECT_EQ(app.view<ui::ReaderView>().lesson()->id, "second");

    // Home shows both finished.
    ASSERT_TRUE(ui.click("Home", draw));
    ui.settle(draw);
    EXPECT_EQ(app.screen(), ui::Screen::Home);
    auto statuses = store.lessons().statuses(me);
    EXPECT_EQ(statuses.at("first"), store::LessonStatus::Finished);
    EXPECT_EQ(statuses.at("second"), store::LessonStatus::Finished);
}

TEST_F(Fixture, ShowAllAnswersThenReadingToTheEndFinishes) {
    createProfile("Dana Test");
    std::int64_t me = store.roster().list().at(0).id;
    app.openLesson("first");
    ui.settle(draw);
    EXPECT_EQ(store.lessons().status(me, "first"), store::LessonStatus::InProgress);
    ASSERT_TRUE(ui.click("Show all answers", draw));
    ui.settle(draw);
    EXPECT_TRUE(app.view<ui::ReaderView>().isOpen(0));
    EXPECT_TRUE(app.view<ui::ReaderView>().isOpen(1));
    // The short lesson fits the window, so its end is in view.
    EXPECT_EQ(store.lessons().status(me, "first"), store::LessonStatus::Finished);
}

TEST_F(Fixture, WebLinksAskFirstAndOtherLinksAreRefused) {
    createProfile("Dana Test");
    app.openLesson("second");
    app.view<ui::ReaderView>().setShowAll(true);
    ui.settle(draw);
    ASSERT_TRUE(ui.click("link:https://www.wipo.int/", draw));
    ui.settle(draw);
    EXPECT_EQ(app.takeUrlToOpen(), "") << "nothing opens before the user agrees";
    ASSERT_TRUE(ui.click("Open in browser", draw));
    EXPECT_EQ(app.takeUrlToOpen(), "https://www.wipo.int/");

    app.followLink("ftp://example.com/file");
    EXPECT_NE(app.statusMessage().find("not followed"), std::string::npos);
    EXPECT_EQ(app.takeUrlToOpen(), "");
}

TEST_F(Fixture, TextScaleChangesAndIsRemembered) {
    createProfile("Dana Test");
    float before = app.textScale();
    ASSERT_TRUE(ui.click("A+", draw));
    EXPECT_GT(app.textScale(), before);
    EXPECT_TRUE(app.takeFontRebuild());
    EXPECT_FALSE(app.takeFontRebuild());
    ui::App later(course, store, nullptr);
    EXPECT_FLOAT_EQ(later.textScale(), app.textScale());
}

TEST_F(Fixture, KeyboardAltArrowsMoveBetweenLessons) {
    createProfile("Dana Test");
    app.openLesson("first");
    ui.settle(draw);
    ui.press(ImGuiKey_RightArrow, draw, false, true);
    EXPECT_EQ(app.view<ui::ReaderView>().lesson()->id, "second");
    ui.press(ImGuiKey_LeftArrow, draw, false, true);
    EXPECT_EQ(app.view<ui::ReaderView>().lesson()->id, "first");
}

TEST_F(Fixture, AnyMarkdownFileRendersWithoutACrash) {
    createProfile("Dana Test");
    app.openFile(std::string(IPPRIMER_FIXTURES) + "/markdown/all-features.md");
    app.view<ui::FileView>().setShowAll(true);
    ui.settle(draw, 5);
    EXPECT_EQ(app.screen(), ui::Screen::File);
    EXPECT_EQ(app.view<ui::FileView>().sectionCount(), 2u);
    EXPECT_TRUE(ui.has("link:lesson:trade-secrets#how-do-we-keep-a-secret-secret"));
    EXPECT_TRUE(store.lessons().statuses(store.roster().list().at(0).id).empty()) << "a file is not a lesson: no records";
}

TEST_F(Fixture, ManyProfilesAreFoundByName) {
    for (int i = 0; i < 30; ++i) {
        store::NewLearner l;
        l.name = "Person " + std::to_string(100 + i);
        l.employee_id = "E" + std::to_string(i);
        l.role = "everyone";
        store.roster().add(l);
    }
    app.navigate(ui::Screen::Profiles);
    ui.settle(draw);
    EXPECT_TRUE(ui.has("Person 100"));
    EXPECT_FALSE(ui.has("Person 129")) << "a long list is cut, not drawn whole";
    ASSERT_TRUE(ui.click("Find your name", draw));
    ui.type("person 129", draw);
    ui.settle(draw);
    EXPECT_FALSE(ui.has("Person 100"));
    ASSERT_TRUE(ui.click("Person 129", draw));
    EXPECT_EQ(app.screen(), ui::Screen::Home);
    EXPECT_EQ(store.roster().find(*app.learner())->name, "Person 129");
}

TEST(DamagedStore, AFailureHalfWayThroughASessionShowsAProblemScreenNotACrash) {
    const ipprimer::testing::TempFolder temp("ipprimer-damaged");
    const auto path = temp.path() / "progress.db";
    HeadlessUi ui;
    course::Course course = course::loadCourse(std::string(IPPRIMER_FIXTURES) + "/courses/mini");
    store::SqliteStore store{path};
    const std::int64_t me = store.roster().add({"Dana Test", "", "", "everyone", ""});
    ui::App app{course, store, nullptr};
    app.setFonts(ui.buildFonts());
    std::function<void()> draw = [&] { app.frame(); };
    app.selectLearner(me);
    ui.settle(draw);
    ASSERT_EQ(app.screen(), ui::Screen::Home);

    // The file loses its events table behind the program's back, as a damaged
    // page would make it unreadable: the next record cannot be written.
    {
        store::Database other(path, store::OpenMode::ReadWrite);
        other.exec("DROP TABLE events");
    }
    ASSERT_TRUE(ui.click("Continue", draw));
    ui.settle(draw);
    EXPECT_NE(app.problem().find("events"), std::string::npos) << app.problem();
    EXPECT_TRUE(ui.has("Try again"));
    ASSERT_TRUE(ui.click("Copy the message", draw));
    const std::string copied = ImGui::GetClipboardText() ? ImGui::GetClipboardText() : "";
    EXPECT_NE(copied.find("events"), std::string::npos) << copied;
    EXPECT_NE(copied.find(path.string()), std::string::npos) << "the file is named for IT: " << copied;
    EXPECT_FALSE(ui.has("Glossary")) << "nothing that reads the store is drawn";

    // Trying again fails the same way, and stays on the problem screen.
    ASSERT_TRUE(ui.click("Try again", draw));
    ui.settle(draw);
    if (ui.has("Continue")) ui.click("Continue", draw);  // home may draw before the next record fails
    ui.settle(draw);
    EXPECT_FALSE(app.problem().empty());
    ASSERT_TRUE(ui.click("Close IP Primer", draw));
    EXPECT_TRUE(app.quitRequested());
}

TEST_F(Fixture, TheStatusLineSaysWhereALinkLeadsInWordsNotItsAddress) {
    EXPECT_EQ(app.linkDescription("lesson:second#why-register"),
              "Opens the lesson \u201CSecond lesson\u201D, at \u201CWhy register?\u201D");
    EXPECT_EQ(app.linkDescription("lesson:first"), "Opens the lesson \u201CFirst lesson\u201D");
    EXPECT_EQ(app.linkDescription("lesson:nowhere"), "A lesson that is not in this course");
    EXPECT_EQ(app.linkDescription("https://www.wipo.int/"), "Opens https://www.wipo.int/ in your web browser, after asking you");
    EXPECT_EQ(app.linkDescription("ftp://example.com/"), "This link cannot be followed");

    app.openLesson("first");
    app.view<ui::ReaderView>().setShowAll(true);
    ui.settle(draw);
    const ui::ItemRect* link = ui::findItem("link:lesson:second#why-register");
    ASSERT_NE(link, nullptr);
    ImGui::GetIO().MousePos = link->center();
    ui.settle(draw);
    bool said = false;
    for (const auto& [label, item] : ui::itemRegistry()) {
        if (!label.starts_with("Status: ")) continue;
        said = true;
        EXPECT_EQ(label.find("lesson:"), std::string::npos) << label;
        EXPECT_NE(label.find("Second lesson"), std::string::npos) << label;
    }
    EXPECT_TRUE(said) << "resting on a link says where it leads";
}
