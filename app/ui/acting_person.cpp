#include "ui/acting_person.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "store/company_records.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/text_match.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

void ActingPerson::forget() {
    learner_.reset();
    resolved_for_.clear();
    filter_.clear();
}

std::optional<std::int64_t> ActingPerson::known(App& app) {
    const PinGate* gate = app.gate(Area::Manager);
    const std::string who = gate ? gate->who() : std::string();
    if (learner_ && resolved_for_ == who) return learner_;
    if (resolved_for_ != who) learner_.reset();
    const std::vector<store::Learner> named = store::learnersNamed(app.store().roster().list(), who);
    if (named.size() == 1) {
        learner_ = named.front().id;
        resolved_for_ = who;
    }
    return learner_;
}

std::optional<std::int64_t> ActingPerson::resolve(App& app, float width) {
    if (auto learner = known(app)) return learner;
    const PinGate* gate = app.gate(Area::Manager);
    const std::string who = gate ? gate->who() : std::string();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    textInColumn("What you record here is kept in the name of a person on the staff list" +
                (who.empty() ? std::string(".") : ", and nobody on it is called \"" + who + "\" alone.") +
                " Which of these is you?");
    ImGui::PopTextWrapPos();
    ImGui::SetNextItemWidth(std::min(width, ImGui::GetFontSize() * 20));
    ImGui::InputTextWithHint("##acting filter", "Search names", &filter_);
    recordItem("Search acting person");
    int shown = 0;
    for (const store::Learner& learner : app.store().roster().list()) {
        if (!containsFolded(learner.name, filter_) && !containsFolded(learner.employee_id, filter_)) continue;
        if (++shown > 12) break;
        const std::string label = learner.name + (learner.employee_id.empty() ? "" : " (" + learner.employee_id + ")");
        if (ImGui::Selectable((label + "##acting" + std::to_string(learner.id)).c_str(), false)) {
            learner_ = learner.id;
            resolved_for_ = who;
        }
        recordItem("I am " + learner.name);
    }
    if (shown == 0) textMuted("Nobody on the staff list matches. Import the staff list first, or create your profile.");
    return learner_;
}

}  // namespace ipprimer::ui
