// The cues `check` warns about: the right answer as the longest option, and
// two questions that test the same point (unless marked as one family).
#include <gtest/gtest.h>

#include "quiz/bank_lint.h"

using namespace ipprimer::quiz;

namespace {

Question choice(std::string id, std::string right, std::vector<std::string> wrong) {
    Question q;
    q.id = std::move(id);
    q.type = QuestionType::MultipleChoice;
    q.text = "Which is it?";
    q.answers.push_back({std::move(right), 1.0, ""});
    for (auto& w : wrong) q.answers.push_back({std::move(w), 0.0, ""});
    return q;
}

Question story(std::string id, std::string text, std::vector<std::string> tags = {}) {
    Question q;
    q.id = std::move(id);
    q.type = QuestionType::TrueFalse;
    q.text = std::move(text);
    q.tags = std::move(tags);
    return q;
}

}  // namespace

TEST(LengthCue, CountsQuestionsWhoseRightAnswerIsStrictlyTheLongest) {
    const std::vector<Question> bank = {
        choice("long-right", "A written assignment signed by both", {"Nothing", "The invoice"}),
        choice("same-length", "abc", {"xyz", "a"}),  // a tie gives nothing away
        choice("short-right", "Yes", {"Only in some countries", "No"}),
    };
    const LengthCue cue = lengthCue(bank);
    EXPECT_EQ(cue.multiple_choice, 3);
    ASSERT_EQ(cue.longest_is_right.size(), 1u);
    EXPECT_EQ(cue.longest_is_right[0]->id, "long-right");
    EXPECT_NEAR(cue.share(), 1.0 / 3.0, 1e-9);
}

TEST(LengthCue, MeasuresCharactersNotBytes) {
    // "ééééé" is 5 characters in 10 bytes; "abcdef" is 6.
    const LengthCue cue = lengthCue({choice("q", "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", {"abcdef"})});
    EXPECT_TRUE(cue.longest_is_right.empty());
}

TEST(NearDuplicates, FindsTheSameStoryToldTwice) {
    const Question a = story("a", "You paid a freelance designer for the new logo but signed no contract. "
                                  "Does the company own the copyright?");
    const Question b = story("b", "A freelance designer made the company's new logo; the invoice is paid and "
                                  "there is no contract. Who owns the copyright in the logo?");
    const Question c = story("c", "Under the Paris Convention, how long is the priority period for patents?");
    const auto found = nearDuplicates({&a, &b, &c});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].first->id, "a");
    EXPECT_EQ(found[0].second->id, "b");
    EXPECT_GE(found[0].similarity, kNearDuplicateFrom);
}

TEST(NearDuplicates, OneFamilyIsNeverPaired) {
    const Question a = story("a", "You paid a freelance designer for the new logo but signed no contract.",
                             {"family-freelance-logo"});
    const Question b = story("b", "You paid a freelance designer for the new logo and signed no contract.",
                             {"family-freelance-logo"});
    EXPECT_TRUE(nearDuplicates({&a, &b}).empty());
    EXPECT_EQ(familyOf(a), "freelance-logo");
    EXPECT_EQ(familyOf(story("c", "text")), "");
}
