// What a learner answered and what the right answer is, as Markdown for the
// quiz, result and review screens (the texts keep their own Markdown).
#pragma once

#include <string>

#include "quiz/question.h"
#include "quiz/scoring.h"

namespace ipprimer::ui {

// "*No answer*" when nothing was given.
std::string describeResponse(const quiz::Question& question, const quiz::Response& response);
// The answer that earns full marks, and what else is accepted.
std::string describeRightAnswer(const quiz::Question& question);

}  // namespace ipprimer::ui
