// Finding a profile on the start screen: by a name typed in part or an
// employee id typed whole, or among the few whose owners asked this computer
// to offer them; a profile with a PIN asks for it before it opens.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <sstream>
#include <utility>

#include "base/text.h"
#include "base/utf8.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/pin_tries.h"
#include "ui/profile_view.h"
#include "ui/text_match.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

constexpr std::size_t kShown = 8;
const std::string kForgotten = "A forgotten PIN of your own can be removed by a manager, on your record in the manager's area.";

std::size_t characters(const std::string& text) {
    std::size_t count = 0;
    for (unsigned char c : text) count += (c & 0xC0) != 0x80;
    return count;
}

}  // namespace

bool profileMatches(const store::Learner& learner, const std::string& typed) {
    const std::string wanted = trimmed(typed);
    if (wanted.empty()) return false;
    if (!learner.employee_id.empty() && asciiLowered(learner.employee_id) == asciiLowered(wanted)) return true;
    return characters(wanted) >= kFindFromCharacters && containsFolded(learner.name, wanted);
}

std::vector<std::int64_t> ProfileView::offeredProfiles(App& app) {
    std::vector<std::int64_t> ids;
    std::istringstream list(app.store().settings().value("offered_profiles").value_or(""));
    for (std::string id; std::getline(list, id, ',');) {
        try {
            ids.push_back(std::stoll(id));
        } catch (const std::exception&) {
            // a hand-edited list: the rest still counts
        }
    }
    return ids;
}

void ProfileView::drawFinder(App& app) {
    if (learners_.empty()) return;
    heading(app.fonts().heading2, app.learner() ? "Someone else?" : "Find your profile");
    textMuted("Type your name (at least %d letters) or your whole employee id.", static_cast<int>(kFindFromCharacters));
    ImGui::InputTextWithHint("##find", "Your name or employee id", &filter_);
    recordItem("Find your name");
    std::size_t matching = 0;
    for (const store::Learner& learner : learners_) {
        if (!profileMatches(learner, filter_) || ++matching > kShown) continue;
        if (drawLearnerButton(app, learner)) return;
    }
    if (matching > kShown)
        textMuted("%d more: type more of your name.", static_cast<int>(matching - kShown));
    const bool typed_enough = characters(trimmed(filter_)) >= kFindFromCharacters;
    if (matching == 0 && typed_enough) textMuted("No profile matches \"%s\".", filter_.c_str());
    drawOffered(app);
    gap(0.8f);
}

void ProfileView::drawOffered(App& app) {
    std::vector<const store::Learner*> offered;
    for (std::int64_t id : offeredProfiles(app)) {
        auto found = std::find_if(learners_.begin(), learners_.end(), [&](const store::Learner& l) { return l.id == id; });
        if (found != learners_.end() && (!app.learner() || *app.learner() != id)) offered.push_back(&*found);
    }
    if (offered.empty()) return;
    gap(0.4f);
    textMuted("On this computer (their owners asked for it):");
    for (const store::Learner* learner : offered)
        if (drawLearnerButton(app, *learner)) return;
}

bool ProfileView::drawLearnerButton(App& app, const store::Learner& learner) {
    const float em = ImGui::GetFontSize();
    const course::Role* role = app.course().role(learner.role);
    ImGui::PushID(static_cast<int>(learner.id));
    const bool chosen = button((learner.name + "##learner").c_str(), ImVec2(em * 16, 0));
    ImGui::SameLine();
    textMuted("%s%s%s", role ? role->title.c_str() : learner.role.c_str(), learner.department.empty() ? "" : " \xC2\xB7 ",
              learner.department.c_str());
    ImGui::PopID();
    if (chosen) choose(app, learner);
    return chosen;
}

void ProfileView::choose(App& app, const store::Learner& learner) {
    filter_.clear();
    if (app.store().settings().hasLearnerPin(learner.id)) {
        opening_ = learner;
        focus_pin_ = true;
        pin_message_.clear();
        return;
    }
    loaded_ = false;  // read again next time the screen shows
    app.selectLearner(learner.id);
}

void ProfileView::drawPinPrompt(App& app) {
    heading(app.fonts().heading2, opening_->name);
    textMuted("This profile is protected by its own PIN.");
    ImGui::TextUnformatted("PIN");
    if (std::exchange(focus_pin_, false)) ImGui::SetKeyboardFocusHere();
    bool submitted = ImGui::InputText("##profile pin", &pin_,
                                      ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal |
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    recordItem("Profile PIN");
    gap(0.3f);
    submitted = primaryButton("Open my profile") || submitted;
    ImGui::SameLine();
    if (button("Not me")) {
        opening_.reset();
        pin_.clear();
        return;
    }
    if (submitted) {
        const std::int64_t id = opening_->id;
        store::Store& store = app.store();
        pin_message_ = tryPin(store, [&] { return store.settings().checkLearnerPin(id, pin_); }, kForgotten);
        pin_.clear();
        focus_pin_ = true;
        if (pin_message_.empty()) {
            opening_.reset();
            loaded_ = false;
            app.selectLearner(id);
            return;
        }
    }
    if (pin_message_.empty()) pin_message_ = pausedMessage(app.store(), kForgotten);
    if (!pin_message_.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::CalcItemWidth());
        textColored(colors::kError, pin_message_.c_str());
        ImGui::PopTextWrapPos();
    }
}

}  // namespace ipprimer::ui
