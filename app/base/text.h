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

}  // namespace ipprimer
