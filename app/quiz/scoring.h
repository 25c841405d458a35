// Scores a learner's response to one question, as Moodle would grade it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quiz/question.h"

namespace ipprimer::quiz {

struct Response {
    std::vector<int> chosen;    // indices into answers: one for multiple choice, any for multiple answer
    std::optional<bool> truth;  // true/false; none when unanswered
    std::string text;           // short answer, or a number as typed for numerical
    std::vector<int> matched;   // matching: for pair i, the index of the pair whose match was chosen; -1 none
};

struct Score {
    double fraction = 0.0;  // 0..1
    bool correct = false;   // fraction >= 0.999
    bool scored = true;     // false for essays and descriptions: they carry no marks
    std::vector<std::string> feedback;  // answer feedback first, general feedback last
    std::vector<TextFormat> feedback_formats;  // the format of each feedback, in the same order
};

// Multiple choice: the chosen answer's fraction, at least 0 (choosing several
// scores 0). Multiple answer: the sum of the chosen weights, clamped to 0..1.
// True/false: 1 or 0. Short answer: the best accepted answer equal to the
// response (case-insensitive, spaces trimmed and collapsed, `*` a wildcard).
// Numerical: the best answer whose tolerance or range holds the number (ends
// included; `,` may be the decimal separator; anything else typed scores 0).
// Matching: the share of items given their right match.
Score score(const Question& question, const Response& response);

// Lower case (ASCII, Latin-1 and Latin Extended-A), trimmed, inner runs of
// white space collapsed to one space: how short answers are compared.
std::string normaliseAnswer(std::string_view text);

// Whether `typed` matches an accepted short answer, where `*` stands for any
// characters and `\*` for a star. Both are normalised first.
bool matchesShortAnswer(std::string_view accepted, std::string_view typed);

// A number typed by a learner: "3.14", " -2 ", "3,14", "1e3". Nothing else.
std::optional<double> parseTypedNumber(std::string_view typed);

}  // namespace ipprimer::quiz
