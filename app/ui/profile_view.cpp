#include "ui/profile_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>

#include "store/store.h"
#include "ui/app.h"
#include "ui/text_match.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

void ProfileView::drawContent(App& app) {
    const FontSet& fonts = app.fonts();
    float em = ImGui::GetFontSize();
    const float width = beginCenteredColumn(em * 34);
    ImGui::PushItemWidth(width);
    heading(fonts.heading1, "Welcome to IP Primer");
    textMuted("%s", app.course().settings.title.c_str());
    gap(0.6f);
    drawPicker(app);
    drawCreateForm(app);
    ImGui::PopItemWidth();
    ImGui::EndGroup();
}

bool ProfileView::open(App& app) {
    learners_ = app.store().roster().list();
    last_learner_ = app.store().settings().value("last_learner").value_or("");
    // The last profile used comes first, so Enter continues with it.
    std::stable_partition(learners_.begin(), learners_.end(),
                          [&](const store::Learner& l) { return std::to_string(l.id) == last_learner_; });
    loaded_ = true;
    return true;
}

void ProfileView::drawPicker(App& app) {
    if (!loaded_) open(app);  // the first screen, shown before any navigation
    if (learners_.empty()) return;
    heading(app.fonts().heading2, "Who is learning?");
    float em = ImGui::GetFontSize();
    // A shared computer may hold a whole company's staff: show a few, find the rest by name.
    constexpr std::size_t kShown = 8;
    if (learners_.size() > kShown) {
        ImGui::InputTextWithHint("##find", "Find your name or employee id", &filter_);
        recordItem("Find your name");
    }
    std::size_t shown = 0, matching = 0;
    for (const store::Learner& learner : learners_) {
        if (!filter_.empty() && !containsFolded(learner.name, filter_) && !containsFolded(learner.employee_id, filter_))
            continue;
        if (++matching > kShown) continue;
        ++shown;
        bool is_last = std::to_string(learner.id) == last_learner_;
        const course::Role* role = app.course().role(learner.role);
        std::string label = learner.name + "##learner" + std::to_string(learner.id);
        ImGui::PushID(static_cast<int>(learner.id));
        if (is_last) ImGui::SetItemDefaultFocus();
        bool chosen = is_last ? primaryButton(label.c_str(), ImVec2(em * 16, 0)) : button(label.c_str(), ImVec2(em * 16, 0));
        ImGui::SameLine();
        textMuted("%s%s%s", role ? role->title.c_str() : learner.role.c_str(),
                  learner.department.empty() ? "" : " \xC2\xB7 ", learner.department.c_str());
        ImGui::PopID();
        if (chosen) {
            app.selectLearner(learner.id);
            loaded_ = false;  // read again next time the picker shows
            return;
        }
    }
    if (matching > shown) textMuted("%d more: type to narrow the list.", static_cast<int>(matching - shown));
    if (matching == 0) textMuted("No profile matches \"%s\".", filter_.c_str());
    gap(0.8f);
}

void ProfileView::drawCreateForm(App& app) {
    const auto& roles = app.course().roles;
    heading(app.fonts().heading2, learners_.empty() ? "Create your profile" : "New profile");
    textMuted("Your role decides which modules you take and which quiz you sit.");
    gap(0.3f);

    ImGui::TextUnformatted("Name");
    ImGui::InputText("##name", &name_);
    recordItem("Name");
    ImGui::TextUnformatted("Employee id (optional)");
    ImGui::InputText("##employee", &employee_id_);
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
    ImGui::InputText("##department", &department_);
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
