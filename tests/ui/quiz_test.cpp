// Quizzes taken headless as a learner takes them: clicking options, typing
// answers, choosing matches, digits and Enter; then what the store holds.
#include <gtest/gtest.h>

#include <algorithm>

#include "course/course.h"
#include "harness.h"
#include "quiz/responses.h"
#include "store/attempts.h"
#include "store/store.h"
#include "store/sqlite_store.h"
#include "ui/app.h"
#include "ui/home_view.h"
#include "ui/quiz_view.h"
#include "ui/reader_view.h"
#include "ui/result_view.h"
#include "ui/review_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

constexpr std::int64_t kDay = 86'400'000;
constexpr std::int64_t kStart = 1'741'608'000'000;  // 2025-03-10 12:00 UTC

struct QuizFlow : ::testing::Test {
    HeadlessUi ui;
    course::Course course = course::loadCourse(std::string(IPPRIMER_FIXTURES) + "/courses/quiz");
    store::SqliteStore store{":memory:"};
    std::int64_t now = kStart;
    ui::App app{course, store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };
    std::int64_t learner = 0;

    void SetUp() override {
        ASSERT_TRUE(course.diagnostics.empty());
        store.setClock([this] { return now; });
        app.setFonts(ui.buildFonts());
        learner = store.roster().add({"Dana Test", "", "", "everyone", ""});
        app.selectLearner(learner);
        ui.settle(draw);
    }

    // Answers the question on screen with the mouse and keyboard: the right
    // answer, or a wrong one.
    void answerByHand(bool right) { answerByHand(app.view<ui::QuizView>().panel(), right); }
    void answerByHand(const ui::QuestionPanel& panel, bool right) {
        const progress::PresentedQuestion& shown = *panel.shown();
        const quiz::Question& q = *shown.question;
        const quiz::Response target = right ? quiz::bestResponse(q) : quiz::wrongResponse(q);
        auto position = [&](int index) {
            auto it = std::find(shown.answer_order.begin(), shown.answer_order.end(), index);
            return std::to_string(it - shown.answer_order.begin() + 1);
        };
        switch (q.type) {
            case quiz::QuestionType::MultipleChoice:
            case quiz::QuestionType::MultipleAnswer:
                for (int index : target.chosen) ASSERT_TRUE(ui.click("option:" + position(index), draw)) << q.id;
                break;
            case quiz::QuestionType::TrueFalse:
                ASSERT_TRUE(ui.click(*target.truth ? "True" : "False", draw));
                break;
            case quiz::QuestionType::ShortAnswer:
            case quiz::QuestionType::Numerical:
                ASSERT_TRUE(ui.click("Answer", draw));
                ui.type(target.text, draw);
                break;
            case quiz::QuestionType::Matching: {
                int item = 0;
                for (std::size_t i = 0; i < q.pairs.size(); ++i) {
                    if (q.pairs[i].item.empty()) continue;
                    ASSERT_TRUE(ui.click("match:" + std::to_string(++item), draw));
                    ui.settle(draw);
                    ASSERT_TRUE(ui.click(q.pairs[static_cast<std::size_t>(target.matched[i])].match, draw))
                        << "the list of matches did not open";
                }
                break;
            }
            default: FAIL() << "unexpected question type";
        }
        ui.settle(draw);
    }

    store::AttemptRecord record(std::int64_t id) { return store.attempts().attempt(id).value(); }
};

}  // namespace

