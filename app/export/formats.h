// The kinds of file the program writes for people and other programs, listed
// once: the command line's --format values, the export panel's choices and
// the files' extensions all come from here.
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <string_view>

namespace ipprimer::exports {

enum class FormatId { Csv, Json, Markdown, Pdf };

struct Format {
    FormatId id;
    std::string_view key;        // as typed after --format: "csv"
    std::string_view name;       // as shown to people: "CSV"
    std::string_view extension;  // with its dot: ".csv"
};

// Every format, in the order they are offered.
std::span<const Format> allFormats();
const Format& formatOf(FormatId id);
// The format with this key (exactly as listed: "csv"); none when unknown.
const Format* findFormat(std::string_view key);
// The format whose extension `path` ends in (any case); none when it has another.
const Format* formatOfPath(const std::filesystem::path& path);
// "csv or json": the keys of `formats`, for help and messages.
std::string formatKeys(std::span<const FormatId> formats);

}  // namespace ipprimer::exports
