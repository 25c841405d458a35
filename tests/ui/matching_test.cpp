// Matching questions as a learner meets them: every chosen match shown whole
// (never "Recording it in an IP asset registe"), every match in the list
// whole, and an answer with rows left blank submitted only when the learner
// says so, with the blank rows named.
#include <gtest/gtest.h>

#include "course/course.h"
#include "harness.h"
#include "progress/quiz_assembly.h"
#include "quiz/responses.h"
#include "store/attempts.h"
#include "store/store.h"
#include "store/sqlite_store.h"
#include "ui/app.h"
#include "ui/question_panel.h"
#include "ui/quiz_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

// The height a chooser needs to show `text` whole, at the chooser's width.
float neededHeight(const std::string& text, const ui::ItemRect& chooser) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float inner = chooser.max.x - chooser.min.x - style.FramePadding.x * 2 - ImGui::GetFontSize() * 1.3f;
    return ImGui::CalcTextSize(text.c_str(), nullptr, false, inner).y + style.FramePadding.y * 2;
}

struct MatchingPanel : ::testing::Test {
    HeadlessUi ui;
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::SqliteStore store{":memory:"};
    ui::App app{course, store, nullptr};
    ui::QuestionPanel panel;
    std::function<void()> draw = [this] {
        ui::clearItemRegistry();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("panel", nullptr, ImGuiWindowFlags_NoDecoration);
        panel.draw(app, ImGui::GetFontSize() * 42, false);
        ImGui::End();
    };

    void SetUp() override { app.setFonts(ui.buildFonts()); }
    const quiz::Question& question(const std::string& id) {
        const quiz::Question* q = course.question(id);
        if (!q) throw std::runtime_error("no question " + id);
        return *q;
    }
};

}  // namespace

TEST_F(MatchingPanel, EveryChosenMatchAndEveryMatchInTheListIsShownWhole) {
    for (const char* id : {"why-ip-015", "ip-at-work-004"}) {
        const quiz::Question& q = question(id);
        ASSERT_EQ(q.type, quiz::QuestionType::Matching) << id;
        panel.load(progress::presentQuestion(q, course.moduleOfQuestion(q.id), 7));
        // Each match in turn chosen for the first row: the chooser grows to hold it.
        for (std::size_t choice = 0; choice < q.pairs.size(); ++choice) {
            quiz::Response response;
            response.matched.assign(q.pairs.size(), -1);
            response.matched[0] = static_cast<int>(choice);
            panel.setResponse(response);
            ui.settle(draw, 2);
            const ui::ItemRect* chooser = ui::findItem("match:1");
            ASSERT_NE(chooser, nullptr);
            EXPECT_GE(chooser->max.y - chooser->min.y + 0.5f, neededHeight(q.pairs[choice].match, *chooser))
                << id << ": \"" << q.pairs[choice].match << "\" is cut";
        }
        // The list: each match recorded whole, none cut to the chooser's width.
        ASSERT_TRUE(ui.click("match:2", draw));
        ui.settle(draw, 2);
        for (const quiz::MatchPair& pair : q.pairs) {
            const ui::ItemRect* entry = ui::findItem(pair.match);
            ASSERT_NE(entry, nullptr) << id << ": \"" << pair.match << "\" is not in the list";
            const float width = entry->max.x - entry->min.x - ImGui::GetStyle().FramePadding.x * 2;
            EXPECT_GE(entry->max.y - entry->min.y + 0.5f, ImGui::CalcTextSize(pair.match.c_str(), nullptr, false, width).y)
                << id << ": \"" << pair.match << "\" is cut in the list";
        }
        ASSERT_TRUE(ui.click(q.pairs[3].match, draw));
        EXPECT_EQ(panel.response().matched[1], 3) << "a match chosen from the list";
    }
}

TEST_F(MatchingPanel, BlankRowsAreNamed) {
    const quiz::Question& q = question("ip-at-work-004");
    panel.load(progress::presentQuestion(q, course.moduleOfQuestion(q.id), 7));
    EXPECT_EQ(panel.blankRows(), (std::vector<int>{1, 2, 3, 4}));
    quiz::Response response;
    response.matched = {0, -1, 2, -1};
    panel.setResponse(response);
    EXPECT_EQ(panel.blankRows(), (std::vector<int>{2, 4}));
    EXPECT_FALSE(panel.mayBeSubmitted()) << "the first Submit asks";
    EXPECT_TRUE(panel.askingAboutBlanks());
}

TEST(MatchingQuiz, RowsLeftBlankAreSubmittedOnlyWhenTheLearnerSaysSo) {
    HeadlessUi ui;
    course::Course course = course::loadCourse(std::string(IPPRIMER_FIXTURES) + "/courses/quiz");
    store::SqliteStore store{":memory:"};
    ui::App app{course, store, nullptr};
    app.setFonts(ui.buildFonts());
    std::function<void()> draw = [&] { app.frame(); };
    const std::int64_t learner = store.roster().add({"Dana Test", "", "", "designer", ""});
    app.selectLearner(learner);
    app.startQuiz("module:brands", 5);
    ui.settle(draw);
    ui::QuizView& quiz = app.view<ui::QuizView>();
    // On to the matching question, answering the others.
    while (quiz.panel().shown()->question->type != quiz::QuestionType::Matching) {
        const quiz::Question& other = *quiz.panel().shown()->question;
        const quiz::Response best = quiz::bestResponse(other);
        if (best.text.empty())
            quiz.panel().setResponse(best);
        else
            ASSERT_TRUE(ui.replaceText("Answer", best.text, draw));  // typed, as the field takes it
        ASSERT_TRUE(ui.click("Submit answer", draw));
        ASSERT_TRUE(quiz.isAnswered(quiz.page())) << other.id;
        ASSERT_TRUE(ui.click("Next question", draw));
    }
    const int page = quiz.page();
    const quiz::Question& q = *quiz.panel().shown()->question;
    ASSERT_TRUE(ui.click("match:1", draw));
    ASSERT_TRUE(ui.click(q.pairs[0].match, draw));
    EXPECT_EQ(quiz.panel().blankRows(), (std::vector<int>{2, 3}));

    // Submit asks, naming the rows; nothing is recorded.
    ASSERT_TRUE(ui.click("Submit answer", draw));
    EXPECT_FALSE(quiz.isAnswered(page));
    EXPECT_TRUE(ui.has("Submit with blank rows"));
    EXPECT_TRUE(ui.has("Keep answering"));
    ui.press(ImGuiKey_Enter, draw);
    EXPECT_FALSE(quiz.isAnswered(page)) << "Enter alone does not send blank rows";

    // Keep answering, fill one more, and send the last blank on purpose.
    ASSERT_TRUE(ui.click("Keep answering", draw));
    EXPECT_FALSE(ui.has("Submit with blank rows"));
    ASSERT_TRUE(ui.click("match:2", draw));
    ASSERT_TRUE(ui.click(q.pairs[1].match, draw));
    ASSERT_TRUE(ui.click("Submit answer", draw));
    EXPECT_FALSE(quiz.isAnswered(page));
    EXPECT_EQ(quiz.panel().blankRows(), (std::vector<int>{3}));
    ASSERT_TRUE(ui.click("Submit with blank rows", draw));
    EXPECT_TRUE(quiz.isAnswered(page));
    const store::AttemptRecord record = *store.attempts().attempt(quiz.attemptId());
    const quiz::Response stored = quiz::parseResponse(record.answers.back().response).value();
    EXPECT_EQ(stored.matched[2], -1) << "the blank row is recorded blank";
}
