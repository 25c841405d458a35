// A quiz question as an xAPI interaction (type, choices, right answers), and
// a recorded response in the pattern syntax xAPI uses for both.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "export/xapi_record.h"
#include "quiz/question.h"

namespace ipprimer::exports::xapi {

// "true-false", "choice", "fill-in", ...: as written in statements.
std::string_view interactionTypeName(InteractionType type);
std::optional<InteractionType> interactionTypeNamed(std::string_view name);

// Multiple choice and multiple answer: choice, one component per answer
// ("answer-1" ... in the bank's order). True/false: true-false. Short answer:
// fill-in. Numerical: numeric (a value, or min[:]max). Matching: matching
// ("item-N" to "match-N"). Essay: long-fill-in. Description: other.
Interaction interactionOf(const quiz::Question& question);

// The learner's response as recorded (quiz/responses.h) in the interaction's
// pattern; nullopt when nothing was answered or it cannot be expressed (text
// typed into a numerical question that is no number).
std::optional<std::string> responsePattern(const Interaction& interaction, const nlohmann::json& recorded);

}  // namespace ipprimer::exports::xapi
