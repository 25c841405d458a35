// Scoring: the marks and feedback a response earns, per question type.
#include <gtest/gtest.h>

#include "quiz/gift_parser.h"
#include "quiz/question_text.h"
#include "quiz/scoring.h"

using namespace ipprimer;
using namespace ipprimer::quiz;

namespace {

Question read(std::string_view gift) {
    GiftFile file = parseGift(gift, "scoring.gift");
    EXPECT_FALSE(hasErrors(file.diagnostics));
    EXPECT_EQ(file.questions.size(), 1u);
    return file.questions.empty() ? Question{} : file.questions[0];
}

Response chose(std::vector<int> indices) { return Response{std::move(indices), std::nullopt, "", {}}; }
Response typed(std::string text) { return Response{{}, std::nullopt, std::move(text), {}}; }
Response answered(bool truth) { return Response{{}, truth, "", {}}; }
Response matched(std::vector<int> indices) { return Response{{}, std::nullopt, "", std::move(indices)}; }

}  // namespace

TEST(Scoring, MultipleChoiceScoresTheChosenAnswer) {
    Question q = read("// [id:a]\nWhich?{=right#Yes. ~wrong#No. ~%-50%harmful#Never. ~%50%half#Partly.####General.}");
    Score right = score(q, chose({0}));
    EXPECT_DOUBLE_EQ(right.fraction, 1.0);
    EXPECT_TRUE(right.correct);
    EXPECT_TRUE(right.scored);
    EXPECT_EQ(right.feedback, (std::vector<std::string>{"Yes.", "General."}));

    Score wrong = score(q, chose({1}));
    EXPECT_DOUBLE_EQ(wrong.fraction, 0.0);
    EXPECT_FALSE(wrong.correct);
    EXPECT_EQ(wrong.feedback, (std::vector<std::string>{"No.", "General."}));

    EXPECT_DOUBLE_EQ(score(q, chose({2})).fraction, 0.0);  // a negative weight stops at 0
    Score half = score(q, chose({3}));
    EXPECT_DOUBLE_EQ(half.fraction, 0.5);
    EXPECT_FALSE(half.correct);
}

TEST(Scoring, MultipleChoiceWithNoneSeveralOrBadChoicesScoresZero) {
    Question q = read("// [id:a]\nWhich?{=right ~wrong}");
    EXPECT_DOUBLE_EQ(score(q, chose({})).fraction, 0.0);
    EXPECT_DOUBLE_EQ(score(q, chose({0, 1})).fraction, 0.0);
    EXPECT_DOUBLE_EQ(score(q, chose({0, 0})).fraction, 0.0);
    EXPECT_DOUBLE_EQ(score(q, chose({2})).fraction, 0.0);
    EXPECT_DOUBLE_EQ(score(q, chose({-1})).fraction, 0.0);
    EXPECT_TRUE(score(q, chose({})).feedback.empty());
}

TEST(Scoring, MultipleAnswerAddsTheChosenWeights) {
    Question q = read("// [id:a]\nPick.{~%50%a#A. ~%50%b#B. ~%-100%c#C. ~d}");
    EXPECT_DOUBLE_EQ(score(q, chose({0})).fraction, 0.5);
    Score both = score(q, chose({1, 0}));
    EXPECT_DOUBLE_EQ(both.fraction, 1.0);
    EXPECT_TRUE(both.correct);
    EXPECT_EQ(both.feedback, (std::vector<std::string>{"B.", "A."}));
    EXPECT_DOUBLE_EQ(score(q, chose({0, 1, 3})).fraction, 1.0);
    EXPECT_DOUBLE_EQ(score(q, chose({0, 1, 2})).fraction, 0.0);  // 50 + 50 - 100
    EXPECT_DOUBLE_EQ(score(q, chose({0, 0, 0})).fraction, 0.5);  // a repeated tick counts once
    EXPECT_DOUBLE_EQ(score(q, chose({0, 9, -3})).fraction, 0.5);
}

