// Reading folders for the built-in chooser: never throws, since a folder can
// vanish or refuse between two frames.
#include "ui/folder_listing.h"

#include <algorithm>

#include "base/text.h"

namespace ipprimer::ui {
namespace fs = std::filesystem;
namespace {

bool hasExtension(const fs::path& path, const std::vector<std::string>& extensions) {
    if (extensions.empty()) return true;
    const std::string extension = asciiLowered(path.extension().string());
    return std::any_of(extensions.begin(), extensions.end(),
                       [&](const std::string& wanted) { return asciiLowered(wanted) == extension; });
}

}  // namespace

std::vector<FolderEntry> listFolder(const fs::path& folder, const std::vector<std::string>& extensions, std::string& problem) {
    std::vector<FolderEntry> entries;
    problem.clear();
    std::error_code error;
    fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
    if (error) {
        problem = "Cannot read the folder " + folder.string() + ": " + error.message() + ".";
        return entries;
    }
    for (; it != fs::directory_iterator(); it.increment(error)) {
        if (error) break;
        const fs::path& path = it->path();
        const std::string name = path.filename().string();
        if (name.starts_with(".")) continue;
        std::error_code ignored;
        const bool folder_entry = it->is_directory(ignored);  // follows links, as a person would
        if (!folder_entry && !hasExtension(path, extensions)) continue;
        entries.push_back({name, folder_entry});
    }
    std::sort(entries.begin(), entries.end(), [](const FolderEntry& a, const FolderEntry& b) {
        if (a.folder != b.folder) return a.folder;
        const std::string left = asciiLowered(a.name), right = asciiLowered(b.name);
        return left != right ? left < right : a.name < b.name;
    });
    return entries;
}

fs::path startFolder(const fs::path& remembered, const fs::path& home) {
    std::error_code ignored;
    if (!remembered.empty() && fs::is_directory(remembered, ignored)) return remembered;
    if (fs::is_directory(home / "Documents", ignored)) return home / "Documents";
    return home;
}

TypedChoice resolveTypedName(const std::string& typed, const fs::path& folder, const FileQuestion& question,
                             const fs::path& home) {
    const std::string name = trimmed(typed);
    if (name.empty()) return {{}, "Choose a file in the list or type its name."};
    fs::path path = name == "~" ? home : name.starts_with("~/") ? home / name.substr(2) : fs::path(name);
    if (path.is_relative()) path = folder / path;
    path = path.lexically_normal();
    std::error_code ignored;
    if (fs::is_directory(path, ignored) || name.ends_with("/"))
        return {{}, path.string() + " is a folder, not a file: open it in the list, or type a file's name."};
    if (question.kind == FileQuestion::Kind::Open) {
        if (!fs::exists(path, ignored)) return {{}, "There is no file " + path.string() + "."};
        if (!fs::is_regular_file(path, ignored)) return {{}, path.string() + " is not an ordinary file."};
        return {path, ""};
    }
    if (!fs::is_directory(path.parent_path(), ignored))
        return {{}, "There is no folder " + path.parent_path().string() + " to save in."};
    if (!path.has_extension() && !question.extensions.empty()) path += question.extensions.front();
    return {path, ""};
}

}  // namespace ipprimer::ui
