// The GIFT reader: every question type, every corner of the format, and the
// diagnostics for what Moodle would misread.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "quiz/gift_json.h"
#include "quiz/gift_parser.h"
#include "quiz/gift_writer.h"

using namespace ipprimer;
using namespace ipprimer::quiz;

namespace {

GiftFile parse(std::string_view text) { return parseGift(text, "bank.gift"); }

std::vector<const Diagnostic*> only(const GiftFile& file, Severity severity) {
    std::vector<const Diagnostic*> found;
    for (const auto& d : file.diagnostics)
        if (d.severity == severity) found.push_back(&d);
    return found;
}

std::vector<const Diagnostic*> errors(const GiftFile& file) { return only(file, Severity::Error); }
std::vector<const Diagnostic*> warnings(const GiftFile& file) { return only(file, Severity::Warning); }

// The first diagnostic whose message holds `part`, or null.
const Diagnostic* find(const GiftFile& file, std::string_view part) {
    for (const auto& d : file.diagnostics)
        if (d.message.find(part) != std::string::npos) return &d;
    return nullptr;
}

std::string dump(const GiftFile& file) {
    std::string out;
    for (const auto& d : file.diagnostics) out += d.format() + "\n";
    return out;
}

// One question that must parse without errors.
Question one(std::string_view text) {
    GiftFile file = parse(text);
    EXPECT_TRUE(errors(file).empty()) << dump(file);
    EXPECT_EQ(file.questions.size(), 1u) << dump(file);
    return file.questions.empty() ? Question{} : file.questions.front();
}

std::filesystem::path fixture(const std::string& name) {
    return std::filesystem::path(IPPRIMER_FIXTURES) / "gift" / name;
}

}  // namespace

// --- question types -------------------------------------------------------

TEST(GiftParser, MultipleChoiceWithTitleFormatFeedbackAndGeneralFeedback) {
    Question q = one(
        "// [id:m-001]\n"
        "::The title::[markdown]Which is right?{\n"
        "  =Right one#Well done.\n"
        "  ~Wrong one#Not that.\n"
        "  ~Other#Nor that.\n"
        "  ####Shown after any answer.\n"
        "}\n");
    EXPECT_EQ(q.type, QuestionType::MultipleChoice);
    EXPECT_EQ(q.title, "The title");
    EXPECT_EQ(q.format, TextFormat::Markdown);
    EXPECT_EQ(q.text, "Which is right?");
    EXPECT_TRUE(q.text_after.empty());
    ASSERT_EQ(q.answers.size(), 3u);
    EXPECT_EQ(q.answers[0], (Answer{"Right one", 1.0, "Well done."}));
    EXPECT_EQ(q.answers[1], (Answer{"Wrong one", 0.0, "Not that."}));
    EXPECT_EQ(q.answers[2], (Answer{"Other", 0.0, "Nor that."}));
    EXPECT_EQ(q.general_feedback, "Shown after any answer.");
}

TEST(GiftParser, EveryTextFormatIsRecognisedAndMoodleIsTheDefault) {
    EXPECT_EQ(one("// [id:a]\nQ{T}").format, TextFormat::Moodle);
    EXPECT_EQ(one("// [id:a]\n[html]<b>Q</b>{T}").format, TextFormat::Html);
    EXPECT_EQ(one("// [id:a]\n::t::[plain]Q{T}").format, TextFormat::Plain);
    EXPECT_EQ(one("// [id:a]\n::t:: [moodle] Q{T}").format, TextFormat::Moodle);
    Question md = one("// [id:a]\n::t::[markdown]Q{T}");
    EXPECT_EQ(md.format, TextFormat::Markdown);
    EXPECT_EQ(md.text, "Q");
    // A bracket that names no format is text, as in Moodle.
    Question note = one("// [id:a]\n[Note] read this{T}");
    EXPECT_EQ(note.format, TextFormat::Moodle);
    EXPECT_EQ(note.text, "[Note] read this");
}

TEST(GiftParser, MultipleAnswerWithWeightsAddingUpTo100HasNoWarning) {
    GiftFile file = parse(
        "// [id:ma-001]\n"
        "Pick the two right ones.{\n"
        "  ~%50%First#Yes.\n"
        "  ~%50%Second\n"
        "  ~%-100%Third#No.\n"
        "  ~Fourth\n"
        "}\n");
    ASSERT_EQ(file.questions.size(), 1u);
    EXPECT_TRUE(file.diagnostics.empty()) << dump(file);
    const Question& q = file.questions[0];
    EXPECT_EQ(q.type, QuestionType::MultipleAnswer);
    ASSERT_EQ(q.answers.size(), 4u);
    EXPECT_DOUBLE_EQ(q.answers[0].fraction, 0.5);
    EXPECT_EQ(q.answers[0].feedback, "Yes.");
    EXPECT_DOUBLE_EQ(q.answers[1].fraction, 0.5);
    EXPECT_DOUBLE_EQ(q.answers[2].fraction, -1.0);
    EXPECT_DOUBLE_EQ(q.answers[3].fraction, 0.0);
}

TEST(GiftParser, MultipleAnswerWeightsNotAddingUpTo100AreAcceptedWithAWarning) {
    GiftFile file = parse(
        "// [id:ma-002]\n"
        "Pick.{\n"
        "  ~%50%First\n"
        "  ~%25%Second\n"
        "  ~%-50%Third\n"
        "}\n");
    ASSERT_EQ(file.questions.size(), 1u);
    EXPECT_TRUE(errors(file).empty()) << dump(file);
    const Diagnostic* d = find(file, "add up to 75%");
    ASSERT_NE(d, nullptr) << dump(file);
    EXPECT_EQ(d->severity, Severity::Warning);
    EXPECT_EQ(d->line, 2);
    EXPECT_EQ(d->column, 6);  // the '{'
}

