// The words and colours the manager's screens use for statuses, numbers and
// times, in one place so the dashboard, the detail and the topics agree.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "store/reports.h"
#include "progress/status.h"

namespace ipprimer::ui {

const char* stateLabel(progress::LearnerState state);  // "Compliant", "In progress", ...
ImU32 stateColor(progress::LearnerState state);
const char* stateLabel(progress::ModuleState state);
ImU32 stateColor(progress::ModuleState state);
const char* filterLabel(store::StatusFilter filter);  // "All statuses", "Compliant (incl. expiring)", ...

// 9792 -> "9,792".
std::string thousands(long long number);
// "1 learner", "1,234 learners": thousands() with the singular or the plural.
std::string thousands(long long number, std::string_view one, std::string_view many);
// "72%", rounded.
std::string percent(double share);
// Local date and time of a unix-millisecond time: "2024-05-02 14:30".
std::string dateTimeText(std::int64_t unix_ms);

// A check box whose box shows on the light theme; records itself as `label`.
bool checkbox(const char* label, bool* value);
// Escape, when no text field is being edited: the manager's screens go back with it.
bool escapePressed();

}  // namespace ipprimer::ui
