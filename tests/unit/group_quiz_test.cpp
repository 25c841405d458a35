// The group quiz's rules: the options a room sees come in the seeded order a
// learner's quiz uses (never the bank's order with the right answer first),
// the room's answer is read from what the trainer ticked, typed or matched and
// scored as a learner's would be, and hands kept by a session come back on the
// options they were counted for.
#include "quiz/group_quiz.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "progress/quiz_assembly.h"
#include "quiz/answer_order.h"
#include "quiz/gift_parser.h"

using namespace ipprimer;
using namespace ipprimer::quiz;

namespace {

Question parsed(const std::string& gift) {
    auto file = parseGift(gift, "test.gift");
    EXPECT_EQ(file.questions.size(), 1u) << gift;
    return file.questions.at(0);
}

const Question& choice() {
    static const Question q = parsed("// [id:q-choice]\nWhich is a trade mark?{=A logo#Yes. ~A recipe#No. ~A poem ~A song}");
    return q;
}

std::vector<std::string> textsOf(const std::vector<RoomOption>& options) {
    std::vector<std::string> texts;
    for (const RoomOption& option : options) texts.push_back(option.text);
    return texts;
}

}  // namespace

TEST(AnswerOrder, IsTheSameOnEveryStandardLibraryAndRelease) {
    // Recorded attempts replay by these orders: they must never change.
    EXPECT_EQ(answerOrder(choice(), 1).answers, (std::vector<int>{1, 3, 2, 0}));
    EXPECT_EQ(answerOrder(choice(), 2).answers, (std::vector<int>{1, 3, 0, 2}));
    EXPECT_TRUE(answerOrder(choice(), 1).matches.empty());
    const Question matching = parsed("// [id:q-match]\nMatch.{=a -> 1 =b -> 2 =c -> 3 =d -> 2}");
    EXPECT_EQ(answerOrder(matching, 7).matches, (std::vector<int>{1, 2, 0})) << "each match text once, by its first pair";
    EXPECT_TRUE(answerOrder(matching, 7).answers.empty());
    EXPECT_TRUE(answerOrder(parsed("// [id:tf]\nTrue?{T}"), 7).answers.empty()) << "true/false keeps its order";
}

TEST(AnswerOrder, IsWhatALearnersQuizShows) {
    for (std::uint64_t seed : {0ull, 1ull, 99ull}) {
        const auto shown = progress::presentQuestion(choice(), "m", seed);
        EXPECT_EQ(shown.answer_order, answerOrder(choice(), seed).answers);
    }
}

TEST(GroupQuiz, OptionsComeInTheSeededOrderOfALearnersQuiz) {
    const std::vector<RoomOption> options = roomOptions(choice());
    ASSERT_EQ(options.size(), 4u);
    const std::vector<int> order = answerOrder(choice(), kGroupQuizSeed).answers;
    for (std::size_t i = 0; i < options.size(); ++i) {
        const Answer& answer = choice().answers[static_cast<std::size_t>(order[i])];
        EXPECT_EQ(options[i].answer, order[i]);
        EXPECT_EQ(options[i].text, answer.text);
        EXPECT_EQ(options[i].feedback, answer.feedback);
        EXPECT_EQ(options[i].right, answer.text == "A logo");
    }
    EXPECT_EQ(textsOf(roomOptions(choice())), textsOf(options)) << "the same order every time the question is shown";
    EXPECT_NE(textsOf(roomOptions(choice(), 1)), textsOf(options)) << "another seed, another order";
    // Over many questions, the right answer is not always first (it is in the bank).
    int right_first = 0;
    for (int n = 0; n < 40; ++n) {
        const Question q = parsed("// [id:q" + std::to_string(n) + "]\nQ?{=right ~w1 ~w2 ~w3}");
        right_first += roomOptions(q).front().right;
    }
    EXPECT_LT(right_first, 25);
}

TEST(GroupQuiz, TrueFalseIsTrueThenFalseWithItsFeedback) {
    const Question q = parsed("// [id:tf]\nA patent lasts forever.{F#It lasts 20 years.#Right, 20 years.}");
    const std::vector<RoomOption> options = roomOptions(q);
    ASSERT_EQ(options.size(), 2u);
    EXPECT_EQ(options[0].text, "True");
    EXPECT_FALSE(options[0].right);
    EXPECT_EQ(options[0].feedback, "It lasts 20 years.") << "choosing True is wrong here";
    EXPECT_EQ(options[1].text, "False");
    EXPECT_TRUE(options[1].right);
    EXPECT_EQ(options[1].feedback, "Right, 20 years.");
}

TEST(GroupQuiz, SeveralAnswersAreRightWhenTheyWeighAnything) {
    const Question q = parsed("// [id:ma]\nWhich are IP?{~%50%Patents ~%50%Trade marks ~%-100%Chairs}");
    int right = 0;
    for (const RoomOption& option : roomOptions(q)) right += option.right;
    EXPECT_EQ(right, 2);
}