TEST(GiftParser, DecimalAndThirdWeights) {
    Question q = one("// [id:a]\nPick.{~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}");
    EXPECT_NEAR(q.answers[0].fraction, 0.3333333, 1e-12);
    EXPECT_DOUBLE_EQ(q.answers[3].fraction, -1.0);
}

TEST(GiftParser, WeightsMoodleWouldRefuseAreWarned) {
    GiftFile file = parse("// [id:a]\nPick.{~%35%a ~%65%b ~c}");
    ASSERT_EQ(file.questions.size(), 1u);
    const Diagnostic* d = find(file, "weight 35% is not one of Moodle's grades");
    ASSERT_NE(d, nullptr) << dump(file);
    EXPECT_EQ(d->severity, Severity::Warning);
    EXPECT_NE(find(file, "weight 65%"), nullptr);
}

TEST(GiftParser, MultipleChoiceWithoutARightAnswerIsAnError) {
    GiftFile file = parse("// [id:a]\nWhich?{~a ~b ~c}\n");
    EXPECT_TRUE(file.questions.empty());
    ASSERT_EQ(errors(file).size(), 1u) << dump(file);
    const Diagnostic& d = *errors(file)[0];
    EXPECT_EQ(d.line, 2);
    EXPECT_EQ(d.column, 7);
    EXPECT_NE(d.message.find("no right answer"), std::string::npos);
    EXPECT_EQ(d.format().rfind("bank.gift:2:7: error: multiple choice has no right answer", 0), 0u)
        << d.format();
}

TEST(GiftParser, MultipleChoiceNeedsTwoAnswers) {
    GiftFile file = parse("// [id:a]\nWhich?{=only ~}\n");
    EXPECT_TRUE(file.questions.empty());
    EXPECT_NE(find(file, "at least two answers"), nullptr) << dump(file);
}

TEST(GiftParser, TrueFalseInEverySpelling) {
    for (std::string word : {"T", "TRUE", "t", "true", "True", " T ", "\tTRUE\t"}) {
        Question q = one("// [id:a]\nThe sun rises in the east.{" + word + "}");
        EXPECT_EQ(q.type, QuestionType::TrueFalse) << word;
        EXPECT_TRUE(q.truth) << word;
    }
    for (std::string word : {"F", "FALSE", "f", "false", "False"}) {
        Question q = one("// [id:a]\nThe sun rises in the west.{" + word + "}");
        EXPECT_EQ(q.type, QuestionType::TrueFalse) << word;
        EXPECT_FALSE(q.truth) << word;
    }
}

TEST(GiftParser, TrueFalseInLowerCaseIsWarnedBecauseMoodleWantsCapitals) {
    EXPECT_TRUE(parse("// [id:a]\nQ{TRUE}\n\n// [id:b]\nR{ F #no#yes}").diagnostics.empty());
    GiftFile file = parse("// [id:a]\nQ{true#no#yes}");
    ASSERT_EQ(file.questions.size(), 1u);
    EXPECT_TRUE(file.questions[0].truth);
    const Diagnostic* d = find(file, "only in capitals");
    ASSERT_NE(d, nullptr) << dump(file);
    EXPECT_EQ(d->severity, Severity::Warning);
    EXPECT_EQ(d->column, 3);
}

TEST(GiftParser, TrueFalseFeedbackComesInMoodlesOrderWrongThenRight) {
    // Moodle: {T#feedback shown after a wrong answer#feedback shown after a right one}.
    Question t = one("// [id:a]\nTrue?{T#You said false: wrong.#You said true: right.}");
    EXPECT_TRUE(t.truth);
    EXPECT_EQ(t.feedback_when_wrong, "You said false: wrong.");
    EXPECT_EQ(t.feedback_when_right, "You said true: right.");

    Question f = one("// [id:a]\nFalse?{FALSE#You said true: wrong.#You said false: right.####General.}");
    EXPECT_FALSE(f.truth);
    EXPECT_EQ(f.feedback_when_wrong, "You said true: wrong.");
    EXPECT_EQ(f.feedback_when_right, "You said false: right.");
    EXPECT_EQ(f.general_feedback, "General.");

    Question only_right = one("// [id:a]\nTrue?{T##Only when right.}");
    EXPECT_EQ(only_right.feedback_when_wrong, "");
    EXPECT_EQ(only_right.feedback_when_right, "Only when right.");
}

TEST(GiftParser, ShortAnswerWithSeveralAnswersAndPartialCredit) {
    Question q = one("// [id:a]\nWho is buried in Grant's tomb?{=no one#Yes. =nobody =%50%Grant#Half: his wife too.}");
    EXPECT_EQ(q.type, QuestionType::ShortAnswer);
    ASSERT_EQ(q.answers.size(), 3u);
    EXPECT_EQ(q.answers[0], (Answer{"no one", 1.0, "Yes."}));
    EXPECT_EQ(q.answers[1], (Answer{"nobody", 1.0, ""}));
    EXPECT_EQ(q.answers[2], (Answer{"Grant", 0.5, "Half: his wife too."}));
}

TEST(GiftParser, ShortAnswerWithOneAnswerNeedsNoEqualsSign) {
    Question q = one("// [id:a]\nWhat is 6 plus 2?{eight}");
    EXPECT_EQ(q.type, QuestionType::ShortAnswer);
    ASSERT_EQ(q.answers.size(), 1u);
    EXPECT_EQ(q.answers[0].text, "eight");
    EXPECT_DOUBLE_EQ(q.answers[0].fraction, 1.0);
}