TEST_F(QuizFlow, AWholeRoleQuizByClickingAndTypingRecordsEachAnswerAtOnce) {
    ASSERT_TRUE(ui.click("Take the quiz", draw));
    ASSERT_EQ(app.screen(), ui::Screen::Quiz);
    // An attempt counts from its first answer: opening the quiz records none.
    EXPECT_EQ(app.view<ui::QuizView>().attemptId(), 0);
    EXPECT_TRUE(store.attempts().attempts(learner, "role:everyone").empty());
    std::int64_t attempt = 0;
    ASSERT_EQ(app.view<ui::QuizView>().questionCount(), 6);

    int wrong = 0;
    for (int i = 0; i < 6; ++i) {
        ASSERT_EQ(app.view<ui::QuizView>().page(), i);
        EXPECT_TRUE(ui.has("Progress"));
        const quiz::Question& q = *app.view<ui::QuizView>().plan().questions[static_cast<std::size_t>(i)].question;
        const bool right = q.type != quiz::QuestionType::TrueFalse;  // one wrong answer
        wrong += !right;
        EXPECT_FALSE(app.view<ui::QuizView>().panel().answered());
        answerByHand(right);
        ASSERT_TRUE(app.view<ui::QuizView>().panel().answered()) << q.id;
        const quiz::Response given = app.view<ui::QuizView>().panel().response();
        if (i % 2 == 0)
            ASSERT_TRUE(ui.click("Submit answer", draw));
        else
            ui.press(ImGuiKey_Enter, draw);
        if (i == 0) {
            attempt = app.view<ui::QuizView>().attemptId();
            ASSERT_NE(attempt, 0);
            EXPECT_EQ(record(attempt).question_ids, app.view<ui::QuizView>().plan().questionIds()) << "the draw is recorded";
        }

        // In the store before anything else happens.
        const store::AttemptRecord now_recorded = record(attempt);
        ASSERT_EQ(now_recorded.answers.size(), static_cast<std::size_t>(i + 1)) << q.id;
        const store::RecordedAnswer& last = now_recorded.answers.back();
        EXPECT_EQ(last.question_id, q.id);
        EXPECT_NEAR(last.score, right ? 1.0 : 0.0, 1e-6) << q.id;
        EXPECT_GE(last.duration_ms, 0);
        const quiz::Response stored = quiz::parseResponse(last.response).value();
        EXPECT_EQ(stored.chosen, given.chosen);
        EXPECT_EQ(stored.truth, given.truth);
        EXPECT_EQ(stored.text, given.text);
        EXPECT_EQ(stored.matched, given.matched);
        if (i < 5) {
            EXPECT_FALSE(app.view<ui::QuizView>().showingFeedback()) << "the role quiz keeps feedback for the end";
        }
    }
    ASSERT_EQ(wrong, 1);
    ASSERT_EQ(app.screen(), ui::Screen::Result);
    const store::AttemptRecord done = record(attempt);
    ASSERT_TRUE(done.finished());
    EXPECT_NEAR(done.outcome->percent, 500.0 / 6, 1e-6);
    EXPECT_TRUE(done.outcome->passed) << "83% against a pass mark of 80%";
    EXPECT_EQ(done.outcome->pass_mark, 80);
    EXPECT_EQ(app.view<ui::ResultView>().attemptId(), attempt);
    EXPECT_EQ(app.view<ui::ResultView>().reviewCount(), 6) << "every question is reviewed on the result page";
    EXPECT_FALSE(app.view<ui::QuizView>().active());

    ASSERT_TRUE(ui.click("Back to home", draw));
    ui.settle(draw);
    EXPECT_TRUE(ui.has("See your last result"));
    EXPECT_FALSE(ui.has("Take the quiz")) << "passed: the quiz is not offered as new";
}

TEST_F(QuizFlow, PracticeSaysWhyAfterEachAnswerAndItsLinkOpensTheLesson) {
    ASSERT_TRUE(ui.click("practice:secrets", draw));
    ASSERT_EQ(app.screen(), ui::Screen::Quiz);
    ASSERT_EQ(app.view<ui::QuizView>().plan().kind, progress::QuizKind::Practice);
    ASSERT_EQ(app.view<ui::QuizView>().questionCount(), 3);

    // A wrong option picked with its digit, submitted with Enter.
    const progress::PresentedQuestion& shown = *app.view<ui::QuizView>().panel().shown();
    const quiz::Question& q = *shown.question;
    int wrong_position = 0;
    if (q.type == quiz::QuestionType::TrueFalse) {
        wrong_position = q.truth ? 2 : 1;
    } else {
        for (std::size_t p = 0; p < shown.answer_order.size() && !wrong_position; ++p)
            if (q.answers[static_cast<std::size_t>(shown.answer_order[p])].fraction <= 0) wrong_position = static_cast<int>(p + 1);
    }
    ASSERT_GT(wrong_position, 0);
    ui.type(std::to_string(wrong_position), draw);
    ASSERT_TRUE(app.view<ui::QuizView>().panel().answered()) << "the digit picked an option";
    ui.press(ImGuiKey_Enter, draw);
    ASSERT_TRUE(app.view<ui::QuizView>().showingFeedback());
    EXPECT_FALSE(app.view<ui::QuizView>().panel().outcome()->correct);
    EXPECT_EQ(record(app.view<ui::QuizView>().attemptId()).answers.size(), 1u);
    ui.settle(draw);

    // Why, with the lesson one click away; the quiz waits.
    ASSERT_TRUE(ui.has("read:trade-secrets"));
    ASSERT_TRUE(ui.click("read:trade-secrets", draw));
    ASSERT_EQ(app.screen(), ui::Screen::Reader);
    EXPECT_EQ(app.view<ui::ReaderView>().lesson()->id, "trade-secrets");
    ASSERT_TRUE(ui.click("Back to the quiz", draw));
    ASSERT_EQ(app.screen(), ui::Screen::Quiz);
    EXPECT_EQ(app.view<ui::QuizView>().page(), 0);
    EXPECT_TRUE(app.view<ui::QuizView>().showingFeedback());

    ui.press(ImGuiKey_Enter, draw);
    EXPECT_EQ(app.view<ui::QuizView>().page(), 1) << "Enter goes on after the feedback";
    EXPECT_FALSE(app.view<ui::QuizView>().showingFeedback());
}

