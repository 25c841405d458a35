// Tab order, a visible focus and Enter, on top of ImGui 1.86's navigation.
// It reaches into ImGui's internal state (imgui_internal.h), in this one file:
// the public API of 1.86 has no way to say any of it.
#include "ui/keyboard.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace ipprimer::ui {
namespace {

bool g_enter_taken = false;        // this frame's Enter pressed a focused control
bool g_focused_item_drawn = false;  // the last frame drew the control with the focus
bool g_pointer_chose = false;       // the focus is where the pointer last clicked

bool enterPressed() {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}

}  // namespace

bool keyboardFocusShown() {
    const ImGuiContext& g = *GImGui;
    // A focused control that is gone (a button replaced by another on the
    // next question) shows no focus, and Enter goes back to the screen.
    const bool drawn = g.NavIdIsAlive || g_focused_item_drawn;
    return g.NavId != 0 && drawn && !g.NavDisableHighlight && g.NavWindow &&
           !(g.NavWindow->Flags & ImGuiWindowFlags_NoNav);
}

void beginKeyboardFrame() {
    ImGuiContext& g = *GImGui;
    // Every control is a tab stop (1.86 marks only text fields so); landing
    // on one that is not a text field focuses it without pressing it.
    ImGui::PushItemFlag(ImGuiItemFlags_Inputable, true);

    // NewFrame has turned a Tab into a request that starts from the first
    // field unless one is being edited: go on from the focused control.
    const bool tabbing = (g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing) && !(g.NavMoveFlags & ImGuiNavMoveFlags_FocusApi) &&
                         g.NavMoveScoringItems;
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) g_pointer_chose = true;
    if (tabbing) {
        // From the focused control, or the one last clicked, as in a browser;
        // from the first when there is neither (a screen just opened).
        const bool from_focus = keyboardFocusShown() || (g_pointer_chose && g_focused_item_drawn && g.NavId != 0);
        if (g.NavTabbingDir == 0 && from_focus) {
            g.NavTabbingDir = +1;
            g.NavTabbingCounter = -1;  // counts up to the focused control, then takes the next
        }
        g_pointer_chose = false;
        // Show where the focus lands, and let the pointer not steal it.
        g.NavDisableHighlight = false;
        g.NavDisableMouseHover = true;
    }

    // Enter presses the focused control as Space does (not a text field
    // being edited: Enter is its own there).
    g_enter_taken = false;
    if (enterPressed() && keyboardFocusShown() && g.ActiveId == 0 && !g.IO.KeyCtrl && !g.IO.KeyAlt) {
        g.NavActivateId = g.NavActivateDownId = g.NavActivatePressedId = g.NavId;
        g_enter_taken = true;
    }
}

void endKeyboardFrame() {
    ImGui::PopItemFlag();
    g_focused_item_drawn = GImGui->NavIdIsAlive;
}

bool tabLooksForNextControl() {
    const ImGuiContext& g = *GImGui;
    return g.NavMoveScoringItems && (g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing);
}

bool enterForScreen() { return enterPressed() && !g_enter_taken; }

void focusRing() {
    ImGui::RenderNavHighlight(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), ImGui::GetItemID());
}

}  // namespace ipprimer::ui
