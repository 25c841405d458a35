// What a manager reads of a learner's recorded answer: the texts the record
// kept (so an answer reads as given after the bank is edited), the bank's
// texts for older records, and a plain "No answer" for anything else.
#include <gtest/gtest.h>

#include "quiz/gift_parser.h"
#include "quiz/responses.h"

using namespace ipprimer::quiz;

namespace {

Question parsed(const std::string& gift) {
    auto file = parseGift(gift, "test.gift");
    EXPECT_EQ(file.questions.size(), 1u);
    return file.questions.at(0);
}

std::string recorded(const Question& question, const Response& response) {
    return responseToJson(question, response).dump();
}

}  // namespace

TEST(RecordedAnswer, ReadsEveryTypeAsItWasRecorded) {
    const Question choice = parsed("Q?{=a logo ~a recipe ~a poem}");
    Response r;
    r.chosen = {1};
    EXPECT_EQ(recordedAnswerText(&choice, recorded(choice, r)), "a recipe");
    const Question several = parsed("Q?{~%50%patents ~%50%trade marks ~%-100%chairs}");
    r.chosen = {0, 1};
    EXPECT_EQ(recordedAnswerText(&several, recorded(several, r)), "patents; trade marks");

    const Question truth = parsed("Q?{T}");
    Response t;
    t.truth = false;
    EXPECT_EQ(recordedAnswerText(&truth, recorded(truth, t)), "False");
    t.truth = true;
    EXPECT_EQ(recordedAnswerText(&truth, recorded(truth, t)), "True");

    const Question typed = parsed("Q?{=trade mark}");
    Response s;
    s.text = "a brand";
    EXPECT_EQ(recordedAnswerText(&typed, recorded(typed, s)), "\"a brand\"");

    const Question matching = parsed("Q?{=Logo -> trade mark =Invention -> patent =Novel -> copyright}");
    Response m;
    m.matched = {0, 2, -1};
    EXPECT_EQ(recordedAnswerText(&matching, recorded(matching, m)),
              "Logo \xE2\x86\x92 trade mark; Invention \xE2\x86\x92 copyright; Novel \xE2\x86\x92 ");
}

TEST(RecordedAnswer, KeepsTheTextsGivenAfterTheBankIsEdited) {
    const Question before = parsed("Q?{=a logo ~a recipe ~a poem}");
    Response r;
    r.chosen = {1};
    const std::string json = recorded(before, r);
    const Question after = parsed("Q?{=a logo ~a secret recipe}");
    EXPECT_EQ(recordedAnswerText(&after, json), "a recipe");
    EXPECT_EQ(recordedAnswerText(nullptr, json), "a recipe") << "a question no longer in the banks";
    EXPECT_EQ(recordedAnswerText(nullptr, R"({"matched": [0], "texts": ["patent"]})"), "patent")
        << "without the question, a match is shown without its item";
    EXPECT_EQ(recordedAnswerText(nullptr, R"({"chosen": [0], "texts": [null]})"), "(none)");
}

TEST(RecordedAnswer, OlderRecordsWithoutTextsUseTheBanks) {
    const Question choice = parsed("Q?{=a logo ~a recipe ~a poem}");
    EXPECT_EQ(recordedAnswerText(&choice, R"({"chosen": [2, 0]})"), "a poem; a logo");
    EXPECT_EQ(recordedAnswerText(&choice, R"({"chosen": [7, -1, "x"]})"), "No answer") << "indexes the bank lacks";
    EXPECT_EQ(recordedAnswerText(nullptr, R"({"chosen": [0]})"), "No answer");
}

TEST(RecordedAnswer, NothingGivenAndDamagedRecords) {
    const Question choice = parsed("Q?{=a logo ~a recipe}");
    EXPECT_EQ(recordedAnswerText(&choice, ""), "No answer");
    EXPECT_EQ(recordedAnswerText(&choice, "{}"), "No answer");
    EXPECT_EQ(recordedAnswerText(&choice, R"({"chosen": [], "texts": []})"), "No answer");
    EXPECT_EQ(recordedAnswerText(&choice, R"({"truth": null})"), "No answer");
    EXPECT_EQ(recordedAnswerText(&choice, "not json"), "not json") << "shown as it is";
    EXPECT_EQ(recordedAnswerText(&choice, "[1, 2]"), "[1, 2]");
}
