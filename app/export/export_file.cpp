// Saving an export, and the file name a person typed.
#include "export/export_file.h"

#include <cstdlib>

#include "base/text.h"
#include "export/atomic_file.h"

namespace ipprimer::exports {

void saveExport(const std::filesystem::path& path, std::string_view bytes) {
    try {
        writeFileAtomically(path, bytes, Readers::Owner);
    } catch (const WriteError& error) {
        throw WriteError("could not export to " + path.string() + ": " + error.reason(), path, error.reason());
    }
}

std::filesystem::path homeFolder() {
    const char* home = std::getenv("HOME");
    if (home && *home) return home;
    std::error_code ignored;
    return std::filesystem::current_path(ignored);
}

std::filesystem::path exportTarget(std::string_view typed, const Format& format, const std::filesystem::path& home) {
    const std::string text = trimmed(typed);
    if (text.empty() || text == "~" || text.back() == '/') return {};
    std::filesystem::path path = text.starts_with("~/") ? home / text.substr(2) : std::filesystem::path(text);
    if (path.is_relative()) path = home / path;
    const Format* named = formatOfPath(path);
    if (!path.has_extension() || (named && named->id != format.id)) path.replace_extension(format.extension);
    return path;
}

std::string followFormat(std::string_view path, const Format& previous, const Format& format) {
    if (!path.ends_with(previous.extension)) return std::string(path);
    return std::string(path.substr(0, path.size() - previous.extension.size())) + std::string(format.extension);
}

}  // namespace ipprimer::exports
