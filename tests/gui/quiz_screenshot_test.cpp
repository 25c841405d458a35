// The quiz screenshots in a real window under Xvfb: the first question of a
// fresh attempt, drawn the same every time, and a result with right and
// wrong answers; a learner's own database is never written to.
#include <gtest/gtest.h>

#include <filesystem>

#include "picture.h"
#include "process.h"
#include "temp_folder.h"
#include "store/sqlite_store.h"

using namespace ipprimer;
using namespace ipprimer::testing;


TEST(GuiQuizScreenshot, TheFirstQuestionOfAFreshAttemptIsTheSameEveryTime) {
    const TempFolder temp("ipprimer-quiz-shot");
    const std::string dir = temp.path().string();
    auto first = runIpprimerOnDisplay({"screenshot", "quiz:it", dir + "/a.png"});
    auto second = runIpprimerOnDisplay({"screenshot", "quiz:it", dir + "/b.png"});
    ASSERT_EQ(first.exit_code, 0) << first.err;
    ASSERT_EQ(second.exit_code, 0) << second.err;
    Picture a, b;
    ASSERT_TRUE(a.load(dir + "/a.png"));
    ASSERT_TRUE(b.load(dir + "/b.png"));
    EXPECT_GT(a.inkShare(), 0.01) << "the question and its answers are drawn";
    EXPECT_EQ(a.rgba, b.rgba) << "a fixed seed draws the same question with the same answer order";

    auto practice = runIpprimerOnDisplay({"screenshot", "quiz:why-ip", dir + "/c.png"});
    ASSERT_EQ(practice.exit_code, 0) << practice.err;
    Picture c;
    ASSERT_TRUE(c.load(dir + "/c.png"));
    EXPECT_NE(a.rgba, c.rgba) << "a module's practice quiz is another quiz";
}

TEST(GuiQuizScreenshot, TheResultShowsRightAndWrongAnswers) {
    const TempFolder temp("ipprimer-quiz-shot");
    const std::string dir = temp.path().string();
    auto r = runIpprimerOnDisplay({"screenshot", "result:it", dir + "/result.png", "--height", "1400"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    Picture p;
    ASSERT_TRUE(p.load(dir + "/result.png"));
    EXPECT_GT(p.near(28, 110, 60), 200) << "green (the light theme's done colour): right answers and topics";
    EXPECT_GT(p.near(180, 40, 40), 50) << "red: the verdict or a wrong answer";
}

TEST(GuiQuizScreenshot, UnknownQuizzesAreAClearErrorAndALearnersDatabaseIsLeftAlone) {
    const TempFolder temp("ipprimer-quiz-shot");
    const std::string dir = temp.path().string();
    auto unknown = runIpprimerOnDisplay({"screenshot", "quiz:nobody", dir + "/x.png"});
    EXPECT_EQ(unknown.exit_code, 1);
    EXPECT_NE(unknown.err.find("'nobody' is no role or module"), std::string::npos) << unknown.err;
    auto module_result = runIpprimerOnDisplay({"screenshot", "result:why-ip", dir + "/x.png"});
    EXPECT_EQ(module_result.exit_code, 1);
    EXPECT_NE(module_result.err.find("no role 'why-ip'"), std::string::npos) << module_result.err;

    const std::string db = dir + "/progress.db";
    std::int64_t before = 0;
    {
        ipprimer::store::SqliteStore store{db};
        store.roster().add({"Real Person", "", "", "it", ""});
        before = store.journal().count();
    }
    auto shot = runIpprimerOnDisplay({"screenshot", "result:it", dir + "/y.png", "--db", db});
    ASSERT_EQ(shot.exit_code, 0) << shot.err;
    EXPECT_EQ(ipprimer::store::SqliteStore(db).journal().count(), before) << "no made-up attempt in a learner's records";
}
