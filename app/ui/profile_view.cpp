// The start screen's layout and the form that creates a profile.
#include "ui/profile_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "store/store.h"
#include "ui/app.h"
#include "ui/text_match.h"
#include "ui/limited_input.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

void ProfileView::drawContent(App& app) {
    if (!loaded_) open(app);  // the first screen, shown before any navigation
    const FontSet& fonts = app.fonts();
    float em = ImGui::GetFontSize();
    const float width = beginCenteredColumn(em * 34);
    ImGui::PushItemWidth(width);
    heading(fonts.heading1, "Welcome to IP Primer");
    textMuted("%s", app.course().settings.title.c_str());
    gap(0.6f);
    if (opening_) {
        drawPinPrompt(app);  // nothing else while a PIN is asked for
    } else {
        if (app.learner()) drawOwnProfile(app);
        drawFinder(app);
        drawCreateForm(app);
    }
    ImGui::PopItemWidth();
    ImGui::EndGroup();
}

bool ProfileView::open(App& app) {
    learners_ = app.store().roster().list();
    opening_.reset();
    pin_.clear();
    pin_message_.clear();
    pin_form_ = false;
    own_message_.clear();
    loaded_ = true;
    return true;
}

void ProfileView::drawCreateForm(App& app) {
    const auto& roles = app.course().roles;
    heading(app.fonts().heading2, learners_.empty() ? "Create your profile" : "New here? Create your profile");
    textMuted("Your role decides which modules you take and which quiz you sit.");
    gap(0.3f);

    ImGui::TextUnformatted("Name");
    limitedInput("##name", name_, kNameLimit);
    recordItem("Name");
    ImGui::TextUnformatted("Employee id (optional)");
    limitedInput("##employee", employee_id_, kEmployeeIdLimit);
    recordItem("Employee id");
    ImGui::TextUnformatted("Role");
    const char* preview = role_ >= 0 && role_ < static_cast<int>(roles.size()) ? roles[role_].title.c_str() : "Choose your role";
    if (ImGui::BeginCombo("##role", preview)) {
        for (int i = 0; i < static_cast<int>(roles.size()); ++i) {
            if (ImGui::Selectable(roles[i].title.c_str(), role_ == i)) role_ = i;
            recordItem(roles[i].title);
            if (ImGui::IsItemHovered() && !roles[i].description.empty()) ImGui::SetTooltip("%s", roles[i].description.c_str());
        }
        ImGui::EndCombo();
    }
    recordItem("Role");
    drawRoleDescription(app);
    ImGui::TextUnformatted("Department");
    limitedInput("##department", department_, kDepartmentLimit);
    recordItem("Department");
    gap(0.4f);

    if (primaryButton("Create profile")) {
        error_.clear();
        if (name_.find_first_not_of(" \t") == std::string::npos)
            error_ = "Please enter your name.";
        else if (role_ < 0)
            error_ = "Please choose your role.";
        if (error_.empty()) {
            try {
                store::NewLearner learner;
                learner.name = name_;
                learner.employee_id = employee_id_;
                learner.role = roles[role_].id;
                learner.department = department_;
                std::int64_t id = app.store().roster().add(learner);
                name_.clear();
                employee_id_.clear();
                department_.clear();
                role_ = -1;
                loaded_ = false;
                app.selectLearner(id);
            } catch (const std::exception& e) {
                error_ = e.what();
            }
        }
    }
    if (!error_.empty()) textColored(colors::kError, error_.c_str());
}

void ProfileView::drawRoleDescription(App& app) {
    // Room for the longest description, so choosing a role never moves the
    // fields below it (Department would jump away from under the pointer).
    const auto& roles = app.course().roles;
    const float width = ImGui::CalcItemWidth();
    float room = 0;
    for (const course::Role& role : roles)
        room = std::max(room, ImGui::CalcTextSize(role.description.c_str(), nullptr, false, width).y);
    const float top = ImGui::GetCursorPosY();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (role_ >= 0 && role_ < static_cast<int>(roles.size())) {
        textColored(colors::kMuted, roles[static_cast<std::size_t>(role_)].description.c_str());
        recordItem("Role description");
    }
    ImGui::PopTextWrapPos();
    ImGui::SetCursorPosY(top);
    ImGui::Dummy(ImVec2(width, room));
}

}  // namespace ipprimer::ui