TEST(GiftParser, MatchingWithADistractor) {
    Question q = one(
        "// [id:a]\n"
        "Match.{\n"
        "  =cat -> cat food\n"
        "  =dog->dog food\n"
        "  =   ->   bird seed\n"
        "  ####Distractors make guessing harder.\n"
        "}");
    EXPECT_EQ(q.type, QuestionType::Matching);
    ASSERT_EQ(q.pairs.size(), 3u);
    EXPECT_EQ(q.pairs[0], (MatchPair{"cat", "cat food"}));
    EXPECT_EQ(q.pairs[1], (MatchPair{"dog", "dog food"}));
    EXPECT_EQ(q.pairs[2], (MatchPair{"", "bird seed"}));
    EXPECT_EQ(q.general_feedback, "Distractors make guessing harder.");
}

TEST(GiftParser, MatchingWithFewerThanThreePairsIsAnError) {
    GiftFile file = parse("// [id:a]\nMatch.{=a -> 1 =b -> 2}");
    EXPECT_TRUE(file.questions.empty());
    const Diagnostic* d = find(file, "at least three pairs");
    ASSERT_NE(d, nullptr) << dump(file);
    EXPECT_EQ(d->severity, Severity::Error);
    EXPECT_EQ(d->line, 2);
    EXPECT_EQ(d->column, 7);
}

TEST(GiftParser, MatchingProblemsAreErrorsAtThePair) {
    GiftFile no_arrow = parse("// [id:a]\nMatch.{\n =a -> 1\n =b 2\n =c -> 3\n =d -> 4}");
    ASSERT_EQ(errors(no_arrow).size(), 1u) << dump(no_arrow);
    EXPECT_EQ(errors(no_arrow)[0]->line, 4);
    EXPECT_EQ(errors(no_arrow)[0]->column, 2);
    EXPECT_NE(errors(no_arrow)[0]->message.find("no '->'"), std::string::npos);

    GiftFile feedback = parse("// [id:a]\nMatch.{=a -> 1#no =b -> 2 =c -> 3}");
    EXPECT_NE(find(feedback, "'#' in a matching pair"), nullptr) << dump(feedback);

    GiftFile distractors = parse("// [id:a]\nMatch.{=a -> 1 = -> 2 = -> 3}");
    EXPECT_NE(find(distractors, "at least two pairs with an item"), nullptr) << dump(distractors);
}

TEST(GiftParser, NumericalWithTolerance) {
    Question q = one("// [id:a]\nPi to two places?{#3.14:0.01#Close enough.}");
    EXPECT_EQ(q.type, QuestionType::Numerical);
    ASSERT_EQ(q.numeric.size(), 1u);
    const NumericAnswer& a = q.numeric[0];
    EXPECT_FALSE(a.is_range);
    EXPECT_DOUBLE_EQ(a.value, 3.14);
    EXPECT_DOUBLE_EQ(a.tolerance, 0.01);
    EXPECT_DOUBLE_EQ(a.min, 3.13);
    EXPECT_DOUBLE_EQ(a.max, 3.15);
    EXPECT_DOUBLE_EQ(a.fraction, 1.0);
    EXPECT_EQ(a.feedback, "Close enough.");
}

TEST(GiftParser, NumericalExactValueAndRange) {
    Question exact = one("// [id:a]\nYear?{#1883}");
    EXPECT_DOUBLE_EQ(exact.numeric.at(0).value, 1883);
    EXPECT_DOUBLE_EQ(exact.numeric.at(0).tolerance, 0);

    Question range = one("// [id:a]\nA number from 1 to 5?{#1..5}");
    const NumericAnswer& r = range.numeric.at(0);
    EXPECT_TRUE(r.is_range);
    EXPECT_DOUBLE_EQ(r.min, 1);
    EXPECT_DOUBLE_EQ(r.max, 5);
    EXPECT_DOUBLE_EQ(r.value, 3);
    EXPECT_DOUBLE_EQ(r.tolerance, 2);

    Question negative = one("// [id:a]\nBelow zero?{#-10..-2.5}");
    EXPECT_DOUBLE_EQ(negative.numeric.at(0).min, -10);
    EXPECT_DOUBLE_EQ(negative.numeric.at(0).max, -2.5);
}

TEST(GiftParser, NumericalWithSeveralWeightedAnswersAndWrongFeedback) {
    Question q = one(
        "// [id:a]\n"
        "When was the Paris Convention signed?{#\n"
        "  =%100%1883:0#Right.\n"
        "  =%50%1883:10#Close.\n"
        "  ~#It was 1883.\n"
        "}");
    ASSERT_EQ(q.numeric.size(), 2u);
    EXPECT_DOUBLE_EQ(q.numeric[0].fraction, 1.0);
    EXPECT_EQ(q.numeric[0].feedback, "Right.");
    EXPECT_DOUBLE_EQ(q.numeric[1].fraction, 0.5);
    EXPECT_DOUBLE_EQ(q.numeric[1].tolerance, 10);
    EXPECT_EQ(q.feedback_when_wrong, "It was 1883.");

    Question inline_form = one("// [id:a]\nYear?{#=%100%2000:0 =%50%2000:10}");
    ASSERT_EQ(inline_form.numeric.size(), 2u);
    EXPECT_DOUBLE_EQ(inline_form.numeric[1].fraction, 0.5);
}

TEST(GiftParser, UnknownNumericSyntaxIsAnErrorAtTheAnswer) {
    for (std::string bad : {"twelve", "1..x", "3:abc", "5..1", "1,5"}) {
        GiftFile file = parse("// [id:a]\nHow many?{#\n  =" + bad + "\n}");
        EXPECT_TRUE(file.questions.empty()) << bad;
        ASSERT_EQ(errors(file).size(), 1u) << bad << "\n" << dump(file);
        EXPECT_EQ(errors(file)[0]->line, 3) << bad;
        EXPECT_EQ(errors(file)[0]->column, 3) << bad;
    }
    EXPECT_NE(find(parse("// [id:a]\nHow many?{#}"), "no answer"), nullptr);
}

