// Importing IP register entries from a spreadsheet in the manager's area: the
// file chosen with the file chooser, checked whole first (the plan that
// `ipprimer register import` makes), imported in the acting person's name.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "progress/register_import.h"
#include "ui/file_chooser.h"

namespace ipprimer::ui {
class App;

class RegisterImportPanel {
public:
    // The button that opens the chooser (drawn in the screen's row of buttons).
    void drawButton(App& app);
    // What the check of the chosen file found, the Import button, and the
    // outcome. True on the frame entries were imported.
    bool draw(App& app, float width);
    // Checks a file as choosing it does.
    void check(App& app, const std::filesystem::path& file);

    FileChooser& chooser() { return chooser_; }
    const std::optional<progress::RegisterImportPlan>& plan() const { return plan_; }
    const std::string& message() const { return message_; }

private:
    FileChooser chooser_;
    std::optional<progress::RegisterImportPlan> plan_;
    std::string message_;
    bool failed_ = false;
};

}  // namespace ipprimer::ui
