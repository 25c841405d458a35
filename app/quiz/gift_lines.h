// A GIFT file as the reader sees it: numbered lines, a question's lines
// joined into one text that still knows where each offset came from, and the
// answers inside a question's braces. Internal to the reader (gift_parser.h).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "quiz/gift_text.h"

namespace ipprimer::quiz::gift {

struct SourceLine {
    std::string_view text;
    int number = 0;
};

// The lines of a text (LF, CRLF or CR), numbered from 1; a leading byte-order mark is dropped.
std::vector<SourceLine> splitLines(std::string_view text);

inline bool isBlank(std::string_view line) { return trimLeft(line).empty(); }

inline bool isComment(std::string_view line) { return trimLeft(line).starts_with("//"); }

// Columns count characters (UTF-8 code points), from 1; a tab is one.
int columnOf(std::string_view line, std::size_t byte);

// The lines of a question that are not comments, joined by '\n', remembering
// where each came from so that an offset in the text maps to line and column.
struct Body {
    struct Piece {
        std::size_t offset;
        SourceLine line;
    };
    std::string text;
    std::vector<Piece> pieces;

    void append(const SourceLine& line);
    // (line, column) of an offset in `text`.
    std::pair<int, int> where(std::size_t offset) const;
};

// One answer inside the braces: what follows its marker (`=` or `~`; none for
// text before the first marker), up to the next marker.
struct Item {
    char marker;
    std::size_t begin;  // just after the marker
    std::size_t end;
};

// The items of s[from, to), split at the unescaped `markers`.
std::vector<Item> splitItems(std::string_view s, std::size_t from, std::size_t to, std::string_view markers);

}  // namespace ipprimer::quiz::gift
