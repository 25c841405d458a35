#include "base/diagnostic.h"

namespace ipprimer {

std::string Diagnostic::format() const {
    std::string out = path;
    // A whole-file problem points at the file's start.
    out += ':' + std::to_string(line > 0 ? line : 1);
    out += ':' + std::to_string(line > 0 && column > 0 ? column : 1);
    out += severity == Severity::Error ? ": error: " : ": warning: ";
    out += message;
    return out;
}

}  // namespace ipprimer
