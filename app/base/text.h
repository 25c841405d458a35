// Small text helpers the store applies to what people type (names, ids, PINs),
// and the percent-encoding of links made from it.
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace ipprimer {

// Without surrounding white space.
inline std::string trimmed(std::string_view text) {
    constexpr std::string_view spaces = " \t\r\n\f\v";
    const auto first = text.find_first_not_of(spaces);
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(spaces);
    return std::string(text.substr(first, last - first + 1));
}

// ASCII letters made lower case, the rest as written (as SQLite's NOCASE).
inline std::string asciiLowered(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// RFC 3986 percent-encoding, byte by byte: everything but the unreserved
// characters (letters, digits, '-', '.', '_', '~') and those in `also_kept`
// becomes %XX.
inline std::string percentEncoded(std::string_view text, std::string_view also_kept = {}) {
    constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' ||
            also_kept.find(static_cast<char>(c)) != std::string_view::npos) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 0x0F];
        }
    }
    return out;
}

}  // namespace ipprimer
