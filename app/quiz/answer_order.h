// The order a question's answers are shown in under a seed: the one shuffle
// that a learner's quiz, its replay and a workshop's group quiz all use.
#pragma once

#include <cstdint>
#include <vector>

#include "quiz/question.h"

namespace ipprimer::quiz {

struct AnswerOrder {
    // Multiple choice and multiple answer: indices into question.answers in
    // the order shown. Empty for other types.
    std::vector<int> answers;
    // Matching: each distinct match text once, as the index of the first pair
    // holding it, in the order offered. Empty for other types.
    std::vector<int> matches;
};

// Shuffled by a Random seeded from `seed` and the question's id alone, so a
// question's order does not depend on which other questions were drawn.
// True/false, short answer and the rest are never reordered.
AnswerOrder answerOrder(const Question& question, std::uint64_t seed);

}  // namespace ipprimer::quiz
