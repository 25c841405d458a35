// `ipprimer transcript` as a learner or manager runs it: the PDF read back,
// and every xAPI statement of the JSON held to the xAPI 1.0.3 rules.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "export/xapi_validate.h"
#include "process.h"
#include "temp_folder.h"

using ipprimer::testing::run;
using ipprimer::testing::runIpprimer;
using ipprimer::testing::TempFolder;

namespace {

TEST(CliTranscript, SavesTheRecordAsPdfAndAsValidXapiStatements) {
    const TempFolder temp{"ipprimer-transcript-cli"};
    const std::string folder = temp.path().string(), db = folder + "/progress.db";
    ASSERT_EQ(runIpprimer({"--db", db, "demo-data", "--learners", "20", "--seed", "4"}).exit_code, 0);
    ASSERT_EQ(runIpprimer({"--db", db, "certificate", "key", "--new", "--organisation", "Acme"}).exit_code, 0);
    auto report = runIpprimer({"--db", db, "report", "--format", "json", "--status", "compliant"});
    const auto learners = nlohmann::json::parse(report.out)["learners"];
    ASSERT_FALSE(learners.empty()) << report.out;
    const std::string employee_id = learners[0]["employee_id"], name = learners[0]["name"];
    auto issued = runIpprimer({"--db", db, "certificate", employee_id, "--out", folder + "/c.pdf"});
    ASSERT_EQ(issued.exit_code, 0) << issued.err;
    const std::string certificate_id = issued.out.substr(std::string("Issued certificate ").size(), 14);

    auto pdf = runIpprimer({"--db", db, "transcript", employee_id, "--out", folder + "/record.pdf"});
    ASSERT_EQ(pdf.exit_code, 0) << pdf.err;
    const std::string text = run("pdftotext", {"-enc", "UTF-8", folder + "/record.pdf", "-"}).out;
    EXPECT_NE(text.find("Training record"), std::string::npos) << text;
    EXPECT_NE(text.find(name), std::string::npos);
    EXPECT_NE(text.find(certificate_id), std::string::npos) << certificate_id << "\n" << text;
    EXPECT_NE(text.find("Role quiz"), std::string::npos);

    auto json = runIpprimer({"--db", db, "transcript", name, "--out", folder + "/record.json"});
    ASSERT_EQ(json.exit_code, 0) << json.err;
    std::ifstream in(folder + "/record.json");
    std::stringstream file;
    file << in.rdbuf();
    const auto statements = nlohmann::json::parse(file.str(), nullptr, false);
    ASSERT_TRUE(statements.is_array());
    ASSERT_GT(statements.size(), 5u);
    bool passed = false;
    for (const auto& statement : statements) {
        const auto problems = ipprimer::exports::xapi::validateStatement(statement);
        EXPECT_TRUE(problems.empty()) << statement.dump(1) << "\n" << problems.front();
        EXPECT_EQ(statement["actor"]["name"], name);
        passed = passed || statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/passed";
    }
    EXPECT_TRUE(passed) << "the role quiz passed is among the statements";

    // The same statements as the organisation's export sends to its LRS: same
    // ids, registrations and names, so an LRS given both keeps one of each.
    auto all = runIpprimer({"--db", db, "xapi", "export", "--out", folder + "/all.json"});
    ASSERT_EQ(all.exit_code, 0) << all.err;
    std::ifstream all_in(folder + "/all.json");
    std::map<std::string, nlohmann::json> exported;
    for (auto& statement : nlohmann::json::parse(all_in)) exported[statement["id"].get<std::string>()] = statement;
    for (const auto& statement : statements) {
        const auto same = exported.find(statement["id"].get<std::string>());
        ASSERT_NE(same, exported.end()) << statement.dump(1);
        EXPECT_EQ(same->second, statement);
    }

    auto wrong = runIpprimer({"--db", db, "transcript", employee_id, "--out", folder + "/record.txt"});
    EXPECT_EQ(wrong.exit_code, 2);
    EXPECT_NE(wrong.err.find(".pdf or .json"), std::string::npos) << wrong.err;
}

}  // namespace
