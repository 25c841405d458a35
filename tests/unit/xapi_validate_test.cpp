// The offline xAPI 1.0.3 rules: a statement that keeps them passes, and each
// rule, broken on its own, is caught at the right place. Also the ISO 8601
// and UUID checks the rules stand on.
#include <gtest/gtest.h>

#include <functional>

#include "export/iso8601.h"
#include "export/uuid.h"
#include "export/xapi_validate.h"

using namespace ipprimer::exports;
using namespace ipprimer::exports::xapi;
using nlohmann::json;

namespace {

json valid() {
    return json::parse(R"({
      "id": "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
      "actor": {"objectType": "Agent", "name": "Zoë", "account": {"homePage": "https://hr.example", "name": "E-1"}},
      "verb": {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-US": "answered"}},
      "object": {"objectType": "Activity", "id": "https://t.example/xapi/questions/q1",
        "definition": {"type": "http://adlnet.gov/expapi/activities/cmi.interaction",
          "name": {"en": "Which?"}, "interactionType": "choice",
          "correctResponsesPattern": ["answer-2"],
          "choices": [{"id": "answer-1", "description": {"en": "A"}}, {"id": "answer-2", "description": {"en": "B"}}]}},
      "result": {"score": {"scaled": 0.5, "raw": 5, "min": 0, "max": 10}, "success": false, "completion": true,
                 "response": "answer-1", "duration": "PT1M2.5S"},
      "context": {"registration": "8d7e2f4a-1b3c-5d6e-8f90-123456789abc", "platform": "IP Primer", "language": "en-GB",
                  "contextActivities": {"parent": [{"id": "https://t.example/xapi/quizzes/role/x"}],
                                        "grouping": [{"id": "https://t.example/xapi"}]},
                  "extensions": {"https://t.example/xapi/extensions/installation": "pc-7"}},
      "timestamp": "2025-03-14T09:30:05.123+01:00"
    })");
}

std::string problemsOf(const json& statement) {
    std::string all;
    for (const auto& problem : validateStatement(statement)) all += problem + "\n";
    return all;
}

TEST(XapiValidate, AStatementThatKeepsTheRulesPasses) {
    EXPECT_EQ(problemsOf(valid()), "");
    json minimal = {{"actor", {{"mbox", "mailto:a@b.example"}}},
                    {"verb", {{"id", "http://adlnet.gov/expapi/verbs/attended"}}},
                    {"object", {{"id", "urn:x:workshop:4"}}}};
    EXPECT_EQ(problemsOf(minimal), "");
}

TEST(XapiValidate, EachBrokenRuleIsCaughtWhereItIsBroken) {
    struct Case {
        const char* where;  // the start of the problem's path
        std::function<void(json&)> breakIt;
    };
    const Case cases[] = {
        {"actor", [](json& s) { s.erase("actor"); }},
        {"verb.id", [](json& s) { s["verb"]["id"] = "answered"; }},
        {"object.id", [](json& s) { s["object"]["id"] = "questions/q1"; }},
        {"id", [](json& s) { s["id"] = "3f2504e0-4f89-41d3-9a0c"; }},
        {"context.registration", [](json& s) { s["context"]["registration"] = "not-a-uuid"; }},
        {"actor", [](json& s) { s["actor"]["mbox"] = "mailto:z@example.com"; }},  // two identifiers
        {"actor.mbox", [](json& s) { s["actor"].erase("account"); s["actor"]["mbox"] = "z@example.com"; }},
        {"actor.account.homePage", [](json& s) { s["actor"]["account"]["homePage"] = "hr.example"; }},
        {"result.score.scaled", [](json& s) { s["result"]["score"]["scaled"] = 1.5; }},
        {"result.score.raw", [](json& s) { s["result"]["score"]["raw"] = 11; }},
        {"result.score.min", [](json& s) { s["result"]["score"]["min"] = 10; }},
        {"result.score.raw", [](json& s) { s["result"]["score"]["raw"] = "5"; }},
        {"result.success", [](json& s) { s["result"]["success"] = "true"; }},
        {"result.duration", [](json& s) { s["result"]["duration"] = "62.5 seconds"; }},
        {"result.response", [](json& s) { s["result"]["response"] = "answer-3"; }},
        {"timestamp", [](json& s) { s["timestamp"] = "2025-03-14T09:30:05"; }},
        {"timestamp", [](json& s) { s["timestamp"] = "2025-02-30T09:30:05Z"; }},
        {"object.definition.interactionType", [](json& s) { s["object"]["definition"]["interactionType"] = "multiple-choice"; }},
        {"object.definition.correctResponsesPattern[0]",
         [](json& s) { s["object"]["definition"]["correctResponsesPattern"][0] = "answer-9"; }},
        {"object.definition.choices[1].id", [](json& s) { s["object"]["definition"]["choices"][1]["id"] = "answer-1"; }},
        {"object.definition.choices[0].id", [](json& s) { s["object"]["definition"]["choices"][0]["id"] = "answer 1"; }},
        {"object.definition.source",
         [](json& s) { s["object"]["definition"]["source"] = json::array({{{"id", "item-1"}}}); }},
        {"object.definition.name key", [](json& s) { s["object"]["definition"]["name"] = {{"english!", "Which?"}}; }},
        {"context.contextActivities.sibling",
         [](json& s) { s["context"]["contextActivities"]["sibling"] = json::array(); }},
        {"context.contextActivities.parent[0].id",
         [](json& s) { s["context"]["contextActivities"]["parent"][0]["id"] = "quiz x"; }},
        {"context.language", [](json& s) { s["context"]["language"] = "en_GB"; }},
        {"context.extensions", [](json& s) { s["context"]["extensions"] = {{"installation", "pc-7"}}; }},
        {"context.platform",
         [](json& s) { s["object"] = {{"objectType", "StatementRef"}, {"id", "3f2504e0-4f89-41d3-9a0c-0305e82c3301"}}; }},
        {"statement.mood", [](json& s) { s["mood"] = "happy"; }},
        {"statement.result.response", [](json& s) { s["result"]["response"] = nullptr; }},
        {"version", [](json& s) { s["version"] = "2.0.0"; }},
    };
    for (const Case& c : cases) {
        json statement = valid();
        c.breakIt(statement);
        const auto problems = validateStatement(statement);
        bool found = false;
        for (const auto& problem : problems) found = found || problem.rfind(c.where, 0) == 0;
        EXPECT_TRUE(found) << "expected a problem at " << c.where << ", got:\n" << problemsOf(statement);
    }
}

TEST(XapiValidate, InteractionPatternsHaveTheirTypesShape) {
    auto withInteraction = [](const char* type, json definition_extra, const char* pattern) {
        json s = valid();
        s["object"]["definition"] = {{"interactionType", type}, {"correctResponsesPattern", {pattern}}};
        s["object"]["definition"].update(definition_extra);
        s["result"].erase("response");
        return problemsOf(s);
    };
    const json matching = {{"source", {{{"id", "item-1"}}}}, {"target", {{{"id", "match-1"}}}}};
    EXPECT_EQ(withInteraction("true-false", json::object(), "true"), "");
    EXPECT_NE(withInteraction("true-false", json::object(), "yes"), "");
    EXPECT_EQ(withInteraction("numeric", json::object(), "19.5[:]20.5"), "");
    EXPECT_EQ(withInteraction("numeric", json::object(), "[:]4"), "");
    EXPECT_NE(withInteraction("numeric", json::object(), "5[:]4"), "");
    EXPECT_NE(withInteraction("numeric", json::object(), "about 4"), "");
    EXPECT_EQ(withInteraction("matching", matching, "item-1[.]match-1"), "");
    EXPECT_NE(withInteraction("matching", matching, "item-1[.]match-2"), "");
    EXPECT_NE(withInteraction("matching", matching, "item-1"), "");
    EXPECT_EQ(withInteraction("fill-in", json::object(), "{case_matters=true}WIPO"), "");
}

TEST(Iso8601, TimestampsAreUtcToTheMillisecond) {
    EXPECT_EQ(isoTimestamp(0), "1970-01-01T00:00:00.000Z");
    EXPECT_EQ(isoTimestamp(1741944605123), "2025-03-14T09:30:05.123Z");
    EXPECT_EQ(isoTimestamp(-1), "1969-12-31T23:59:59.999Z");
    for (const char* good : {"2025-03-14T09:30:05.123Z", "2025-03-14T09:30:05+01:00", "2024-02-29T23:59:59.5-05:30"})
        EXPECT_TRUE(isIsoTimestamp(good)) << good;
    for (const char* bad : {"2025-03-14", "2025-03-14T09:30:05", "2025-03-14 09:30:05Z", "2023-02-29T00:00:00Z",
                            "2025-03-14T24:00:00Z", "2025-03-14T09:30:05.Z", "2025-03-14T09:30:05+0100"})
        EXPECT_FALSE(isIsoTimestamp(bad)) << bad;
}

TEST(Iso8601, DurationsInHoursMinutesAndHundredthsOfSeconds) {
    EXPECT_EQ(isoDuration(0), "PT0S");
    EXPECT_EQ(isoDuration(8420), "PT8.42S");
    EXPECT_EQ(isoDuration(754'000), "PT12M34S");
    EXPECT_EQ(isoDuration(3'600'000), "PT1H");
    EXPECT_EQ(isoDuration(3'725'506), "PT1H2M5.51S");
    EXPECT_EQ(isoDuration(4), "PT0S");
    for (std::int64_t ms : {0, 5, 999, 60'000, 86'400'000}) EXPECT_TRUE(isIsoDuration(isoDuration(ms))) << ms;
    for (const char* good : {"PT4H35M59.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "P4W", "PT0.5S", "P1D"})
        EXPECT_TRUE(isIsoDuration(good)) << good;
    for (const char* bad : {"P", "PT", "P4W1D", "PT1.5M6S", "P1H", "PT1D", "P0003-06-04T12:30:05", "PT5", "1H", "PT1S1M"})
        EXPECT_FALSE(isIsoDuration(bad)) << bad;
}

TEST(Uuids, StandardFormAndNameBasedIds) {
    EXPECT_TRUE(isUuid("3F2504E0-4F89-41D3-9A0C-0305E82C3301"));
    EXPECT_FALSE(isUuid("3f2504e0-4f89-41d3-1a0c-0305e82c3301")) << "not RFC 4122's variant";
    EXPECT_FALSE(isUuid("3f2504e04f8941d39a0c0305e82c3301"));
    EXPECT_FALSE(isUuid("3f2504e0-4f89-01d3-9a0c-0305e82c3301")) << "version 0";
    const std::string id = nameBasedUuid("ipprimer attempt pc-7 12");
    EXPECT_TRUE(isUuid(id)) << id;
    EXPECT_EQ(id[14], '5');
    EXPECT_EQ(id, nameBasedUuid("ipprimer attempt pc-7 12"));
    EXPECT_NE(id, nameBasedUuid("ipprimer attempt pc-7 13"));
}

}  // namespace
