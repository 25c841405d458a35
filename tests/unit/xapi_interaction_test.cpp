// Questions as xAPI interactions, and recorded responses as their patterns.
#include <gtest/gtest.h>

#include "export/xapi_interaction.h"
#include "quiz/question.h"

using namespace ipprimer;
using namespace ipprimer::exports::xapi;
using nlohmann::json;
using quiz::Question;
using quiz::QuestionType;

namespace {

Question question(QuestionType type) {
    Question q;
    q.id = "q1";
    q.type = type;
    q.text = "Which?";
    return q;
}

TEST(XapiInteraction, MultipleChoiceListsItsAnswersAndTheRightOne) {
    Question q = question(QuestionType::MultipleChoice);
    q.answers = {{"A patent", 0.0, ""}, {"A trade secret", 1.0, ""}, {"Nothing", 0.0, ""}};
    const Interaction interaction = interactionOf(q);
    EXPECT_EQ(interaction.type, InteractionType::Choice);
    ASSERT_EQ(interaction.choices.size(), 3u);
    EXPECT_EQ(interaction.choices[1].id, "answer-2");
    EXPECT_EQ(interaction.choices[1].description, "A trade secret");
    EXPECT_EQ(interaction.correct_responses, std::vector<std::string>{"answer-2"});
    EXPECT_EQ(responsePattern(interaction, json{{"chosen", {1}}}), "answer-2");
    EXPECT_EQ(responsePattern(interaction, json{{"chosen", json::array()}}), std::nullopt);
}

TEST(XapiInteraction, MultipleAnswerNeedsEveryWeightedAnswerTogether) {
    Question q = question(QuestionType::MultipleAnswer);
    q.answers = {{"Code", 0.5, ""}, {"Logo", -1.0, ""}, {"Recipe", 0.5, ""}};
    const Interaction interaction = interactionOf(q);
    EXPECT_EQ(interaction.correct_responses, std::vector<std::string>{"answer-1[,]answer-3"});
    EXPECT_EQ(responsePattern(interaction, json{{"chosen", {0, 1}}}), "answer-1[,]answer-2");
}

TEST(XapiInteraction, TrueFalseShortAnswerAndNumerical) {
    Question truth = question(QuestionType::TrueFalse);
    truth.truth = false;
    EXPECT_EQ(interactionOf(truth).correct_responses, std::vector<std::string>{"false"});
    EXPECT_EQ(responsePattern(interactionOf(truth), json{{"truth", true}}), "true");
    EXPECT_EQ(responsePattern(interactionOf(truth), json{{"truth", nullptr}}), std::nullopt);

    Question text = question(QuestionType::ShortAnswer);
    text.answers = {{"WIPO", 1.0, ""}, {"World Intellectual Property Organization", 1.0, ""}, {"OMPI", 0.5, ""}};
    EXPECT_EQ(interactionOf(text).type, InteractionType::FillIn);
    EXPECT_EQ(interactionOf(text).correct_responses->size(), 2u);
    EXPECT_EQ(responsePattern(interactionOf(text), json{{"text", "wipo"}}), "wipo");
    text.answers.push_back({"World*", 1.0, ""});
    EXPECT_FALSE(interactionOf(text).correct_responses) << "a wildcard answer cannot be listed";

    Question number = question(QuestionType::Numerical);
    quiz::NumericAnswer exact;
    exact.value = exact.min = exact.max = 20;
    quiz::NumericAnswer range;
    range.min = 19.5;
    range.max = 20.5;
    range.is_range = true;
    number.numeric = {exact, range};
    EXPECT_EQ(interactionOf(number).correct_responses, (std::vector<std::string>{"20", "19.5[:]20.5"}));
    EXPECT_EQ(responsePattern(interactionOf(number), json{{"text", " 20,5 "}}), "20.5");
    EXPECT_EQ(responsePattern(interactionOf(number), json{{"text", "twenty"}}), std::nullopt);
}

TEST(XapiInteraction, MatchingPairsItemsWithMatchesAndSharesATextOnce) {
    Question q = question(QuestionType::Matching);
    q.pairs = {{"Patent", "Invention"}, {"Copyright", "Work"}, {"Design right", "Work"}, {"", "Brand"}};
    const Interaction interaction = interactionOf(q);
    EXPECT_EQ(interaction.type, InteractionType::Matching);
    EXPECT_EQ(interaction.source.size(), 3u);
    ASSERT_EQ(interaction.target.size(), 3u) << "Work once, and the distractor";
    EXPECT_EQ(interaction.correct_responses,
              std::vector<std::string>{"item-1[.]match-1[,]item-2[.]match-2[,]item-3[.]match-2"});
    // Item 3 given pair 2's match: the same text, so the same target.
    EXPECT_EQ(responsePattern(interaction, json{{"matched", {3, 1, 1}}, {"texts", {"Brand", "Work", "Work"}}}),
              "item-1[.]match-4[,]item-2[.]match-2[,]item-3[.]match-2");
}

TEST(XapiInteraction, EssaysAndDescriptionsHaveNoRightAnswer) {
    EXPECT_EQ(interactionOf(question(QuestionType::Essay)).type, InteractionType::LongFillIn);
    EXPECT_FALSE(interactionOf(question(QuestionType::Essay)).correct_responses);
    EXPECT_EQ(interactionOf(question(QuestionType::Description)).type, InteractionType::Other);
    EXPECT_EQ(interactionTypeNamed("long-fill-in"), InteractionType::LongFillIn);
    EXPECT_EQ(interactionTypeNamed("essay"), std::nullopt);
}

}  // namespace