TEST(GiftParser, MissingWordKeepsTheTextAfterTheBlank) {
    Question mc = one("// [id:a]\nGrant is {~buried =entombed ~living} in Grant's tomb.");
    EXPECT_EQ(mc.type, QuestionType::MultipleChoice);
    EXPECT_TRUE(mc.isMissingWord());
    EXPECT_EQ(mc.text, "Grant is ");
    EXPECT_EQ(mc.text_after, " in Grant's tomb.");

    Question sa = one("// [id:a]\nTwo plus {=two =2} equals four.");
    EXPECT_EQ(sa.type, QuestionType::ShortAnswer);
    EXPECT_EQ(sa.text + "___" + sa.text_after, "Two plus ___ equals four.");

    Question tight = one("// [id:a]\nThe capital of France is{=Paris}.");
    EXPECT_EQ(tight.text, "The capital of France is");
    EXPECT_EQ(tight.text_after, ".");

    Question multiline = one(
        "// [id:a]\n"
        "Thanksgiving is on the {\n"
        "    ~second\n"
        "    =fourth\n"
        "} Thursday of November.");
    EXPECT_EQ(multiline.text, "Thanksgiving is on the ");
    EXPECT_EQ(multiline.text_after, " Thursday of November.");
    EXPECT_EQ(multiline.answers.size(), 2u);

    Question at_start = one("// [id:a]\n{=Two =2} plus two equals four.");
    EXPECT_EQ(at_start.text, "");
    EXPECT_EQ(at_start.text_after, " plus two equals four.");
}

TEST(GiftParser, EssayAndDescriptionAreKeptButNotScored) {
    GiftFile file = parse(
        "// [id:e]\n::Essay::How are you?{}\n\n"
        "// [id:g]\nAnd you?{####We hope you are well.}\n\n"
        "// [id:d]\n::Intro::The next questions are about patents.\n");
    ASSERT_EQ(file.questions.size(), 3u) << dump(file);
    EXPECT_EQ(file.questions[0].type, QuestionType::Essay);
    EXPECT_EQ(file.questions[1].type, QuestionType::Essay);
    EXPECT_EQ(file.questions[1].general_feedback, "We hope you are well.");
    EXPECT_EQ(file.questions[2].type, QuestionType::Description);
    EXPECT_EQ(file.questions[2].text, "The next questions are about patents.");
    for (const auto& q : file.questions) EXPECT_FALSE(q.isScored());
}

// --- escapes, comments, layout ----------------------------------------------

TEST(GiftParser, EscapesAreRemovedEverywhere) {
    Question q = one(
        "// [id:a]\n"
        "::A\\: title \\{x\\}::1 \\= 1, \\~2, \\#3, \\{4\\}, a\\:b, back\\\\slash, line\\nbreak{\n"
        "  =Right \\= ok#See [this](lesson\\:trade-secrets\\#key-points).\n"
        "  ~Wrong \\~ no#Read lesson\\:patents\\#what-makes-an-invention-patentable first.\n"
        "}");
    EXPECT_EQ(q.title, "A: title {x}");
    EXPECT_EQ(q.text, "1 = 1, ~2, #3, {4}, a:b, back\\slash, line\nbreak");
    ASSERT_EQ(q.answers.size(), 2u);
    EXPECT_EQ(q.answers[0].text, "Right = ok");
    EXPECT_EQ(q.answers[0].feedback, "See [this](lesson:trade-secrets#key-points).");
    EXPECT_EQ(q.answers[1].text, "Wrong ~ no");
    EXPECT_EQ(q.answers[1].feedback, "Read lesson:patents#what-makes-an-invention-patentable first.");
}

TEST(GiftParser, OtherBackslashesStayAsText) {
    // Markdown's own escapes are not GIFT's: Moodle keeps them, so do we.
    Question q = one("// [id:a]\n[markdown]A \\*literal\\* star and C\\:\\\\temp.{T}");
    EXPECT_EQ(q.text, "A \\*literal\\* star and C:\\temp.");
}

TEST(GiftParser, EscapedBracesDoNotOpenAnswers) {
    Question q = one("// [id:a]\nWrite \\{T\\} in the file.");
    EXPECT_EQ(q.type, QuestionType::Description);
    EXPECT_EQ(q.text, "Write {T} in the file.");
}

TEST(GiftParser, CommentsBetweenAndInsideQuestions) {
    GiftFile file = parse(
        "// A header comment.\n"
        "// Another.\n"
        "\n"
        "// [id:c-1]\n"
        "// Comment right above.\n"
        "First line of the question\n"
        "// a comment line inside the question text\n"
        "second line.{\n"
        "  // a comment inside the answers: ~not an answer\n"
        "  =Yes\n"
        "  //~Nor this\n"
        "  ~No\n"
        "    // indented comment\n"
        "}\n"
        "// comment straight after\n"
        "\n"
        "// trailing comment\n");
    ASSERT_EQ(file.questions.size(), 1u) << dump(file);
    EXPECT_TRUE(file.diagnostics.empty()) << dump(file);
    const Question& q = file.questions[0];
    EXPECT_EQ(q.text, "First line of the question\nsecond line.");
    ASSERT_EQ(q.answers.size(), 2u);
    EXPECT_EQ(q.answers[0].text, "Yes");
    EXPECT_EQ(q.answers[1].text, "No");
}

