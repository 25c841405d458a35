// A trainer's workshop, clicked through headless: the PIN, a plan, the
// presenter, a group quiz with hands counted, attendance confirmed; then the
// attendees' records and the session's export say what happened.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "course/course.h"
#include "progress/curriculum.h"
#include "harness.h"
#include "markdown/document.h"
#include "store/roster.h"
#include "store/settings.h"
#include "store/settings.h"
#include "store/reports.h"
#include "store/store.h"
#include "store/sqlite_store.h"
#include "export/workshop_files.h"
#include "ui/app.h"
#include "ui/group_quiz_view.h"
#include "ui/manager_view.h"
#include "ui/markdown_view.h"
#include "ui/presenter_view.h"
#include "ui/trainer_view.h"
#include "temp_folder.h"
#include "workshop_fixture.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;
using ipprimer::testing::Workshop;
using ipprimer::testing::kPin;
using ipprimer::testing::readFile;

TEST_F(Workshop, TheTrainersAreaAsksForAPinAndAsksAgainAfterLeaving) {
    ASSERT_TRUE(ui.click("Trainer", draw));
    EXPECT_EQ(app.screen(), ui::Screen::Trainer);
    EXPECT_FALSE(ui.has("Start the session")) << "nothing of the area before the PIN";
    // No PIN anywhere yet: the trainer chooses one, typed twice.
    typeInto("PIN", "12");
    typeInto("PIN again", "12");
    ASSERT_TRUE(ui.click("Set the PIN and open", draw));
    EXPECT_FALSE(app.unlocked(ui::Area::Trainer)) << "too short";
    typeInto("PIN", "1357");
    typeInto("PIN again", "1358");
    ASSERT_TRUE(ui.click("Set the PIN and open", draw));
    EXPECT_FALSE(app.unlocked(ui::Area::Trainer)) << "the two differ";
    typeInto("PIN", "1357");
    typeInto("PIN again", "1357");
    ASSERT_TRUE(ui.click("Set the PIN and open", draw));
    ui.settle(draw);
    EXPECT_TRUE(app.unlocked(ui::Area::Trainer));
    EXPECT_TRUE(store.settings().hasTrainerPin());
    EXPECT_TRUE(ui.has("Start the session"));

    // Leaving the area locks it; a wrong PIN does not open it, the right one does.
    ASSERT_TRUE(ui.click("Glossary", draw));
    ui.settle(draw);
    ASSERT_TRUE(ui.click("Trainer", draw));
    EXPECT_FALSE(app.unlocked(ui::Area::Trainer));
    typeInto("PIN", "9999");
    ASSERT_TRUE(ui.click("Open", draw));
    EXPECT_FALSE(app.unlocked(ui::Area::Trainer));
    typeInto("PIN", "1357");
    ASSERT_TRUE(ui.click("Open", draw));
    EXPECT_TRUE(app.unlocked(ui::Area::Trainer));

    // The manager's PIN opens the trainer's area too.
    store.settings().setManagerPin(kPin);
    ASSERT_TRUE(ui.click("Lock", draw));
    ASSERT_TRUE(ui.click("Trainer", draw));
    typeInto("PIN", kPin);
    ASSERT_TRUE(ui.click("Open", draw));
    EXPECT_TRUE(app.unlocked(ui::Area::Trainer));
}

TEST_F(Workshop, WrongPinsAtTheTrainersGatePauseBothGates) {
    store.settings().setManagerPin(kPin);
    ASSERT_TRUE(ui.click("Trainer", draw));
    for (int i = 0; i <= store::kFreeWrongPins; ++i) {
        typeInto("PIN", "9999");
        ASSERT_TRUE(ui.click("Open", draw));
    }
    ui.settle(draw);
    EXPECT_NE(app.gate(ui::Area::Trainer)->message().find("Too many wrong PINs"), std::string::npos) << app.gate(ui::Area::Trainer)->message();
    typeInto("PIN", kPin);
    ASSERT_TRUE(ui.click("Open", draw));
    EXPECT_FALSE(app.unlocked(ui::Area::Trainer)) << "paused: the right PIN waits too";
    ASSERT_TRUE(ui.click("Manager", draw));
    ui.settle(draw);
    EXPECT_NE(app.gate(ui::Area::Manager)->message().find("Too many wrong PINs"), std::string::npos)
        << "one computer, one count: the manager's gate is paused as well";
}