TEST(Scoring, MultipleAnswerTotalsAreClampedToZeroAndOne) {
    Question negative = read("// [id:a]\nPick.{~%50%a ~%-100%b ~%-100%c}");
    Score s = score(negative, chose({0, 1, 2}));
    EXPECT_DOUBLE_EQ(s.fraction, 0.0);
    EXPECT_FALSE(s.correct);

    // Weights adding up to more than 100 (the parser warns) still give at most 1.
    Question over = read("// [id:a]\nPick.{~%75%a ~%75%b ~c}");
    EXPECT_DOUBLE_EQ(score(over, chose({0, 1})).fraction, 1.0);
    EXPECT_DOUBLE_EQ(score(over, chose({0})).fraction, 0.75);
}

TEST(Scoring, TrueFalseGivesTheFeedbackForWhatWasAnswered) {
    Question q = read("// [id:a]\nTrue?{T#Wrong: it is true.#Right.####General.}");
    Score right = score(q, answered(true));
    EXPECT_DOUBLE_EQ(right.fraction, 1.0);
    EXPECT_TRUE(right.correct);
    EXPECT_EQ(right.feedback, (std::vector<std::string>{"Right.", "General."}));
    Score wrong = score(q, answered(false));
    EXPECT_DOUBLE_EQ(wrong.fraction, 0.0);
    EXPECT_EQ(wrong.feedback, (std::vector<std::string>{"Wrong: it is true.", "General."}));
    Score none = score(q, Response{});
    EXPECT_DOUBLE_EQ(none.fraction, 0.0);
    EXPECT_EQ(none.feedback, std::vector<std::string>{"General."});

    Question f = read("// [id:a]\nFalse?{F#Wrong.#Right.}");
    EXPECT_TRUE(score(f, answered(false)).correct);
    EXPECT_EQ(score(f, answered(true)).feedback, std::vector<std::string>{"Wrong."});
}

TEST(Scoring, ShortAnswerIgnoresCaseAndExtraSpaces) {
    Question q = read("// [id:a]\nWhich agreement?{=non-disclosure agreement#Yes. =NDA =%50%agreement#Which one?}");
    for (std::string good : {"non-disclosure agreement", "Non-Disclosure Agreement", "  non-disclosure   agreement ",
                             "NON-DISCLOSURE\tAGREEMENT", "nda", " NDA "}) {
        Score s = score(q, typed(good));
        EXPECT_DOUBLE_EQ(s.fraction, 1.0) << good;
        EXPECT_TRUE(s.correct) << good;
    }
    EXPECT_EQ(score(q, typed("NDA ")).feedback, std::vector<std::string>{});
    EXPECT_EQ(score(q, typed("non-disclosure agreement")).feedback, std::vector<std::string>{"Yes."});
    Score partial = score(q, typed("Agreement"));
    EXPECT_DOUBLE_EQ(partial.fraction, 0.5);
    EXPECT_FALSE(partial.correct);
    EXPECT_EQ(partial.feedback, std::vector<std::string>{"Which one?"});
    for (std::string bad : {"", "   ", "non disclosure agreement", "an NDA", "NDAs"})
        EXPECT_DOUBLE_EQ(score(q, typed(bad)).fraction, 0.0) << bad;
}

TEST(Scoring, ShortAnswerTakesTheBestMatchingAnswer) {
    Question q = read("// [id:a]\nName?{=%50%Berne#Half. =Berne#Full. =%25%*#Anything.}");
    Score s = score(q, typed("berne"));
    EXPECT_DOUBLE_EQ(s.fraction, 1.0);
    EXPECT_EQ(s.feedback, std::vector<std::string>{"Full."});
    Score other = score(q, typed("Paris"));
    EXPECT_DOUBLE_EQ(other.fraction, 0.25);
    EXPECT_EQ(other.feedback, std::vector<std::string>{"Anything."});
}

TEST(Scoring, ShortAnswerWildcard) {
    EXPECT_TRUE(matchesShortAnswer("Madrid*", "Madrid"));
    EXPECT_TRUE(matchesShortAnswer("Madrid*", "madrid protocol"));
    EXPECT_FALSE(matchesShortAnswer("Madrid*", "the Madrid System"));
    EXPECT_TRUE(matchesShortAnswer("*Madrid*", "the Madrid System"));
    EXPECT_TRUE(matchesShortAnswer("b*ne", "Berne"));
    EXPECT_TRUE(matchesShortAnswer("b*ne", "bone"));
    EXPECT_FALSE(matchesShortAnswer("b*ne", "bones"));
    EXPECT_TRUE(matchesShortAnswer("a*b*c", "aXbYbZc"));
    EXPECT_TRUE(matchesShortAnswer("2\\*3", "2*3"));
    EXPECT_FALSE(matchesShortAnswer("2\\*3", "2x3"));
    EXPECT_FALSE(matchesShortAnswer("Berne", "Bern"));
}