TEST(GiftParser, DoubleSlashInsideALineIsText) {
    Question q = one("// [id:a]\n::Link::See https://www.wipo.int/sme/ // not a comment.{=Yes#Read https://example.org ~No}");
    EXPECT_EQ(q.text, "See https://www.wipo.int/sme/ // not a comment.");
    EXPECT_EQ(q.answers.at(0).feedback, "Read https://example.org");
}

TEST(GiftParser, MultiLineQuestionAndAnswers) {
    Question q = one(
        "// [id:a]\n"
        "::Lines::[markdown]First line\n"
        "second line\n"
        "third line.{\n"
        "  =An answer\n"
        "  on two lines#And feedback\n"
        "  on two too.\n"
        "  ~Short\n"
        "}");
    EXPECT_EQ(q.text, "First line\nsecond line\nthird line.");
    // Moodle's import trims every line of an answer and its feedback.
    EXPECT_EQ(q.answers.at(0).text, "An answer\non two lines");
    EXPECT_EQ(q.answers.at(0).feedback, "And feedback\non two too.");
}

TEST(GiftParser, ABracketEscapedInsideAnIdOrTagIsPartOfIt) {
    Question q = one("// [id:law-art-4\\]] [tag:paris\\]-priority]\nWhich?{=a ~b}");
    EXPECT_EQ(q.id, "law-art-4]");
    EXPECT_EQ(q.tags, (std::vector<std::string>{"paris]-priority"}));
}

TEST(GiftParser, LenientAboutSpacesTabsAndTheLastNewline) {
    Question q = one("   // [id:a]\n\t::  Spaced title  ::  \t[markdown]   Text   \t{   =  yes  #  fine   ~ no }");
    EXPECT_EQ(q.title, "Spaced title");
    EXPECT_EQ(q.text, "Text");
    EXPECT_EQ(q.answers.at(0), (Answer{"yes", 1.0, "fine"}));
    EXPECT_EQ(q.answers.at(1), (Answer{"no", 0.0, ""}));

    Question n = one("// [id:a]\nPi?{#  3.14 : 0.01  }");
    EXPECT_DOUBLE_EQ(n.numeric.at(0).tolerance, 0.01);

    GiftFile blank_lines = parse("\n\n   \n\t\n// [id:a]\nQ{T}\n\n\n\n// [id:b]\nR{F}\n   \n");
    EXPECT_EQ(blank_lines.questions.size(), 2u);
    EXPECT_TRUE(blank_lines.diagnostics.empty()) << dump(blank_lines);
}

TEST(GiftParser, WindowsLineEndingsAndByteOrderMarkReadLikeUnixText) {
    std::string unix_text =
        "// [id:w-1]\n// [tag:x]\n::T::[markdown]Line one\nline two.{\n  =Yes#Right.\n  ~No\n}\n\n"
        "// [id:w-2]\nSecond?{T}\n";
    std::string windows_text = "\xEF\xBB\xBF";
    for (char c : unix_text) {
        if (c == '\n') windows_text += '\r';
        windows_text += c;
    }
    GiftFile unix_file = parse(unix_text);
    GiftFile windows_file = parse(windows_text);
    ASSERT_EQ(windows_file.questions.size(), 2u) << dump(windows_file);
    EXPECT_TRUE(windows_file.diagnostics.empty()) << dump(windows_file);
    for (size_t i = 0; i < 2; ++i) EXPECT_EQ(windows_file.questions[i], unix_file.questions[i]);
    EXPECT_EQ(windows_file.questions[0].text, "Line one\nline two.");
    EXPECT_EQ(windows_file.questions[0].line, 3);
    EXPECT_EQ(windows_file.questions[0].column, 1);  // the byte-order mark is not a column

    // Old Mac line endings (CR alone) too.
    std::string mac_text = unix_text;
    std::replace(mac_text.begin(), mac_text.end(), '\n', '\r');
    EXPECT_EQ(parse(mac_text).questions, unix_file.questions);
}

TEST(GiftParser, AByteOrderMarkLeftInsideAFileIsNotPartOfAQuestion) {
    // Two banks pasted together: the second one's byte-order mark is now mid-file.
    GiftFile joined = parse("// [id:a]\nFirst?{T}\n\n\xEF\xBB\xBF// [id:b]\nSecond?{F}\n\n\xEF\xBB\xBFThird is plain.\xEF\xBB\xBF\n");
    ASSERT_EQ(joined.questions.size(), 3u) << dump(joined);
    EXPECT_EQ(joined.questions[1].id, "b");
    EXPECT_EQ(joined.questions[1].text, "Second?");
    EXPECT_EQ(joined.questions[2].text, "Third is plain.");
    // So writing it and reading it back gives the same question (found by tests/fuzz/gift_fuzz).
    GiftFile back = parse(writeGift({joined.questions[2]}));
    ASSERT_EQ(back.questions.size(), 1u);
    EXPECT_TRUE(sameContent(back.questions[0], joined.questions[2]));
}

TEST(GiftParser, ABankThatIsNotUtf8IsReportedWhereAndStillRead) {
    // Saved as Windows-1252: "Café" and a curly apostrophe are single bytes.
    GiftFile file = parse("// [id:a]\nFirst?{T}\n\n// [id:b]\nIs the Caf\xE9 name a mark?{=Yes#It\x92s a sign ~No}\n");
    ASSERT_FALSE(file.diagnostics.empty());
    EXPECT_EQ(file.diagnostics[0].format(), "bank.gift:5:11: error: the file is not UTF-8 text (byte 0xE9 here); "
                                            "save it as UTF-8. Meanwhile unreadable bytes show as \xEF\xBF\xBD");
    ASSERT_EQ(file.questions.size(), 2u) << dump(file);
    EXPECT_EQ(file.questions[1].text, "Is the Caf\xEF\xBF\xBD name a mark?");
    EXPECT_EQ(file.questions[1].answers.at(0).feedback, "It\xEF\xBF\xBDs a sign");
    for (const Question& q : file.questions) EXPECT_NO_THROW(toJson(q).dump()) << "every text is UTF-8 again";
}

