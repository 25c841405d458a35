// Asking the user for a file: the desktop's own chooser (the xdg portal) when
// the platform gave the app one and it answers, else IP Primer's built-in
// chooser, drawn as a modal window over the screen. Neither blocks a frame.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "ui/file_question.h"
#include "ui/folder_listing.h"

namespace ipprimer::ui {
class App;

class FileChooser {
public:
    // Starts asking. `question.folder`, when empty, becomes the folder last
    // used (remembered in the settings), else Documents, else home.
    void ask(App& app, FileQuestion question);
    // Called every frame by the screen that asked: draws the built-in chooser
    // while it is up, or waits for the desktop's. The file chosen, once.
    std::optional<std::filesystem::path> draw(App& app);

    bool asking() const { return state_ != State::Idle; }
    bool builtInOpen() const { return state_ == State::BuiltIn; }
    // True when the last file came from the desktop's chooser (which asked
    // itself before an existing file is replaced).
    bool answeredByDesktop() const { return by_desktop_; }
    // The built-in chooser's folder and what it says, for tests.
    const std::filesystem::path& folder() const { return folder_; }
    const std::string& problem() const { return problem_; }

private:
    enum class State { Idle, Desktop, BuiltIn };
    void openBuiltIn(std::string note);
    void enter(const std::filesystem::path& folder);
    std::optional<std::filesystem::path> drawBuiltIn(App& app);
    void drawEntries(App& app, std::optional<std::filesystem::path>& chosen);
    std::optional<std::filesystem::path> pick(App& app);

    State state_ = State::Idle;
    FileQuestion question_;
    bool by_desktop_ = false;
    bool all_files_ = false;  // the filter set aside
    std::filesystem::path folder_;
    std::vector<FolderEntry> entries_;
    std::string name_;      // typed, or the file clicked in the list
    std::string problem_;   // why the last choice was refused, or the folder could not be read
    std::string note_;      // why the desktop's chooser is not used
    bool focus_name_ = false;
};

// The folder of `file`, remembered as where the next chooser starts.
void rememberFolder(App& app, const std::filesystem::path& file);
// Where a chooser (or a proposed export path) starts: the folder last used,
// else Documents, else home.
std::filesystem::path chooserStartFolder(App& app);

}  // namespace ipprimer::ui
