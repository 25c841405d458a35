// `xapi push` against a real LRS (Learning Locker's statement service, from
// the npm registry, run by the test on a loopback port): it accepts every
// statement, stores each once even when sent again, and what it refuses is
// reported with its reason.
#include <gtest/gtest.h>

#include <curl/curl.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "export/lrs_client.h"
#include "store/sqlite_store.h"
#include "lrs_service.h"
#include "process.h"
#include "temp_folder.h"

using ipprimer::testing::LrsService;
using ipprimer::testing::TempFolder;
using ipprimer::testing::run;
using nlohmann::json;

namespace {

const std::vector<std::string> kCredentials = {"IPPRIMER_LRS_KEY=ipprimer", "IPPRIMER_LRS_SECRET=secret"};

std::size_t collect(char* data, std::size_t size, std::size_t count, void* out) {
    static_cast<std::string*>(out)->append(data, size * count);
    return size * count;
}

// GET `query` of the LRS's statements resource: its status, and its body in `body`.
long getStatements(const std::string& endpoint, const std::string& query, std::string& body) {
    CURL* curl = curl_easy_init();
    const std::string url = endpoint + "/statements?" + query;
    curl_slist* headers = curl_slist_append(nullptr, "X-Experience-API-Version: 1.0.3");
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_USERPWD, "ipprimer:secret");
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return status;
}

// Every statement the LRS holds (one page: the tests send far fewer than its limit).
json storedStatements(const std::string& endpoint) {
    std::string body;
    getStatements(endpoint, "limit=10000", body);
    const json answer = json::parse(body, nullptr, false);
    return answer.is_object() ? answer["statements"] : json::array();
}

struct RealLrs : ::testing::Test {
    const TempFolder temp{"ipprimer-real-lrs"};
    const std::string db = (temp.path() / "progress.db").string();
    LrsService lrs;

    void SetUp() override {
        ASSERT_TRUE(lrs.ready()) << lrs.problem();
        auto demo = run(IPPRIMER_BINARY, {"--db", db, "demo-data", "--learners", "8"});
        ASSERT_EQ(demo.exit_code, 0) << demo.err;
    }

    std::set<std::string> exportedIds() {
        const std::string out = (temp.path() / "all.json").string();
        auto result = run(IPPRIMER_BINARY, {"--db", db, "xapi", "export", "--out", out});
        EXPECT_EQ(result.exit_code, 0) << result.err;
        std::set<std::string> ids;
        std::ifstream in(out);
        for (const json& statement : json::parse(in)) ids.insert(statement["id"].get<std::string>());
        return ids;
    }
};

TEST_F(RealLrs, AcceptsEveryStatementAndKeepsOneCopyWhenSentAgain) {
    auto first = run(IPPRIMER_BINARY, {"--db", db, "xapi", "push", "--lrs", lrs.endpoint(), "--home-page",
                                       "https://staff.example.com"}, "", kCredentials);
    ASSERT_EQ(first.exit_code, 0) << first.err;
    const json stored = storedStatements(lrs.endpoint());
    std::set<std::string> ids;
    for (const json& statement : stored) ids.insert(statement["id"].get<std::string>());
    const std::set<std::string> sent = exportedIds();
    ASSERT_GT(sent.size(), 100u);
    EXPECT_EQ(ids, sent) << "the LRS accepted every statement";

    // The same statements again under another name for the same LRS (so the cursor starts over).
    std::string again_endpoint = lrs.endpoint();
    again_endpoint.replace(again_endpoint.find("127.0.0.1"), 9, "localhost");
    auto again = run(IPPRIMER_BINARY, {"--db", db, "xapi", "push", "--lrs", again_endpoint}, "", kCredentials);
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.err.find("Sent " + std::to_string(sent.size()) + " statements"), std::string::npos) << again.err;
    EXPECT_EQ(storedStatements(lrs.endpoint()).size(), sent.size()) << "a resend is harmless: one copy each";

    // What it stored is what was sent: an answer keeps its interaction and response.
    bool checked = false;
    for (const json& statement : stored)
        if (statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered" && statement.contains("result") &&
            statement["result"].contains("response")) {
            EXPECT_TRUE(statement["object"]["definition"].contains("interactionType"));
            EXPECT_EQ(statement["actor"]["account"]["homePage"], "https://staff.example.com");
            checked = true;
            break;
        }
    EXPECT_TRUE(checked);
}

TEST_F(RealLrs, ItsRefusalReachesTheUserWithItsReason) {
    ipprimer::exports::xapi::LrsEndpoint endpoint{lrs.endpoint(), "ipprimer", "secret"};
    const auto answer = ipprimer::exports::xapi::postStatements(
        endpoint, R"([{"actor": {"mbox": "ann@example.com"}, "verb": {"id": "answered"}, "object": {"id": "https://x.example/q"}}])");
    EXPECT_EQ(answer.status, 400) << answer.body;
    EXPECT_NE(answer.body.find("actor.mbox"), std::string::npos) << answer.body;
}

TEST_F(RealLrs, AWithdrawnWorkshopCreditIsVoidedThere) {
    // A trainer credits a learner, the credit reaches the LRS, and is then taken back (a no-show ticked by mistake).
    std::int64_t session = 0, learner = 0;
    {
        ipprimer::store::SqliteStore store(db);
        for (const auto& someone : store.roster().list())
            if (!someone.email.empty()) learner = someone.id;
        session = store.workshops().start({"Sam Trainer", {{"what-is-ip", "What is IP?"}}, {learner}});
        store.workshops().confirmAttendance(session, {learner});
    }
    auto first = run(IPPRIMER_BINARY, {"--db", db, "xapi", "push", "--lrs", lrs.endpoint()}, "", kCredentials);
    ASSERT_EQ(first.exit_code, 0) << first.err;
    std::string attended_id;
    for (const json& statement : storedStatements(lrs.endpoint()))
        if (statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/attended") attended_id = statement["id"];
    ASSERT_FALSE(attended_id.empty()) << "the attendance was sent";
    {
        ipprimer::store::SqliteStore store(db);
        store.workshops().withdrawCredit(session, learner, "Sam Trainer", "was not there");
    }
    auto second = run(IPPRIMER_BINARY, {"--db", db, "xapi", "push", "--lrs", lrs.endpoint()}, "", kCredentials);
    ASSERT_EQ(second.exit_code, 0) << second.err;

    std::string body;
    EXPECT_EQ(getStatements(lrs.endpoint(), "statementId=" + attended_id, body), 404) << "voided: " << body;
    EXPECT_EQ(getStatements(lrs.endpoint(), "voidedStatementId=" + attended_id, body), 200) << body;
    for (const json& statement : storedStatements(lrs.endpoint()))
        EXPECT_NE(statement["id"], attended_id) << "the LRS no longer lists the attendance";
}

}  // namespace
