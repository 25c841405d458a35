// `ipprimer gift inspect|export|flagged`, run as an author or trainer runs them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "course/course.h"
#include "process.h"
#include "temp_folder.h"
#include "quiz/gift_parser.h"
#include "store/attempts.h"
#include "store/sqlite_store.h"

using namespace ipprimer;
using ipprimer::testing::TempFolder;
using ipprimer::testing::runIpprimer;

namespace {

std::string fixture(const std::string& path) { return std::string(IPPRIMER_FIXTURES) + "/" + path; }

void writeFile(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

}  // namespace

TEST(CliGift, InspectPrintsEveryQuestionAsJson) {
    auto r = runIpprimer({"gift", "inspect", fixture("courses/quiz/quizzes/brands.gift")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const auto json = nlohmann::json::parse(r.out);
    ASSERT_TRUE(json.is_array());
    ASSERT_EQ(json.size(), 3u);
    EXPECT_EQ(json[0]["id"], "brands-short");
    EXPECT_EQ(json[0]["type"], "short_answer");
    EXPECT_EQ(json[0]["format"], "markdown");
    EXPECT_EQ(json[0]["tags"], (std::vector<std::string>{"trademarks", "role-designer"}));
    EXPECT_DOUBLE_EQ(json[0]["answers"][2]["fraction"].get<double>(), 0.5);
    EXPECT_EQ(json[1]["type"], "numerical");
    EXPECT_DOUBLE_EQ(json[1]["numeric"][0]["value"].get<double>(), 10.0);
    EXPECT_EQ(json[2]["type"], "matching");
    EXPECT_EQ(json[2]["pairs"][0]["item"], "A logo");
    EXPECT_NE(json[2]["general_feedback"].get<std::string>().find("Different creations"), std::string::npos);
    EXPECT_EQ(json[2]["line"], 11);
}

TEST(CliGift, ABadFileExitsOneWithWhereAndWhatOnStderr) {
    const TempFolder temp("ipprimer-gift");
    const std::string dir = temp.path().string();
    const std::string path = dir + "/broken.gift";
    writeFile(path, "// [id:fine]\nFine?{T}\n\n// [id:broken]\nBroken?{=yes ~no\n");
    auto r = runIpprimer({"gift", "inspect", path});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find(path + ":5:8: error:"), std::string::npos) << r.err;
    const auto json = nlohmann::json::parse(r.out);
    ASSERT_EQ(json.size(), 1u) << "the question that could be read is still printed";
    EXPECT_EQ(json[0]["id"], "fine");

    auto missing = runIpprimer({"gift", "inspect", dir + "/no-such.gift"});
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_NE(missing.err.find("no-such.gift"), std::string::npos) << missing.err;
}

TEST(CliGift, ExportThenInspectGivesBackEveryQuestionOfTheCourse) {
    const TempFolder temp("ipprimer-gift");
    const std::string dir = temp.path().string();
    const std::string out = dir + "/course.gift";
    auto r = runIpprimer({"gift", "export", "--out", out});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_NE(r.out.find("from 7 banks"), std::string::npos) << r.out;

    // What was written reads back to the banks' questions, each in its module's category.
    const course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    const quiz::GiftFile file = quiz::loadGiftFile(out);
    EXPECT_TRUE(file.diagnostics.empty()) << file.diagnostics.front().format();
    std::size_t index = 0;
    for (const course::Bank& bank : course.banks) {
        const std::string category = "$course$/top/IP Primer/" + course.module(bank.module_id)->title;
        for (quiz::Question expected : bank.questions) {
            ASSERT_LT(index, file.questions.size());
            const quiz::Question& got = file.questions[index++];
            EXPECT_EQ(got.category, category) << got.id;
            expected.category = category;
            EXPECT_TRUE(quiz::sameContent(expected, got)) << expected.id;
        }
    }
    EXPECT_EQ(index, file.questions.size());

    auto inspected = runIpprimer({"gift", "inspect", out});
    ASSERT_EQ(inspected.exit_code, 0) << inspected.err;
    EXPECT_EQ(nlohmann::json::parse(inspected.out).size(), file.questions.size());
}

TEST(CliGift, ExportTakesTheCourseOptionAndNeedsAnOutputFile) {
    const TempFolder temp("ipprimer-gift");
    const std::string dir = temp.path().string();
    auto r = runIpprimer({"gift", "export", "--course", fixture("courses/quiz"), "--out", dir + "/quiz.gift"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(quiz::loadGiftFile(dir + "/quiz.gift").questions.size(), 6u);
    EXPECT_FALSE(std::filesystem::exists(dir + "/quiz.gift.part"));
    EXPECT_EQ(runIpprimer({"gift", "export"}).exit_code, 2);
    EXPECT_EQ(runIpprimer({"gift"}).exit_code, 2);

    auto unwritable = runIpprimer({"gift", "export", "--out", dir + "/no/such/dir/x.gift"});
    EXPECT_EQ(unwritable.exit_code, 1);
    EXPECT_NE(unwritable.err.find("cannot write"), std::string::npos) << unwritable.err;
}

TEST(CliGift, FlaggedListsTheQuestionsALearnerKeepsMissing) {
    const TempFolder temp("ipprimer-gift");
    const std::string dir = temp.path().string();
    const std::string db = dir + "/progress.db";
    {
        store::SqliteStore store{db};
        const auto kim = store.roster().add({"Kim Struggle", "", "", "everyone", ""});
        const auto lee = store.roster().add({"Lee Fine", "", "", "everyone", ""});
        store::Attempts& attempts = store.attempts();
        for (int i = 0; i < 3; ++i) {
            attempts.recordReviewAnswer(kim, {"secrets-tf", 0.0, "{}", 1000});
            attempts.recordReviewAnswer(lee, {"secrets-tf", i == 2 ? 1.0 : 0.0, "{}", 1000});
        }
    }
    auto r = runIpprimer({"gift", "flagged", "--course", fixture("courses/quiz"), "--db", db});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("quizzes/secrets.gift:19:1: secrets-tf \"Secrets are registered\": missed 3 or more times in a row "
                         "by 1 learner: Kim Struggle"),
              std::string::npos)
        << r.out;
    EXPECT_EQ(r.out.find("Lee Fine"), std::string::npos) << "a right answer ends the run of misses";

    auto none = runIpprimer({"gift", "flagged", "--course", fixture("courses/quiz"), "--db", dir + "/empty.db"});
    EXPECT_EQ(none.exit_code, 0) << none.err;
    EXPECT_NE(none.out.find("No question is flagged"), std::string::npos) << none.out;
}

TEST(CliGift, HelpOnEveryLevel) {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"gift", "--help"}, {"gift", "inspect", "--help"}, {"gift", "export", "--help"}, {"gift", "flagged", "--help"}}) {
        auto r = runIpprimer(args);
        EXPECT_EQ(r.exit_code, 0) << args[1];
        EXPECT_NE(r.out.find("Usage"), std::string::npos) << r.out;
    }
    EXPECT_NE(runIpprimer({"--help"}).out.find("gift"), std::string::npos);
}

// A byte that is not UTF-8 is an error, but its question is still read: the
// summary must not say it could not be.
TEST(CliGift, TheSummaryCountsErrorsAndTheQuestionsRead) {
    const TempFolder temp("ipprimer-gift-latin1");
    const std::string path = (temp.path() / "latin1.gift").string();
    writeFile(path, "// [id:cafe]\nCaf\xE9 or tea?{=tea ~coffee}\n");
    auto r = runIpprimer({"gift", "inspect", path});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("1 error in " + path + " (see above); 1 question read"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("could not be read"), std::string::npos) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out).size(), 1u);
}