TEST(Scoring, ShortAnswerFoldsTheCaseOfAccentedLetters) {
    EXPECT_EQ(normaliseAnswer("  ÉTÉ  À   Ça\tŒUVRE Ÿ Ł "), "été à ça œuvre ÿ ł");
    Question q = read("// [id:a]\nWord?{=propriété}");
    EXPECT_TRUE(score(q, typed("PROPRIÉTÉ")).correct);
    EXPECT_FALSE(score(q, typed("propriete")).correct);
}

TEST(Scoring, NumericalToleranceEdgesAreIncluded) {
    Question q = read("// [id:a]\nPi?{#3.14:0.01#Close enough.~#Not pi.}");
    for (std::string good : {"3.14", "3.13", "3.15", "3.1400001", " 3.15 ", "3,15", "+3.14", "314e-2"}) {
        Score s = score(q, typed(good));
        EXPECT_DOUBLE_EQ(s.fraction, 1.0) << good;
        EXPECT_EQ(s.feedback, std::vector<std::string>{"Close enough."}) << good;
    }
    for (std::string bad : {"3.1501", "3.1299", "3.16", "-3.14"}) {
        Score s = score(q, typed(bad));
        EXPECT_DOUBLE_EQ(s.fraction, 0.0) << bad;
        EXPECT_EQ(s.feedback, std::vector<std::string>{"Not pi."}) << bad;
    }
}

TEST(Scoring, NumericalLargeValuesAndExactAnswers) {
    Question q = read("// [id:a]\nYear?{#2000:10}");
    EXPECT_TRUE(score(q, typed("2010")).correct);
    EXPECT_TRUE(score(q, typed("1990")).correct);
    EXPECT_FALSE(score(q, typed("2010.001")).correct);
    EXPECT_FALSE(score(q, typed("1989.999")).correct);

    Question exact = read("// [id:a]\nYear?{#1883}");
    EXPECT_TRUE(score(exact, typed("1883")).correct);
    EXPECT_TRUE(score(exact, typed("1883.0")).correct);
    EXPECT_FALSE(score(exact, typed("1883.01")).correct);
}

TEST(Scoring, NumericalRangesIncludeTheirEnds) {
    Question q = read("// [id:a]\nFrom 1 to 5?{#1..5}");
    for (std::string good : {"1", "5", "3", "1.0", "4,99"}) EXPECT_TRUE(score(q, typed(good)).correct) << good;
    for (std::string bad : {"0.999", "5.001", "6", "0"}) EXPECT_FALSE(score(q, typed(bad)).correct) << bad;

    Question negative = read("// [id:a]\nBelow zero?{#-10..-2.5}");
    EXPECT_TRUE(score(negative, typed("-10")).correct);
    EXPECT_TRUE(score(negative, typed("-2.5")).correct);
    EXPECT_FALSE(score(negative, typed("-2.4")).correct);
}

TEST(Scoring, NumericalTakesTheBestWeightedAnswer) {
    Question q = read("// [id:a]\nYear?{#=%50%2000:10#Close. =2000:0#Exact. =%25%1900..2100#Right century.}");
    Score exact = score(q, typed("2000"));
    EXPECT_DOUBLE_EQ(exact.fraction, 1.0);
    EXPECT_EQ(exact.feedback, std::vector<std::string>{"Exact."});
    Score close = score(q, typed("2005"));
    EXPECT_DOUBLE_EQ(close.fraction, 0.5);
    EXPECT_EQ(close.feedback, std::vector<std::string>{"Close."});
    EXPECT_DOUBLE_EQ(score(q, typed("1950")).fraction, 0.25);
    EXPECT_DOUBLE_EQ(score(q, typed("1850")).fraction, 0.0);
}