TEST_F(Workshop, ASessionFromPlanToCreditedAttendance) {
    store.settings().setManagerPin(kPin);  // the trainer shares the manager's PIN
    openTrainerArea();

    // --- plan: trainer, lessons, who is expected (one added on the spot)
    typeInto("Trainer", "Sam Trainer");
    ASSERT_TRUE(ui.click("lesson:secrets", draw));
    ASSERT_TRUE(ui.click("lesson:brands", draw));
    typeInto("Search the roster", "ada");
    EXPECT_FALSE(ui.has("person:Bob Stone")) << "the search narrows the roster";
    ASSERT_TRUE(ui.click("person:Ada Lovelace", draw));
    typeInto("Search the roster", "");
    ASSERT_TRUE(ui.click("person:Bob Stone", draw));
    typeInto("New name", "Dan Walker");
    ASSERT_TRUE(ui.click("New role", draw));
    ui.settle(draw);
    ASSERT_TRUE(ui.click("new role:Everyone", draw));
    typeInto("New department", "Warehouse");
    ASSERT_TRUE(ui.click("Add person", draw));
    ui.settle(draw);
    auto learners = store.roster().list();
    ASSERT_EQ(learners.size(), 4u) << "Dan was added to the roster";
    std::int64_t dan = 0;
    for (const auto& l : learners)
        if (l.name == "Dan Walker") dan = l.id;
    ASSERT_NE(dan, 0);
    EXPECT_EQ(app.view<ui::TrainerView>().expected(), (std::vector<std::int64_t>{ada, bob, dan}));

    // --- start: a session in the store, the presenter on the first lesson
    typeInto("Place", "Room 2");
    ASSERT_TRUE(ui.click("Start the session", draw));
    ui.settle(draw);
    ASSERT_EQ(app.screen(), ui::Screen::Presenter);
    std::int64_t session = app.view<ui::TrainerView>().session();
    ASSERT_NE(session, 0);
    auto kept = store.workshops().find(session);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->trainer, "Sam Trainer");
    ASSERT_EQ(kept->lessons.size(), 2u);
    EXPECT_EQ(kept->lessons[0].id, "secrets");
    EXPECT_EQ(kept->lessons[0].title, "Keeping secrets");
    EXPECT_EQ(kept->expected, (std::vector<std::int64_t>{ada, bob, dan}));
    EXPECT_EQ(store.settings().value("trainer_name"), "Sam Trainer") << "remembered for the next session";

    // --- present: question first, answer on Space or a click, arrows to move
    ui::PresenterView& presenter = app.view<ui::PresenterView>();
    EXPECT_EQ(presenter.lessonIndex(), 0u);
    EXPECT_EQ(presenter.slide(), 0u) << "the lesson's title first";
    EXPECT_EQ(presenter.slideCount(), 4u + 3u);
    EXPECT_EQ(presenter.notesDrawn(), 1u) << "the introduction's trainer note";
    press(ImGuiKey_Space);
    EXPECT_EQ(presenter.slide(), 1u);
    EXPECT_FALSE(presenter.revealed()) << "the question comes alone";
    EXPECT_TRUE(ui.has("Show the answer"));
    press(ImGuiKey_Space);
    EXPECT_TRUE(presenter.revealed());
    EXPECT_FALSE(ui.has("Show the answer"));
    EXPECT_EQ(presenter.notesDrawn(), 1u);
    press(ImGuiKey_Space);
    EXPECT_EQ(presenter.slide(), 2u);
    EXPECT_FALSE(presenter.revealed());
    ASSERT_TRUE(ui.click("Show the answer", draw));
    EXPECT_TRUE(presenter.revealed()) << "a click reveals too";
    EXPECT_EQ(presenter.notesDrawn(), 1u) << "a note inside a list item reaches the trainer's panel";
    // N hides the notes (the room may be looking at this very screen).
    ui.type("n", draw);
    ui.settle(draw);
    EXPECT_FALSE(presenter.notesShown());
    EXPECT_EQ(presenter.notesDrawn(), 0u);
    EXPECT_FALSE(ui.has("Trainer notes panel"));
    EXPECT_EQ(store.settings().value("presenter_notes"), "hidden") << "remembered";
    ASSERT_TRUE(ui.click("Notes toggle", draw));
    EXPECT_TRUE(presenter.notesShown());
    // Arrows: past the last question of the first lesson into the second.
    press(ImGuiKey_RightArrow);
    press(ImGuiKey_RightArrow);
    EXPECT_EQ(presenter.lessonIndex(), 1u);
    EXPECT_EQ(presenter.slide(), 0u);
    EXPECT_EQ(presenter.slideNumber(), 5u);
    press(ImGuiKey_LeftArrow);
    EXPECT_EQ(presenter.lessonIndex(), 0u);
    EXPECT_EQ(presenter.slide(), 3u);
    ASSERT_TRUE(ui.click("Next \xE2\x86\x92", draw));
    EXPECT_EQ(presenter.lessonIndex(), 1u);
    EXPECT_EQ(store.journal().count(), 0) << "presenting records nothing for anyone";

    // --- group quiz: hands counted for a question on this session's lessons
    ASSERT_TRUE(ui.click("Group quiz (Q)", draw));
    ASSERT_EQ(app.screen(), ui::Screen::GroupQuiz);
    ui::GroupQuizView& quiz = app.view<ui::GroupQuizView>();
    ASSERT_EQ(quiz.candidates().size(), 4u) << "the questions tagged with the two lessons";
    EXPECT_FALSE(ui.has("question:basics-005")) << "a question on another lesson is not offered";
    ASSERT_TRUE(ui.click("question:basics-001", draw));
    ASSERT_EQ(quiz.page(), ui::GroupQuizView::Page::Question);
    for (int i = 0; i < 3; ++i) ASSERT_TRUE(ui.click("more:A", draw));
    ASSERT_TRUE(ui.click("more:B", draw));
    typeInto("count:C", "7");
    ASSERT_TRUE(ui.click("less:C", draw));
    press(ImGuiKey_Space);
    EXPECT_TRUE(quiz.revealed());
    auto asked = store.workshops().find(session)->group_quiz;
    ASSERT_EQ(asked.size(), 1u) << "revealing keeps the room's answer";
    EXPECT_EQ(asked[0].question_id, "basics-001");
    ASSERT_EQ(asked[0].options.size(), 3u);
    EXPECT_EQ(asked[0].options[0].count, 3);
    EXPECT_EQ(asked[0].options[1].count, 1);
    EXPECT_EQ(asked[0].options[2].count, 6);
    EXPECT_EQ(asked[0].hands(), 10);
    int right_options = 0, right_hands = 0;
    for (const auto& option : asked[0].options)
        if (option.right) {
            ++right_options;
            right_hands += option.count;
        }
    EXPECT_EQ(right_options, 1);
    EXPECT_EQ(asked[0].rightHands(), right_hands);
    // A count corrected after the reveal replaces what was kept.
    ASSERT_TRUE(ui.click("more:B", draw));
    EXPECT_EQ(store.workshops().find(session)->group_quiz[0].options[1].count, 2);

    // The next question: true or false, the room answers as one.
    ASSERT_TRUE(ui.click("Next question \xE2\x86\x92", draw));
    ASSERT_EQ(quiz.current()->id, "basics-002");
    ASSERT_TRUE(ui.click("room:B", draw));  // False: the right answer
    ASSERT_TRUE(ui.click("Reveal the answer (Space)", draw));
    // A short answer, typed as the room called it out.
    ASSERT_TRUE(ui.click("Next question \xE2\x86\x92", draw));
    ASSERT_EQ(quiz.current()->id, "basics-003");
    typeInto("Room's answer", "Trade Mark");
    ASSERT_TRUE(ui.click("Reveal the answer (Space)", draw));
    asked = store.workshops().find(session)->group_quiz;
    ASSERT_EQ(asked.size(), 3u);
    EXPECT_EQ(asked[1].room_right, true);
    EXPECT_EQ(asked[1].room_answer, "B: False");
    EXPECT_EQ(asked[2].room_right, true);
    EXPECT_EQ(asked[2].room_answer, "Trade Mark");

    // The summary puts the hard question first.
    ASSERT_TRUE(ui.click("Summary", draw));
    EXPECT_EQ(quiz.page(), ui::GroupQuizView::Page::Summary);
    bool first_hard = asked[0].shareRight().value() < ui::kHardShare;
    const ui::ItemRect* first = ui::findItem("summary:basics-001");
    const ui::ItemRect* second = ui::findItem("summary:basics-002");
    ASSERT_TRUE(first && second);
    if (first_hard) {
        EXPECT_LT(first->min.y, second->min.y) << "the question the room found hard comes first";
    }
    press(ImGuiKey_Escape);
    EXPECT_EQ(app.screen(), ui::Screen::Presenter);
    press(ImGuiKey_Escape);
    ASSERT_EQ(app.screen(), ui::Screen::Trainer);
    EXPECT_EQ(app.view<ui::TrainerView>().page(), ui::TrainerView::Page::Session);
    EXPECT_TRUE(app.unlocked(ui::Area::Trainer)) << "the presenter is part of the trainer's area";

    // --- attendance: nobody is ticked; Ada and Dan came, Bob did not, Cleo walked in
    ASSERT_TRUE(ui.has("person:Ada Lovelace"));
    EXPECT_FALSE(ui.has("person:Cleo Park")) << "the list starts from who was expected";
    ASSERT_TRUE(ui.click("person:Ada Lovelace", draw));
    ASSERT_TRUE(ui.click("person:Dan Walker", draw));
    typeInto("Search the roster", "cleo");
    ASSERT_TRUE(ui.click("person:Cleo Park", draw));
    typeInto("Search the roster", "");
    EXPECT_TRUE(ui.has("person:Cleo Park")) << "a walk-in joins the session's list";
    // The manager's dashboard before: nobody has the module.
    const progress::Curriculum curriculum = progress::curriculumOf(course);
    const Date today = localDate(store::Store::systemClock());
    auto modulesDone = [&](std::int64_t learner) {
        return store.reports().dashboardRow(curriculum, learner, today)->status.modules_completed;
    };
    EXPECT_EQ(modulesDone(ada), 0);
    ASSERT_TRUE(ui.click("Confirm attendance", draw));
    ui.settle(draw);
    EXPECT_EQ(store.journal().count(), 0) << "nothing before the trainer says yes";
    ASSERT_TRUE(ui.click("Yes, record attendance", draw));
    ui.settle(draw);

    for (std::int64_t learner : {ada, dan, cleo}) {
        auto statuses = store.lessons().statuses(learner);
        EXPECT_EQ(statuses["secrets"], store::LessonStatus::Finished) << learner;
        EXPECT_EQ(statuses["brands"], store::LessonStatus::Finished) << learner;
        EXPECT_EQ(store.workshops().attendedBy(learner), std::vector<std::int64_t>{session});
    }
    EXPECT_TRUE(store.lessons().statuses(bob).empty()) << "Bob was absent: no credit";
    // ...and after: the dashboard's statuses follow the credit.
    EXPECT_EQ(modulesDone(ada), 1) << "both lessons of the module, credited by the workshop";
    EXPECT_EQ(modulesDone(cleo), 1);
    EXPECT_EQ(modulesDone(bob), 0);
    EXPECT_EQ(store.workshops().find(session)->attendees, (std::vector<std::int64_t>{ada, dan, cleo}));
    EXPECT_NE(app.view<ui::TrainerView>().message().find("3 people credited with 2 lessons"), std::string::npos)
        << app.view<ui::TrainerView>().message();

    // --- export: the file holds what happened
    std::filesystem::path csv = dir / "session.csv";
    typeInto("Export path", csv.string());
    ASSERT_TRUE(ui.click("Export CSV", draw));
    ui.finishBackgroundWork(draw);  // written on a thread of its own
    EXPECT_TRUE(ui.has("Saved " + csv.string()));
    std::string text = readFile(csv);
    EXPECT_EQ(text, exports::workshopCsv(store, session));
    EXPECT_NE(text.find(",Sam Trainer,lesson,secrets,Keeping secrets,"), std::string::npos) << text;
    EXPECT_NE(text.find(",attendee,E001,Ada Lovelace,Engineering,"), std::string::npos) << text;
    EXPECT_NE(text.find(",attendee,,Dan Walker,Warehouse,"), std::string::npos) << text;
    EXPECT_NE(text.find(",attendee,,Cleo Park,Office,"), std::string::npos) << text;
    EXPECT_NE(text.find(",absent,E002,Bob Stone,Sales,"), std::string::npos) << text;
    EXPECT_NE(text.find(",question,basics-001,Keeping a secret,," + std::to_string(right_hands + (asked[0].options[1].right ? 1 : 0)) + ",11"),
              std::string::npos)
        << text;
    // JSON from the same field: the extension follows the button.
    ASSERT_TRUE(ui.click("Export JSON", draw));
    ui.finishBackgroundWork(draw);
    auto json = nlohmann::json::parse(readFile(dir / "session.json"));
    EXPECT_EQ(json["session"], session);
    EXPECT_EQ(json["attendees"].size(), 3u);
    EXPECT_EQ(json["absent"][0]["name"], "Bob Stone");
    EXPECT_EQ(json["group_quiz"].size(), 3u);
    EXPECT_EQ(json["group_quiz"][2]["room_answer"], "Trade Mark");
    // Exporting over a file asks first.
    ASSERT_TRUE(ui.click("Export CSV", draw));
    EXPECT_TRUE(ui.has("Replace it"));
    ASSERT_TRUE(ui.click("Replace it", draw));
    ui.finishBackgroundWork(draw);
    EXPECT_FALSE(ui.has("Replace it"));

    // --- the session is listed with its counts
    ASSERT_TRUE(ui.click("Past sessions", draw));
    ui.settle(draw);
    ASSERT_TRUE(ui.click("session:" + std::to_string(session), draw));
    EXPECT_TRUE(ui.has("Open session"));
}

