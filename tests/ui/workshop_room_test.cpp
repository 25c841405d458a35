// What the trainer's pages say about the room: the group quiz's summary says
// what the counts say, and the session page shows a question the moment its
// answer was revealed.
#include <gtest/gtest.h>

#include "store/learner_history.h"
#include "store/sqlite_store.h"
#include "store/workshops.h"
#include "ui/group_quiz_view.h"
#include "ui/learner_detail_view.h"
#include "ui/trainer_view.h"
#include "workshop_fixture.h"

using namespace ipprimer;
using ipprimer::testing::kPin;
using ipprimer::testing::Workshop;

namespace {

store::GroupAnswer counted(std::vector<std::pair<bool, int>> options) {
    store::GroupAnswer answer;
    answer.question_id = "q";
    for (const auto& [right, count] : options) answer.options.push_back({"option", right, count});
    return answer;
}

}  // namespace

TEST(GroupQuizSummary, SaysWhatTheCountsSay) {
    // Five hands on the right answer and one on each of two wrong ones: 71%.
    const auto five_of_seven = counted({{true, 5}, {false, 1}, {false, 1}}).shareRight();
    const std::string one = ui::summaryHeadline({five_of_seven});
    EXPECT_EQ(one.find("every question right"), std::string::npos) << one;
    EXPECT_NE(one.find("71%"), std::string::npos) << one;
    EXPECT_EQ(ui::shareMark(five_of_seven), "\xE2\x80\xA2 ") << "no tick beside 71%";

    const auto all = counted({{true, 9}, {false, 0}}).shareRight();
    EXPECT_EQ(ui::summaryHeadline({all, all}), "The room got every question right.");
    EXPECT_EQ(ui::shareMark(all), "\xE2\x9C\x93 ");
    const std::string mixed = ui::summaryHeadline({all, five_of_seven});
    EXPECT_EQ(mixed.find("every question right"), std::string::npos) << mixed;
    EXPECT_NE(mixed.find("71%"), std::string::npos) << mixed;

    const auto hard = counted({{true, 1}, {false, 4}}).shareRight();
    EXPECT_EQ(ui::summaryHeadline({all, hard, five_of_seven}), "1 question the room found hard");
    EXPECT_EQ(ui::summaryHeadline({std::nullopt}), "Nothing entered yet for the questions asked.");
    EXPECT_EQ(ui::summaryHeadline({all, std::nullopt}), "The room got every question it answered right.");

    // A share that rounds to 100% or 0% does not say so.
    EXPECT_EQ(ui::roomShareText(249.0 / 250.0), "99%");
    EXPECT_EQ(ui::roomShareText(1.0 / 250.0), "1%");
    EXPECT_EQ(ui::roomShareText(1.0), "100%");
    EXPECT_EQ(ui::roomShareText(0.0), "0%");
}

TEST_F(Workshop, TheSessionPageShowsAQuestionAsSoonAsItsAnswerIsRevealed) {
    store.settings().setManagerPin(kPin);
    openTrainerArea();
    typeInto("Trainer", "Sam Trainer");
    ASSERT_TRUE(ui.click("lesson:secrets", draw));
    typeInto("Place", "Room 2");
    ASSERT_TRUE(ui.click("Start the session", draw));
    ui.settle(draw);
    ASSERT_EQ(app.screen(), ui::Screen::Presenter);
    ASSERT_TRUE(ui.click("Group quiz (Q)", draw));
    ASSERT_TRUE(ui.click("question:basics-001", draw));
    for (int i = 0; i < 5; ++i) ASSERT_TRUE(ui.click("more:A", draw));
    press(ImGuiKey_Space);
    ASSERT_TRUE(app.view<ui::GroupQuizView>().revealed());
    press(ImGuiKey_Escape);  // the list of questions
    press(ImGuiKey_Escape);  // the slides
    press(ImGuiKey_Escape);  // the session page
    ASSERT_EQ(app.screen(), ui::Screen::Trainer);
    ASSERT_EQ(app.view<ui::TrainerView>().page(), ui::TrainerView::Page::Session);
    EXPECT_TRUE(ui.has("asked:basics-001")) << "the question the room just answered, before any attendance";
    EXPECT_FALSE(store.workshops().find(app.view<ui::TrainerView>().session())->confirmed_at);
}

