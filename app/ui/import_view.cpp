// The import screen: text in, a plan out (nothing written), then the import.
#include "ui/import_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "store/store.h"
#include "ui/app.h"
#include "ui/manager_text.h"
#include "ui/manager_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

const char* actionLabel(store::ImportAction action) {
    switch (action) {
    case store::ImportAction::Add: return "New";
    case store::ImportAction::Update: return "Update";
    case store::ImportAction::Unchanged: return "Unchanged";
    case store::ImportAction::Error: return "Bad row";
    }
    return "";
}

ImU32 actionColor(store::ImportAction action) {
    switch (action) {
    case store::ImportAction::Add: return colors::kDone;
    case store::ImportAction::Update: return colors::kAccent;
    case store::ImportAction::Unchanged: return colors::kMuted;
    case store::ImportAction::Error: return colors::kError;
    }
    return colors::kMuted;
}

}  // namespace

bool ImportView::open(App&) {
    plan_.reset();
    message_.clear();
    skip_bad_rows_ = false;
    return true;
}

void ImportView::loadAndCheck(App& app, const std::string& path) {
    path_ = path;
    loadFile(app);
    if (message_.empty()) check(app);
}

void ImportView::loadFile(App& app) {
    (void)app;
    message_.clear();
    std::string path = path_;
    if (path.starts_with("~/"))
        if (const char* home = std::getenv("HOME")) path = std::string(home) + path.substr(1);
    std::ifstream in(path, std::ios::binary);
    if (!in || std::filesystem::is_directory(path)) {
        message_ = "Cannot read " + path + ": is the path right?";
        message_is_error_ = true;
        return;
    }
    std::ostringstream text;
    text << in.rdbuf();
    text_ = text.str();
    source_ = path;
    plan_.reset();
}

void ImportView::check(App& app) {
    message_.clear();
    if (text_.find_first_not_of(" \t\r\n") == std::string::npos) {
        message_ = "Choose a CSV file or paste its text first.";
        message_is_error_ = true;
        return;
    }
    if (source_.empty()) source_ = "pasted text";
    plan_ = store::planImport(app.store().roster().list(true), app.view<ManagerView>().curriculum(app), text_, source_);
}

void ImportView::import(App& app) {
    if (!plan_) return;
    try {
        const store::ImportResult result = app.store().roster().applyImport(*plan_, skip_bad_rows_);
        message_ = "Imported: " + thousands(result.added) + " added, " + thousands(result.updated) + " updated, " +
                   thousands(result.unchanged) + " unchanged" +
                   (result.skipped ? ", " + thousands(result.skipped, "bad row", "bad rows") + " left out." : ".");
        message_is_error_ = false;
        plan_.reset();
        text_.clear();
        source_.clear();
        path_.clear();
        app.view<ManagerView>().refresh(app);
    } catch (const std::exception& error) {
        message_ = error.what();
        message_is_error_ = true;
    }
}

void ImportView::drawContent(App& app) {
    const float em = ImGui::GetFontSize();
    if (button("\xE2\x86\x90 Team") || escapePressed()) {
        app.navigate(Screen::Manager);
        return;
    }
    recordItem("Back to the team");
    heading(app.fonts().heading2, "Import a staff list");
    textMuted("A CSV file whose first line names the columns: name, employee_id, role (a role's id or title), and "
              "optionally email, department, start_date (YYYY-MM-DD). Known employee ids are updated, new ones added; "
              "nobody is removed. Nothing is written before you press Import.");
    gap(0.3f);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("File");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(em * 34, ImGui::GetContentRegionAvail().x - em * 8));
    const bool enter = ImGui::InputTextWithHint("##import path", "/path/to/staff.csv", &path_, ImGuiInputTextFlags_EnterReturnsTrue);
    recordItem("CSV file");
    ImGui::SameLine();
    if (button("Load") || enter) loadAndCheck(app, path_);
    textMuted("or paste the file's text here:");
    if (ImGui::InputTextMultiline("##import text", &text_, ImVec2(-1, em * 7))) {
        plan_.reset();
        source_ = "pasted text";
    }
    recordItem("CSV text");
    if (button("Check")) check(app);
    recordItem("Check");

    if (!message_.empty()) textColored(message_is_error_ ? colors::kError : colors::kDone, message_.c_str());
    if (plan_) drawPreview(app);
}

void ImportView::drawPreview(App& app) {
    const store::ImportPlan& plan = *plan_;
    gap(0.3f);
    const int errors = plan.errorCount();
    const int bad = plan.count(store::ImportAction::Error);
    ImGui::Text("%s: %d new, %d to update, %d unchanged, %s.", plan.file.c_str(),
                plan.count(store::ImportAction::Add), plan.count(store::ImportAction::Update),
                plan.count(store::ImportAction::Unchanged), thousands(bad, "bad row", "bad rows").c_str());
    for (const std::string& line : plan.formattedMessages())
        textColored(line.find(": error: ") != std::string::npos ? colors::kError : colors::kWarn, line.c_str());

    const int changes = plan.count(store::ImportAction::Add) + plan.count(store::ImportAction::Update);
    if (errors > 0) {
        checkbox("Leave the bad rows out and import the rest##skip", &skip_bad_rows_);
        recordItem("Skip bad rows");
    }
    const bool can_import = changes > 0 && (errors == 0 || (skip_bad_rows_ && !plan.rows.empty()));
    ImGui::BeginDisabled(!can_import);
    const bool import_now = primaryButton(("Import " + thousands(changes, "learner", "learners") + "##import").c_str());
    recordItem("Import");
    ImGui::EndDisabled();
    if (import_now) {
        import(app);  // the plan is gone afterwards: draw nothing more of it
        return;
    }
    if (errors > 0 && !skip_bad_rows_) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        textMuted("Fix the file and load it again, or leave the bad rows out.");
    } else if (changes == 0 && errors == 0) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        textMuted("Everyone in the file is already known as written.");
    }

    gap(0.2f);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Resizable;
    const float em = ImGui::GetFontSize();
    if (!ImGui::BeginTable("import preview", 8, flags, ImVec2(0, std::max(em * 8, ImGui::GetContentRegionAvail().y))))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* column : {"Line", "Change", "Name", "Employee id", "Role", "Department", "Start date", "E-mail"})
        ImGui::TableSetupColumn(column);
    ImGui::TableHeadersRow();
    const course::Course& course = app.course();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(plan.rows.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const store::ImportRow& row = plan.rows[static_cast<std::size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("%d", row.line);
            ImGui::TableNextColumn();
            std::string change = actionLabel(row.action);
            if (row.action == store::ImportAction::Update) {
                change += ":";
                for (const std::string& column : row.changed) change += " " + column;
            }
            textColored(actionColor(row.action), change.c_str());
            ImGui::TableNextColumn();
            cellText(row.name);
            ImGui::TableNextColumn();
            cellText(row.employee_id);
            ImGui::TableNextColumn();
            const course::Role* role = course.role(row.role);
            cellText(role ? role->title : row.role);
            ImGui::TableNextColumn();
            cellText(row.department);
            ImGui::TableNextColumn();
            cellText(row.start_date);
            ImGui::TableNextColumn();
            cellText(row.email);
        }
    }
    ImGui::EndTable();
}

}  // namespace ipprimer::ui
