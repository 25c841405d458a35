#include "ui/workshop_sessions_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "store/store.h"
#include "ui/app.h"
#include "ui/widgets.h"
#include "base/dates.h"

namespace ipprimer::ui {
namespace {

std::string homeFolder() {
    const char* home = std::getenv("HOME");
    return home && *home ? home : ".";
}

// What the trainer typed, made into the file to write: ~ is the home folder,
// and the extension follows the button pressed.
std::filesystem::path exportPath(const std::string& typed, store::ExportFormat format) {
    std::string text = typed;
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.erase(text.begin());
    if (text == "~" || text.starts_with("~/")) text = homeFolder() + text.substr(1);
    std::filesystem::path path(text);
    if (text.empty() || text.back() == '/') return path;
    std::string wanted = format == store::ExportFormat::Csv ? ".csv" : ".json";
    std::string other = format == store::ExportFormat::Csv ? ".json" : ".csv";
    if (!path.has_extension() || path.extension() == other) path.replace_extension(wanted);
    return path;
}

std::string nameOf(App& app, std::int64_t learner_id) {
    auto learner = app.store().roster().find(learner_id);
    if (!learner) return "(learner " + std::to_string(learner_id) + ")";
    return learner->name + (learner->department.empty() ? "" : " (" + learner->department + ")");
}

}  // namespace

std::string formatSessionTime(std::int64_t unix_ms) { return localTimeText(unix_ms, "%a %d %b %Y, %H:%M"); }

void WorkshopSessionsView::refresh(App& app) {
    try {
        list_ = app.store().workshops().list();
    } catch (const std::exception& error) {
        list_.clear();
        export_message_ = error.what();
        export_failed_ = true;
    }
    loaded_ = true;
    if (selected_ != 0) select(app, selected_);
}

void WorkshopSessionsView::select(App& app, std::int64_t workshop_id) {
    selected_ = workshop_id;
    detail_ = app.store().workshops().find(workshop_id);
    attendee_names_.clear();
    absent_names_.clear();
    if (!detail_) return;
    for (std::int64_t id : detail_->attendees) attendee_names_.push_back(nameOf(app, id));
    for (std::int64_t id : detail_->expected)
        if (std::find(detail_->attendees.begin(), detail_->attendees.end(), id) == detail_->attendees.end())
            absent_names_.push_back(nameOf(app, id));
}

std::int64_t WorkshopSessionsView::drawContent(App& app, bool can_continue) {
    if (!loaded_) refresh(app);
    std::int64_t chosen = 0;
    float em = ImGui::GetFontSize();
    if (list_.empty()) {
        textMuted("No workshop session has been run yet. A trainer starts one in the trainer's area.");
        return 0;
    }
    float list_w = std::min(em * 24, ImGui::GetContentRegionAvail().x * 0.4f);
    ImGui::BeginChild("sessions", ImVec2(list_w, 0), true);
    for (const auto& session : list_) {
        ImGui::PushID(static_cast<int>(session.id));
        std::string line = formatSessionTime(session.started_at) + "\n" + session.trainer + " \xC2\xB7 " +
                           std::to_string(session.lessons) + (session.lessons == 1 ? " lesson" : " lessons") + " \xC2\xB7 ";
        if (session.confirmed_at)
            line += std::to_string(session.attendees) + " attended";
        else
            line += "attendance not confirmed";
        if (wrappedSelectable(line, selected_ == session.id, ImGui::GetContentRegionAvail().x,
                              "session:" + std::to_string(session.id)))
            select(app, session.id);
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("session", ImVec2(0, 0), false);
    if (detail_)
        drawDetails(app, can_continue, chosen);
    else
        textMuted("Choose a session on the left to see who attended and what the room answered.");
    ImGui::EndChild();
    return chosen;
}

void WorkshopSessionsView::drawDetails(App& app, bool can_continue, std::int64_t& chosen) {
    const store::Workshop& w = *detail_;
    const FontSet& fonts = app.fonts();
    heading(fonts.heading2, "Session " + std::to_string(w.id) + ": " + formatSessionTime(w.started_at));
    textMuted("Trainer: %s", w.trainer.c_str());
    if (w.confirmed_at)
        textColored(colors::kDone, ("\xE2\x9C\x93 Attendance confirmed " + formatSessionTime(*w.confirmed_at)).c_str());
    else
        textColored(colors::kWarn, "Attendance not confirmed yet: nobody has been credited.");
    if (can_continue) {
        if (primaryButton(w.confirmed_at ? "Open this session" : "Continue this session")) chosen = w.id;
        recordItem("Open session");
    }
    gap(0.3f);
    heading(fonts.bold, "Lessons");
    for (const auto& lesson : w.lessons) ImGui::BulletText("%s", lesson.title.empty() ? lesson.id.c_str() : lesson.title.c_str());
    gap(0.2f);
    heading(fonts.bold, "Attended (" + std::to_string(attendee_names_.size()) + ")");
    if (attendee_names_.empty()) textMuted("Nobody yet.");
    for (const auto& name : attendee_names_) ImGui::BulletText("%s", name.c_str());
    if (!absent_names_.empty()) {
        gap(0.2f);
        heading(fonts.bold, std::string(w.confirmed_at ? "Expected but absent (" : "Expected (") +
                                std::to_string(absent_names_.size()) + ")");
        for (const auto& name : absent_names_) ImGui::BulletText("%s", name.c_str());
    }
    gap(0.2f);
    heading(fonts.bold, "Group quiz");
    if (w.group_quiz.empty()) textMuted("No question was put to the room.");
    if (!w.group_quiz.empty() && ImGui::BeginTable("group quiz", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("Question", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Hands", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("Right", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        for (const auto& answer : w.group_quiz) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            textWrapped(answer.title.empty() ? answer.question_id : answer.title);
            ImGui::TableSetColumnIndex(1);
            if (answer.hands() > 0)
                ImGui::Text("%d", answer.hands());
            else
                textMuted("-");
            ImGui::TableSetColumnIndex(2);
            if (auto share = answer.shareRight())
                textColored(*share < 0.6 ? colors::kError : colors::kDone,
                            (std::to_string(static_cast<int>(*share * 100 + 0.5)) + "%").c_str());
            else
                textMuted("-");
        }
        ImGui::EndTable();
    }
    gap(0.4f);
    drawExport(app, w.id);
}

void WorkshopSessionsView::drawExport(App& app, std::int64_t workshop_id) {
    if (export_for_ != workshop_id) {
        export_for_ = workshop_id;
        export_path_ = homeFolder() + "/ipprimer-workshop-" + std::to_string(workshop_id);
        export_message_.clear();
        pending_replace_.clear();
    }
    heading(app.fonts().bold, "Export");
    textMuted("Type where to save it; the extension follows the button.");
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 30));
    ImGui::InputText("##export path", &export_path_);
    recordItem("Export path");
    if (button("Export CSV")) exportTo(app, workshop_id, store::ExportFormat::Csv, false);
    ImGui::SameLine();
    if (button("Export JSON")) exportTo(app, workshop_id, store::ExportFormat::Json, false);
    if (!pending_replace_.empty()) {
        textColored(colors::kWarn, (pending_replace_ + " already exists.").c_str());
        if (button("Replace it")) exportTo(app, workshop_id, pending_format_, true);
        ImGui::SameLine();
        if (button("Keep it")) pending_replace_.clear();
    }
    if (!export_message_.empty()) {
        ImGui::PushTextWrapPos(0);
        textColored(export_failed_ ? colors::kError : colors::kDone, export_message_.c_str());
        ImGui::PopTextWrapPos();
    }
}

void WorkshopSessionsView::exportTo(App& app, std::int64_t workshop_id, store::ExportFormat format, bool replace) {
    std::filesystem::path path = exportPath(export_path_, format);
    pending_replace_.clear();
    export_failed_ = true;
    if (path.empty() || path.filename().empty()) {
        export_message_ = "Type a file name to export to, such as " + homeFolder() + "/workshop.csv";
        return;
    }
    std::error_code ignored;
    if (!replace && std::filesystem::is_regular_file(path, ignored)) {
        pending_replace_ = path.string();
        pending_format_ = format;
        export_message_.clear();
        return;
    }
    try {
        store::exportWorkshop(app.store(), workshop_id, format, path);
        export_path_ = path.string();
        export_message_ = "Saved " + path.string();
        export_failed_ = false;
    } catch (const std::exception& error) {
        export_message_ = error.what();
    }
}

}  // namespace ipprimer::ui
