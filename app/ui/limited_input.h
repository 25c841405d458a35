// Text fields that take no more than their field's limit (base/field_limits.h):
// typing or pasting past it is cut at the limit, as the store would refuse it.
#pragma once

#include <imgui.h>

#include <string>

#include "base/field_limits.h"

namespace ipprimer::ui {

bool limitedInput(const char* id, std::string& value, const FieldLimit& limit, const char* hint = "",
                  ImGuiInputTextFlags flags = 0);
bool limitedInputMultiline(const char* id, std::string& value, const FieldLimit& limit, const ImVec2& size);

}  // namespace ipprimer::ui