TEST_F(QuizFlow, LeavingHalfWayAndComingBackKeepsTheAnswersInPlace) {
    ASSERT_TRUE(ui.click("Take the quiz", draw));
    std::vector<quiz::Response> given;
    for (int i = 0; i < 2; ++i) {
        answerByHand(true);
        given.push_back(app.view<ui::QuizView>().panel().response());
        ASSERT_TRUE(ui.click("Submit answer", draw));
    }
    const std::int64_t attempt = app.view<ui::QuizView>().attemptId();
    ASSERT_TRUE(ui.click("Home", draw));
    ui.settle(draw);
    ASSERT_EQ(app.screen(), ui::Screen::Home);
    ASSERT_TRUE(ui.has("Back to the quiz")) << "the open quiz is one click away";
    ASSERT_TRUE(ui.click("Resume the quiz", draw));
    ASSERT_EQ(app.screen(), ui::Screen::Quiz);
    EXPECT_EQ(app.view<ui::QuizView>().attemptId(), attempt) << "the same attempt, not a new one";
    EXPECT_EQ(app.view<ui::QuizView>().page(), 2);
    EXPECT_EQ(app.view<ui::QuizView>().answeredCount(), 2);

    // Back one page: the earlier answer is there, locked.
    ASSERT_TRUE(ui.click("\xE2\x86\x90 Previous", draw));
    EXPECT_EQ(app.view<ui::QuizView>().page(), 1);
    EXPECT_EQ(app.view<ui::QuizView>().panel().response().chosen, given[1].chosen);
    EXPECT_EQ(app.view<ui::QuizView>().panel().response().text, given[1].text);
    EXPECT_EQ(app.view<ui::QuizView>().panel().response().truth, given[1].truth);
    EXPECT_TRUE(app.view<ui::QuizView>().isAnswered(1));
    EXPECT_EQ(store.attempts().attempts(learner, "role:everyone").size(), 1u);
}

TEST_F(QuizFlow, NoAttemptsLeftMeansNoNewAttempt) {
    store::Attempts& attempts = store.attempts();
    for (int i = 0; i < 3; ++i) {
        const std::int64_t id = attempts.start(learner, {"role:everyone", "role", 1, {"secrets-mc"}});
        attempts.finish(learner, id, {0, false, 80, 1000});
    }
    app.navigate(ui::Screen::Home);
    ui.settle(draw);
    ASSERT_TRUE(ui.has("Try again"));
    ASSERT_TRUE(ui.click("Try again", draw));
    EXPECT_EQ(app.screen(), ui::Screen::Home) << "the button is disabled";
    app.startQuiz("role:everyone");
    EXPECT_EQ(app.screen(), ui::Screen::Home);
    EXPECT_NE(app.statusMessage().find("every attempt"), std::string::npos) << app.statusMessage();
    EXPECT_EQ(attempts.attempts(learner, "role:everyone").size(), 3u);
}

TEST_F(QuizFlow, MissedQuestionsComeBackForReviewTheSameDayAndTheNext) {
    ASSERT_TRUE(ui.click("Take the quiz", draw));
    for (int i = 0; i < 6; ++i) {
        answerByHand(false);
        ASSERT_TRUE(ui.click("Submit answer", draw));
    }
    ASSERT_EQ(app.screen(), ui::Screen::Result);
    ui.settle(draw);
    // Issue 13: what was missed is offered the same day too (it was not before).
    EXPECT_TRUE(ui.has("Review now")) << "missed questions can be reviewed the same day";
    app.navigate(ui::Screen::Home);
    ui.settle(draw);
    EXPECT_EQ(app.view<ui::HomeView>().quizHome().reviewsDue(), 5) << "home offers them today, up to the daily cap";

    // Not reviewed today: they are due the next day as before.
    now += kDay;
    app.navigate(ui::Screen::Home);
    ui.settle(draw);
    ASSERT_TRUE(ui.click("Review now", draw));
    ASSERT_EQ(app.screen(), ui::Screen::Review);
    EXPECT_EQ(app.view<ui::ReviewView>().total(), 5) << "six are due; the course's daily cap is five";

    const std::string first = app.view<ui::ReviewView>().panel().shown()->question->id;
    answerByHand(app.view<ui::ReviewView>().panel(), true);
    ASSERT_TRUE(ui.click("Submit answer", draw));
    ASSERT_TRUE(app.view<ui::ReviewView>().panel().outcome());
    EXPECT_TRUE(app.view<ui::ReviewView>().panel().outcome()->correct);
    const auto history = store.attempts().answerHistory(learner);
    ASSERT_EQ(history.size(), 7u);
    EXPECT_EQ(history.back().question_id, first);
    EXPECT_TRUE(history.back().review) << "a review answer belongs to no attempt";
    ui.press(ImGuiKey_Enter, draw);
    EXPECT_EQ(app.view<ui::ReviewView>().position(), 1);
}
