// The export panel's two layouts over one way of choosing, asking and saving.
#include "ui/export_panel.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "export/export_file.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

namespace fs = std::filesystem;

bool ExportPanel::draw(App& app, const Setup& setup, const Save& save) {
    return drawWith(app, setup, [&](const exports::Format& format, const fs::path& target) { message_ = save(format, target); });
}

bool ExportPanel::draw(App& app, const Setup& setup, const PrepareSave& prepare) {
    if (auto outcome = job_.takeOutcome()) {
        message_ = std::move(outcome->message);
        failed_ = outcome->failed;
    }
    return drawWith(app, setup, [&](const exports::Format& format, const fs::path& target) { job_.start(prepare(format, target)); });
}

bool ExportPanel::drawWith(App& app, const Setup& setup, const Saver& save) {
    app_ = &app;
    start(app, setup);
    bool open = true;
    ImGui::PushID(setup.path_label.c_str());  // two panels on one screen keep their buttons apart
    if (setup.layout == Layout::Row)
        drawRow(setup, save, open);
    else
        drawSection(app, setup, save);
    ImGui::PopID();
    return open;
}

void ExportPanel::clearOutcome() {
    pending_.clear();
    message_.clear();
    failed_ = false;
}

void ExportPanel::showProblem(std::string message) {
    pending_.clear();
    message_ = std::move(message);
    failed_ = true;
}

// A new subject starts from its proposed file, in the first format offered.
void ExportPanel::start(App& app, const Setup& setup) {
    if (started_ && setup.subject == subject_) return;
    const bool offered = format_ && std::find(setup.formats.begin(), setup.formats.end(), format_->id) != setup.formats.end();
    if (!offered) format_ = &exports::formatOf(setup.formats.front());
    started_ = true;
    subject_ = setup.subject;
    proposed_name_ = setup.proposed_name;
    // In a row the format is chosen first, so the name carries its extension;
    // in a section the button pressed decides it.
    path_ = (chooserStartFolder(app) / proposed_name_).string();
    if (setup.layout == Layout::Row && !setup.folder) path_ += format_->extension;
    clearOutcome();
}

void ExportPanel::drawRow(const Setup& setup, const Saver& save, bool& open) {
    const float em = ImGui::GetFontSize();
    gap(0.2f);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(setup.lead.c_str());
    for (exports::FormatId id : setup.formats) {
        const exports::Format& format = exports::formatOf(id);
        ImGui::SameLine();
        if (ImGui::RadioButton(std::string(format.name).c_str(), format_->id == id) && format_->id != id) {
            // The proposed name follows the format chosen.
            path_ = exports::followFormat(path_, *format_, format);
            format_ = &format;
            pending_.clear();
        }
        recordItem(format.name);
    }
    ImGui::SameLine();
    ImGui::TextUnformatted("to");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::max(em * 12, ImGui::GetContentRegionAvail().x - em * 16));
    if (ImGui::InputText(("##" + setup.path_label).c_str(), &path_)) pending_.clear();
    recordItem(setup.path_label);
    drawChooser(*app_, setup);
    ImGui::SameLine();
    ImGui::BeginDisabled(job_.running());
    if (primaryButton(setup.action.c_str())) {
        if (setup.folder)
            saveFolder(save);
        else
            saveAs(*format_, save, false);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (button("Cancel##export")) open = false;
    drawOutcome(setup, save);
    if (setup.footnote) {
        const std::string note = setup.footnote(*format_);
        if (!note.empty()) textMuted("%s", note.c_str());
    }
}

void ExportPanel::drawSection(App& app, const Setup& setup, const Saver& save) {
    heading(app.fonts().bold, setup.heading);
    textMuted("Choose where to save it, or type it; the extension follows the button.");
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 5, ImGui::GetFontSize() * 30));
    if (ImGui::InputText(("##" + setup.path_label).c_str(), &path_)) pending_.clear();
    recordItem(setup.path_label);
    drawChooser(app, setup);
    bool first = true;
    for (exports::FormatId id : setup.formats) {
        const exports::Format& format = exports::formatOf(id);
        if (!first) ImGui::SameLine();
        first = false;
        ImGui::BeginDisabled(job_.running());
        if (button((setup.verb + " " + std::string(format.name)).c_str())) saveAs(format, save, false);
        ImGui::EndDisabled();
    }
    drawOutcome(setup, save);
}

