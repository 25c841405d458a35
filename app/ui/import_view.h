// Importing a staff list in the manager's area: choose a CSV file or paste
// its text, see every row and every problem first, then import.
#pragma once

#include <optional>
#include <string>

#include "store/learners_import.h"
#include "ui/file_chooser.h"
#include "ui/screens.h"

namespace ipprimer::ui {
class App;

class ImportView : public View {
public:
    static constexpr Screen kScreen = Screen::StaffImport;

    // Starts over, with no file and no plan.
    bool open(App& app) override;
    void drawContent(App& app) override;
    // Loads and checks a file, as typing its path and pressing Load does.
    void loadAndCheck(App& app, const std::string& path);

    const std::optional<store::ImportPlan>& plan() const { return plan_; }
    const std::string& message() const { return message_; }
    FileChooser& chooser() { return chooser_; }

private:
    void loadFile(App& app);
    void check(App& app);
    void import(App& app);
    void drawPreview(App& app);

    FileChooser chooser_;
    std::string path_;
    std::string text_;
    std::string source_;  // the name used in messages: the file's path, or "pasted text"
    std::optional<store::ImportPlan> plan_;
    bool skip_bad_rows_ = false;
    std::string message_;
    bool message_is_error_ = false;
};

}  // namespace ipprimer::ui
