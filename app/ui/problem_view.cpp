#include "ui/problem_view.h"

#include <imgui.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "store/store.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

// The copies the store made before upgrading the file (progress.db.v2.bak, ...).
std::vector<std::string> backupsOf(const std::filesystem::path& database) {
    std::vector<std::string> found;
    std::error_code ignored;
    const std::string stem = database.filename().string() + ".v";
    for (const auto& entry : std::filesystem::directory_iterator(database.parent_path(), ignored)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(stem) && name.ends_with(".bak")) found.push_back(entry.path().string());
    }
    std::sort(found.begin(), found.end());
    return found;
}

// Wrapped at the column's edge (widgets' textWrapped wraps at the window's).
void paragraph(const std::string& text) { ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size()); }

}  // namespace

void ProblemView::drawContent(App& app) {
    const std::string& problem = app.problem();
    // A readable column in the middle, as the PIN gates are.
    const float width = beginCenteredColumn(ImGui::GetFontSize() * 36);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    gap(1.0f);
    heading(app.fonts().heading1, "IP Primer cannot go on");
    textColored(colors::kError, problem.c_str());
    gap(0.5f);
    const std::string database = app.store().path().string();
    paragraph("Nothing more is written while this screen is up; what was recorded before it "
                "stays in " + database + ".");
    gap(0.5f);
    heading(app.fonts().heading3, "What to do");
    paragraph("1. Close IP Primer and make a copy of " + database + " before anything else.");
    paragraph("2. If the message says the file is damaged, ask IT to restore it from the last backup of this "
                "computer, or run: sqlite3 \"" + database + "\" \".recover\" to save what can be read.");
    const std::vector<std::string> backups = backupsOf(app.store().path());
    if (!backups.empty())
        paragraph("   IP Primer's own copy from before its last upgrade is " + backups.back() + ".");
    paragraph("3. If it was a passing problem (a full disk, a network drive that went away), try again.");
    gap(0.5f);
    if (primaryButton("Try again")) app.clearProblem();
    ImGui::SameLine();
    // For a message to IT: what happened and to which file, pasted whole.
    if (button("Copy the message")) ImGui::SetClipboardText((problem + "\nDatabase: " + database).c_str());
    ImGui::SameLine();
    if (button("Close IP Primer")) app.requestQuit();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

}  // namespace ipprimer::ui