TEST_F(Workshop, NobodyIsTickedInAdvanceAndACreditGivenByMistakeIsWithdrawnByANewRecord) {
    store.settings().setManagerPin(kPin);
    openTrainerArea();
    // --- the plan: when and where, checked before anything is kept
    typeInto("Trainer", "Sam Trainer");
    ASSERT_TRUE(ui.click("lesson:secrets", draw));
    ASSERT_TRUE(ui.click("person:Ada Lovelace", draw));
    ASSERT_TRUE(ui.click("person:Bob Stone", draw));
    typeInto("Date", "14 May");
    typeInto("Place", "Room 2");
    ASSERT_TRUE(ui.click("Start the session", draw));
    EXPECT_NE(app.view<ui::TrainerView>().message().find("YYYY-MM-DD"), std::string::npos);
    typeInto("Date", "2024-05-14");
    typeInto("Time", "09:30");
    typeInto("Place", " ");
    ASSERT_TRUE(ui.click("Start the session", draw));
    EXPECT_NE(app.view<ui::TrainerView>().message().find("where the session takes place"), std::string::npos);
    EXPECT_TRUE(store.workshops().list().empty());
    typeInto("Place", "Room 2, Lyon");
    ASSERT_TRUE(ui.click("Start the session", draw));
    ui.settle(draw);
    const std::int64_t session = app.view<ui::TrainerView>().session();
    ASSERT_NE(session, 0);
    const auto kept = store.workshops().find(session);
    EXPECT_EQ(kept->date, "2024-05-14");
    EXPECT_EQ(kept->time, "09:30");
    EXPECT_EQ(kept->place, "Room 2, Lyon");
    EXPECT_EQ(store.settings().value("workshop_place"), "Room 2, Lyon") << "offered for the next session";

    // --- attendance: both were expected, nobody is ticked for the trainer
    press(ImGuiKey_Escape);
    ASSERT_EQ(app.screen(), ui::Screen::Trainer);
    EXPECT_TRUE(app.view<ui::TrainerView>().ticked().empty()) << "a no-show gets no credit unless ticked";
    ASSERT_TRUE(ui.click("Confirm attendance", draw));
    EXPECT_FALSE(ui.has("Yes, record attendance")) << "nothing to confirm";
    // The trainer ticks both by mistake: Bob was not there.
    ASSERT_TRUE(ui.click("person:Ada Lovelace", draw));
    ASSERT_TRUE(ui.click("person:Bob Stone", draw));
    ASSERT_TRUE(ui.click("Confirm attendance", draw));
    ASSERT_TRUE(ui.click("Yes, record attendance", draw));
    ui.settle(draw);
    ASSERT_EQ(store.lessons().status(bob, "secrets"), store::LessonStatus::Finished);
    const std::int64_t events_before = store.journal().count();

    // --- the correction: a new record, nothing changed
    ASSERT_TRUE(ui.click("withdraw:Bob Stone", draw));
    ui.settle(draw);
    ASSERT_TRUE(ui.has("Withdrawal reason"));
    typeInto("Withdrawal reason", "ticked by mistake: absent");
    ASSERT_TRUE(ui.click("Withdraw the credit", draw));
    ui.settle(draw);
    EXPECT_EQ(store.journal().count(), events_before + 1);
    EXPECT_EQ(store.lessons().status(bob, "secrets"), store::LessonStatus::NotStarted) << "the lesson no longer counts";
    EXPECT_EQ(store.lessons().status(ada, "secrets"), store::LessonStatus::Finished);
    auto after = store.workshops().find(session);
    EXPECT_EQ(after->attendees, std::vector<std::int64_t>{ada});
    ASSERT_EQ(after->withdrawn.size(), 1u);
    EXPECT_EQ(after->withdrawn[0].by, "Sam Trainer");
    EXPECT_EQ(after->withdrawn[0].reason, "ticked by mistake: absent");
    EXPECT_FALSE(ui.has("withdraw:Bob Stone"));
    EXPECT_TRUE(ui.has("withdraw:Ada Lovelace"));

    // He turns up after all: ticking him again credits him again.
    ASSERT_TRUE(ui.click("person:Bob Stone", draw));
    ASSERT_TRUE(ui.click("Confirm attendance", draw));
    ASSERT_TRUE(ui.click("Yes, record attendance", draw));
    ui.settle(draw);
    EXPECT_EQ(store.lessons().status(bob, "secrets"), store::LessonStatus::Finished);
    EXPECT_EQ(store.workshops().find(session)->attendees, (std::vector<std::int64_t>{ada, bob}));
}

TEST_F(Workshop, TheLearnersRecordSaysWhichWorkshopFinishedALesson) {
    store::NewWorkshop plan{"Sam Trainer", {{"secrets", "Keeping secrets"}, {"brands", "Brands"}}, {ada, bob}};
    plan.date = "2024-05-14";
    plan.time = "09:30";
    plan.place = "Room 2";
    const std::int64_t session = store.workshops().start(plan);
    store.lessons().recordFinished(ada, "brands");  // Ada had read this one herself before
    store.workshops().confirmAttendance(session, {ada, bob});
    store.workshops().withdrawCredit(session, bob, "Sam Trainer", "absent");

    app.unlockWithoutPin(ui::Area::Manager, "Pat Manager");
    auto open = [&](std::int64_t learner) {
        app.view<ui::LearnerDetailView>().setLearner(learner);
        ASSERT_TRUE(app.navigate(ui::Screen::LearnerRecord));
        ui.settle(draw);
        ASSERT_TRUE(ui.click("Lessons", draw));  // the lessons, module by module
        ui.settle(draw);
    };
    open(ada);
    const store::LearnerHistory& history = app.view<ui::LearnerDetailView>().history();
    EXPECT_TRUE(ui.has("credited:secrets")) << "finished at the workshop";
    EXPECT_FALSE(ui.has("credited:brands")) << "she finished it by reading first";
    ASSERT_EQ(history.workshops.size(), 1u);
    EXPECT_EQ(history.workshops[0].date, "2024-05-14");
    EXPECT_EQ(history.workshops[0].trainer, "Sam Trainer");
    EXPECT_EQ(history.workshops[0].place, "Room 2");
    EXPECT_TRUE(ui.has("workshop:" + std::to_string(session)));
    for (const store::LessonHistory& lesson : history.lessons) {
        if (lesson.lesson_id == "secrets") {
            EXPECT_EQ(lesson.workshop_id, session);
        }
    }

    open(bob);
    EXPECT_FALSE(ui.has("credited:secrets")) << "his credit was withdrawn";
    const store::LearnerHistory& bobs = app.view<ui::LearnerDetailView>().history();
    ASSERT_EQ(bobs.workshops.size(), 1u);
    ASSERT_TRUE(bobs.workshops[0].withdrawn_at) << "the record shows the credit and its withdrawal";
    EXPECT_EQ(bobs.workshops[0].reason, "absent");
}