TEST_F(Workshop, ARehearsalRecordsNothing) {
    store.settings().setManagerPin(kPin);
    openTrainerArea();
    ASSERT_TRUE(ui.click("lesson:brands", draw));
    ASSERT_TRUE(ui.click("Rehearse", draw));
    ui.settle(draw);
    ASSERT_EQ(app.screen(), ui::Screen::Presenter);
    EXPECT_EQ(app.view<ui::PresenterView>().session(), 0);
    press(ImGuiKey_Space);
    press(ImGuiKey_Space);
    EXPECT_TRUE(app.view<ui::PresenterView>().revealed());
    ui.type("q", draw);  // no room, no group quiz
    ui.settle(draw);
    EXPECT_EQ(app.screen(), ui::Screen::Presenter);
    press(ImGuiKey_Escape);
    EXPECT_EQ(app.screen(), ui::Screen::Trainer);
    EXPECT_TRUE(store.workshops().list().empty());
    EXPECT_EQ(store.journal().count(), 0);
}

TEST_F(Workshop, AnIncompletePlanSaysWhatIsMissing) {
    store.settings().setManagerPin(kPin);
    openTrainerArea();
    ASSERT_TRUE(ui.click("Start the session", draw));
    EXPECT_NE(app.view<ui::TrainerView>().message().find("Type your name"), std::string::npos);
    typeInto("Trainer", "Sam");
    ASSERT_TRUE(ui.click("Start the session", draw));
    EXPECT_NE(app.view<ui::TrainerView>().message().find("Choose at least one lesson"), std::string::npos);
    EXPECT_EQ(app.screen(), ui::Screen::Trainer);
    EXPECT_TRUE(store.workshops().list().empty());
    // A whole module at once.
    ASSERT_TRUE(ui.click("module:basics", draw));
    EXPECT_EQ(app.view<ui::TrainerView>().chosenLessons(app), (std::vector<std::string>{"secrets", "brands"}));
}

