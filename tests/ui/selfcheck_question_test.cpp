// The self-check's question controls, driven headless: each kind of question
// gives the answer a person means, and what it cannot take is said, not taken.
#include <gtest/gtest.h>

#include "course/course.h"
#include "harness.h"
#include "ui/selfcheck_question.h"

using namespace ipprimer;
using progress::Answer;

namespace {

struct QuestionFixture : ::testing::Test {
    ipprimer::testing::HeadlessUi ui;
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    ui::QuestionInput input;
    const course::Question* question = nullptr;
    progress::Answers recorded;
    std::optional<Answer> last_time;
    std::vector<Answer> given;  // every answer the control gave, in order

    std::function<void()> draw = [this] {
        ui::clearItemRegistry();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("question");
        const auto found = recorded.find(question->id);
        if (auto answer = input.draw(*question, found == recorded.end() ? nullptr : &found->second,
                                     last_time ? &*last_time : nullptr, 600)) {
            given.push_back(*answer);
            recorded[question->id] = *answer;
        }
        ImGui::End();
    };

    void ask(const char* id) {
        question = course.selfcheck.question(id);
        ASSERT_NE(question, nullptr) << id;
        ui.settle(draw);
    }
};

}  // namespace

TEST_F(QuestionFixture, AChoiceIsOneClick) {
    ask("ip-lead");
    ASSERT_TRUE(ui.click("ip-lead=unsure", draw));
    ASSERT_EQ(given.size(), 1u);
    EXPECT_EQ(given.back(), Answer{{"unsure"}});
    ASSERT_TRUE(ui.click("ip-lead=yes", draw));
    EXPECT_EQ(recorded["ip-lead"], Answer{{"yes"}});
    EXPECT_EQ(given.size(), 2u);
}

TEST_F(QuestionFixture, TicksAddUpAndNoneIsAnAnswerToo) {
    ask("offer");
    ASSERT_TRUE(ui.click("offer+software", draw));
    ASSERT_TRUE(ui.click("offer+goods", draw));
    EXPECT_EQ(recorded["offer"], (Answer{{"goods", "software"}})) << "in the question's order";
    ASSERT_TRUE(ui.click("offer+software", draw));
    EXPECT_EQ(recorded["offer"], Answer{{"goods"}});
    ASSERT_TRUE(ui.click("offer+none", draw));
    EXPECT_EQ(recorded["offer"], Answer{});
    EXPECT_TRUE(recorded.contains("offer"));
}

TEST_F(QuestionFixture, ANumberIsTakenOnEnterAndNonsenseIsRefused) {
    ask("staff");
    ASSERT_TRUE(ui.replaceText("field:staff", "twelve", draw));
    ui.press(ImGuiKey_Enter, draw);
    EXPECT_TRUE(given.empty());
    ASSERT_TRUE(ui.replaceText("field:staff", "12", draw));
    ui.press(ImGuiKey_Enter, draw);
    ASSERT_EQ(given.size(), 1u);
    EXPECT_EQ(given.back(), Answer{{"12"}});
}

TEST_F(QuestionFixture, CountriesAreCheckedAsTheyAreTyped) {
    ask("sales-countries");
    ASSERT_TRUE(ui.replaceText("field:sales-countries", "de, uk", draw));
    ui.press(ImGuiKey_Enter, draw);
    EXPECT_TRUE(given.empty()) << "UK is not a country code";
    ASSERT_TRUE(ui.replaceText("field:sales-countries", "de, gb; fr", draw));
    ui.press(ImGuiKey_Enter, draw);
    ASSERT_EQ(given.size(), 1u);
    EXPECT_EQ(given.back(), (Answer{{"DE", "GB", "FR"}}));
}

TEST_F(QuestionFixture, LastTimesAnswerIsOfferedUntilItIsGiven) {
    last_time = Answer{{"no"}};
    ask("nda-use");
    EXPECT_FALSE(ui.has("same:nda-use")) << "'no' is not an answer nda-use can have: nothing to offer";
    last_time = Answer{{"sometimes"}};
    ui.settle(draw);
    ASSERT_TRUE(ui.click("same:nda-use", draw));
    EXPECT_EQ(recorded["nda-use"], Answer{{"sometimes"}});
    ui.settle(draw);
    EXPECT_FALSE(ui.has("same:nda-use"));
}