TEST(GiftParser, MarkersAreReadLeftToRightSoATagInsideAnIdIsPartOfIt) {
    GiftFile file = parse("// [tag:b] [id:odd [tag:a] [tag:c]\nQ?{T}\n");
    ASSERT_EQ(file.questions.size(), 1u) << dump(file);
    EXPECT_EQ(file.questions[0].id, "odd [tag:a");
    EXPECT_EQ(file.questions[0].tags, (std::vector<std::string>{"b", "c"}));
    // And it survives the writer (found by tests/fuzz/gift_fuzz).
    GiftFile back = parse(writeGift(file.questions));
    ASSERT_EQ(back.questions.size(), 1u);
    EXPECT_TRUE(sameContent(back.questions[0], file.questions[0])) << writeGift(file.questions);
}

TEST(GiftParser, WindowsFixtureFileLoads) {
    GiftFile file = loadGiftFile(fixture("windows_bom.gift"));
    ASSERT_EQ(file.questions.size(), 2u) << dump(file);
    EXPECT_TRUE(file.diagnostics.empty()) << dump(file);
    EXPECT_EQ(file.questions[0].id, "crlf-001");
    EXPECT_EQ(file.questions[0].text, "Saved by Notepad\nwith CRLF.");
    EXPECT_EQ(file.questions[0].answers.at(0).feedback, "Right.");
    EXPECT_EQ(file.questions[1].line, 10);
    EXPECT_TRUE(file.questions[1].truth);
}

// --- categories, ids, tags ---------------------------------------------------

TEST(GiftParser, CategorySetsTheCategoryOfTheQuestionsThatFollow) {
    GiftFile file = parse(
        "// [id:a]\nBefore?{T}\n\n"
        "$CATEGORY: $course$/top/Patents\n\n"
        "// [id:b]\nFirst?{T}\n\n"
        "// [id:c]\nSecond?{F}\n\n"
        "// a comment before the category\n"
        "$CATEGORY:   $course$/top/Trademarks  \n\n"
        "// [id:d]\nThird?{T}\n");
    ASSERT_EQ(file.questions.size(), 4u) << dump(file);
    EXPECT_TRUE(file.diagnostics.empty()) << dump(file);
    EXPECT_EQ(file.questions[0].category, "");
    EXPECT_EQ(file.questions[1].category, "$course$/top/Patents");
    EXPECT_EQ(file.questions[2].category, "$course$/top/Patents");
    EXPECT_EQ(file.questions[3].category, "$course$/top/Trademarks");
}

TEST(GiftParser, CategoryWithoutABlankLineAfterItIsWarned) {
    GiftFile file = parse("$CATEGORY: Patents\n// [id:a]\nFirst?{T}\n");
    ASSERT_EQ(file.questions.size(), 1u);
    EXPECT_EQ(file.questions[0].category, "Patents");
    const Diagnostic* d = find(file, "blank line after '$CATEGORY:'");
    ASSERT_NE(d, nullptr) << dump(file);
    EXPECT_EQ(d->line, 3);
}

TEST(GiftParser, IdsAndTagsFromCommentLines) {
    Question q = one(
        "// [id:kinds-of-ip-017]\n"
        "// [tag:trade-secrets] [tag:role-rnd] [tag:scenario]\n"
        "// [tag:role-sales]\n"
        "//[tag: spaced ]   [tag:trade-secrets]\n"
        "Q{T}");
    EXPECT_EQ(q.id, "kinds-of-ip-017");
    EXPECT_EQ(q.tags, (std::vector<std::string>{"trade-secrets", "role-rnd", "scenario", "role-sales", "spaced"}));
    EXPECT_TRUE(q.hasTag("scenario"));
    EXPECT_FALSE(q.hasTag("role"));
    EXPECT_EQ(q.roleTags(), (std::vector<std::string>{"rnd", "sales"}));
}

TEST(GiftParser, TagsCanFollowTheQuestionsFirstLineWithinItsBlock) {
    Question q = one("::T::Q{\n// [id:late] [tag:inside]\n=a ~b}");
    EXPECT_EQ(q.id, "late");
    EXPECT_EQ(q.tags, std::vector<std::string>{"inside"});
}

TEST(GiftParser, MissingAndDuplicateIdsAreWarned) {
    GiftFile file = parse(
        "// [id:same]\nOne?{T}\n\n"
        "// [id:same]\nTwo?{T}\n\n"
        "Three?{T}\n");
    ASSERT_EQ(file.questions.size(), 3u);
    EXPECT_TRUE(errors(file).empty());
    const Diagnostic* dup = find(file, "duplicate id 'same' (first used on line 2)");
    ASSERT_NE(dup, nullptr) << dump(file);
    EXPECT_EQ(dup->line, 5);
    const Diagnostic* none = find(file, "no id");
    ASSERT_NE(none, nullptr) << dump(file);
    EXPECT_EQ(none->line, 7);
    EXPECT_EQ(warnings(file).size(), 2u) << dump(file);
}

TEST(GiftParser, AnIdSeparatedByABlankLineIsTakenWithAWarning) {
    GiftFile file = parse("// [id:far] [tag:t]\n\nQuestion?{T}\n");
    ASSERT_EQ(file.questions.size(), 1u);
    EXPECT_EQ(file.questions[0].id, "far");
    EXPECT_EQ(file.questions[0].tags, std::vector<std::string>{"t"});
    const Diagnostic* d = find(file, "separated from its question by a blank line");
    ASSERT_NE(d, nullptr) << dump(file);
    EXPECT_EQ(d->line, 1);
    EXPECT_EQ(d->column, 4);
}

