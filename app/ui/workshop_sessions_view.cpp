#include "ui/workshop_sessions_view.h"

#include <imgui.h>

#include <algorithm>
#include <ctime>
#include <filesystem>

#include "export/export_file.h"
#include "export/workshop_files.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/group_quiz_view.h"
#include "ui/widgets.h"
#include "base/dates.h"

namespace ipprimer::ui {
namespace {

std::string nameOf(App& app, std::int64_t learner_id) {
    auto learner = app.store().roster().find(learner_id);
    if (!learner) return "(learner " + std::to_string(learner_id) + ")";
    return learner->name + (learner->department.empty() ? "" : " (" + learner->department + ")");
}

}  // namespace

std::string formatSessionTime(std::int64_t unix_ms) { return localTimeText(unix_ms, "%a %d %b %Y, %H:%M"); }

std::string formatSessionWhen(const std::string& date, const std::string& time, std::int64_t started_at) {
    const std::optional<Date> day = parseDate(date);
    if (!day) return formatSessionTime(started_at);
    // Noon of that day (or the time planned) as a local time, so the weekday comes out right.
    std::tm when{};
    when.tm_year = std::stoi(date.substr(0, 4)) - 1900;
    when.tm_mon = std::stoi(date.substr(5, 2)) - 1;
    when.tm_mday = std::stoi(date.substr(8, 2));
    const bool timed = time.size() == 5 && time[2] == ':';
    when.tm_hour = timed ? std::stoi(time.substr(0, 2)) : 12;
    when.tm_min = timed ? std::stoi(time.substr(3, 2)) : 0;
    when.tm_isdst = -1;
    const std::time_t seconds = std::mktime(&when);
    if (seconds == static_cast<std::time_t>(-1)) return date + (timed ? ", " + time : "");
    return localTimeText(static_cast<std::int64_t>(seconds) * 1000, timed ? "%a %d %b %Y, %H:%M" : "%a %d %b %Y");
}

void WorkshopSessionsView::refresh(App& app) {
    try {
        list_ = app.store().workshops().list();
    } catch (const std::exception& error) {
        list_.clear();
        export_.showProblem(error.what());
    }
    loaded_ = true;
    if (selected_ != 0) select(app, selected_);
}

void WorkshopSessionsView::select(App& app, std::int64_t workshop_id) {
    selected_ = workshop_id;
    detail_ = app.store().workshops().find(workshop_id);
    attendee_names_.clear();
    absent_names_.clear();
    withdrawn_lines_.clear();
    if (!detail_) return;
    for (std::int64_t id : detail_->attendees) attendee_names_.push_back(nameOf(app, id));
    for (const store::CreditWithdrawal& withdrawal : detail_->withdrawn)
        withdrawn_lines_.push_back(nameOf(app, withdrawal.learner_id) + ": withdrawn " + formatSessionTime(withdrawal.at) +
                                   " by " + withdrawal.by + (withdrawal.reason.empty() ? "" : " (" + withdrawal.reason + ")"));
    auto withdrawn = [&](std::int64_t id) {
        return std::any_of(detail_->withdrawn.begin(), detail_->withdrawn.end(),
                           [&](const store::CreditWithdrawal& w) { return w.learner_id == id; });
    };
    for (std::int64_t id : detail_->expected)
        if (std::find(detail_->attendees.begin(), detail_->attendees.end(), id) == detail_->attendees.end() && !withdrawn(id))
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
        std::string line = formatSessionWhen(session.date, session.time, session.started_at) +
                           (session.place.empty() ? "" : " \xC2\xB7 " + session.place) + "\n" + session.trainer + " \xC2\xB7 " +
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
    heading(fonts.heading2, "Session " + std::to_string(w.id) + ": " + formatSessionWhen(w.date, w.time, w.started_at));
    textMuted("Trainer: %s%s", w.trainer.c_str(), w.place.empty() ? "" : (" \xC2\xB7 Place: " + w.place).c_str());
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
    if (!withdrawn_lines_.empty()) {
        gap(0.2f);
        heading(fonts.bold, "Credit withdrawn (" + std::to_string(withdrawn_lines_.size()) + ")");
        for (const auto& line : withdrawn_lines_) ImGui::BulletText("%s", line.c_str());
    }
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
                textColored(shareColor(share), roomShareText(*share).c_str());
            else
                textMuted("-");
        }
        ImGui::EndTable();
    }
    gap(0.4f);
    drawExport(app, w.id);
}

void WorkshopSessionsView::drawExport(App& app, std::int64_t workshop_id) {
    ExportPanel::Setup setup;
    setup.formats = exports::kWorkshopFormats;
    setup.subject = "session " + std::to_string(workshop_id);
    setup.proposed_name = "ipprimer-workshop-" + std::to_string(workshop_id);
    // The records are read here, on the window's thread; the file is written
    // (and flushed to the disk) on a thread of its own.
    const ExportPanel::PrepareSave prepare = [&](const exports::Format& format, const std::filesystem::path& path) {
        return [text = exports::workshopText(format.id, app.store(), workshop_id), path](WorkProgress&) {
            exports::saveExport(path, text);
            return "Saved " + path.string();
        };
    };
    export_.draw(app, setup, prepare);
}

}  // namespace ipprimer::ui
