// Text helpers of the GIFT reader (gift_parser.h): trimming, GIFT's escapes,
// searching past escaped characters, Moodle's numbers and grades, and text
// quoted in messages. Internal to the reader; the small ones are inline
// because the reader calls them for every character.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ipprimer::quiz::gift {

inline constexpr auto npos = std::string_view::npos;

inline bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// A byte-order mark inside a file (left where two files were pasted together)
// is an invisible zero-width space; at the edges of a text it is trimmed like
// a space, or a question would change when written back at a file's start.
inline constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

inline std::string_view trimLeft(std::string_view s) {
    for (;;) {
        if (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
        else if (s.starts_with(kByteOrderMark)) s.remove_prefix(kByteOrderMark.size());
        else return s;
    }
}

inline std::string_view trimRight(std::string_view s) {
    for (;;) {
        if (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
        else if (s.ends_with(kByteOrderMark)) s.remove_suffix(kByteOrderMark.size());
        else return s;
    }
}

inline std::string_view trim(std::string_view s) { return trimRight(trimLeft(s)); }

// Whether `c` is one of a handful of `chars` (a loop beats memchr this short).
inline bool isOneOf(char c, std::string_view chars) {
    for (char k : chars)
        if (c == k) return true;
    return false;
}

// ASCII letters in lower case; other bytes as they are.
std::string lower(std::string_view s);

// Removes GIFT's escapes: `\~ \= \# \{ \} \: \\` give the character, `\n` a
// newline. Any other backslash is text (Markdown's `\*` survives, as in Moodle).
std::string unescape(std::string_view s);

// The first of `chars` at or after `from` (and before `to`) that no backslash escapes.
std::size_t findUnescaped(std::string_view s, std::string_view chars, std::size_t from = 0, std::size_t to = npos);
// The first and the last unescaped `seq` in [from, to).
std::size_t findUnescapedSeq(std::string_view s, std::string_view seq, std::size_t from, std::size_t to);
std::size_t rfindUnescapedSeq(std::string_view s, std::string_view seq, std::size_t from, std::size_t to);

// A whole number in C's syntax ("3.14", "-2e3", "+5"); nothing else on either side.
std::optional<double> parseNumber(std::string_view s);

// Moodle's importer refuses by default ("Match grades: error if grade not
// listed") any weight not in its list of grades, or their negatives.
bool isMoodleGrade(double fraction);

// For messages: a number as written, a fraction as a percentage, and a
// text in quotes, on one line, cut after `limit` bytes.
std::string numberText(double value);
std::string percent(double fraction);
std::string quoted(std::string_view s, std::size_t limit = 40);

}  // namespace ipprimer::quiz::gift
