// Every kind of learning record as an xAPI statement: each one keeps the
// 1.0.3 rules (validateStatement) and says what an LMS needs to know.
#include <gtest/gtest.h>

#include "export/uuid.h"
#include "export/xapi_interaction.h"
#include "export/xapi_statement.h"
#include "export/xapi_validate.h"

using namespace ipprimer;
using namespace ipprimer::exports;
using namespace ipprimer::exports::xapi;
using nlohmann::json;

namespace {

const std::int64_t kMarch14 = 1741944605123;  // 2025-03-14T09:30:05.123Z

Settings settings() {
    Settings s;
    s.activity_base = "https://training.acme.example/xapi";
    s.account_home_page = "https://hr.acme.example";
    return s;
}

Record record(const std::string& verb, const std::string& object_id) {
    Record r;
    r.uuid = "3F2504E0-4F89-41D3-9A0C-0305E82C3301";
    r.installation_id = "pc-7";
    r.learner = {"Zoë Müller", "E-1042", "Zoe.Muller@ACME.example"};
    r.verb = verb;
    r.object_id = object_id;
    r.timestamp_ms = kMarch14;
    return r;
}

json built(const Record& r, const Settings& s = settings()) {
    const Built result = toStatement(r, s);
    EXPECT_TRUE(result.statement) << result.skipped;
    if (!result.statement) return json::object();
    const auto problems = validateStatement(*result.statement);
    EXPECT_TRUE(problems.empty()) << result.statement->dump(2) << "\n" << [&] {
        std::string all;
        for (const auto& p : problems) all += p + "\n";
        return all;
    }();
    return *result.statement;
}

Record answered() {
    Record r = record("answered", "q-secret/1");
    r.attempt_id = 12;
    r.score = 1.0;
    r.response_json = R"({"chosen": [1], "texts": ["A trade secret"]})";
    r.duration_ms = 8420;
    r.context_json = R"({"quiz": "role:engineer"})";
    r.object_title = "What protects a recipe?";
    r.quiz_title = "Engineer's quiz";
    quiz::Question q;
    q.type = quiz::QuestionType::MultipleChoice;
    q.answers = {{"A patent", 0.0, ""}, {"A trade secret", 1.0, ""}};
    r.interaction = interactionOf(q);
    return r;
}

TEST(XapiStatement, AnOpenedLessonIsExperiencedWithinItsModuleAndCourse) {
    Record r = record("opened", "what is ip");
    r.object_title = "What is IP?";
    r.module_id = "basics";
    r.module_title = "Basics";
    const json s = built(r);
    EXPECT_EQ(s["id"], "3f2504e0-4f89-41d3-9a0c-0305e82c3301") << "the event's UUID, in lower case";
    EXPECT_EQ(s["verb"]["id"], "http://adlnet.gov/expapi/verbs/experienced");
    EXPECT_EQ(s["actor"]["account"], (json{{"homePage", "https://hr.acme.example"}, {"name", "E-1042"}}));
    EXPECT_EQ(s["actor"]["name"], "Zoë Müller");
    EXPECT_EQ(s["object"]["id"], "https://training.acme.example/xapi/lessons/what%20is%20ip");
    EXPECT_EQ(s["object"]["definition"]["type"], "http://adlnet.gov/expapi/activities/lesson");
    EXPECT_EQ(s["object"]["definition"]["name"]["en"], "What is IP?");
    EXPECT_EQ(s["context"]["contextActivities"]["parent"][0]["id"], "https://training.acme.example/xapi/modules/basics");
    EXPECT_EQ(s["context"]["contextActivities"]["grouping"][0]["id"], "https://training.acme.example/xapi");
    EXPECT_EQ(s["context"]["platform"], "IP Primer");
    EXPECT_EQ(s["context"]["language"], "en");
    EXPECT_EQ(s["timestamp"], "2025-03-14T09:30:05.123Z");
    EXPECT_FALSE(s.contains("result"));
}

TEST(XapiStatement, AFinishedLessonIsCompletedAndAWorkshopCreditIsNamed) {
    Record r = record("finished", "nda");
    r.context_json = R"({"workshop": 4})";
    const json s = built(r);
    EXPECT_EQ(s["verb"]["id"], "http://adlnet.gov/expapi/verbs/completed");
    EXPECT_EQ(s["result"]["completion"], true);
    EXPECT_EQ(s["context"]["contextActivities"]["other"][0]["id"], "https://training.acme.example/xapi/workshops/4");
}

TEST(XapiStatement, AnAnswerIsAnInteractionWithItsResponseScoreAndQuiz) {
    const json s = built(answered());
    EXPECT_EQ(s["verb"]["id"], "http://adlnet.gov/expapi/verbs/answered");
    const json& definition = s["object"]["definition"];
    EXPECT_EQ(definition["type"], "http://adlnet.gov/expapi/activities/cmi.interaction");
    EXPECT_EQ(definition["interactionType"], "choice");
    EXPECT_EQ(definition["correctResponsesPattern"], json::array({"answer-2"}));
    EXPECT_EQ(definition["choices"][1]["description"]["en"], "A trade secret");
    EXPECT_EQ(s["result"]["response"], "answer-2");
    EXPECT_EQ(s["result"]["success"], true);
    EXPECT_EQ(s["result"]["score"]["scaled"], 1.0);
    EXPECT_EQ(s["result"]["duration"], "PT8.42S");
    EXPECT_EQ(s["context"]["contextActivities"]["parent"][0]["id"],
              "https://training.acme.example/xapi/quizzes/role/engineer");
    EXPECT_EQ(s["context"]["registration"], registrationOf("pc-7", 12));
}

TEST(XapiStatement, AFinishedAttemptIsPassedOrFailedWithItsPercentage) {
    Record r = record("attempt-finished", "role:engineer");
    r.attempt_id = 12;
    r.score = 85;
    r.duration_ms = 754'000;
    r.context_json = R"({"passed": true, "pass_mark": 80})";
    json s = built(r);
    EXPECT_EQ(s["verb"]["id"], "http://adlnet.gov/expapi/verbs/passed");
    EXPECT_EQ(s["object"]["definition"]["type"], "http://adlnet.gov/expapi/activities/assessment");
    EXPECT_EQ(s["result"]["score"], (json{{"scaled", 0.85}, {"raw", 85.0}, {"min", 0}, {"max", 100}}));
    EXPECT_EQ(s["result"]["success"], true);
    EXPECT_EQ(s["result"]["duration"], "PT12M34S");

    r.score = 40;
    r.context_json = R"({"passed": false, "pass_mark": 80})";
    s = built(r);
    EXPECT_EQ(s["verb"]["id"], "http://adlnet.gov/expapi/verbs/failed");
    EXPECT_EQ(s["result"]["success"], false);

    Record started = record("attempt-started", "module:basics");
    started.attempt_id = 12;
    started.module_id = "basics";
    s = built(started);
    EXPECT_EQ(s["verb"]["id"], "http://adlnet.gov/expapi/verbs/attempted");
    EXPECT_EQ(s["object"]["id"], "https://training.acme.example/xapi/quizzes/module/basics");
    EXPECT_EQ(s["context"]["registration"], registrationOf("pc-7", 12)) << "one registration per attempt";
}

TEST(XapiStatement, AttendanceNamesTheSessionAndItsLessons) {
    Record r = record("attended", "4");
    r.object_title = "IP basics workshop, 14 March";
    r.context_json = R"({"lessons": ["what-is-ip", "nda"], "trainer": "Sam"})";
    const json s = built(r);
    EXPECT_EQ(s["verb"]["id"], "http://adlnet.gov/expapi/verbs/attended");
    EXPECT_EQ(s["object"]["definition"]["type"], "http://adlnet.gov/expapi/activities/meeting");
    EXPECT_EQ(s["context"]["contextActivities"]["other"].size(), 2u);
}

TEST(XapiStatement, RegistrationsDifferBetweenAttemptsAndBetweenPcs) {
    EXPECT_EQ(registrationOf("pc-7", 12), registrationOf("pc-7", 12));
    EXPECT_NE(registrationOf("pc-7", 12), registrationOf("pc-7", 13));
    EXPECT_NE(registrationOf("pc-7", 12), registrationOf("pc-8", 12));
    EXPECT_TRUE(isUuid(registrationOf("pc-7", 12)));
}

TEST(XapiStatement, BuildingTwiceGivesTheSameStatementSoAResendIsHarmless) {
    EXPECT_EQ(built(answered()).dump(), built(answered()).dump());
}

TEST(XapiStatement, WithoutAnAccountHomePageTheLearnerIsNamedByMailbox) {
    Settings s = settings();
    s.account_home_page.clear();
    const json statement = built(record("opened", "nda"), s);
    EXPECT_EQ(statement["actor"]["mbox"], "mailto:Zoe.Muller@acme.example") << "the domain in lower case";
    EXPECT_FALSE(statement["actor"].contains("account"));
}

TEST(XapiStatement, SkipsManagersActionsAndLearnersItCannotName) {
    for (const char* verb : {"due-extended", "archived", "restored"}) {
        const Built result = toStatement(record(verb, "role:engineer"), settings());
        EXPECT_FALSE(result.statement) << verb;
        EXPECT_NE(result.skipped.find("manager"), std::string::npos) << result.skipped;
    }
    Record nameless = record("opened", "nda");
    nameless.learner.employee_id.clear();
    nameless.learner.email.clear();
    EXPECT_FALSE(toStatement(nameless, settings()).statement);
    Record no_uuid = record("opened", "nda");
    no_uuid.uuid = "17";
    EXPECT_EQ(toStatement(no_uuid, settings()).skipped, "the event has no UUID");
}

TEST(XapiStatement, EveryQuestionTypeGivesAValidInteraction) {
    using quiz::QuestionType;
    for (QuestionType type : {QuestionType::MultipleChoice, QuestionType::MultipleAnswer, QuestionType::TrueFalse,
                              QuestionType::ShortAnswer, QuestionType::Matching, QuestionType::Numerical,
                              QuestionType::Essay}) {
        quiz::Question q;
        q.type = type;
        q.answers = {{"One", 1.0, ""}, {"Two", 0.0, ""}};
        q.pairs = {{"A", "1"}, {"B", "2"}};
        quiz::NumericAnswer n;
        n.min = 1;
        n.max = 2;
        q.numeric = {n};
        Record r = answered();
        r.interaction = interactionOf(q);
        r.response_json = R"({"chosen": [0], "truth": true, "text": "1.5", "matched": [1, 0]})";
        const json s = built(r);
        EXPECT_TRUE(s["object"]["definition"].contains("interactionType")) << quiz::typeName(type);
    }
}

}  // namespace
