// The learner's own profile on the start screen: go on, sign out, guard the
// profile with a PIN of their own (set, change, remove), and choose whether
// this computer offers their name on its start screen.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "store/store.h"
#include "ui/app.h"
#include "ui/manager_text.h"  // checkbox
#include "ui/profile_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

constexpr std::size_t kMostOffered = 8;

void setOffered(App& app, std::int64_t learner_id, bool offered) {
    std::vector<std::int64_t> ids = ProfileView::offeredProfiles(app);
    ids.erase(std::remove(ids.begin(), ids.end(), learner_id), ids.end());
    if (offered) ids.insert(ids.begin(), learner_id);
    if (ids.size() > kMostOffered) ids.resize(kMostOffered);
    std::string list;
    for (std::int64_t id : ids) list += (list.empty() ? "" : ",") + std::to_string(id);
    app.store().settings().set("offered_profiles", list);
}

}  // namespace

void ProfileView::drawOwnProfile(App& app) {
    const std::int64_t id = *app.learner();
    const auto me = app.store().roster().find(id);
    if (!me) return;
    heading(app.fonts().heading2, "Your profile: " + me->name);
    if (primaryButton(("Continue as " + me->name + "##continue").c_str())) {
        app.navigate(Screen::Home);
        return;
    }
    recordItem("Continue");
    ImGui::SameLine();
    if (button("Sign out")) {
        app.signOut();
        return;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Leave your profile; the next person finds their own");
    gap(0.3f);
    drawOwnPin(app, id);
    const std::vector<std::int64_t> offered_ids = offeredProfiles(app);
    bool offered = std::find(offered_ids.begin(), offered_ids.end(), id) != offered_ids.end();
    if (checkbox("Offer my name on this computer's start screen", &offered)) setOffered(app, id, offered);
    recordItem("Offer my name");
    textMuted("Off by default: only people who type your name or employee id find your profile.");
    gap(0.8f);
}

void ProfileView::drawOwnPin(App& app, std::int64_t learner_id) {
    store::Settings& settings = app.store().settings();
    const bool has_pin = settings.hasLearnerPin(learner_id);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::CalcItemWidth());
    if (!pin_form_) {
        textMuted("%s", has_pin ? "Your profile opens only with your PIN."
                                : "Anyone at this computer who finds your profile can open it. A PIN of your own stops that.");
        if (button(has_pin ? "Change my PIN" : "Protect it with a PIN")) {
            pin_form_ = true;
            own_message_.clear();
        }
        if (has_pin) {
            ImGui::SameLine();
            if (button("Remove my PIN")) {
                settings.clearLearnerPin(learner_id);
                own_message_ = "Your PIN is removed: your profile opens without one.";
                own_message_is_error_ = false;
            }
        }
    } else {
        const ImGuiInputTextFlags flags = ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal;
        ImGui::TextUnformatted("New PIN (at least 4 digits)");
        ImGui::InputText("##new pin", &new_pin_, flags);
        recordItem("New PIN");
        ImGui::TextUnformatted("The same PIN again");
        ImGui::InputText("##new pin again", &new_pin_again_, flags);
        recordItem("New PIN again");
        if (primaryButton("Save my PIN")) {
            own_message_is_error_ = true;
            if (auto problem = store::pinProblem(new_pin_)) {
                own_message_ = "Not saved: " + *problem + ".";
            } else if (new_pin_ != new_pin_again_) {
                own_message_ = "The two PINs differ; type the same PIN twice.";
            } else {
                settings.setLearnerPin(learner_id, new_pin_);
                own_message_ = "Saved: your profile now opens only with your PIN.";
                own_message_is_error_ = false;
                pin_form_ = false;
            }
            new_pin_.clear();
            new_pin_again_.clear();
        }
        ImGui::SameLine();
        if (button("Cancel##pin")) {
            pin_form_ = false;
            new_pin_.clear();
            new_pin_again_.clear();
        }
    }
    if (!own_message_.empty()) textColored(own_message_is_error_ ? colors::kError : colors::kDone, own_message_.c_str());
    ImGui::PopTextWrapPos();
}

}  // namespace ipprimer::ui
