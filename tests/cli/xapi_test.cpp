// `xapi export` and `xapi push` run as a manager runs them, the push against
// a real HTTP receiver on a loopback port that keeps what it is sent.
#include <gtest/gtest.h>

#include <sodium.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "export/xapi_validate.h"
#include "lrs_receiver.h"
#include "process.h"
#include "temp_folder.h"

using ipprimer::testing::LrsReceiver;
using ipprimer::testing::ScriptedAnswer;
using ipprimer::testing::TempFolder;
using ipprimer::testing::run;
using ipprimer::testing::runIpprimer;
using nlohmann::json;

namespace {

const std::vector<std::string> kCredentials = {"IPPRIMER_LRS_KEY=ipprimer-key", "IPPRIMER_LRS_SECRET=s3cret:with colon"};

struct XapiCli : ::testing::Test {
    const TempFolder temp{"ipprimer-xapi-cli"};
    const std::string folder = temp.path().string();
    const std::string db = folder + "/progress.db";

    void SetUp() override {
        auto demo = runIpprimer({"--db", db, "demo-data", "--learners", "12"});
        ASSERT_EQ(demo.exit_code, 0) << demo.err;
    }

    json exported(std::vector<std::string> extra = {}) {
        std::vector<std::string> args = {"--db", db, "xapi", "export", "--out", folder + "/all.json"};
        args.insert(args.end(), extra.begin(), extra.end());
        auto result = runIpprimer(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        std::ifstream in(folder + "/all.json");
        return json::parse(in);
    }

    ipprimer::testing::ProcessResult push(const LrsReceiver& lrs, std::vector<std::string> extra = {},
                                          std::vector<std::string> environment = kCredentials) {
        std::vector<std::string> args = {"--db", db, "xapi", "push", "--lrs", lrs.endpoint(), "--batch", "200"};
        args.insert(args.end(), extra.begin(), extra.end());
        return run(IPPRIMER_BINARY, args, "", environment);
    }

    std::set<std::string> exportedIds() {
        std::set<std::string> ids;
        for (const json& s : exported()) ids.insert(s["id"].get<std::string>());
        return ids;
    }
};

std::string base64(const std::string& text) {
    std::string out(sodium_base64_encoded_len(text.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.find('\0'));
    return out;
}

TEST_F(XapiCli, ExportWritesEveryRecordAsAValidStatementPrivately) {
    const json statements = exported({"--home-page", "https://staff.example.com"});
    ASSERT_TRUE(statements.is_array());
    ASSERT_GT(statements.size(), 100u);
    for (const json& s : statements) {
        const auto problems = ipprimer::exports::xapi::validateStatement(s);
        EXPECT_TRUE(problems.empty()) << problems.front();
        EXPECT_EQ(s["actor"]["account"]["homePage"], "https://staff.example.com");
    }
    const auto mode = std::filesystem::status(folder + "/all.json").permissions();
    EXPECT_EQ(mode & std::filesystem::perms::all, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);

    // The home page is remembered; "none" names learners by e-mail again.
    EXPECT_EQ(exported()[0]["actor"]["account"]["homePage"], "https://staff.example.com");
    EXPECT_TRUE(exported({"--home-page", "none"})[0]["actor"]["mbox"].get<std::string>().starts_with("mailto:"));
}

TEST_F(XapiCli, ExportSinceADayAndBadDatesAreRefused) {
    const std::size_t all = exported().size();
    const json recent = exported({"--since", "2999-01-01"});
    EXPECT_EQ(recent.size(), 0u);
    EXPECT_LT(recent.size(), all);
    auto bad = runIpprimer({"--db", db, "xapi", "export", "--out", folder + "/x.json", "--since", "last week"});
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.err.find("--since must be a date YYYY-MM-DD"), std::string::npos) << bad.err;
    auto bad_iri = runIpprimer({"--db", db, "xapi", "export", "--out", folder + "/x.json", "--activity-iri", "not an iri"});
    EXPECT_EQ(bad_iri.exit_code, 1);
    EXPECT_NE(bad_iri.err.find("activity IRI"), std::string::npos) << bad_iri.err;
}

TEST_F(XapiCli, PushSendsEverythingOnceInBatchesWithTheVersionAndBasicCredentials) {
    LrsReceiver lrs;
    auto first = push(lrs);
    ASSERT_EQ(first.exit_code, 0) << first.err;
    const auto requests = lrs.requests();
    ASSERT_GT(requests.size(), 1u) << "more than one batch of 200";
    for (const auto& request : requests) {
        EXPECT_EQ(request.method, "POST");
        EXPECT_EQ(request.path, "/xapi/statements");
        EXPECT_EQ(request.headers.at("x-experience-api-version"), "1.0.3");
        EXPECT_EQ(request.headers.at("authorization"), "Basic " + base64("ipprimer-key:s3cret:with colon"));
        EXPECT_LE(json::parse(request.body).size(), 200u);
    }
    const auto accepted = lrs.acceptedIds();
    EXPECT_EQ(std::set<std::string>(accepted.begin(), accepted.end()), exportedIds());
    EXPECT_EQ(accepted.size(), exportedIds().size()) << "no statement twice";
    EXPECT_NE(first.err.find("Sent " + std::to_string(accepted.size()) + " statements"), std::string::npos) << first.err;

    // The cursor: a second push has nothing to send.
    auto again = push(lrs);
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(lrs.requests().size(), requests.size());
    EXPECT_NE(again.err.find("Sent 0 statements"), std::string::npos) << again.err;
}

TEST_F(XapiCli, AFailingLrsIsTriedAgainAndThenAccepts) {
    LrsReceiver lrs;
    lrs.answerNext({{500, "{\"message\": \"database busy\"}"}, {503, ""}});
    auto result = push(lrs);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.err.find("HTTP 500; trying again in 1000 ms"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("HTTP 503; trying again in 2000 ms"), std::string::npos) << result.err;
    const auto accepted = lrs.acceptedIds();
    EXPECT_EQ(std::set<std::string>(accepted.begin(), accepted.end()), exportedIds());
}

TEST_F(XapiCli, WrongCredentialsStopThePushAndNothingIsCountedAsSent) {
    LrsReceiver lrs;
    lrs.answerNext({{401, "{\"message\": \"Unauthorised\"}"}});
    auto refused = push(lrs);
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_NE(refused.err.find("refused the key and secret (HTTP 401)"), std::string::npos) << refused.err;
    EXPECT_EQ(lrs.requests().size(), 1u) << "credentials are not tried again";

    auto later = push(lrs);
    EXPECT_EQ(later.exit_code, 0) << later.err;
    EXPECT_EQ(lrs.acceptedIds().size(), exportedIds().size()) << "everything is sent once the key is right";
}

TEST_F(XapiCli, ARefusedBatchQuotesTheLrsAndThePushGoesOnFromThereNextTime) {
    LrsReceiver lrs;
    lrs.answerNext({{200, ""}, {400, "{\"errorId\": \"x\", \"warnings\": [\"Problem in 'statements.3.verb.id'\"]}"}});
    auto refused = push(lrs);
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_NE(refused.err.find("refused a batch (HTTP 400): Problem in 'statements.3.verb.id'"), std::string::npos)
        << refused.err;
    EXPECT_NE(refused.err.find("200 statements were sent before that"), std::string::npos) << refused.err;
    EXPECT_EQ(lrs.acceptedIds().size(), 200u);

    auto rest = push(lrs);
    EXPECT_EQ(rest.exit_code, 0) << rest.err;
    const auto accepted = lrs.acceptedIds();
    EXPECT_EQ(accepted.size(), exportedIds().size()) << "the first batch is not sent again";
    EXPECT_EQ(std::set<std::string>(accepted.begin(), accepted.end()), exportedIds());
}

TEST_F(XapiCli, AnLrsThatCannotBeReachedIsSaidSo) {
    const std::string endpoint = "http://127.0.0.1:1/xapi";
    auto result = run(IPPRIMER_BINARY, {"--db", db, "xapi", "push", "--lrs", endpoint, "--retries", "0"}, "", kCredentials);
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("could not reach the LRS at http://127.0.0.1:1/xapi"), std::string::npos) << result.err;
}

TEST_F(XapiCli, CredentialsComeFromTheEnvironmentOrAFileNeverTheCommandLine) {
    LrsReceiver lrs;
    auto none = push(lrs, {}, {"IPPRIMER_LRS_KEY=", "IPPRIMER_LRS_SECRET="});
    EXPECT_EQ(none.exit_code, 2);
    EXPECT_NE(none.err.find("set IPPRIMER_LRS_KEY and IPPRIMER_LRS_SECRET"), std::string::npos) << none.err;
    EXPECT_TRUE(lrs.requests().empty());

    std::ofstream(folder + "/lrs.key") << "filekey:filesecret\n";
    std::filesystem::permissions(folder + "/lrs.key", std::filesystem::perms::owner_read | std::filesystem::perms::others_read);
    auto from_file = push(lrs, {"--credentials", folder + "/lrs.key"}, {"IPPRIMER_LRS_KEY=", "IPPRIMER_LRS_SECRET="});
    EXPECT_EQ(from_file.exit_code, 0) << from_file.err;
    EXPECT_NE(from_file.err.find("Warning: others can read " + folder + "/lrs.key"), std::string::npos) << from_file.err;
    ASSERT_FALSE(lrs.requests().empty());
    EXPECT_EQ(lrs.requests().front().headers.at("authorization"), "Basic " + base64("filekey:filesecret"));

    auto help = runIpprimer({"xapi", "push", "--help"});
    EXPECT_EQ(help.out.find("--secret"), std::string::npos);
    EXPECT_EQ(help.out.find("--key"), std::string::npos);
}

}  // namespace