TEST(GiftParser, LineAndColumnOfAQuestionAreThoseOfItsFirstLineThatIsNoComment) {
    GiftFile file = parse("\n// [id:a]\n// [tag:b]\n   ::T::Q{T}\n\n// [id:c]\nR{\n// x\n=a ~b}\n");
    ASSERT_EQ(file.questions.size(), 2u);
    EXPECT_EQ(file.questions[0].line, 4);
    EXPECT_EQ(file.questions[0].column, 4);
    EXPECT_EQ(file.questions[0].path, "bank.gift");
    EXPECT_EQ(file.questions[1].line, 7);
    EXPECT_EQ(file.questions[1].column, 1);
}

TEST(GiftParser, ColumnsCountCharactersNotBytes) {
    GiftFile file = parse("// [id:a]\n::Été::Déjà vu ?{~a ~b}");
    ASSERT_EQ(errors(file).size(), 1u);
    EXPECT_EQ(errors(file)[0]->column, 17);  // "::Été::Déjà vu ?" is 16 characters
}

// --- errors and recovery -----------------------------------------------------

TEST(GiftParser, UnterminatedBraceIsReportedAndTheNextQuestionStillParses) {
    GiftFile file = parse(
        "// [id:bad]\n"
        "::Bad::What is missing?{\n"
        "  =The closing brace\n"
        "  ~Nothing\n"
        "\n"
        "// [id:good]\n"
        "::Good::Is this read?{T}\n");
    ASSERT_EQ(file.questions.size(), 1u) << dump(file);
    EXPECT_EQ(file.questions[0].id, "good");
    EXPECT_EQ(file.questions[0].line, 7);
    ASSERT_EQ(errors(file).size(), 1u) << dump(file);
    const Diagnostic& d = *errors(file)[0];
    EXPECT_EQ(d.line, 2);
    EXPECT_EQ(d.column, 24);
    EXPECT_EQ(d.format().rfind("bank.gift:2:24: error: unterminated '{'", 0), 0u) << d.format();
}

TEST(GiftParser, TwoQuestionsWithoutABlankLineBetweenThemAreAnError) {
    GiftFile file = parse("// [id:a]\nFirst?{T}\n// [id:b]\nSecond?{F}\n\n// [id:c]\nThird?{T}\n");
    ASSERT_EQ(file.questions.size(), 1u);
    EXPECT_EQ(file.questions[0].id, "c");
    ASSERT_EQ(errors(file).size(), 1u) << dump(file);
    EXPECT_EQ(errors(file)[0]->line, 4);
    EXPECT_EQ(errors(file)[0]->column, 8);
}

TEST(GiftParser, BraceAndTitleProblemsAreErrors) {
    EXPECT_NE(find(parse("// [id:a]\nA } alone"), "'}' without an opening '{'"), nullptr);
    EXPECT_NE(find(parse("// [id:a]\nA } then {T}"), "'}' before the opening '{'"), nullptr);
    EXPECT_NE(find(parse("// [id:a]\nA {=x { ~y}"), "'{' inside the answers"), nullptr);
    EXPECT_NE(find(parse("// [id:a]\n::Title without end: Q{T}"), "title opened by '::'"), nullptr);
    EXPECT_NE(find(parse("// [id:a]\n::Only a title::"), "no text"), nullptr);
}

TEST(GiftParser, ErrorFixtureReportsEachBadQuestionAndKeepsEveryGoodOne) {
    GiftFile file = loadGiftFile(fixture("errors.gift"));
    std::vector<std::string> ids;
    for (const auto& q : file.questions) ids.push_back(q.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"good-1", "good-2", "good-3", "good-4"})) << dump(file);
    std::vector<int> lines;
    for (const auto* d : errors(file)) lines.push_back(d->line);
    EXPECT_EQ(lines, (std::vector<int>{4, 12, 18, 24})) << dump(file);
    EXPECT_TRUE(warnings(file).empty()) << dump(file);
    for (const auto* d : errors(file))
        EXPECT_EQ(d->path, fixture("errors.gift").string());
}

TEST(GiftParser, AnUnreadableFileIsOneErrorNotAnException) {
    GiftFile missing = loadGiftFile(fixture("does-not-exist.gift"));
    EXPECT_TRUE(missing.questions.empty());
    ASSERT_EQ(missing.diagnostics.size(), 1u);
    EXPECT_EQ(missing.diagnostics[0].severity, Severity::Error);
    EXPECT_NE(missing.diagnostics[0].message.find("cannot read"), std::string::npos);

    GiftFile directory = loadGiftFile(fixture(""));
    ASSERT_EQ(directory.diagnostics.size(), 1u);
    EXPECT_EQ(directory.diagnostics[0].severity, Severity::Error);
}

TEST(GiftParser, EmptyAndCommentOnlyFilesHoldNoQuestions) {
    EXPECT_TRUE(parse("").questions.empty());
    EXPECT_TRUE(parse("").diagnostics.empty());
    GiftFile comments = parse("// nothing\n// here\n\n\n");
    EXPECT_TRUE(comments.questions.empty());
    EXPECT_TRUE(comments.diagnostics.empty());
}

