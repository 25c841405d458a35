// Status words, colours, numbers and times for the manager's screens.
#include "ui/manager_text.h"

#include <cmath>

#include "ui/widgets.h"
#include "base/dates.h"

namespace ipprimer::ui {

const char* stateLabel(progress::LearnerState state) {
    switch (state) {
    case progress::LearnerState::Compliant: return "Compliant";
    case progress::LearnerState::Expiring: return "Expiring";
    case progress::LearnerState::Expired: return "Expired";
    case progress::LearnerState::Overdue: return "Overdue";
    case progress::LearnerState::InProgress: return "In progress";
    case progress::LearnerState::NotStarted: return "Not started";
    }
    return "";
}

ImU32 stateColor(progress::LearnerState state) {
    switch (state) {
    case progress::LearnerState::Compliant: return colors::kDone;
    case progress::LearnerState::Expiring: return colors::kWarn;
    case progress::LearnerState::Expired:
    case progress::LearnerState::Overdue: return colors::kError;
    case progress::LearnerState::InProgress: return colors::kAccent;
    case progress::LearnerState::NotStarted: return colors::kMuted;
    }
    return colors::kMuted;
}

const char* stateLabel(progress::ModuleState state) {
    switch (state) {
    case progress::ModuleState::Completed: return "Completed";
    case progress::ModuleState::InProgress: return "In progress";
    case progress::ModuleState::Overdue: return "Overdue";
    case progress::ModuleState::NotStarted: return "Not started";
    }
    return "";
}

ImU32 stateColor(progress::ModuleState state) {
    switch (state) {
    case progress::ModuleState::Completed: return colors::kDone;
    case progress::ModuleState::InProgress: return colors::kAccent;
    case progress::ModuleState::Overdue: return colors::kError;
    case progress::ModuleState::NotStarted: return colors::kMuted;
    }
    return colors::kMuted;
}

const char* filterLabel(store::StatusFilter filter) {
    switch (filter) {
    case store::StatusFilter::Any: return "All statuses";
    case store::StatusFilter::Compliant: return "Compliant (incl. expiring)";
    case store::StatusFilter::NotCompliant: return "Not compliant";
    case store::StatusFilter::Expiring: return "Expiring";
    case store::StatusFilter::Expired: return "Expired";
    case store::StatusFilter::Overdue: return "Overdue";
    case store::StatusFilter::InProgress: return "In progress";
    case store::StatusFilter::NotStarted: return "Not started";
    }
    return "";
}

std::string thousands(long long number) {
    std::string digits = std::to_string(number < 0 ? -number : number);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return number < 0 ? "-" + out : out;
}

std::string thousands(long long number, std::string_view one, std::string_view many) {
    return thousands(number) + " " + std::string(number == 1 ? one : many);
}

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100.0))) + "%"; }

bool checkbox(const char* label, bool* value) {
    ImGui::PushStyleColor(ImGuiCol_FrameBg, palette(currentTheme()).button);
    ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, palette(currentTheme()).button_hovered);
    const bool changed = ImGui::Checkbox(label, value);
    ImGui::PopStyleColor(2);
    recordItem(label);
    return changed;
}

bool escapePressed() {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) && !ImGui::IsAnyItemActive();
}

std::string dateTimeText(std::int64_t unix_ms) { return localTimeText(unix_ms, "%Y-%m-%d %H:%M"); }

}  // namespace ipprimer::ui
