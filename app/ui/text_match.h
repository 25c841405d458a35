// Case-insensitive search in the text the screens filter on (names, terms).
#pragma once

#include <algorithm>
#include <cctype>
#include <string>

namespace ipprimer::ui {

// True when `needle` occurs in `text`, ignoring ASCII case; an empty needle matches.
inline bool containsFolded(const std::string& text, const std::string& needle) {
    auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                          [](unsigned char a, unsigned char b) { return std::tolower(a) == std::tolower(b); });
    return it != text.end();
}

}  // namespace ipprimer::ui