TEST(Scoring, NumericalRejectsJunk) {
    Question q = read("// [id:a]\nHow many?{#12:1}");
    for (std::string junk : {"", "twelve", "12 apples", "1 2", "12..13", "0x0C", "inf", "nan", "1,000.5", "1,2,3",
                             "++12", "+-12", "12-", "--12"})
        EXPECT_DOUBLE_EQ(score(q, typed(junk)).fraction, 0.0) << junk;
    EXPECT_TRUE(score(q, typed("12.")).correct);
    EXPECT_EQ(parseTypedNumber("12,5"), 12.5);
    EXPECT_EQ(parseTypedNumber(" -0.5 "), -0.5);
    EXPECT_FALSE(parseTypedNumber("12 apples").has_value());
}

TEST(Scoring, MatchingScoresTheShareOfItemsMatchedRight) {
    Question q = read("// [id:a]\nMatch.{=Patent -> invention =Trademark -> sign =Copyright -> work = -> plant variety}");
    EXPECT_DOUBLE_EQ(score(q, matched({0, 1, 2})).fraction, 1.0);
    EXPECT_TRUE(score(q, matched({0, 1, 2, -1})).correct);
    EXPECT_NEAR(score(q, matched({0, 2, 1})).fraction, 1.0 / 3, 1e-12);
    EXPECT_NEAR(score(q, matched({0, 3, -1})).fraction, 1.0 / 3, 1e-12);
    EXPECT_DOUBLE_EQ(score(q, matched({3, 3, 3})).fraction, 0.0);
    EXPECT_DOUBLE_EQ(score(q, matched({})).fraction, 0.0);
    EXPECT_NEAR(score(q, matched({0, 1})).fraction, 2.0 / 3, 1e-12);
    EXPECT_DOUBLE_EQ(score(q, matched({7, -5, 1})).fraction, 0.0);
}

TEST(Scoring, MatchingItemsSharingAMatchAcceptEitherPair) {
    Question q = read("// [id:a]\nMatch.{=Berne -> copyright =Rome -> copyright =Paris -> industrial property}");
    EXPECT_TRUE(score(q, matched({1, 0, 2})).correct);
    EXPECT_FALSE(score(q, matched({2, 0, 1})).correct);
}

TEST(Scoring, EssaysAndDescriptionsAreNotScored) {
    Question essay = read("// [id:a]\nWhy?{####A trainer reads it.}");
    Score s = score(essay, typed("Because."));
    EXPECT_FALSE(s.scored);
    EXPECT_DOUBLE_EQ(s.fraction, 0.0);
    EXPECT_FALSE(s.correct);
    EXPECT_EQ(s.feedback, std::vector<std::string>{"A trainer reads it."});

    Question description = read("// [id:a]\nThe next questions are about patents.");
    EXPECT_FALSE(score(description, Response{}).scored);
    EXPECT_FALSE(score(description, Response{}).correct);
}

// A feedback in a format of its own is shown in that format: the score says
// which, beside each text; [plain] stays literal, [html] is shown as its text.
TEST(Scoring, FeedbackComesWithTheFormatItIsWrittenIn) {
    GiftFile file = parseGift("// [id:sky]\n::Sky::[markdown]Colour?{=[plain]blue *really*#[plain]Yes *so*\n"
                              "~red#[html]<b>No</b> &amp; never ~green#*No*####[html]<i>Up</i>}",
                              "formats.gift");
    ASSERT_EQ(file.questions.size(), 1u);
    const Question& q = file.questions[0];
    const Score right = score(q, chose({0}));
    ASSERT_EQ(right.feedback.size(), 2u);
    ASSERT_EQ(right.feedback_formats.size(), 2u);
    EXPECT_EQ(right.feedback_formats[0], TextFormat::Plain);
    EXPECT_EQ(right.feedback_formats[1], TextFormat::Html) << "the general feedback's own";
    EXPECT_EQ(markdownSource(right.feedback[0], right.feedback_formats[0]), "Yes \\*so\\*") << "shown literally";
    EXPECT_EQ(markdownSource(q.answers[0].text, q.formatOf(q.answers[0].text_format)), "blue \\*really\\*");
    const Score red = score(q, chose({1}));
    EXPECT_EQ(red.feedback_formats.at(0), TextFormat::Html);
    EXPECT_EQ(markdownSource(red.feedback.at(0), red.feedback_formats.at(0)), "No & never") << "tags out, entities decoded";
    const Score green = score(q, chose({2}));
    EXPECT_EQ(green.feedback_formats.at(0), TextFormat::Markdown) << "the question's";
}
