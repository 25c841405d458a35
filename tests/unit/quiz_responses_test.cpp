// Responses as recorded (JSON) and read back, the answers given on a learner's
// behalf, attempt scores by topic, question texts in every GIFT format, and
// the quiz settings of course.toml.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "course/course.h"
#include "progress/attempt_score.h"
#include "quiz/gift_parser.h"
#include "quiz/question_text.h"
#include "quiz/responses.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::progress;
using namespace ipprimer::quiz;

namespace {

std::vector<Question> allTypes() {
    return loadGiftFile(std::string(IPPRIMER_FIXTURES) + "/courses/quiz/quizzes/secrets.gift").questions;
}

Question parsed(const std::string& gift) {
    auto file = parseGift(gift, "test.gift");
    EXPECT_EQ(file.questions.size(), 1u);
    return file.questions.at(0);
}

}  // namespace

TEST(QuizResponses, EveryTypeRoundTripsThroughJson) {
    const Question choice = parsed("Q?{=a ~b ~c}");
    Response r;
    r.chosen = {2};
    auto json = responseToJson(choice, r);
    EXPECT_EQ(json["chosen"], std::vector<int>{2});
    EXPECT_EQ(json["texts"], std::vector<std::string>{"c"}) << "the text is kept beside the index";
    EXPECT_EQ(responseFromJson(json).chosen, r.chosen);

    const Question truth = parsed("Q?{T}");
    Response t;
    t.truth = false;
    EXPECT_EQ(responseFromJson(responseToJson(truth, t)).truth, false);

    const Question typed = parsed("Q?{#42:1}");
    Response n;
    n.text = "41,5";
    EXPECT_EQ(responseFromJson(responseToJson(typed, n)).text, "41,5");

    const Question matching = parsed("Q?{=a -> 1 =b -> 2 =c -> 3}");
    Response m;
    m.matched = {1, -1, 2};
    json = responseToJson(matching, m);
    EXPECT_EQ(json["texts"], (std::vector<std::string>{"2", "", "3"}));
    EXPECT_EQ(responseFromJson(json).matched, m.matched);
}

TEST(QuizResponses, ADamagedRecordReadsAsNotAnswered) {
    EXPECT_FALSE(parseResponse("not json"));
    const Response r = parseResponse(R"({"chosen": "x", "truth": 3, "text": 5})").value();
    EXPECT_TRUE(r.chosen.empty());
    EXPECT_FALSE(r.truth);
    EXPECT_TRUE(r.text.empty());
    EXPECT_FALSE(isAnswered(parsed("Q?{=a ~b}"), r));
}

TEST(QuizResponses, BestAndWrongResponsesScoreAsTheySayOnEveryBankQuestion) {
    const course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    int checked = 0;
    for (const course::Bank& bank : course.banks)
        for (const Question& q : bank.questions) {
            if (!q.isScored()) continue;
            ++checked;
            EXPECT_TRUE(isAnswered(q, bestResponse(q))) << q.id;
            // Weights such as 33.33333 % add up to a hair under 1, which counts as right.
            EXPECT_TRUE(score(q, bestResponse(q)).correct) << q.id;
            EXPECT_LT(score(q, wrongResponse(q)).fraction, 0.5) << q.id;
        }
    EXPECT_GT(checked, 200);
}

TEST(QuizResponses, AnsweredMeansSomethingWasGiven) {
    const Question typed = parsed("Q?{=word}");
    Response r;
    r.text = "   ";
    EXPECT_FALSE(isAnswered(typed, r));
    r.text = " word";
    EXPECT_TRUE(isAnswered(typed, r));
    const Question matching = parsed("Q?{=a -> 1 =b -> 2 =c -> 3}");
    Response m;
    m.matched = {-1, -1, -1};
    EXPECT_FALSE(isAnswered(matching, m));
    m.matched[1] = 0;
    EXPECT_TRUE(isAnswered(matching, m));
}