void ExportPanel::drawChooser(App& app, const Setup& setup) {
    ImGui::SameLine();
    if (button("Choose\xE2\x80\xA6##export")) {
        FileQuestion question{FileQuestion::Kind::Save, "Save the export as", {}, {}, {}, {}};
        const fs::path typed(path_);
        // Starts where the path field points, with its name: what the user sees is what the chooser shows.
        std::error_code ignored;
        if (typed.is_absolute() && fs::is_directory(typed.parent_path(), ignored)) question.folder = typed.parent_path();
        question.proposed_name = typed.filename().string();
        if (question.proposed_name.empty()) question.proposed_name = proposed_name_;
        for (exports::FormatId id : setup.formats) {
            const exports::Format& format = exports::formatOf(id);
            question.filter_name += (question.filter_name.empty() ? "" : " or ") + std::string(format.name);
            question.extensions.emplace_back(format.extension);
        }
        question.filter_name += " files";
        chooser_.ask(app, std::move(question));
    }
    recordItem("Choose where");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Choose the folder and the file's name");
    if (auto chosen = chooser_.draw(app)) {
        path_ = chosen->string();
        clearOutcome();
        // The desktop's chooser asked before replacing a file; the panel need not ask again.
        confirmed_ = chooser_.answeredByDesktop() ? *chosen : fs::path();
    }
}

// The question before a file is replaced, the bar of a save under way, or
// what the last save said.
void ExportPanel::drawOutcome(const Setup& setup, const Saver& save) {
    if (job_.running()) {
        const SharedProgress::State state = job_.progress();
        const std::string overlay = state.what.empty() ? "Saving" : progressLine(state.what, state.done, state.total);
        progressBar(state.fraction(), overlay.c_str());
        recordItem("Export progress");
        recordItem(overlay);
    } else if (!pending_.empty()) {
        textColored(colors::kWarn, (pending_.string() + " already exists.").c_str());
        // A section is narrow: its buttons go under the long path.
        if (setup.layout == Layout::Row) ImGui::SameLine();
        if (button("Replace it")) saveAs(*format_, save, true);
        ImGui::SameLine();
        if (button("Keep it")) pending_.clear();
    } else if (!message_.empty()) {
        ImGui::PushTextWrapPos(0);
        textColored(failed_ ? colors::kError : colors::kDone, message_.c_str());
        recordItem(message_);
        ImGui::PopTextWrapPos();
    }
}

// Many files into a folder: the save names them; nothing is asked before.
void ExportPanel::saveFolder(const Saver& save) {
    clearOutcome();
    std::string typed = path_;
    while (!typed.empty() && typed.back() == ' ') typed.pop_back();
    while (!typed.empty() && typed.front() == ' ') typed.erase(typed.begin());
    if (typed.empty()) {
        showProblem("Type the folder to save into, such as " + (exports::homeFolder() / proposed_name_).string());
        return;
    }
    fs::path target = typed.starts_with("~/") ? exports::homeFolder() / typed.substr(2) : fs::path(typed);
    if (target.is_relative()) target = exports::homeFolder() / target;
    try {
        save(*format_, target);
        path_ = target.string();
    } catch (const std::exception& error) {
        showProblem(error.what());
    }
}

void ExportPanel::saveAs(const exports::Format& format, const Saver& save, bool replace) {
    format_ = &format;
    clearOutcome();
    const fs::path home = exports::homeFolder();
    const fs::path target = exports::exportTarget(path_, format, home);
    if (target.empty()) {
        showProblem("Type a file name to save to, such as " +
                    (home / (proposed_name_ + std::string(format.extension))).string());
        return;
    }
    std::error_code ignored;
    const fs::file_status found = fs::symlink_status(target, ignored);
    if (!replace && target != confirmed_ && fs::exists(found) && !fs::is_directory(found)) {
        pending_ = target;  // a folder is not asked about: saving says it cannot be one
        return;
    }
    try {
        save(format, target);
        path_ = target.string();
        if (app_) rememberFolder(*app_, target);
    } catch (const std::exception& error) {
        showProblem(error.what());
    }
}

}  // namespace ipprimer::ui