TEST_F(Workshop, ASessionTakenUpAgainKeepsItsGroupQuizAndCreditsLater) {
    // A session started earlier (the program was closed in between).
    std::int64_t session = store.workshops().start({"Sam", {{"secrets", "Keeping secrets"}}, {ada, bob}});
    store::GroupAnswer answer;
    answer.question_id = "basics-001";
    answer.title = "Keeping a secret";
    answer.options = {{"A: x", true, 2}, {"B: y", false, 5}, {"C: z", false, 0}};
    store.workshops().recordGroupAnswer(session, answer);
    store.settings().setManagerPin(kPin);
    openTrainerArea();
    ASSERT_TRUE(ui.click("Past sessions", draw));
    ASSERT_TRUE(ui.click("session:" + std::to_string(session), draw));
    ASSERT_TRUE(ui.click("Open session", draw));
    ui.settle(draw);
    EXPECT_EQ(app.view<ui::TrainerView>().page(), ui::TrainerView::Page::Session);
    ASSERT_TRUE(ui.click("Group quiz", draw));
    ASSERT_EQ(app.screen(), ui::Screen::GroupQuiz);
    ASSERT_TRUE(ui.click("Summary", draw));
    EXPECT_TRUE(ui.has("summary:basics-001")) << "what the room answered before is still there";
    press(ImGuiKey_Escape);
    press(ImGuiKey_Escape);
    ASSERT_EQ(app.screen(), ui::Screen::Trainer);
    ASSERT_TRUE(ui.click("person:Ada Lovelace", draw));
    ASSERT_TRUE(ui.click("person:Bob Stone", draw));
    ASSERT_TRUE(ui.click("Confirm attendance", draw));
    ASSERT_TRUE(ui.click("Yes, record attendance", draw));
    EXPECT_EQ(store.lessons().status(ada, "secrets"), store::LessonStatus::Finished);
    EXPECT_EQ(store.lessons().status(bob, "secrets"), store::LessonStatus::Finished);
}

