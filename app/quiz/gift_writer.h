// Writes Questions as GIFT that Moodle imports and that parseGift reads back
// to equal questions (everything but path, line and column).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "quiz/question.h"

namespace ipprimer::quiz {

// Each question preceded by its `// [id:...]` and `// [tag:...]` comments,
// a `$CATEGORY:` line wherever the category changes, one blank line between
// questions. Text is escaped; newlines inside a field are written `\n`.
std::string writeGift(const std::vector<Question>& questions);

// GIFT's escapes for one field: `~ = # { } :` and newlines; a backslash is
// doubled only where it would otherwise start an escape.
std::string escapeGift(std::string_view text);

}  // namespace ipprimer::quiz
