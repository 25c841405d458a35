// One number for a question's mark, wherever it is shown: the result page's
// "0.75 of 1 point" beside "Partly right: 0.75 of 1 point", never "0.8 of 1"
// beside "75% of the mark".
#include <gtest/gtest.h>

#include "course/course.h"
#include "harness.h"
#include "progress/quiz_assembly.h"
#include "quiz/responses.h"
#include "store/attempts.h"
#include "store/store.h"
#include "store/sqlite_store.h"
#include "ui/app.h"
#include "ui/result_view.h"
#include "ui/score_text.h"

using namespace ipprimer;

TEST(ScoreText, PointsKeepTwoDecimalsAndDropTrailingZeros) {
    EXPECT_EQ(ui::pointsText(1.0), "1");
    EXPECT_EQ(ui::pointsText(0.0), "0");
    EXPECT_EQ(ui::pointsText(0.75), "0.75");
    EXPECT_EQ(ui::pointsText(0.5), "0.5");
    EXPECT_EQ(ui::pointsText(1.0 / 3), "0.33");
    EXPECT_EQ(ui::pointsText(12.5), "12.5");
    EXPECT_EQ(ui::pointsText(14.999999), "15");
    EXPECT_EQ(ui::percentText(83.3), "83%");
}

TEST(ScoreText, TheVerdictSaysTheSameNumberAsTheMark) {
    for (double fraction : {0.25, 1.0 / 3, 0.5, 2.0 / 3, 0.75, 0.8}) {
        const std::string mark = ui::markText(fraction);
        const std::string verdict = ui::verdictText(fraction, true);
        EXPECT_NE(verdict.find(mark), std::string::npos) << verdict << " beside " << mark;
    }
    EXPECT_EQ(ui::verdictText(1.0, true), "Right");
    EXPECT_EQ(ui::verdictText(0.0, true), "Not right");
    EXPECT_EQ(ui::verdictText(0.0, false), "Not answered");
}

TEST(ScoreText, TheResultPageShowsOneNumberForAPartlyRightAnswer) {
    ipprimer::testing::HeadlessUi ui;
    course::Course course = course::loadCourse(std::string(IPPRIMER_FIXTURES) + "/courses/quiz");
    store::SqliteStore store{":memory:"};
    ui::App app{course, store, nullptr};
    app.setFonts(ui.buildFonts());
    std::function<void()> draw = [&] { app.frame(); };
    const std::int64_t learner = store.roster().add({"Dana Test", "", "", "everyone", ""});
    app.selectLearner(learner);
    // Three quarters of a mark, as a multiple-answer question can give.
    const quiz::Question& q = *course.question("secrets-ma");
    store::Attempts& attempts = store.attempts();
    const std::int64_t id = attempts.start(learner, {"module:secrets", "practice", 1, {q.id}});
    attempts.recordAnswer(learner, id, {q.id, 0.75, quiz::responseToJson(q, quiz::bestResponse(q)).dump(), 1000});
    attempts.finish(learner, id, {75, false, 80, 1000});
    app.view<ui::ResultView>().setAttempt(id);
    ASSERT_TRUE(app.navigate(ui::Screen::Result));
    ui.settle(draw);
    EXPECT_TRUE(ui.has("Mark: 0.75 of 1 point"));
    EXPECT_TRUE(ui.has("Verdict: Partly right: 0.75 of 1 point"));
}