TEST_F(Workshop, ThePresenterAsksForFontsSizedToTheWindow) {
    app.setFonts(ui.buildFonts());  // the regular faces only, as before presenting
    EXPECT_FALSE(app.takeFontRebuild());
    app.unlockWithoutPin(ui::Area::Trainer);  // the presenter is part of the trainer's area
    app.view<ui::PresenterView>().setLessons({course.lesson("secrets")}, 0, store::Store::systemClock());
    app.navigate(ui::Screen::Presenter);
    ui.settle(draw);
    EXPECT_TRUE(app.takeFontRebuild()) << "no presenter faces yet";
    EXPECT_TRUE(app.wantsTimer()) << "the clock ticks while presenting";
    EXPECT_FLOAT_EQ(ui::presenterTextSize(1080, 1.0f), 39.0f) << "1/28 of 1080";
    EXPECT_FLOAT_EQ(ui::presenterTextSize(720, 1.0f), 26.0f);
    EXPECT_GT(ui::presenterTextSize(720, 1.0f), ui::presenterTextSize(720, 0.7f)) << "Ctrl+minus applies too";
    ui::FontSet fonts = ui::buildFonts(1.0f, 1.0f, 820.0f);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    ASSERT_NE(fonts.presenter, nullptr);
    EXPECT_FLOAT_EQ(fonts.presenter->FontSize, ui::presenterTextSize(820, 1.0f));
    EXPECT_GT(fonts.presenter->FontSize, fonts.body->FontSize * 1.6f) << "larger than the reader's text";
    EXPECT_GT(fonts.presenter_heading->FontSize, fonts.heading2->FontSize);
    EXPECT_LE(w * h, 2048 * 2048) << "the atlas stays the size it was without the presenter (2048 x 2048)";
    app.setFonts(fonts);
    ui.settle(draw);
    EXPECT_FALSE(app.takeFontRebuild()) << "the faces fit the window now";
    app.navigate(ui::Screen::Home);
    ui.settle(draw);
    EXPECT_FALSE(app.wantsTimer()) << "an idle window sleeps again";
}

