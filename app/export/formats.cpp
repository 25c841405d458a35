// The table of formats.
#include "export/formats.h"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace ipprimer::exports {
namespace {

constexpr std::array kFormats{
    Format{FormatId::Csv, "csv", "CSV", ".csv"},
    Format{FormatId::Json, "json", "JSON", ".json"},
    Format{FormatId::Markdown, "md", "Markdown", ".md"},
    Format{FormatId::Pdf, "pdf", "PDF", ".pdf"},
};

bool sameIgnoringCase(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return (x >= 'A' && x <= 'Z' ? x - 'A' + 'a' : x) == (y >= 'A' && y <= 'Z' ? y - 'A' + 'a' : y);
    });
}

}  // namespace

std::span<const Format> allFormats() { return kFormats; }

const Format& formatOf(FormatId id) {
    for (const Format& format : kFormats)
        if (format.id == id) return format;
    throw std::logic_error("a format is missing from the table in export/formats.cpp");
}

const Format* findFormat(std::string_view key) {
    for (const Format& format : kFormats)
        if (format.key == key) return &format;
    return nullptr;
}

const Format* formatOfPath(const std::filesystem::path& path) {
    const std::string extension = path.extension().string();
    for (const Format& format : kFormats)
        if (sameIgnoringCase(extension, format.extension)) return &format;
    return nullptr;
}

std::string formatKeys(std::span<const FormatId> formats) {
    std::string keys;
    for (std::size_t i = 0; i < formats.size(); ++i) {
        if (i > 0) keys += i + 1 == formats.size() ? " or " : ", ";
        keys += formatOf(formats[i]).key;
    }
    return keys;
}

}  // namespace ipprimer::exports
