// Reads Moodle's GIFT quiz format into Questions, as Moodle's own importer reads it,
// with every problem reported as `path:line:col: error|warning: message`.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "quiz/question.h"

namespace ipprimer::quiz {

// What one GIFT file holds: the questions that could be read, and what was
// wrong with the others (errors: the question is skipped) or suspicious in
// any (warnings: the question is kept).
struct GiftFile {
    std::vector<Question> questions;
    Diagnostics diagnostics;
};

// Parses GIFT text; `path` is only used to label questions and diagnostics.
// Never throws on bad input: a question that cannot be read is reported and
// skipped, and parsing resumes at the next question.
GiftFile parseGift(std::string_view text, const std::string& path);

// Reads and parses a file. An unreadable file is one error diagnostic.
GiftFile loadGiftFile(const std::filesystem::path& path);

}  // namespace ipprimer::quiz
