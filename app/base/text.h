// Small text helpers the store applies to what people type (names, ids, PINs).
#pragma once

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

}  // namespace ipprimer
