// Counts and lists in words, as a person writes them: "1 answer", "3 answers",
// "2, 3 and 4" (never "answer(s)").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ipprimer {

// "1 question", "0 questions", "12 questions": the count with the singular or the plural.
std::string countText(long long count, std::string_view one, std::string_view many);

// "a", "a and b", "a, b and c"; "" for none.
std::string listText(const std::vector<std::string>& items);

}  // namespace ipprimer
