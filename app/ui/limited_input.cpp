// limited_input.h: ImGui's text fields with an edit callback that cuts.
#include "ui/limited_input.h"

#include <imgui_stdlib.h>

namespace ipprimer::ui {
namespace {

int cutAtLimit(ImGuiInputTextCallbackData* data) {
    const auto* limit = static_cast<const FieldLimit*>(data->UserData);
    const std::string_view text(data->Buf, static_cast<std::size_t>(data->BufTextLen));
    if (text.size() <= limit->characters) return 0;
    const auto keep = static_cast<int>(cutToCharacters(text, limit->characters).size());
    if (keep < data->BufTextLen) data->DeleteChars(keep, data->BufTextLen - keep);
    return 0;
}

}  // namespace

bool limitedInput(const char* id, std::string& value, const FieldLimit& limit, const char* hint,
                  ImGuiInputTextFlags flags) {
    return ImGui::InputTextWithHint(id, hint, &value, flags | ImGuiInputTextFlags_CallbackEdit, cutAtLimit,
                                    const_cast<FieldLimit*>(&limit));
}

bool limitedInputMultiline(const char* id, std::string& value, const FieldLimit& limit, const ImVec2& size) {
    return ImGui::InputTextMultiline(id, &value, size, ImGuiInputTextFlags_CallbackEdit, cutAtLimit,
                                     const_cast<FieldLimit*>(&limit));
}

}  // namespace ipprimer::ui
