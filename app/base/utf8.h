// Well-formed UTF-8: checked where text comes in from files people edit
// (staff lists, quiz banks), so what is stored, shown and exported as JSON
// is always UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ipprimer {

// The byte offset of the first byte that is not part of well-formed UTF-8
// (overlong forms, surrogates and values past U+10FFFF included), or npos.
std::size_t firstInvalidUtf8(std::string_view text);

inline bool validUtf8(std::string_view text) { return firstInvalidUtf8(text) == std::string_view::npos; }

// The text with each ill-formed sequence replaced by U+FFFD, the sign a
// reader knows from other programs for "a character was lost here".
std::string repairUtf8(std::string_view text);

// Byte length of the UTF-8 sequence a lead byte starts (1 for a stray byte),
// for stepping through text a character at a time.
inline int utf8Length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xE) return 3;
    if ((lead >> 3) == 0x1E) return 4;
    return 1;
}

}  // namespace ipprimer
