// When an attempt counts: from the learner's first answer. Opening the role
// quiz and leaving it costs nothing, and the learner's home and the manager's
// record of them count the same attempts.
#include <gtest/gtest.h>

#include "course/course.h"
#include "quiz/responses.h"
#include "harness.h"
#include "store/attempts.h"
#include "store/store.h"
#include "store/sqlite_store.h"
#include "ui/app.h"
#include "ui/home_view.h"
#include "ui/learner_detail_view.h"
#include "ui/quiz_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

struct AttemptCount : ::testing::Test {
    HeadlessUi ui;
    course::Course course = course::loadCourse(std::string(IPPRIMER_FIXTURES) + "/courses/quiz");
    store::SqliteStore store{":memory:"};
    ui::App app{course, store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };
    std::int64_t learner = 0;

    void SetUp() override {
        app.setFonts(ui.buildFonts());
        learner = store.roster().add({"Dana Test", "E1", "", "everyone", ""});
        app.selectLearner(learner);
        ui.settle(draw);
    }
    int attemptsLeftOnHome() {
        app.navigate(ui::Screen::Home);
        ui.settle(draw);
        return app.view<ui::HomeView>().quizHome().roleStanding().attempts_left;
    }
    // The manager's record of the learner: attempts used, and attempts listed.
    std::pair<int, int> managersRecord() {
        app.unlockWithoutPin(ui::Area::Manager, "Test");
        app.view<ui::LearnerDetailView>().setLearner(learner);
        EXPECT_TRUE(app.navigate(ui::Screen::LearnerRecord));
        ui.settle(draw);
        const ui::LearnerDetailView& record = app.view<ui::LearnerDetailView>();
        const int used = record.roleQuiz() ? record.roleQuiz()->attempts_used : -1;
        const int listed = static_cast<int>(record.history().attempts.size());
        app.navigate(ui::Screen::Home);  // leaves and locks the area
        return {used, listed};
    }
};

}  // namespace

TEST_F(AttemptCount, OpeningTheQuizAndLeavingCostsNoAttempt) {
    ASSERT_EQ(attemptsLeftOnHome(), 3);
    ASSERT_TRUE(ui.click("Take the quiz", draw));
    ASSERT_EQ(app.screen(), ui::Screen::Quiz);
    ASSERT_TRUE(ui.click("Home", draw));
    EXPECT_EQ(attemptsLeftOnHome(), 3) << "nothing answered, nothing used";
    EXPECT_TRUE(store.attempts().attempts(learner, "role:everyone").empty());
    EXPECT_EQ(managersRecord(), std::make_pair(0, 0));
}

TEST_F(AttemptCount, TheFirstAnswerUsesAnAttemptAndHomeAndTheRecordAgree) {
    ASSERT_TRUE(ui.click("Take the quiz", draw));
    ui::QuizView& quiz = app.view<ui::QuizView>();
    const quiz::Response best = quiz::bestResponse(*quiz.panel().shown()->question);
    if (best.text.empty())
        quiz.panel().setResponse(best);
    else
        ASSERT_TRUE(ui.replaceText("Answer", best.text, draw));  // typed, as the field takes it
    ASSERT_TRUE(ui.click("Submit answer", draw));
    ASSERT_NE(quiz.attemptId(), 0);
    EXPECT_EQ(attemptsLeftOnHome(), 2);
    EXPECT_EQ(managersRecord(), std::make_pair(1, 1)) << "home says 2 of 3 left: the record says 1 used, and lists 1";
}

TEST_F(AttemptCount, AnAttemptLeftWithoutAnAnswerByAnEarlierVersionCountsNowhere) {
    store::Attempts& attempts = store.attempts();
    const std::int64_t finished = attempts.start(learner, {"role:everyone", "role", 1, {"secrets-mc"}});
    attempts.recordAnswer(learner, finished, {"secrets-mc", 0.0, "{}", 1000});
    attempts.finish(learner, finished, {0, false, 80, 1000});
    attempts.start(learner, {"role:everyone", "role", 2, {"secrets-mc"}});  // opened, never answered
    EXPECT_EQ(attemptsLeftOnHome(), 2);
    EXPECT_EQ(app.view<ui::HomeView>().quizHome().roleStanding().state, store::QuizState::Failed)
        << "not 'in progress'";
    EXPECT_EQ(managersRecord(), std::make_pair(1, 1));
}
