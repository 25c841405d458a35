// Questions and parse results as JSON (for `ipprimer gift inspect|export`
// and for tools), with nlohmann-json.
#pragma once

#include <nlohmann/json.hpp>

#include "base/diagnostic.h"
#include "quiz/gift_parser.h"
#include "quiz/question.h"

namespace ipprimer::quiz {

// id, title, type ("multiple_choice", ...), text, text_after (missing word
// only), format, category, tags, answers [{text, fraction, feedback}],
// pairs [{item, match}], numeric [{value, tolerance} or {min, max}, fraction,
// feedback], truth (true/false only), feedback_when_right,
// feedback_when_wrong, general_feedback, scored, line. A part written in a
// format of its own has it beside it: text_format, feedback_format (answers,
// numbers), item_format (pairs), right_/wrong_/general_feedback_format.
nlohmann::json toJson(const Question& question);

// {path, line, column, severity: "error"|"warning", message}
nlohmann::json toJson(const Diagnostic& diagnostic);

// {questions: [...], diagnostics: [...]}
nlohmann::json toJson(const GiftFile& file);

}  // namespace ipprimer::quiz
