// How long the text people give may be, and which characters it may hold:
// decided once here and enforced at every way in (staff lists and the
// register's CSV, the program's forms, course files, names from the
// organisation's server). README.md lists the same figures under "Limits".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ipprimer {

enum class Field {
    Name,          // a person's name
    EmployeeId,
    Email,
    Department,
    Title,         // a lesson, an asset, a session: one line
    ShortText,     // any other one-line field (numbers, owner, countries, place)
    LongText,      // notes and descriptions, several lines
    QuestionText,  // a quiz question or answer
};

struct FieldLimit {
    std::string_view what;   // "the name", for messages
    std::size_t characters;  // at most this many characters (code points)
    bool multiline;          // may hold line breaks
};

inline constexpr FieldLimit kNameLimit{"the name", 200, false};
inline constexpr FieldLimit kEmployeeIdLimit{"the employee id", 64, false};
inline constexpr FieldLimit kEmailLimit{"the e-mail address", 254, false};
inline constexpr FieldLimit kDepartmentLimit{"the department", 100, false};
inline constexpr FieldLimit kTitleLimit{"the title", 200, false};
inline constexpr FieldLimit kShortTextLimit{"the text", 500, false};
inline constexpr FieldLimit kLongTextLimit{"the text", 10000, true};
inline constexpr FieldLimit kQuestionTextLimit{"the question", 10000, true};

const FieldLimit& limitOf(Field field);

// Characters (code points) of UTF-8 text; a stray byte counts as one.
std::size_t characterCount(std::string_view text);

// Whether the text holds a control character: NUL and the rest of C0 (tab
// and, for multi-line text, line breaks excepted), DEL, or C1 (U+0080-U+009F).
bool hasControlCharacters(std::string_view text, bool multiline = false);

// The text with those control characters removed (a tab in one-line text
// becomes a space): nothing of them is stored, shown or printed raw.
std::string withoutControlCharacters(std::string_view text, bool multiline = false);

// At most `characters` characters, cut between two of them.
std::string cutToCharacters(std::string_view text, std::size_t characters);

// "the name is 20971520 characters long; at most 200 are allowed", or empty
// when the text is within its limit.
std::string lengthProblem(const FieldLimit& limit, std::string_view text);

// Cleaned of control characters and cut to the limit: for text that must be
// taken whatever it holds (names from the organisation's server).
std::string cleanField(const FieldLimit& limit, std::string_view text);

}  // namespace ipprimer
