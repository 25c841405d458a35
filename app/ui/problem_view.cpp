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

bool says(std::string_view problem, std::string_view words) { return problem.find(words) != std::string_view::npos; }

std::string folderOf(const std::string& database) {
    const std::filesystem::path folder = std::filesystem::path(database).parent_path();
    return folder.empty() ? std::string("the current folder") : folder.string();
}

}  // namespace

std::vector<std::string> startAdvice(std::string_view problem, const std::string& database) {
    const std::string another = "Or start IP Primer on another file: ipprimer --db /another/folder/progress.db";
    if (says(problem, "disk is full"))
        return {"The disk that holds " + folderOf(database) + " is full: nothing more can be written to it.",
                "Make room on that disk (empty the bin, move large files away), then start IP Primer again. "
                "Nothing that was recorded is lost.",
                another};
    if (says(problem, "newer version"))
        return {"This file was written by a newer version of IP Primer, and this one cannot read it safely.",
                "Install that version (or a newer one) on this computer, then start IP Primer again. The file was "
                "not changed."};
    if (says(problem, "the folder") && says(problem, "read-only"))
        return {"Your account may not write in the folder " + folderOf(database) +
                    ", where IP Primer keeps its records and their journal.",
                "Ask IT to give your account write access to that folder, then start IP Primer again.", another};
    if (says(problem, "read-only"))
        return {"Your account may read " + database + " but not write to it.",
                "Ask IT to give your account write access to the file, then start IP Primer again. Reports can "
                "still be made from it: ipprimer --db \"" + database + "\" report",
                another};
    if (says(problem, "not a file"))
        return {database + " is not a file that can hold records.", "Start IP Primer on a file name: ipprimer --db "
                                                                    "/a/folder/progress.db"};
    if (says(problem, "not an IP Primer database") || says(problem, "not a database") || says(problem, "damaged"))
        return {database + " is not IP Primer's records, or it is damaged. It was not changed.",
                "If it is another program's file, start IP Primer on a file of its own: ipprimer --db "
                "/a/folder/progress.db",
                "If it held your records, ask IT to restore it from the last backup of this computer."};
    if (says(problem, "in use by another program"))
        return {"Another IP Primer (or another program) is using " + database + ".",
                "Close the other IP Primer, then start this one again."};
    return {"Copy the message below and send it to IT, with the name of the file: " + database + "."};
}

void ProblemView::drawContent(App& app) {
    if (!app.refusedDatabase().empty()) return drawRefused(app);
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
    const std::vector<std::string>& backups = backupsFor(app.store().path().string());
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

const std::vector<std::string>& ProblemView::backupsFor(const std::string& database) {
    // The folder is listed once per database, not every frame (it may be a network drive that went away).
    if (!backups_listed_ || backups_database_ != database) {
        backups_ = backupsOf(database);
        backups_database_ = database;
        backups_listed_ = true;
    }
    return backups_;
}

// The records could not be opened at all: no "Try again" (nothing to go
// back to), and what to do depends on why.
void ProblemView::drawRefused(App& app) {
    const std::string& problem = app.problem();
    const std::string& database = app.refusedDatabase();
    const float width = beginCenteredColumn(ImGui::GetFontSize() * 36);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    gap(1.0f);
    heading(app.fonts().heading1, "IP Primer cannot open its records");
    textColored(colors::kError, problem.c_str());
    gap(0.5f);
    heading(app.fonts().heading3, "What to do");
    const std::vector<std::string> advice = startAdvice(problem, database);
    std::string message = problem + "\nDatabase: " + database + "\n";
    for (const std::string& line : advice) {
        paragraph(line);
        message += line + "\n";
    }
    const std::vector<std::string>& backups = backupsFor(database);
    if (!backups.empty()) {
        paragraph("IP Primer's own copy from before its last upgrade is " + backups.back() + ".");
        message += "Backup: " + backups.back() + "\n";
    }
    gap(0.5f);
    if (primaryButton("Close IP Primer")) app.requestQuit();
    ImGui::SameLine();
    // For a message to IT: what happened, to which file, and the advice.
    if (button("Copy the message")) ImGui::SetClipboardText(message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

}  // namespace ipprimer::ui
