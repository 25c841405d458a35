// The session page: present, put questions to the room, see what it found
// hard, and confirm who attended, which credits their lessons.
#include "ui/trainer_view.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "store/store.h"
#include "ui/app.h"
#include "ui/group_quiz_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

void TrainerView::drawSession(App& app) {
    if (!workshop_) reloadSession(app);
    if (!workshop_) {
        textColored(colors::kError, "This session is no longer in the database.");
        return;
    }
    const store::Workshop& w = *workshop_;
    const FontSet& fonts = app.fonts();
    std::string title = "Session " + std::to_string(w.id) + " \xC2\xB7 " + formatSessionWhen(w.date, w.time, w.started_at);
    if (!w.place.empty()) title += " \xC2\xB7 " + w.place;
    heading(fonts.heading2, title + " \xC2\xB7 " + w.trainer);
    std::string titles;
    for (const auto& lesson : w.lessons) titles += (titles.empty() ? "" : ", ") + lesson.title;
    textMuted("Lessons: %s", titles.c_str());
    if (primaryButton("Present \xE2\x96\xB6")) present(app);
    recordItem("Present");
    ImGui::SameLine();
    if (button("Group quiz")) {
        present(app);
        app.navigate(Screen::GroupQuiz);
    }
    ImGui::Separator();
    // Attendance on the left; what the room answered and the export on the right.
    float avail = ImGui::GetContentRegionAvail().x;
    ImGui::BeginChild("attendance column", ImVec2(avail * 0.58f, 0), false);
    drawAttendance(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("session column", ImVec2(0, 0), true);
    heading(fonts.heading3, "Group quiz");
    if (w.group_quiz.empty()) textMuted("No question put to the room yet.");
    for (const auto& answer : w.group_quiz) {
        auto share = answer.shareRight();
        std::string line = shareMark(share) + answer.title;
        line += share ? " \xC2\xB7 " + roomShareText(*share) + " right" : " \xC2\xB7 nothing entered";
        ImGui::PushTextWrapPos(0);
        textColored(shareColor(share), line.c_str());
        ImGui::PopTextWrapPos();
        recordItem("asked:" + answer.question_id);
    }
    ImGui::Separator();
    sessions_.drawExport(app, w.id);
    ImGui::EndChild();
}

void TrainerView::drawAttendance(App& app) {
    const store::Workshop& w = *workshop_;
    const FontSet& fonts = app.fonts();
    float em = ImGui::GetFontSize();
    heading(fonts.heading3, "Who attended");
    textMuted("Tick everyone who was there: nobody is ticked for you. Each person confirmed gets the session's %s "
              "recorded as finished, marked as attended in session %d.",
              plural(w.lessons.size(), "lesson", "lessons").c_str(), static_cast<int>(w.id));
    float height = std::max(ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 2 - em * 1.5f, em * 10);
    ImGui::BeginChild("attendance", ImVec2(0, height), true);
    drawPeoplePicker(app, true);
    ImGui::EndChild();

    std::size_t to_credit = present_.size();
    char label[64];
    std::snprintf(label, sizeof label, "Confirm attendance (%d)##confirm", static_cast<int>(to_credit));
    ImGui::BeginDisabled(to_credit == 0);
    if (primaryButton(label)) ImGui::OpenPopup("Confirm attendance?");
    ImGui::EndDisabled();
    recordItem("Confirm attendance");
    ImGui::SameLine();
    textMuted("%s credited so far.", plural(w.attendees.size(), "person", "people").c_str());
    if (!message_.empty()) textColored(message_is_error_ ? colors::kError : colors::kDone, message_.c_str());

    ImGui::SetNextWindowSizeConstraints(ImVec2(em * 22, 0), ImVec2(em * 36, FLT_MAX));
    if (ImGui::BeginPopupModal("Confirm attendance?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushTextWrapPos(em * 34);
        ImGui::Text("%s will be credited with %s:", plural(to_credit, "person", "people").c_str(),
                    plural(w.lessons.size(), "lesson", "lessons").c_str());
        for (const auto& lesson : w.lessons) ImGui::BulletText("%s", lesson.title.c_str());
        textMuted("Records are kept for good. Someone ticked by mistake can have the credit withdrawn on this page "
                  "afterwards; that is recorded too.");
        ImGui::PopTextWrapPos();
        if (primaryButton("Yes, record attendance")) {
            confirmAttendance(app);
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (button("Cancel##confirm") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    drawWithdrawal(app);
}

void TrainerView::confirmAttendance(App& app) {
    if (unconfirmed_ == session_) unconfirmed_ = 0;
    std::vector<std::int64_t> ids;
    // In the order the session lists them, walk-ins last.
    for (std::int64_t id : workshop_->expected)
        if (present_.contains(id)) ids.push_back(id);
    for (std::int64_t id : present_)
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    try {
        int credited = app.store().workshops().confirmAttendance(session_, ids);
        message_ = plural(static_cast<std::size_t>(credited), "person", "people") + " credited with " +
                   plural(workshop_->lessons.size(), "lesson", "lessons") + ".";
        message_is_error_ = false;
        present_.clear();
    } catch (const std::exception& error) {
        message_ = std::string("Nothing was recorded: ") + error.what();
        message_is_error_ = true;
    }
    reloadSession(app);
}

}  // namespace ipprimer::ui