TEST(GroupQuiz, OnlyQuestionsARoomCanAnswerAreOffered) {
    EXPECT_TRUE(canAskRoom(choice()));
    EXPECT_TRUE(canAskRoom(parsed("// [id:tf]\nTrue?{T}")));
    EXPECT_TRUE(canAskRoom(parsed("// [id:sa]\nName it.{=Trade mark}")));
    EXPECT_TRUE(canAskRoom(parsed("// [id:n]\nHow many years?{#20}")));
    EXPECT_TRUE(canAskRoom(parsed("// [id:m]\nMatch.{=a -> 1 =b -> 2 =c -> 3}")));
    EXPECT_FALSE(canAskRoom(parsed("// [id:e]\nTell us about IP.{}")));
    EXPECT_FALSE(canAskRoom(parsed("// [id:d]\nSome words between questions.")));
    EXPECT_TRUE(hasRoomOptions(choice()));
    EXPECT_FALSE(hasRoomOptions(parsed("// [id:sa]\nName it.{=Trade mark}")));
}

TEST(GroupQuiz, NothingTickedIsNoAnswer) {
    const auto options = roomOptions(choice());
    RoomEntry entry = emptyEntry(choice(), options);
    EXPECT_EQ(entry.counts, std::vector<int>(4, 0));
    entry.counts = {3, 1, 6, 0};
    EXPECT_FALSE(roomAnswered(choice(), entry)) << "hands alone are not the room's answer";
    EXPECT_FALSE(roomAnswer(choice(), options, {}, entry));
}

TEST(GroupQuiz, TheRoomsTickIsScoredAsALearnersChoice) {
    const auto options = roomOptions(choice());
    RoomEntry entry = emptyEntry(choice(), options);
    const auto right = std::find_if(options.begin(), options.end(), [](const RoomOption& o) { return o.right; });
    const auto position = static_cast<std::size_t>(right - options.begin());
    entry.chosen[position] = 1;
    auto answer = roomAnswer(choice(), options, {}, entry);
    ASSERT_TRUE(answer);
    EXPECT_TRUE(answer->score.correct);
    EXPECT_EQ(answer->response.chosen, std::vector<int>{0}) << "the bank's index, not the position shown";
    EXPECT_EQ(answer->said, optionName(position, "A logo"));
    EXPECT_EQ(answer->score.feedback.front(), "Yes.");
    entry.chosen.assign(4, 0);
    entry.chosen[(position + 1) % 4] = 1;
    answer = roomAnswer(choice(), options, {}, entry);
    ASSERT_TRUE(answer);
    EXPECT_FALSE(answer->score.correct);
}

TEST(GroupQuiz, TrueOrFalseAndSeveralTicks) {
    const Question tf = parsed("// [id:tf]\nA patent lasts forever.{F}");
    const auto tf_options = roomOptions(tf);
    RoomEntry entry = emptyEntry(tf, tf_options);
    entry.chosen[1] = 1;
    auto answer = roomAnswer(tf, tf_options, {}, entry);
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->said, "B: False");
    EXPECT_TRUE(answer->score.correct);
    EXPECT_EQ(answer->response.truth, false);

    const Question ma = parsed("// [id:ma]\nWhich are IP?{~%50%Patents ~%50%Trade marks ~%-100%Chairs}");
    const auto options = roomOptions(ma);
    entry = emptyEntry(ma, options);
    for (std::size_t i = 0; i < options.size(); ++i) entry.chosen[i] = options[i].text == "Patents";
    answer = roomAnswer(ma, options, {}, entry);
    ASSERT_TRUE(answer);
    EXPECT_FALSE(answer->score.correct);
    EXPECT_DOUBLE_EQ(answer->score.fraction, 0.5) << "half the right answers, half the marks";
    for (std::size_t i = 0; i < options.size(); ++i) entry.chosen[i] = options[i].right;
    answer = roomAnswer(ma, options, {}, entry);
    ASSERT_TRUE(answer);
    EXPECT_TRUE(answer->score.correct);
    EXPECT_NE(answer->said.find("; "), std::string::npos) << answer->said;
}

