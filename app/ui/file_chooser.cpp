// The chooser's two ways and the built-in one's window: the folder's path
// with a way up, its folders and matching files, a name to type, the filter.
#include "ui/file_chooser.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <utility>

#include "export/export_file.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kLastFolderSetting = "last_folder";
constexpr const char* kPopup = "###file chooser";

std::string filterLabel(const FileQuestion& question) {
    std::string label = question.filter_name;
    for (std::size_t i = 0; i < question.extensions.size(); ++i)
        label += (i == 0 ? " (*" : ", *") + question.extensions[i] + (i + 1 == question.extensions.size() ? ")" : "");
    return label;
}

}  // namespace

void rememberFolder(App& app, const fs::path& file) {
    const fs::path folder = file.parent_path();
    if (!folder.empty()) app.store().settings().set(kLastFolderSetting, folder.string());
}

fs::path chooserStartFolder(App& app) {
    return startFolder(app.store().settings().value(kLastFolderSetting).value_or(""), exports::homeFolder());
}

void FileChooser::ask(App& app, FileQuestion question) {
    if (question.folder.empty()) question.folder = chooserStartFolder(app);
    question_ = std::move(question);
    by_desktop_ = false;
    if (DesktopFileChooser* desktop = app.desktopChooser()) {
        state_ = State::Desktop;
        desktop->ask(question_);
        return;
    }
    openBuiltIn("");
}

void FileChooser::openBuiltIn(std::string note) {
    state_ = State::BuiltIn;
    note_ = std::move(note);
    all_files_ = false;
    name_ = question_.kind == FileQuestion::Kind::Save ? question_.proposed_name : "";
    focus_name_ = true;
    enter(question_.folder);
}

void FileChooser::enter(const fs::path& folder) {
    folder_ = folder;
    entries_ = listFolder(folder_, all_files_ ? std::vector<std::string>{} : question_.extensions, problem_);
}

std::optional<fs::path> FileChooser::draw(App& app) {
    if (state_ == State::Desktop) {
        std::optional<FileAnswer> answer = app.desktopChooser() ? app.desktopChooser()->answer() : std::nullopt;
        if (!answer && app.desktopChooser()) return std::nullopt;
        if (answer && answer->kind == FileAnswer::Kind::Chosen) {
            state_ = State::Idle;
            by_desktop_ = true;
            rememberFolder(app, answer->path);
            return answer->path;
        }
        if (answer && answer->kind == FileAnswer::Kind::Cancelled) {
            state_ = State::Idle;
            return std::nullopt;
        }
        openBuiltIn(answer ? "The desktop's file chooser is not available (" + answer->why + "); this is IP Primer's own."
                           : "");
    }
    if (state_ != State::BuiltIn) return std::nullopt;
    return drawBuiltIn(app);
}

std::optional<fs::path> FileChooser::drawBuiltIn(App& app) {
    const float em = ImGui::GetFontSize();
    const std::string popup = question_.title + kPopup;
    if (!ImGui::IsPopupOpen(popup.c_str())) ImGui::OpenPopup(popup.c_str());
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(em * 40, viewport->WorkSize.x * 0.95f), 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(popup.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return std::nullopt;
    std::optional<fs::path> chosen;
    if (!note_.empty()) textMuted("%s", note_.c_str());

    ImGui::BeginDisabled(folder_ == folder_.root_path() || folder_.empty());
    if (button("\xE2\x86\x91 Up")) enter(folder_.parent_path());
    ImGui::EndDisabled();
    recordItem("Parent folder");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("The folder this one is in");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(folder_.string().c_str());
    recordItem("Folder");

    drawEntries(app, chosen);

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(question_.kind == FileQuestion::Kind::Save ? "Save as" : "File name");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    if (std::exchange(focus_name_, false)) ImGui::SetKeyboardFocusHere();
    const bool enter_pressed = ImGui::InputText("##file name", &name_, ImGuiInputTextFlags_EnterReturnsTrue);
    recordItem("File name");
    if (!question_.extensions.empty()) {
        // The filter: the question's kind of file, or every file.
        const std::string only = filterLabel(question_);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Show");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em * 16);
        if (ImGui::BeginCombo("##filter", all_files_ ? "All files" : only.c_str())) {
            if (ImGui::Selectable(only.c_str(), !all_files_)) all_files_ = false, enter(folder_);
            recordItem("filter:only");
            if (ImGui::Selectable("All files", all_files_)) all_files_ = true, enter(folder_);
            recordItem("filter:all");
            ImGui::EndCombo();
        }
        recordItem("Filter");
    }
    gap(0.3f);
    if (primaryButton(question_.kind == FileQuestion::Kind::Save ? "Save here##chooser" : "Open##chooser") || enter_pressed)
        chosen = pick(app);
    recordItem("Pick this file");
    ImGui::SameLine();
    if (button("Cancel##chooser") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        state_ = State::Idle;
        ImGui::CloseCurrentPopup();
    }
    recordItem("Cancel choosing");
    if (!problem_.empty()) {
        ImGui::PushTextWrapPos(0);
        textColored(colors::kError, problem_.c_str());
        ImGui::PopTextWrapPos();
    }
    if (chosen) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return chosen;
}

void FileChooser::drawEntries(App& app, std::optional<fs::path>& chosen) {
    const float em = ImGui::GetFontSize();
    std::optional<fs::path> into;
    ImGui::BeginChild("entries", ImVec2(0, em * 14), true);
    for (const FolderEntry& entry : entries_) {
        const std::string label = entry.folder ? entry.name + "/" : entry.name;
        if (entry.folder) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
        // One click opens a folder or puts a file's name below; two pick the file.
        const bool clicked = ImGui::Selectable(label.c_str(), !entry.folder && entry.name == name_,
                                               ImGuiSelectableFlags_AllowDoubleClick);
        if (entry.folder) ImGui::PopStyleColor();
        recordItem("entry:" + entry.name);
        if (!clicked) continue;
        if (entry.folder) {
            into = folder_ / entry.name;
        } else {
            name_ = entry.name;
            problem_.clear();
            if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) chosen = pick(app);
        }
    }
    if (entries_.empty() && problem_.empty())
        textMuted("%s", all_files_ || question_.extensions.empty() ? "This folder is empty." : "No folders or matching files here.");
    ImGui::EndChild();
    if (into) enter(*into);
}

std::optional<fs::path> FileChooser::pick(App& app) {
    TypedChoice choice = resolveTypedName(name_, folder_, question_, exports::homeFolder());
    problem_ = choice.problem;
    if (choice.path.empty()) return std::nullopt;
    state_ = State::Idle;
    rememberFolder(app, choice.path);
    return choice.path;
}

}  // namespace ipprimer::ui
