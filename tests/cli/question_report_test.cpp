// `ipprimer report --by question` run as a trainer runs it: the columns, the
// values for a small set of attempts worked out by hand, and only each
// learner's first finished attempt at a quiz counted.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <fstream>
#include <sstream>

#include "process.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"

using ipprimer::testing::runIpprimer;
using ipprimer::testing::TempFolder;
namespace store = ipprimer::store;

namespace {

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        out.push_back(line);
    }
    return out;
}

// The line of a question, or "" when there is none.
std::string rowOf(const std::vector<std::string>& rows, const std::string& id) {
    for (const std::string& row : rows)
        if (row.starts_with(id + ",")) return row;
    return "";
}

struct CliQuestionReport : ::testing::Test {
    const TempFolder temp{"ipprimer-question-report"};
    const std::string db = temp.path().string() + "/progress.db";

    // Five learners took the practice quiz of "why-ip" on three questions.
    // First finished attempts: Ann 1 1 1, Ben 1 1 0, Cem 1 0 0, Dia 0 0 with
    // 003 left blank, Eva 0 0 0.
    void SetUp() override {
        store::SqliteStore records{db};
        store::Attempts& attempts = records.attempts();
        const std::vector<std::string> held{"why-ip-001", "why-ip-002", "why-ip-003"};
        // Answers as (question's place, what it earned), in the order given.
        using Given = std::vector<std::pair<std::size_t, double>>;
        auto take = [&](std::int64_t learner, const Given& given, bool finish = true) {
            const auto attempt = attempts.start(learner, {"module:why-ip", "practice", 7, held});
            for (const auto& [place, earned] : given) attempts.recordAnswer(learner, attempt, {held[place], earned, "{}", 1000});
            if (finish) attempts.finish(learner, attempt, {50, false, 80, 3000});
        };
        const auto ann = records.roster().add({"Ann", "", "", "everyone", ""});
        const auto ben = records.roster().add({"Ben", "", "", "everyone", ""});
        const auto cem = records.roster().add({"Cem", "", "", "everyone", ""});
        const auto dia = records.roster().add({"Dia", "", "", "everyone", ""});
        const auto eva = records.roster().add({"Eva", "", "", "everyone", ""});
        take(eva, {{0, 1}, {1, 1}, {2, 1}}, false);  // never finished: not in the sample
        take(ann, {{0, 1}, {1, 1}, {2, 1}});
        take(ben, {{0, 1}, {1, 1}, {2, 0}});
        take(cem, {{0, 0}, {1, 0}, {2, 0}, {0, 1}});  // the last answer to 001 counts
        take(dia, {{0, 0}, {1, 0}});
        take(eva, {{0, 0}, {1, 0}, {2, 0}});  // Eva's first finished attempt
        take(ann, {{0, 0}, {1, 0}, {2, 0}});  // second attempts: left out
        take(ben, {{0, 0}, {1, 0}, {2, 0}});
    }
};

TEST_F(CliQuestionReport, CsvHasOneRowPerQuestionFromEachLearnersFirstAttempt) {
    auto result = runIpprimer({"--db", db, "report", "--by", "question"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto rows = lines(result.out);
    ASSERT_GT(rows.size(), 3u);
    EXPECT_TRUE(rows.front().starts_with("id,answers,facility,discrimination,flag,")) << rows.front();
    // By hand: facility 3/5, 2/5, 1/5; discrimination 100 times the
    // correlation of the question's mark with the mean of the attempt's other
    // two: 001: 1 1 1 0 0 against 1 .5 0 0 0 -> 61.2; 002: 1 1 0 0 0 against
    // 1 .5 .5 0 0 -> 76.4; 003: 1 0 0 0 0 against 1 1 .5 0 0 -> 55.9.
    // Five answers are too few to flag.
    EXPECT_TRUE(rowOf(rows, "why-ip-001").starts_with("why-ip-001,5,60.0,61.2,,why-ip,")) << rowOf(rows, "why-ip-001");
    EXPECT_TRUE(rowOf(rows, "why-ip-002").starts_with("why-ip-002,5,40.0,76.4,,why-ip,")) << rowOf(rows, "why-ip-002");
    EXPECT_TRUE(rowOf(rows, "why-ip-003").starts_with("why-ip-003,5,20.0,55.9,,why-ip,")) << rowOf(rows, "why-ip-003");
    // A question no attempt held has a row with no numbers.
    EXPECT_TRUE(rowOf(rows, "why-ip-004").starts_with("why-ip-004,0,,,,why-ip,")) << rowOf(rows, "why-ip-004");
}

TEST_F(CliQuestionReport, JsonSaysTheSameWithNulls) {
    const std::string out = temp.path().string() + "/questions.json";
    auto result = runIpprimer({"--db", db, "report", "--by", "question", "--format", "json", "--out", out});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.err.find(" questions to " + out), std::string::npos) << result.err;
    std::ifstream in(out);
    const nlohmann::json json = nlohmann::json::parse(in);
    EXPECT_EQ(json["thresholds"]["too_easy_above"], 90);
    const nlohmann::json* first = nullptr;
    const nlohmann::json* untouched = nullptr;
    for (const auto& row : json["questions"]) {
        if (row["id"] == "why-ip-001") first = &row;
        if (row["id"] == "why-ip-004") untouched = &row;
    }
    ASSERT_TRUE(first && untouched);
    EXPECT_EQ((*first)["answers"], 5);
    EXPECT_DOUBLE_EQ((*first)["facility"].get<double>(), 60.0);
    EXPECT_DOUBLE_EQ((*first)["discrimination"].get<double>(), 61.2);
    EXPECT_TRUE((*first)["flag"].is_null());
    EXPECT_FALSE((*first)["question"].get<std::string>().empty());
    EXPECT_TRUE((*untouched)["facility"].is_null());
    EXPECT_TRUE((*untouched)["discrimination"].is_null());
}

TEST_F(CliQuestionReport, LearnerFiltersDoNotGoWithQuestions) {
    for (const std::vector<std::string>& extra :
         {std::vector<std::string>{"--role", "everyone"}, {"--status", "overdue"}, {"--all"}, {"--by", "team"}}) {
        std::vector<std::string> args{"--db", db, "report", "--by", "question"};
        args.insert(args.end(), extra.begin(), extra.end());
        auto result = runIpprimer(args);
        EXPECT_EQ(result.exit_code, 2) << extra.front();
        EXPECT_FALSE(result.err.empty());
    }
}

}  // namespace
