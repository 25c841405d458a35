// The idle lock's minutes, chosen in the manager's area: a button and a popup.
#include "ui/idle_lock_choice.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "base/wording.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

void drawIdleLockChoice(App& app) {
    const int minutes = app.idleLockMinutes();
    const std::string label =
        minutes > 0 ? "Locks after " + countText(minutes, "idle minute", "idle minutes") : "Never locks when idle";
    if (button((label + "##idle lock").c_str())) ImGui::OpenPopup("idle-lock");
    recordItem("Idle lock");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("With no key or mouse for this long, both areas lock and the window returns home");
    if (!ImGui::BeginPopup("idle-lock")) return;
    ImGui::TextUnformatted("Lock the trainer's and the manager's areas after");
    int chosen = minutes;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    if (ImGui::InputInt("idle minutes (0: never)##idle minutes", &chosen)) app.setIdleLockMinutes(std::clamp(chosen, 0, 240));
    recordItem("Idle minutes");
    ImGui::EndPopup();
}

}  // namespace ipprimer::ui
