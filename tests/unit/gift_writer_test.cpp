// The GIFT writer: what it writes reads back to the same questions, for the
// fixtures, for awkward texts, and for every real bank in quizzes/.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "quiz/gift_json.h"
#include "quiz/gift_parser.h"
#include "quiz/gift_writer.h"

using namespace ipprimer;
using namespace ipprimer::quiz;

namespace {

std::string dump(const GiftFile& file) {
    std::string out;
    for (const auto& d : file.diagnostics) out += d.format() + "\n";
    return out;
}

// Writes `questions`, reads them back, and checks each one came back equal.
void expectRoundTrip(const std::vector<Question>& questions, const std::string& label) {
    std::string written = writeGift(questions);
    GiftFile back = parseGift(written, label + " (written)");
    EXPECT_FALSE(hasErrors(back.diagnostics)) << label << "\n" << dump(back) << written;
    ASSERT_EQ(back.questions.size(), questions.size()) << label << "\n" << dump(back) << written;
    for (size_t i = 0; i < questions.size(); ++i)
        EXPECT_TRUE(sameContent(back.questions[i], questions[i]))
            << label << ": question " << i << " (" << questions[i].id << ")\nwritten:\n"
            << writeGift({questions[i]}) << "\nread back: " << toJson(back.questions[i]).dump()
            << "\nexpected:  " << toJson(questions[i]).dump();
    // Writing what was read gives the same text again.
    EXPECT_EQ(writeGift(back.questions), written) << label;
}

Question make(QuestionType type, std::string text) {
    Question q;
    q.id = "made-" + std::to_string(static_cast<int>(type));
    q.type = type;
    q.text = std::move(text);
    return q;
}

std::filesystem::path fixtures() { return std::filesystem::path(IPPRIMER_FIXTURES) / "gift"; }

}  // namespace

TEST(GiftWriter, FixturesRoundTrip) {
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(fixtures())) {
        if (entry.path().extension() != ".gift") continue;
        ++files;
        GiftFile file = loadGiftFile(entry.path());
        ASSERT_FALSE(file.questions.empty()) << entry.path();
        expectRoundTrip(file.questions, entry.path().filename().string());
    }
    EXPECT_GE(files, 4);
}

TEST(GiftWriter, AwkwardTextsRoundTrip) {
    std::vector<Question> questions;
    Question mc = make(QuestionType::MultipleChoice, "Braces {x}, tilde ~, equals =, hash #, colon :, "
                                                     "backslash \\ and \\n literally, a newline\nhere, "
                                                     "Markdown \\* escape, trailing backslash \\");
    mc.title = "Title: with {all} ~the= #specials\\";
    mc.format = TextFormat::Markdown;
    mc.answers = {{"%50% of them", 1.0, "feedback with # and = and ~"},
                  {"[html] looks like a format", 0.0, "[plain] so does this"},
                  {"ends with a backslash \\", 0.0, ""}};
    mc.general_feedback = "General: #### inside";
    questions.push_back(mc);

    Question ma = make(QuestionType::MultipleAnswer, "Pick.");
    ma.answers = {{"a", 1.0 / 3, ""}, {"b", 0.3333333, "x"}, {"%0% c", 0.0, ""}, {"d", -0.5, ""}, {"e", 1.0, ""}};
    questions.push_back(ma);

    Question dollar = make(QuestionType::TrueFalse, "$CATEGORY: not a category");
    dollar.truth = true;
    dollar.feedback_when_right = "right";
    questions.push_back(dollar);

    Question slashes = make(QuestionType::TrueFalse, "// not a comment");
    slashes.feedback_when_wrong = "wrong only";
    questions.push_back(slashes);

    Question bracket = make(QuestionType::Essay, "[markdown] is the text, not the format");
    bracket.general_feedback = "gf";
    questions.push_back(bracket);

    Question sa = make(QuestionType::ShortAnswer, "Say ");
    sa.text_after = " twice.";
    sa.answers = {{"%hello", 1.0, ""}, {"hi there", 0.25, "partly"}};
    questions.push_back(sa);

    Question num = make(QuestionType::Numerical, "Number?");
    num.numeric = {{3.14, 0.01, false, 3.13, 3.15, 1.0, "right"},
                   {0, 0, true, -1e-7, 2.5e10, 0.5, ""},
                   {-5, 0, false, -5, -5, 0.1111111, "exact"}};
    num.feedback_when_wrong = "Not at all.";
    questions.push_back(num);

    Question match = make(QuestionType::Matching, "Match.");
    match.pairs = {{"a: one", "1 -> one"}, {"b", "2 # two"}, {"", "3"}};
    questions.push_back(match);

    Question description = make(QuestionType::Description, "Just text {with braces}.");
    description.category = "Other";
    description.tags = {"t1", "role-owner"};
    questions.push_back(description);

    // The numeric answers above are given with exact min/max already.
    questions[6].numeric[0].min = 3.14 - 0.01;
    questions[6].numeric[0].max = 3.14 + 0.01;
    questions[6].numeric[1].value = (-1e-7 + 2.5e10) / 2;
    questions[6].numeric[1].tolerance = (2.5e10 - -1e-7) / 2;

    expectRoundTrip(questions, "awkward");
}

TEST(GiftWriter, AShortAnswerHoldingAnArrowStaysAShortAnswer) {
    // "{m -> 3}" has no '=', so Moodle reads a short answer; written with
    // "=m -> 3" it would read as a matching question (found by the fuzzer).
    GiftFile read = parseGift("Which arrow?{m -> 3#Arrows are text here.}\n", "bank.gift");
    ASSERT_EQ(read.questions.size(), 1u);
    ASSERT_EQ(read.questions[0].type, QuestionType::ShortAnswer);
    expectRoundTrip(read.questions, "arrow");
    // An answer that starts like a comment stays on the brace's line.
    GiftFile slashes = parseGift("Path?{//srv -> x}\n", "bank.gift");
    ASSERT_EQ(slashes.questions.size(), 1u);
    ASSERT_EQ(slashes.questions[0].answers.size(), 1u);
    EXPECT_EQ(slashes.questions[0].answers[0].text, "//srv -> x");
    expectRoundTrip(slashes.questions, "arrow and slashes");
}

