// Where an export goes and how it is saved: the file a person named (typed
// in a screen or given on the command line), written whole and private.
#pragma once

#include <filesystem>
#include <string_view>

#include "export/formats.h"

namespace ipprimer::exports {

// Saves an export: every file made from the records holds personal data, so
// it is written atomically with mode 0600 (see writeFileAtomically). Throws
// WriteError ("could not export to PATH: REASON").
void saveExport(const std::filesystem::path& path, std::string_view bytes);

// The user's home folder ($HOME), or the current folder when there is none.
std::filesystem::path homeFolder();

// What a person typed as the file to export to, made into the path to write:
// surrounding spaces dropped, ~ is `home`, a relative path lies in `home`,
// and the extension follows `format` (added when there is none, replacing
// the extension of another format). Empty when no file name was typed
// (nothing, or a name ending in /).
std::filesystem::path exportTarget(std::string_view typed, const Format& format, const std::filesystem::path& home);

// `path` with the extension of `format` instead of the one of `previous`
// when it ends in that one; as it was otherwise. For a proposed name that
// follows the format chosen.
std::string followFormat(std::string_view path, const Format& previous, const Format& format);

}  // namespace ipprimer::exports
