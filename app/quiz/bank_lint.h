// Two ways a quiz bank can measure test-taking instead of understanding, found
// by reading the questions alone: the right answer standing out as the longest
// option, and questions that test the same point twice (one quiz could draw
// both). `ipprimer check` reports both as warnings.
#pragma once

#include <string>
#include <vector>

#include "quiz/question.h"

namespace ipprimer::quiz {

// Multiple-choice questions whose right answer is longer (in characters) than
// every wrong one; over a third of a bank lets a guesser pass on length alone.
struct LengthCue {
    int multiple_choice = 0;  // questions with a right answer and at least one wrong one
    std::vector<const Question*> longest_is_right;
    double share() const {
        return multiple_choice ? static_cast<double>(longest_is_right.size()) / multiple_choice : 0.0;
    }
};
LengthCue lengthCue(const std::vector<Question>& bank);
inline constexpr double kLengthCueLimit = 1.0 / 3.0;
// Below this many multiple-choice questions a share says little; not reported.
inline constexpr int kLengthCueMinimum = 6;

// Two questions whose words (the question with its right answers) overlap so
// much that they very likely test the same point with the same story.
struct NearDuplicate {
    const Question* first = nullptr;
    const Question* second = nullptr;
    double similarity = 0;  // 0..1: shared word stems over all their word stems
};
inline constexpr double kNearDuplicateFrom = 0.4;

// Pairs among `questions` (any banks) at or above kNearDuplicateFrom, most
// alike first. Questions marked as one family (the same `family-<name>` tag)
// are never paired: a quiz draws at most one of a family.
std::vector<NearDuplicate> nearDuplicates(const std::vector<const Question*>& questions);

// The family a question belongs to (its `family-<name>` tag), or "".
std::string familyOf(const Question& question);

}  // namespace ipprimer::quiz
