// What the built-in file chooser shows and decides, apart from drawing: a
// folder's entries (folders first, files by extension), the folder to start
// in, and what a typed name means.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "ui/file_question.h"

namespace ipprimer::ui {

struct FolderEntry {
    std::string name;
    bool folder = false;
};

// The entries of `folder`, folders first, then files with one of
// `extensions` (every file when empty), each group by name ignoring case.
// Hidden entries (a leading dot) are left out. An unreadable folder gives an
// empty list and says why in `problem`.
std::vector<FolderEntry> listFolder(const std::filesystem::path& folder, const std::vector<std::string>& extensions,
                                    std::string& problem);

// Where a chooser starts: `remembered` (the folder last used) while it still
// is a folder, else the Documents folder of `home`, else `home` itself.
std::filesystem::path startFolder(const std::filesystem::path& remembered, const std::filesystem::path& home);

// What a typed name means in `folder`: the file chosen, or why it cannot be.
struct TypedChoice {
    std::filesystem::path path;  // empty when refused
    std::string problem;
};
// ~/ is the home folder, a relative name lies in `folder`. A folder is never
// a file; Open needs a regular file that exists; Save needs an existing
// folder to save in and gets the question's first extension when the name
// has none.
TypedChoice resolveTypedName(const std::string& typed, const std::filesystem::path& folder, const FileQuestion& question,
                             const std::filesystem::path& home);

}  // namespace ipprimer::ui
