// Reading and checking the conditions of the self-check (course::Condition):
// `when`, `ask_if` and `more_urgent_if` in content/selfcheck.toml.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "course/selfcheck.h"

namespace ipprimer::course {

struct ConditionProblem {
    int offset = 0;  // 0-based, into the condition's text
    std::string message;
};

// Parses a condition; none, with the problem and where it is, when the text
// is not one.
std::optional<Condition> parseCondition(std::string_view text, ConditionProblem& problem);

// What is wrong with a parsed condition given the questions it may read
// (`find` answers null for a question it may not): unknown questions, an
// operator that does not fit the question's kind (`has` on a yes/no
// question, `>=` on a choice), values the question cannot take.
std::vector<std::string> conditionProblems(const Condition& condition,
                                           const std::function<const Question*(std::string_view)>& find);

// The condition written out again, normalised ("a = yes and (b has x or c >= 3)").
std::string conditionText(const Condition& condition);

}  // namespace ipprimer::course