TEST(TrainerNotes, NeverReachALearnersScreen) {
    HeadlessUi ui;
    ui::FontSet fonts = ui.buildFonts();
    auto with_notes = markdown::parse(
        "Text.\n\n```trainer\nAsk the room.\n```\n\n- item\n\n  ```trainer\n  A nested note.\n  ```\n\n- other\n\n"
        "> quote\n>\n> ```trainer\n> Quoted note.\n> ```\n");
    auto without = markdown::parse("Text.\n\n- item\n\n- other\n\n> quote\n");
    auto height = [&](const markdown::Document& doc, bool trainer) {
        ui::MarkdownView view;
        ui::MarkdownStyle style;
        style.fonts = &fonts;
        style.trainer_notes = trainer;
        view.setStyle(style);
        float result = 0;
        ui.frame([&] {
            ImGui::Begin("probe");
            float top = ImGui::GetCursorPosY();
            view.draw(doc.blocks, 0, doc.blocks.size(), 500);
            result = ImGui::GetCursorPosY() - top;
            ImGui::End();
        });
        return result;
    };
    EXPECT_FLOAT_EQ(height(with_notes, false), height(without, false)) << "not one line of a note is drawn";
    EXPECT_GT(height(with_notes, true), height(without, true) + 3 * fonts.body_size) << "the trainer sees all three";
}

