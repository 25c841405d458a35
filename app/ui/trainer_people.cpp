// The roster to tick people on: who is expected (the plan) and who came
// (attendance), and someone added to the roster on the spot.
#include "ui/trainer_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "base/text.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

bool matches(const store::Learner& learner, const std::string& needle) {
    if (needle.empty()) return true;
    return asciiLowered(learner.name).find(needle) != std::string::npos ||
           asciiLowered(learner.department).find(needle) != std::string::npos ||
           asciiLowered(learner.employee_id).find(needle) != std::string::npos ||
           asciiLowered(learner.role).find(needle) != std::string::npos;
}

}  // namespace

void TrainerView::drawPeoplePicker(App& app, bool for_attendance) {
    const FontSet& fonts = app.fonts();
    float em = ImGui::GetFontSize();
    if (!for_attendance) {
        heading(fonts.bold, "Who is expected");
        textMuted("Search the roster by name, department or employee id; tick who is coming.");
    }
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, em * 20));
    ImGui::InputTextWithHint("##search", for_attendance ? "Find someone else on the roster" : "Search the roster", &search_);
    recordItem("Search the roster");
    if (!roster_loaded_) {
        roster_ = app.store().roster().list();
        roster_loaded_ = true;
    }
    const std::vector<store::Learner>& learners = roster_;
    const std::string needle = asciiLowered(search_);
    // Attendance starts from the session's own list; a search reaches the whole roster.
    auto withdrawn = [&](std::int64_t id) {
        return workshop_ && std::any_of(workshop_->withdrawn.begin(), workshop_->withdrawn.end(),
                                        [&](const store::CreditWithdrawal& w) { return w.learner_id == id; });
    };
    auto listed = [&](std::int64_t id) {
        if (!workshop_) return false;
        return std::find(workshop_->expected.begin(), workshop_->expected.end(), id) != workshop_->expected.end() ||
               std::find(workshop_->attendees.begin(), workshop_->attendees.end(), id) != workshop_->attendees.end() ||
               withdrawn(id) || present_.contains(id);
    };
    std::vector<const store::Learner*> shown;
    for (const auto& learner : learners) {
        bool show = for_attendance && needle.empty() ? listed(learner.id) : matches(learner, needle);
        if (show) shown.push_back(&learner);
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(shown.empty());
    char all_label[48];
    std::snprintf(all_label, sizeof all_label, "Tick all %d shown##all", static_cast<int>(shown.size()));
    if (button(all_label))
        for (const auto* learner : shown) {
            if (for_attendance)
                addToSession(app, learner->id);
            else
                expect(learner->id, true);
        }
    recordItem("Tick all shown");
    ImGui::EndDisabled();

    // The form to add someone takes a rule, a line and two rows of fields.
    const ImGuiStyle& style = ImGui::GetStyle();
    float form_h = ImGui::GetFrameHeightWithSpacing() * 2 + ImGui::GetTextLineHeightWithSpacing() + style.ItemSpacing.y * 2;
    float list_h = std::max(ImGui::GetContentRegionAvail().y - form_h - style.WindowPadding.y, em * 4);
    ImGui::BeginChild("roster", ImVec2(0, list_h), false);
    if (learners.empty()) textMuted("The roster is empty: add people below, or import a staff list (ipprimer learners import).");
    else if (shown.empty() && for_attendance && needle.empty()) textMuted("Nobody was expected: find people on the roster above, or add them below.");
    else if (shown.empty()) textMuted("Nobody on the roster matches \"%s\".", search_.c_str());
    // A company's whole roster can be long: only the rows in view are drawn.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown.size()));
    auto drawRow = [&](const store::Learner* learner) {
        ImGui::PushID(static_cast<int>(learner->id));
        bool on = false;
        bool credited = false;
        if (for_attendance) {
            credited = workshop_ && std::find(workshop_->attendees.begin(), workshop_->attendees.end(), learner->id) !=
                                        workshop_->attendees.end();
            on = credited || present_.contains(learner->id);
        } else {
            on = std::find(expected_.begin(), expected_.end(), learner->id) != expected_.end();
        }
        ImGui::BeginDisabled(credited);
        if (ImGui::Checkbox(learner->name.c_str(), &on)) {
            if (!for_attendance)
                expect(learner->id, on);
            else if (on)
                addToSession(app, learner->id);
            else
                markPresent(learner->id, false);
        }
        ImGui::EndDisabled();
        recordItem("person:" + learner->name);
        ImGui::SameLine();
        const course::Role* role = app.course().role(learner->role);
        std::string detail = (learner->department.empty() ? "" : learner->department + " \xC2\xB7 ") +
                             (role ? role->title : learner->role);
        if (!learner->employee_id.empty()) detail += " \xC2\xB7 " + learner->employee_id;
        if (credited) detail += " \xC2\xB7 credited";
        if (for_attendance && !credited && withdrawn(learner->id)) detail += " \xC2\xB7 credit withdrawn";
        // The row's link keeps its place at the right; a long row gives way with an ellipsis.
        const float link = credited ? withdrawButtonWidth() : 0.0f;
        cellText(detail, colors::kMuted, ImGui::GetContentRegionAvail().x - link);
        if (credited) drawWithdrawButton(*learner);
        ImGui::PopID();
    };
    while (clipper.Step())
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) drawRow(shown[static_cast<std::size_t>(row)]);
    ImGui::EndChild();
    drawNewPerson(app, for_attendance);
}

