// A learner's response as it is recorded (JSON in the `answered` event), and
// the responses a test or a screenshot gives on a learner's behalf.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "quiz/question.h"
#include "quiz/scoring.h"

namespace ipprimer::quiz {

// Only the fields the question's type uses. Indices refer to the question's
// answers and pairs as written in the bank (not as shuffled on screen); the
// texts chosen are kept beside them, so the record still reads right after
// the bank is edited:
//   choices:   {"chosen": [2], "texts": ["..."]}
//   true/false {"truth": true}
//   short answer, numerical: {"text": "..."}
//   matching:  {"matched": [1, 0, -1], "texts": ["match of item 1", ...]}
nlohmann::json responseToJson(const Question& question, const Response& response);

// Reads a recorded response back; fields that are missing or of the wrong
// kind are left empty, so a damaged record reads as "not answered".
Response responseFromJson(const nlohmann::json& json);
// nullopt when the text is not JSON at all.
std::optional<Response> parseResponse(std::string_view json_text);

// What a learner answered, in plain words, from the recorded JSON: the texts
// the record keeps beside the indexes (so it reads right after the bank is
// edited), else the bank's; a matching item before its match ("item → match"),
// true/false as "True" or "False", typed text in quotes, parts joined by "; ".
// "No answer" when nothing was given; text that is not JSON is shown as it is.
// `question` may be null (no longer in the banks).
std::string recordedAnswerText(const Question* question, std::string_view response_json);

// Whether the learner gave anything to score: a choice, a truth value,
// non-blank text, or at least one match.
bool isAnswered(const Question& question, const Response& response);

// A response that earns the question's best score.
Response bestResponse(const Question& question);
// A response that earns nothing where the type allows one (a wrong choice, the
// other truth value, a text no answer accepts, every match shifted by one).
Response wrongResponse(const Question& question);

}  // namespace ipprimer::quiz
