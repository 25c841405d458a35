// A problem found in a course file, reported as `path:line:col: error|warning: message`.
#pragma once

#include <string>
#include <vector>

namespace ipprimer {

enum class Severity { Error, Warning };

struct Diagnostic {
    std::string path;
    int line = 0;    // 1-based; 0 when the problem concerns the whole file
    int column = 0;  // 1-based; 0 when unknown
    Severity severity = Severity::Error;
    std::string message;

    // The conventional compiler form, so editors can jump to the place.
    std::string format() const;
};

using Diagnostics = std::vector<Diagnostic>;

inline bool hasErrors(const Diagnostics& diagnostics) {
    for (const auto& d : diagnostics)
        if (d.severity == Severity::Error) return true;
    return false;
}

}  // namespace ipprimer