TEST(GroupQuiz, ATypedAnswerIsComparedAsALearnersWouldBe) {
    const Question q = parsed("// [id:sa]\nName the sign.{=Trade mark#Yes, a trade mark. =%50%Brand}");
    RoomEntry entry = emptyEntry(q, roomOptions(q));
    entry.text = "  ";
    EXPECT_FALSE(roomAnswer(q, {}, {}, entry)) << "blank is no answer";
    entry.text = "trade  MARK";
    auto answer = roomAnswer(q, {}, {}, entry);
    ASSERT_TRUE(answer);
    EXPECT_TRUE(answer->score.correct);
    EXPECT_EQ(answer->said, "trade  MARK") << "kept as the room said it";
    EXPECT_EQ(answer->score.feedback.front(), "Yes, a trade mark.");
    entry.text = "brand";
    EXPECT_FALSE(roomAnswer(q, {}, {}, entry)->score.correct);
    const Question number = parsed("// [id:n]\nHow many years?{#20:1}");
    entry = emptyEntry(number, {});
    entry.text = "21";
    EXPECT_TRUE(roomAnswer(number, {}, {}, entry)->score.correct);
}

TEST(GroupQuiz, MatchesAreReadByTheirText) {
    const Question q = parsed("// [id:m]\nMatch.{=Logo -> Trade mark =Invention -> Patent =Novel -> Copyright = -> Design}");
    const std::vector<std::string> matches = roomMatches(q);
    ASSERT_EQ(matches.size(), 4u);
    EXPECT_EQ(std::set<std::string>(matches.begin(), matches.end()),
              (std::set<std::string>{"Trade mark", "Patent", "Copyright", "Design"}));
    auto at = [&](const std::string& text) {
        return static_cast<int>(std::find(matches.begin(), matches.end(), text) - matches.begin());
    };
    RoomEntry entry = emptyEntry(q, {});
    ASSERT_EQ(entry.matched.size(), 4u);
    entry.matched[0] = at("Trade mark");
    entry.matched[1] = at("Copyright");
    auto answer = roomAnswer(q, {}, matches, entry);
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->response.matched, (std::vector<int>{0, 2, -1, -1}));
    EXPECT_EQ(answer->said, "Logo \xE2\x86\x92 Trade mark; Invention \xE2\x86\x92 Copyright");
    EXPECT_FALSE(answer->score.correct);
    entry.matched = {at("Trade mark"), at("Patent"), at("Copyright"), -1};
    EXPECT_TRUE(roomAnswer(q, {}, matches, entry)->score.correct);
}

TEST(GroupQuiz, KeptHandsFollowTheirOptionWhenTheOrderChanged) {
    const auto options = roomOptions(choice());
    // Kept in the bank's order, as an older release showed them.
    const std::vector<KeptOption> kept = {{"A: A logo", 7}, {"B: A recipe", 2}, {"C: A poem", 1}, {"D: A song", 0}};
    const RoomEntry entry = keptEntry(choice(), options, kept, "");
    for (std::size_t i = 0; i < options.size(); ++i) {
        const int expected = options[i].text == "A logo" ? 7 : options[i].text == "A recipe" ? 2 : options[i].text == "A poem" ? 1 : 0;
        EXPECT_EQ(entry.counts[i], expected) << options[i].text;
    }
    EXPECT_TRUE(entry.text.empty());
    // Kept by this release: the names are the ones shown now.
    std::vector<KeptOption> same;
    for (std::size_t i = 0; i < options.size(); ++i) same.push_back({optionName(i, options[i].text), static_cast<int>(i) + 1});
    EXPECT_EQ(keptEntry(choice(), options, same, "").counts, (std::vector<int>{1, 2, 3, 4}));
}

TEST(GroupQuiz, KeptHandsOfAnEditedOptionAreNotLost) {
    const auto options = roomOptions(choice());
    std::vector<KeptOption> kept = {{"A: The logo", 7}, {"B: A recipe", 2}, {"C: A poem", 1}, {"D: A song", 0}};
    RoomEntry entry = keptEntry(choice(), options, kept, "");
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (options[i].text == "A logo") {
            EXPECT_EQ(entry.counts[i], 7) << "the one option left takes the hands left";
        }
    }
    // An option removed since: nothing to pair the edited one with, so it starts at 0.
    kept.pop_back();
    entry = keptEntry(choice(), options, kept, "");
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (options[i].text == "A logo" || options[i].text == "A song") {
            EXPECT_EQ(entry.counts[i], 0) << options[i].text;
        } else if (options[i].text == "A recipe") {
            EXPECT_EQ(entry.counts[i], 2);
        }
    }
}

TEST(GroupQuiz, AKeptTypedAnswerComesBack) {
    const Question q = parsed("// [id:sa]\nName the sign.{=Trade mark}");
    EXPECT_EQ(keptEntry(q, {}, {}, "Trade Mark").text, "Trade Mark");
    EXPECT_TRUE(keptEntry(choice(), roomOptions(choice()), {}, "A: A logo").text.empty()) << "a choice is ticked, not typed";
}

TEST(GroupQuiz, OptionsAreNamedByLetter) {
    EXPECT_EQ(optionLetter(0), "A");
    EXPECT_EQ(optionLetter(2), "C");
    EXPECT_EQ(optionName(1, "False"), "B: False");
}
