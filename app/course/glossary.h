// The glossary: terms with plain definitions, and the pass that marks where
// they occur in lesson text so the reader can show a definition on hover.
#pragma once

#include <filesystem>
#include <vector>

#include "course/course.h"

namespace ipprimer::course {

// A missing file is fine (no glossary); a broken one is reported.
std::vector<GlossaryTerm> loadGlossary(const std::filesystem::path& path, const Course& course,
                                       Diagnostics& diagnostics);

// Splits text spans of paragraphs, list items, quotes and table cells where a
// term (or one of its other forms) first stands as whole words in each `##`
// section, case-insensitively, and sets Span::term. Headings, code and links
// are left alone.
void annotateGlossary(markdown::Document& doc, const std::vector<GlossaryTerm>& glossary);

}  // namespace ipprimer::course
