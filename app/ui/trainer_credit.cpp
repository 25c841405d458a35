// Taking back the credit of someone ticked by mistake: a link on their row of
// the attendance list, a question with room for why, and one new record;
// nothing recorded before is changed.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>

#include "base/text.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/trainer_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

namespace {
constexpr const char* kWithdrawLabel = "Withdraw credit";
}  // namespace

float TrainerView::withdrawButtonWidth() {
    return ImGui::CalcTextSize(kWithdrawLabel).x + ImGui::GetStyle().ItemSpacing.x * 2;
}

void TrainerView::drawWithdrawButton(const store::Learner& learner) {
    // At the right edge of the row, whatever the length of the text before it.
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - withdrawButtonWidth() +
                                                         ImGui::GetStyle().ItemSpacing.x));
    // The question opens beside the attendance list (drawWithdrawal), not in this row.
    if (linkButton((std::string(kWithdrawLabel) + "##" + std::to_string(learner.id)).c_str())) {
        withdrawing_ = learner.id;
        withdrawing_name_ = learner.name;
        withdraw_reason_.clear();
    }
    recordItem("withdraw:" + learner.name);
}

void TrainerView::drawWithdrawal(App& app) {
    if (!workshop_) return;
    const float em = ImGui::GetFontSize();
    if (withdrawing_ != 0 && !ImGui::IsPopupOpen("Withdraw the credit?")) ImGui::OpenPopup("Withdraw the credit?");
    ImGui::SetNextWindowSizeConstraints(ImVec2(em * 24, 0), ImVec2(em * 36, FLT_MAX));
    if (!ImGui::BeginPopupModal("Withdraw the credit?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::PushTextWrapPos(em * 34);
    ImGui::Text("%s will no longer be credited by session %d: its %s stop counting as finished for them, "
                "unless they finished them otherwise.",
                withdrawing_name_.c_str(), static_cast<int>(workshop_->id),
                plural(workshop_->lessons.size(), "lesson", "lessons").c_str());
    textMuted("Nothing is deleted: a new record says who withdrew the credit, when and why. "
              "Ticking them again later credits them again.");
    ImGui::PopTextWrapPos();
    ImGui::SetNextItemWidth(em * 30);
    ImGui::InputTextWithHint("##reason", "Why (for the records), e.g. ticked by mistake: absent", &withdraw_reason_);
    recordItem("Withdrawal reason");
    if (primaryButton("Withdraw the credit")) {
        withdrawCredit(app);
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (button("Keep it") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        withdrawing_ = 0;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void TrainerView::withdrawCredit(App& app) {
    // Recorded as withdrawn by the trainer at the keyboard, or the session's own.
    const std::string by = trimmed(trainer_).empty() ? workshop_->trainer : trimmed(trainer_);
    try {
        app.store().workshops().withdrawCredit(session_, withdrawing_, by, withdraw_reason_);
        message_ = "The credit of " + withdrawing_name_ + " was withdrawn.";
        message_is_error_ = false;
        present_.erase(withdrawing_);
    } catch (const std::exception& error) {
        message_ = std::string("Nothing was recorded: ") + error.what();
        message_is_error_ = true;
    }
    withdrawing_ = 0;
    reloadSession(app);
}

}  // namespace ipprimer::ui
