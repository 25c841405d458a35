// The App's part for the trainer's area: its screens, the Trainer button, the
// PIN asked again after leaving, and the presenter's fonts kept at the
// window's size.
#include <imgui.h>

#include <cmath>

#include "ui/app.h"
#include "ui/group_quiz_view.h"
#include "ui/presenter_view.h"
#include "ui/trainer_view.h"
#include "ui/widgets.h"
#include "ui/workshop_sessions_view.h"

namespace ipprimer::ui {

void App::showTrainer() {
    status_.clear();
    screen_ = Screen::Trainer;
}

void App::showPresenter() {
    status_.clear();
    screen_ = Screen::Presenter;
}

void App::showGroupQuiz() {
    status_.clear();
    screen_ = Screen::GroupQuiz;
}

void App::beforeWorkshopFrame() {
    // Leaving the trainer's screens closes the area: the next visit asks for the PIN.
    if (screen_ != Screen::Trainer && !presenting() && trainer_->unlocked()) trainer_->lock();
    // The presenter's faces are baked for a window height; when there are
    // none yet, or the window changed size, the platform bakes them again.
    if (presenting()) {
        float height = ImGui::GetIO().DisplaySize.y;
        if (height > 0 && (!fonts_.presenter || std::abs(fonts_.presenter_for_height - height) > height * 0.05f))
            font_rebuild_ = true;
    }
}

void App::showManagerWorkshops() {
    status_.clear();
    manager_workshops_->refresh(*this);
    screen_ = Screen::ManagerWorkshops;
}

void App::drawManagerWorkshops() {
    if (button("\xE2\x86\x90 Team training")) showManager();
    ImGui::SameLine();
    heading(fonts_.heading2, "Workshops");
    textMuted("Sessions trainers ran: who attended (each was credited with the session's lessons), who did not, "
              "and what the room found hard.");
    gap(0.3f);
    manager_workshops_->drawContent(*this, false);
}

void App::drawTrainerButton() {
    ImGui::SameLine();
    bool here = screen_ == Screen::Trainer;
    if (here ? primaryButton("Trainer") : button("Trainer")) showTrainer();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Run a workshop: present lessons, a group quiz, attendance (PIN)");
}

}  // namespace ipprimer::ui