TEST(GiftParser, AllTypesFixtureReadsEveryType) {
    GiftFile file = loadGiftFile(fixture("all_types.gift"));
    EXPECT_TRUE(file.diagnostics.empty()) << dump(file);
    std::vector<QuestionType> types;
    for (const auto& q : file.questions) types.push_back(q.type);
    using T = QuestionType;
    EXPECT_EQ(types, (std::vector<T>{T::MultipleChoice, T::MultipleAnswer, T::TrueFalse, T::TrueFalse,
                                     T::ShortAnswer, T::Matching, T::Numerical, T::Numerical,
                                     T::Numerical, T::MultipleChoice, T::ShortAnswer, T::Essay,
                                     T::Description}));
    for (const auto& q : file.questions) EXPECT_EQ(q.category, "$course$/top/IP Primer/Fixtures");
    EXPECT_EQ(file.questions[1].tags, (std::vector<std::string>{"patents", "role-owner"}));
    EXPECT_EQ(file.questions[9].text_after, ", with no time limit.");
}

// --- JSON ---------------------------------------------------------------------

TEST(GiftJson, QuestionFieldsAndTypeNames) {
    GiftFile file = loadGiftFile(fixture("all_types.gift"));
    ASSERT_EQ(file.questions.size(), 13u);
    nlohmann::json mc = toJson(file.questions[0]);
    EXPECT_EQ(mc["id"], "fixture-001");
    EXPECT_EQ(mc["title"], "Supplier wants the CAD files");
    EXPECT_EQ(mc["type"], "multiple_choice");
    EXPECT_EQ(mc["format"], "markdown");
    EXPECT_EQ(mc["tags"], nlohmann::json({"trade-secrets", "role-rnd", "scenario"}));
    EXPECT_EQ(mc["answers"].size(), 3u);
    EXPECT_EQ(mc["answers"][0]["fraction"], 1.0);
    EXPECT_EQ(mc["line"], 8);
    EXPECT_FALSE(mc.contains("text_after"));
    EXPECT_FALSE(mc.contains("truth"));

    std::vector<std::string> names;
    for (const auto& q : file.questions) names.push_back(toJson(q)["type"]);
    EXPECT_EQ(names, (std::vector<std::string>{"multiple_choice", "multiple_answer", "true_false",
                                               "true_false", "short_answer", "matching", "numerical",
                                               "numerical", "numerical", "multiple_choice",
                                               "short_answer", "essay", "description"}));

    nlohmann::json tf = toJson(file.questions[2]);
    EXPECT_EQ(tf["truth"], false);
    EXPECT_EQ(tf["feedback_when_wrong"], "Registrations must be renewed, usually every ten years.");

    nlohmann::json exact = toJson(file.questions[6]);
    EXPECT_EQ(exact["numeric"][0]["value"], 20.0);
    EXPECT_TRUE(exact["numeric"][0].contains("tolerance"));
    nlohmann::json range = toJson(file.questions[7]);
    EXPECT_EQ(range["numeric"][0]["min"], 6.0);
    EXPECT_EQ(range["numeric"][0]["max"], 12.0);
    EXPECT_FALSE(range["numeric"][0].contains("value"));

    EXPECT_EQ(toJson(file.questions[5])["pairs"][3]["item"], "");
    EXPECT_EQ(toJson(file.questions[9])["text_after"], ", with no time limit.");
    EXPECT_EQ(toJson(file.questions[12])["scored"], false);
}

TEST(GiftJson, FileWithDiagnostics) {
    nlohmann::json json = toJson(parse("// [id:a]\nQ{~a ~b}\n\n// [id:b]\nR{T}"));
    EXPECT_EQ(json["questions"].size(), 1u);
    ASSERT_EQ(json["diagnostics"].size(), 1u);
    EXPECT_EQ(json["diagnostics"][0]["severity"], "error");
    EXPECT_EQ(json["diagnostics"][0]["line"], 2);
    EXPECT_EQ(json["diagnostics"][0]["path"], "bank.gift");
}

TEST(GiftParser, AWeightAfterEqualsIsTextAsMoodleReadsIt) {
    // Moodle gives '=' answers of a multiple choice full marks and keeps `%50%` as text.
    GiftFile file = parse("// [id:a]\nWhich?{=%50%half ~wrong}");
    ASSERT_EQ(file.questions.size(), 1u) << dump(file);
    EXPECT_EQ(file.questions[0].answers[0], (Answer{"%50%half", 1.0, ""}));
    const Diagnostic* d = find(file, "reads no weight after '='");
    ASSERT_NE(d, nullptr) << dump(file);
    EXPECT_EQ(d->severity, Severity::Warning);
}

TEST(GiftParser, TextBeforeTheFirstMarkerIsAWrongAnswerWithAWarning) {
    GiftFile file = parse("// [id:a]\nWhich?{forgot the tilde =right ~wrong}");
    ASSERT_EQ(file.questions.size(), 1u) << dump(file);
    EXPECT_EQ(file.questions[0].answers.size(), 3u);
    EXPECT_EQ(file.questions[0].answers[0], (Answer{"forgot the tilde", 0.0, ""}));
    EXPECT_NE(find(file, "read as a wrong answer"), nullptr) << dump(file);
}

TEST(GiftParser, ADoubledBackslashDoesNotEscapeTheBraceAfterIt) {
    Question q = one("// [id:a]\nThe folder is C\\:\\\\{=temp ~home}");
    EXPECT_EQ(q.text, "The folder is C:\\");
    EXPECT_EQ(q.type, QuestionType::MultipleChoice);
}

TEST(GiftParser, AnIdThatNoQuestionFollowsIsWarned) {
    GiftFile file = parse("// [id:a]\nQ{T}\n\n// [id:orphan]\n// [tag:lost]\n");
    ASSERT_EQ(file.questions.size(), 1u);
    EXPECT_EQ(file.questions[0].id, "a");
    EXPECT_TRUE(file.questions[0].tags.empty());
    const Diagnostic* d = find(file, "'orphan' is in a comment that no question follows");
    ASSERT_NE(d, nullptr) << dump(file);
    EXPECT_EQ(d->line, 4);
    EXPECT_NE(find(file, "'lost'"), nullptr) << dump(file);
}