TEST(AttemptScore, PointsPercentPassAndTopicsWithoutRoleTags) {
    const auto questions = allTypes();  // mc (trade-secrets, scenario), ma, tf (trade-secrets)
    ASSERT_EQ(questions.size(), 3u);
    QuizPlan plan;
    plan.pass_mark = 50;
    for (const Question& q : questions) plan.questions.push_back(presentQuestion(q, "secrets", 1));
    const AttemptScore score = scoreAttempt(plan, {1.0, 0.5, std::nullopt});
    EXPECT_EQ(score.questions, 3);
    EXPECT_EQ(score.answered, 2);
    EXPECT_DOUBLE_EQ(score.points, 1.5);
    EXPECT_DOUBLE_EQ(score.percent, 50.0);
    EXPECT_TRUE(score.passed) << "exactly the pass mark passes";
    ASSERT_EQ(score.topics.size(), 2u);
    EXPECT_EQ(score.topics[0].tag, "trade-secrets");
    EXPECT_EQ(score.topics[0].questions, 3);
    EXPECT_DOUBLE_EQ(score.topics[0].percent(), 50.0);
    EXPECT_EQ(score.topics[1].tag, "scenario");
    EXPECT_DOUBLE_EQ(score.topics[1].points, 1.0);
    plan.pass_mark = 51;
    EXPECT_FALSE(scoreAttempt(plan, {1.0, 0.5, std::nullopt}).passed);
    EXPECT_TRUE(reachesPassMark(74.999, 75)) << "74.999% shows as 75% and passes";
    EXPECT_FALSE(reachesPassMark(74.9, 75));
}

TEST(QuestionText, EveryFormatBecomesSafeMarkdown) {
    EXPECT_EQ(markdownSource("**bold**", TextFormat::Markdown), "**bold**");
    const markdown::Document plain = questionDocument("2 * 3 = *six*\n<b>no</b>", TextFormat::Plain);
    ASSERT_EQ(plain.blocks.size(), 1u);
    const std::string text = markdown::plainText(plain.blocks[0].spans);
    EXPECT_NE(text.find("*six*"), std::string::npos) << "plain text keeps its stars: " << text;
    EXPECT_NE(text.find("<b>no</b>"), std::string::npos) << text;

    const markdown::Document html =
        questionDocument("<p>Is <b>this</b> &amp; that</p><p>right?</p><script>x</script>", TextFormat::Html);
    std::string all;
    for (const auto& block : html.blocks) all += markdown::plainText(block.spans) + "|";
    EXPECT_NE(all.find("Is this & that"), std::string::npos) << all;
    EXPECT_NE(all.find("right?"), std::string::npos) << all;
    EXPECT_EQ(all.find("<"), std::string::npos) << "no markup is shown: " << all;
}

TEST(QuestionText, AMissingWordQuestionShowsABlank) {
    const Question q = parsed("::t::[markdown]The answer is {=an NDA ~nothing} and nothing else.");
    ASSERT_TRUE(q.isMissingWord());
    const markdown::Document doc = questionDocument(textWithBlank(q), q.format);
    EXPECT_EQ(markdown::plainText(doc.blocks.at(0).spans), "The answer is ______ and nothing else.");
}

TEST(CourseSettings, QuizSettingsAreReadAndBadValuesReported) {
    const course::Course quiz_course = course::loadCourse(std::string(IPPRIMER_FIXTURES) + "/courses/quiz");
    EXPECT_TRUE(quiz_course.diagnostics.empty()) << quiz_course.diagnostics.front().format();
    EXPECT_EQ(quiz_course.settings.practice_size, 3);
    EXPECT_EQ(quiz_course.settings.review_daily_cap, 5);
    EXPECT_EQ(quiz_course.settings.role_quiz_feedback, "end");
    EXPECT_EQ(quiz_course.settings.practice_feedback, "each");

    const ipprimer::testing::TempFolder temp("ipprimer-settings");
    const std::filesystem::path dir = temp.path();
    std::filesystem::create_directories(dir / "content");
    std::ofstream(dir / "content" / "course.toml") << "[course]\npractice_feedback = \"sometimes\"\nreview_daily_cap = 0\n"
                                                       "[[modules]]\nid = \"m\"\ntitle = \"M\"\nlessons = []\n"
                                                       "[[roles]]\nid = \"r\"\ntitle = \"R\"\nmodules = [\"m\"]\n";
    const course::Course bad = course::loadCourse(dir);
    std::string messages;
    for (const auto& d : bad.diagnostics) messages += d.format() + "\n";
    EXPECT_NE(messages.find("content/course.toml:2:21: error: 'practice_feedback' must be \"each\""), std::string::npos)
        << messages;
    EXPECT_NE(messages.find("content/course.toml:3:20: error: 'review_daily_cap' must be a whole number from 1"),
              std::string::npos)
        << messages;
    EXPECT_EQ(bad.settings.practice_feedback, "each") << "the default stays";
}
