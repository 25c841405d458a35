// The App's part for the manager's area: its screens, the Manager button, and
// the lock when the manager leaves the area.
#include <imgui.h>

#include "ui/app.h"
#include "ui/import_view.h"
#include "ui/learner_detail_view.h"
#include "ui/manager_view.h"
#include "ui/topics_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

bool App::inManagerArea() const {
    return screen_ == Screen::Manager || screen_ == Screen::LearnerRecord || screen_ == Screen::Topics ||
           screen_ == Screen::StaffImport || screen_ == Screen::ManagerWorkshops;
}

void App::showManager() {
    status_.clear();
    screen_ = Screen::Manager;
    manager_->refresh(*this);  // opening the dashboard derives every status afresh
}

void App::openLearnerRecord(std::int64_t learner_id) {
    status_.clear();
    learner_record_->open(*this, learner_id);
    screen_ = Screen::LearnerRecord;
}

void App::showTopics() {
    status_.clear();
    topics_->refresh(*this);
    screen_ = Screen::Topics;
}

void App::showStaffImport() {
    status_.clear();
    staff_import_->reset();
    screen_ = Screen::StaffImport;
}

void App::beforeManagerFrame() {
    // Leaving the area closes it: the next visit asks for the PIN again. A
    // screen of the area reached while locked shows the PIN gate instead.
    if (!inManagerArea() && manager_->unlocked()) manager_->lock();
    if (inManagerArea() && screen_ != Screen::Manager && !manager_->unlocked()) screen_ = Screen::Manager;
}

void App::drawManagerButton() {
    ImGui::SameLine();
    const bool here = inManagerArea();
    if (here ? primaryButton("Manager") : button("Manager")) showManager();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Who has completed what, who is overdue, reports (PIN)");
}

}  // namespace ipprimer::ui