TEST(GiftWriter, AMultipleChoiceWithOnlyRightAnswersStaysAMultipleChoice) {
    // Read from "{=a =b ~#} ": the empty wrong answer is dropped, as Moodle
    // drops it, and what is left must not come back as a short answer
    // (found by tests/fuzz/gift_fuzz).
    GiftFile read = parseGift("Any?{\n=Madrid\n=%50%1883\n~#Nothing here.\n}\n", "bank.gift");
    ASSERT_EQ(read.questions.size(), 1u);
    ASSERT_EQ(read.questions[0].type, QuestionType::MultipleChoice);
    expectRoundTrip(read.questions, "only right answers");
    EXPECT_NE(writeGift(read.questions).find("~%100%"), std::string::npos);
}

TEST(GiftWriter, LayoutIdsTagsCategoriesAndBlankLines) {
    Question a = make(QuestionType::TrueFalse, "First?");
    a.id = "w-1";
    a.tags = {"patents", "role-rnd"};
    a.category = "Patents";
    a.truth = true;
    Question b = a;
    b.id = "w-2";
    b.tags = {};
    Question c = a;
    c.id = "w-3";
    c.category = "Trademarks";
    EXPECT_EQ(writeGift({a, b, c}),
              "$CATEGORY: Patents\n"
              "\n"
              "// [id:w-1]\n"
              "// [tag:patents] [tag:role-rnd]\n"
              "First? {TRUE}\n"
              "\n"
              "// [id:w-2]\n"
              "First? {TRUE}\n"
              "\n"
              "$CATEGORY: Trademarks\n"
              "\n"
              "// [id:w-3]\n"
              "// [tag:patents] [tag:role-rnd]\n"
              "First? {TRUE}\n");
}

TEST(GiftWriter, WritesMoodlesSyntaxForEachType) {
    Question mc = make(QuestionType::MultipleChoice, "Which?");
    mc.title = "T";
    mc.format = TextFormat::Markdown;
    mc.answers = {{"right", 1.0, "yes"}, {"wrong", 0.0, "no"}, {"half", 0.5, ""}};
    mc.general_feedback = "general";
    EXPECT_EQ(writeGift({mc}),
              "// [id:made-0]\n::T::[markdown]Which? {\n  =right#yes\n  ~wrong#no\n  ~%50%half\n  ####general\n}\n");

    Question tf = make(QuestionType::TrueFalse, "Sky is green.");
    tf.truth = false;
    tf.feedback_when_wrong = "No, it is blue.";
    tf.feedback_when_right = "Right.";
    EXPECT_EQ(writeGift({tf}), "// [id:made-2]\nSky is green. {FALSE#No, it is blue.#Right.}\n");

    Question num = make(QuestionType::Numerical, "Year?");
    num.numeric = {{1883, 0, false, 1883, 1883, 1.0, ""}, {0, 0, true, 1880, 1890, 0.5, "close"}};
    EXPECT_EQ(writeGift({num}), "// [id:made-5]\nYear? {#\n  =1883:0\n  =%50%1880..1890#close\n}\n");
}

TEST(GiftWriter, EscapeGift) {
    EXPECT_EQ(escapeGift("a~b=c#d{e}f:g"), "a\\~b\\=c\\#d\\{e\\}f\\:g");
    EXPECT_EQ(escapeGift("line\nbreak"), "line\\nbreak");
    EXPECT_EQ(escapeGift("crlf\r\nline"), "crlf\\nline");
    EXPECT_EQ(escapeGift("C:\\temp"), "C\\:\\temp");
    EXPECT_EQ(escapeGift("\\*md\\*"), "\\*md\\*");
    EXPECT_EQ(escapeGift("\\n literal"), "\\\\n literal");
    EXPECT_EQ(escapeGift("\\#"), "\\\\\\#");
    EXPECT_EQ(escapeGift("end\\"), "end\\\\");
    EXPECT_EQ(escapeGift("\\\n"), "\\\\\\n");
}

// Every real bank in quizzes/ reads without errors and survives a round trip.
// The banks are written by content authors: this iterates whatever exists.
TEST(GiftBanks, EveryBankReadsWithoutErrorsAndRoundTrips) {
    std::filesystem::path dir = std::filesystem::path(IPPRIMER_SOURCE_DIR) / "quizzes";
    std::vector<std::filesystem::path> banks;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.path().extension() == ".gift") banks.push_back(entry.path());
    if (banks.empty()) GTEST_SKIP() << "no quiz banks in " << dir << " yet";
    std::sort(banks.begin(), banks.end());
    for (const auto& bank : banks) {
        SCOPED_TRACE(bank.string());
        GiftFile file = loadGiftFile(bank);
        EXPECT_FALSE(hasErrors(file.diagnostics)) << dump(file);
        EXPECT_FALSE(file.questions.empty()) << "no questions in " << bank;
        expectRoundTrip(file.questions, bank.filename().string());
    }
}

TEST(GiftWriter, AnIdOrTagHoldingABracketRoundTrips) {
    Question q;
    q.id = "art-4]";
    q.tags = {"a]b", "plain"};
    q.type = QuestionType::TrueFalse;
    q.text = "Is it?";
    q.truth = true;
    expectRoundTrip({q}, "bracket in markers");
}
