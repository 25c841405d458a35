// A quiz broken off by a crash: a real process records half an attempt the
// way the quiz screen does and is killed with SIGKILL (no clean shutdown, the
// WAL not checkpointed); the next start offers the attempt with its answers.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "course/course.h"
#include "harness.h"
#include "progress/quiz_assembly.h"
#include "quiz/responses.h"
#include "store/attempts.h"
#include "store/sqlite_store.h"
#include "ui/app.h"
#include "ui/quiz_view.h"
#include "temp_folder.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

constexpr std::uint64_t kSeed = 4242;
constexpr int kAnswered = 3;

// The child: a learner, an attempt of their role quiz, three answers given,
// each committed as the quiz screen commits it; then it waits to be killed.
[[noreturn]] void recordHalfAnAttempt(const std::filesystem::path& db, const course::Course& course, int ready_fd) {
    store::SqliteStore store{db};
    const std::int64_t learner = store.roster().add({"Kim Crash", "", "", "everyone", ""});
    store.settings().set("last_learner", std::to_string(learner));
    const progress::QuizPlan plan = *progress::drawQuiz(course, "role:everyone", "everyone", kSeed);
    store::Attempts& attempts = store.attempts();
    const std::int64_t id = attempts.start(learner, {plan.quiz_id, "role", plan.seed, plan.questionIds()});
    for (int i = 0; i < kAnswered; ++i) {
        const quiz::Question& q = *plan.questions[static_cast<std::size_t>(i)].question;
        const quiz::Response response = i == 1 ? quiz::wrongResponse(q) : quiz::bestResponse(q);
        attempts.recordAnswer(learner, id, {q.id, quiz::score(q, response).fraction, quiz::responseToJson(q, response).dump(), 5000});
    }
    const char byte = 1;
    if (write(ready_fd, &byte, 1) != 1) _exit(3);
    for (;;) pause();  // killed here, with the database still open
}

}  // namespace

TEST(QuizResume, AnAttemptKilledHalfWayIsOfferedWithItsAnswersInPlace) {
    const course::Course course = course::loadCourse(std::string(IPPRIMER_FIXTURES) + "/courses/quiz");
    const ipprimer::testing::TempFolder temp("ipprimer-resume");
    const std::filesystem::path dir = temp.path();
    const std::filesystem::path db = dir / "progress.db";

    int ready[2];
    ASSERT_EQ(pipe(ready), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        close(ready[0]);
        recordHalfAnAttempt(db, course, ready[1]);
    }
    close(ready[1]);
    char byte = 0;
    ASSERT_EQ(read(ready[0], &byte, 1), 1) << "the child did not record its answers";
    close(ready[0]);
    ASSERT_EQ(kill(child, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status));
    EXPECT_TRUE(std::filesystem::exists(db.string() + "-wal")) << "killed before any clean close";

    // The next start: a fresh store and app; the learner picks their profile.
    {
        store::SqliteStore store{db};
        HeadlessUi ui;
        ui::App app(course, store, nullptr);
        app.setFonts(ui.buildFonts());
        std::function<void()> draw = [&] { app.frame(); };
        ui.settle(draw);
        ASSERT_EQ(app.screen(), ui::Screen::Profiles);
        ASSERT_TRUE(ui.click("Kim Crash", draw));
        ui.settle(draw);
        ASSERT_EQ(app.screen(), ui::Screen::Home);
        ASSERT_TRUE(ui.has("Resume")) << "the unfinished attempt is offered at once";
        ASSERT_TRUE(ui.click("Resume", draw));
        ASSERT_EQ(app.screen(), ui::Screen::Quiz);

        const ui::QuizView& quiz = app.view<ui::QuizView>();
        const progress::QuizPlan expected = *progress::drawQuiz(course, "role:everyone", "everyone", kSeed);
        ASSERT_EQ(quiz.plan().questionIds(), expected.questionIds()) << "the same questions in the same order";
        EXPECT_EQ(quiz.answeredCount(), kAnswered);
        EXPECT_EQ(quiz.page(), kAnswered) << "it goes on at the first question not answered";
        for (int i = 0; i < kAnswered; ++i) {
            const quiz::Question& q = *expected.questions[static_cast<std::size_t>(i)].question;
            const quiz::Response given = i == 1 ? quiz::wrongResponse(q) : quiz::bestResponse(q);
            ASSERT_TRUE(quiz.recordedResponse(i)) << q.id;
            EXPECT_EQ(quiz.recordedResponse(i)->chosen, given.chosen) << q.id;
            EXPECT_EQ(quiz.recordedResponse(i)->truth, given.truth) << q.id;
            EXPECT_EQ(quiz.recordedResponse(i)->text, given.text) << q.id;
            EXPECT_EQ(quiz.recordedResponse(i)->matched, given.matched) << q.id;
            EXPECT_EQ(quiz.plan().questions[static_cast<std::size_t>(i)].answer_order,
                      expected.questions[static_cast<std::size_t>(i)].answer_order)
                << "answers in the order first shown";
        }
        // The answer shown on going back is the one given before the crash.
        ASSERT_TRUE(ui.click("\xE2\x86\x90 Previous", draw));
        EXPECT_EQ(app.view<ui::QuizView>().panel().response().chosen, quiz.recordedResponse(kAnswered - 1)->chosen);
        EXPECT_EQ(app.view<ui::QuizView>().panel().response().truth, quiz.recordedResponse(kAnswered - 1)->truth);
    }
}