TEST_F(Workshop, TheManagerSeesTheSessionsToo) {
    std::int64_t session = store.workshops().start({"Sam Trainer", {{"secrets", "Keeping secrets"}}, {ada, bob}});
    store.workshops().confirmAttendance(session, {ada});
    app.unlockWithoutPin(ui::Area::Manager, "Pat Manager");
    app.navigate(ui::Screen::Manager);
    ui.settle(draw);
    ASSERT_TRUE(ui.click("Workshops", draw));
    ASSERT_EQ(app.screen(), ui::Screen::ManagerWorkshops);
    ASSERT_TRUE(ui.click("session:" + std::to_string(session), draw));
    ui.settle(draw);
    EXPECT_TRUE(ui.has("Export CSV")) << "the manager can export a session";
    EXPECT_FALSE(ui.has("Open session")) << "running a session is the trainer's";
    std::filesystem::path json = dir / "for-the-files.json";
    typeInto("Export path", json.string());
    ASSERT_TRUE(ui.click("Export JSON", draw));
    ui.finishBackgroundWork(draw);
    auto out = nlohmann::json::parse(readFile(json));
    EXPECT_EQ(out["attendees"][0]["name"], "Ada Lovelace");
    EXPECT_EQ(out["absent"][0]["name"], "Bob Stone");
    // Leaving the manager's area locks the list with it.
    ASSERT_TRUE(ui.click("Glossary", draw));
    app.navigate(ui::Screen::ManagerWorkshops);
    ui.settle(draw);
    EXPECT_NE(app.screen(), ui::Screen::ManagerWorkshops) << "the PIN comes first";
}

TEST_F(Workshop, ASessionLeftOpenIsOfferedAgainAfterARestart) {
    std::int64_t session = store.workshops().start({"Sam", {{"brands", "Brands"}}, {cleo}});
    store.settings().setManagerPin(kPin);
    openTrainerArea();
    ASSERT_TRUE(ui.has("Continue it")) << "attendance was never confirmed";
    ASSERT_TRUE(ui.click("Continue it", draw));
    EXPECT_EQ(app.view<ui::TrainerView>().session(), session);
    EXPECT_EQ(app.view<ui::TrainerView>().page(), ui::TrainerView::Page::Session);
    ASSERT_TRUE(ui.click("person:Cleo Park", draw));
    ASSERT_TRUE(ui.click("Confirm attendance", draw));
    ASSERT_TRUE(ui.click("Yes, record attendance", draw));
    EXPECT_EQ(store.lessons().status(cleo, "brands"), store::LessonStatus::Finished);
    ASSERT_TRUE(ui.click("Lock", draw));
    openTrainerArea();
    EXPECT_FALSE(ui.has("Continue it")) << "nothing left to confirm";
}