void TrainerView::drawNewPerson(App& app, bool for_attendance) {
    const auto& roles = app.course().roles;
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::Separator();
    ImGui::TextUnformatted("Not on the roster? Add them:");
    // Two rows that fit half a 1280-pixel window.
    float avail = ImGui::GetContentRegionAvail().x;
    float half = (avail - style.ItemSpacing.x) * 0.5f;
    ImGui::SetNextItemWidth(half);
    ImGui::InputTextWithHint("##new name", "Name", &new_name_);
    recordItem("New name");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(half);
    const char* preview = new_role_ >= 0 && new_role_ < static_cast<int>(roles.size()) ? roles[new_role_].title.c_str() : "Role";
    if (ImGui::BeginCombo("##new role", preview)) {
        for (int i = 0; i < static_cast<int>(roles.size()); ++i) {
            if (ImGui::Selectable(roles[i].title.c_str(), new_role_ == i)) new_role_ = i;
            recordItem("new role:" + roles[i].title);
        }
        ImGui::EndCombo();
    }
    recordItem("New role");
    float add_w = ImGui::CalcTextSize("Add").x + style.FramePadding.x * 2;
    float third = (avail - add_w - style.ItemSpacing.x * 2) * 0.5f;
    ImGui::SetNextItemWidth(third);
    ImGui::InputTextWithHint("##new department", "Department", &new_department_);
    recordItem("New department");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(third);
    ImGui::InputTextWithHint("##new employee", "Employee id", &new_employee_id_);
    recordItem("New employee id");
    ImGui::SameLine();
    if (button("Add")) {
        new_person_error_.clear();
        if (new_name_.find_first_not_of(" \t") == std::string::npos)
            new_person_error_ = "Type the person's name.";
        else if (new_role_ < 0 || new_role_ >= static_cast<int>(roles.size()))
            new_person_error_ = "Choose their role: it decides what the rest of their training is.";
        if (new_person_error_.empty()) {
            try {
                std::int64_t id = app.store().roster().add(
                    {new_name_, new_employee_id_, "", roles[static_cast<std::size_t>(new_role_)].id, new_department_});
                roster_loaded_ = false;
                if (for_attendance)
                    addToSession(app, id);
                else
                    expect(id, true);
                new_name_.clear();
                new_employee_id_.clear();
                new_department_.clear();
                new_role_ = -1;
            } catch (const std::exception& error) {
                new_person_error_ = error.what();
            }
        }
    }
    recordItem("Add person");
    if (!new_person_error_.empty()) textColored(colors::kError, new_person_error_.c_str());
}

void TrainerView::markPresent(std::int64_t learner_id, bool present) {
    if (present)
        present_.insert(learner_id);
    else
        present_.erase(learner_id);
}

void TrainerView::addToSession(App& app, std::int64_t learner_id) {
    if (!workshop_) return;
    // Someone who walks in joins the session's list, so they stay on it if
    // the trainer leaves this page before confirming.
    try {
        app.store().workshops().expect(session_, {learner_id});
    } catch (const std::exception& error) {
        message_ = error.what();
        message_is_error_ = true;
        return;
    }
    bool credited = std::find(workshop_->attendees.begin(), workshop_->attendees.end(), learner_id) != workshop_->attendees.end();
    if (!credited) present_.insert(learner_id);
    reloadSession(app);
}

}  // namespace ipprimer::ui
