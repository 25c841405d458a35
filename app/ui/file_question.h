// What a screen asks when it needs a file (to read or to save), what comes
// back, and the face of the desktop's own file chooser (the xdg portal, in
// app/platform), which the built-in chooser stands in for where none runs.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ipprimer::ui {

struct FileQuestion {
    enum class Kind { Open, Save };
    Kind kind = Kind::Open;
    std::string title;        // "Choose the staff list to import"
    std::string filter_name;  // "CSV files"; empty: every file
    std::vector<std::string> extensions;  // ".csv"; the first one is added to a saved name without one
    std::filesystem::path folder;         // where the chooser starts
    std::string proposed_name;            // Save: the name offered ("team-2026-12-07.csv")
};

struct FileAnswer {
    enum class Kind {
        Chosen,       // `path` is the file
        Cancelled,    // the user closed the chooser
        Unavailable,  // no desktop chooser could be asked: `why`
    };
    Kind kind = Kind::Cancelled;
    std::filesystem::path path;
    std::string why;
};

// The desktop's file chooser, asked without blocking a frame: ask() starts,
// and answer() is polled each frame until it returns something.
class DesktopFileChooser {
public:
    virtual ~DesktopFileChooser() = default;
    virtual void ask(const FileQuestion& question) = 0;
    // The answer, once, when it came; nullopt while the user is choosing.
    virtual std::optional<FileAnswer> answer() = 0;
};

}  // namespace ipprimer::ui
