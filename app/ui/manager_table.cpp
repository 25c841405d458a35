// The dashboard's table of learners: a column per fact, sortable by any,
// and only the rows in view drawn (a clipper), however long the team.
#include <imgui.h>

#include "base/dates.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/learner_detail_view.h"
#include "ui/manager_text.h"
#include "ui/manager_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

enum Column { kName, kEmployeeId, kRole, kDepartment, kStatus, kDue, kModules, kRoleQuiz, kValidUntil, kColumns };

store::SortKey sortKeyOf(int column) {
    switch (column) {
    case kEmployeeId: return store::SortKey::EmployeeId;
    case kRole: return store::SortKey::Role;
    case kDepartment: return store::SortKey::Department;
    case kStatus: return store::SortKey::Status;
    case kDue: return store::SortKey::Due;
    case kModules: return store::SortKey::Modules;
    case kRoleQuiz: return store::SortKey::RoleQuiz;
    case kValidUntil: return store::SortKey::ValidUntil;
    default: return store::SortKey::Name;
    }
}

std::string quizText(const progress::LearnerStatus& status) {
    if (status.role_quiz_passed)
        return status.role_quiz_best ? "Passed, " + percent(*status.role_quiz_best / 100.0) : "Passed";
    if (status.role_quiz_attempts > 0)
        return "Not passed" + (status.role_quiz_best ? ", best " + percent(*status.role_quiz_best / 100.0) : std::string());
    return status.role_quiz_started ? "Started" : "";
}

}  // namespace

void ManagerView::drawTable(App& app) {
    const float em = ImGui::GetFontSize();
    gap(0.2f);
    if (shown_.empty()) {
        // Not a blank table: say why, and the way back.
        textColored(colors::kWarn, "No learner matches these filters.");
        recordItem("No learner matches");
        ImGui::SameLine();
        if (linkButton("Show every learner")) {
            filter_ = {};
            applyFilter();
        }
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    const float height = std::max(em * 8, ImGui::GetContentRegionAvail().y);
    if (!ImGui::BeginTable("learners", kColumns, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    // Columns of dates and numbers are as wide as their widest text; names share the rest.
    const ImGuiTableColumnFlags stretch = ImGuiTableColumnFlags_WidthStretch, fit = ImGuiTableColumnFlags_WidthFixed;
    ImGui::TableSetupColumn("Name", stretch | ImGuiTableColumnFlags_DefaultSort, 2.0f, kName);
    ImGui::TableSetupColumn("Employee id", fit, fixedColumnWidth("Employee id  "), kEmployeeId);
    ImGui::TableSetupColumn("Role", stretch, 1.6f, kRole);
    ImGui::TableSetupColumn("Department", stretch, 1.2f, kDepartment);
    ImGui::TableSetupColumn("Status", fit, fixedColumnWidth("Not started  "), kStatus);
    ImGui::TableSetupColumn("Due", fit, fixedColumnWidth("2026-12-28 (ext.)"), kDue);
    ImGui::TableSetupColumn("Modules", fit, fixedColumnWidth("Modules  "), kModules);
    ImGui::TableSetupColumn("Role quiz", fit, fixedColumnWidth("Not passed, best 100%"), kRoleQuiz);
    ImGui::TableSetupColumn("Valid until", fit, fixedColumnWidth("Valid until  "), kValidUntil);

    if (const std::optional<TableSort> sort = takeTableSort()) {
        sort_key_ = sortKeyOf(sort->column);
        sort_descending_ = sort->descending;
        store::sortRows(dashboard_, shown_, sort_key_, sort_descending_);
    }

    sortableHeaderRow(kColumns);

    const course::Course& course = app.course();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown_.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const store::DashboardRow& row = dashboard_.rows[shown_[static_cast<std::size_t>(i)]];
            const store::Learner& learner = row.learner;
            const progress::LearnerStatus& status = row.status;
            ImGui::TableNextRow();
            ImGui::PushID(static_cast<int>(learner.id));
            ImGui::TableSetColumnIndex(kName);
            const std::string label = learner.name + (learner.archived ? " (archived)" : "");
            // The row is the button; the name over it is cut with an ellipsis when the column is narrow.
            const ImVec2 cell = ImGui::GetCursorPos();
            if (ImGui::Selectable("##row", false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap)) {
                openLearner(app, shown_[static_cast<std::size_t>(i)]);
            }
            recordItem(learner.name);
            if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            ImGui::SetCursorPos(cell);
            cellText(label);

            ImGui::TableSetColumnIndex(kEmployeeId);
            cellText(learner.employee_id);
            ImGui::TableSetColumnIndex(kRole);
            const course::Role* role = course.role(learner.role);
            if (role)
                cellText(role->title);
            else
                cellText(learner.role + " (not in the course)", colors::kWarn);
            ImGui::TableSetColumnIndex(kDepartment);
            cellText(learner.department);
            ImGui::TableSetColumnIndex(kStatus);
            textColored(stateColor(status.state), stateLabel(status.state));
            ImGui::TableSetColumnIndex(kDue);
            if (!status.compliant) {
                const std::string due = formatDate(status.due) + (status.due_extended ? " (ext.)" : "");
                const bool late = status.state == progress::LearnerState::Overdue || status.state == progress::LearnerState::Expired;
                if (late)
                    textColored(colors::kError, due.c_str());
                else
                    ImGui::TextUnformatted(due.c_str());
            }
            ImGui::TableSetColumnIndex(kModules);
            ImGui::Text("%d / %d", status.modules_completed, status.modules_required);
            ImGui::TableSetColumnIndex(kRoleQuiz);
            cellText(quizText(status));
            ImGui::TableSetColumnIndex(kValidUntil);
            if (status.valid_until) {
                const std::string until = formatDate(*status.valid_until);
                if (status.state == progress::LearnerState::Compliant)
                    ImGui::TextUnformatted(until.c_str());
                else
                    textColored(stateColor(status.state), until.c_str());
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace ipprimer::ui
