// A question's text, answers and feedback as Markdown documents the reader's
// MarkdownView draws, whatever GIFT text format they were written in.
#pragma once

#include <string>
#include <string_view>

#include "markdown/document.h"
#include "quiz/question.h"

namespace ipprimer::quiz {

// The text as Markdown source: [markdown] as written; [plain] with every
// Markdown character escaped and each line kept; [html] and [moodle] with
// tags turned into line breaks or dropped and entities decoded, then as plain.
std::string markdownSource(std::string_view text, TextFormat format);

// markdownSource, parsed.
markdown::Document questionDocument(std::string_view text, TextFormat format);

// The text on one line with no markup, for a tooltip or a table: the
// document's blocks' plain text joined by spaces.
std::string plainLine(std::string_view text, TextFormat format);

// A missing-word question's text with a blank where the answer goes.
std::string textWithBlank(const Question& question);

}  // namespace ipprimer::quiz
