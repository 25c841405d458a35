// The bar above every screen but the projected ones: where to go (home,
// search, glossary, the trainer's and the manager's areas, back to an open
// quiz), how the sync stands, the text size, and who is learning.
#include <imgui.h>

#include <algorithm>

#include "store/store.h"
#include "ui/app.h"
#include "ui/quiz_records.h"
#include "ui/quiz_view.h"
#include "ui/sync_status.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

void App::drawTopBar() {
    float em = ImGui::GetFontSize();
    if (fonts_.bold) ImGui::PushFont(fonts_.bold);
    textColored(colors::kAccent, "IP Primer");
    if (fonts_.bold) ImGui::PopFont();
    if (learner_) {
        ImGui::SameLine(0, em * 1.5f);
        if (button(screen_ == Screen::Home ? "Home##top" : "\xE2\x86\x90 Home##top")) navigate(Screen::Home);
        recordItem("Home");
    }
    ImGui::SameLine();
    if (button("Search")) navigate(Screen::Search);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Search the lessons (Ctrl+F)");
    ImGui::SameLine();
    if (button("Glossary")) navigate(Screen::Glossary);
    drawAreaButtons();
    drawBackToQuiz();
    // The text size and the profile sit at the right end; in a window too
    // narrow for both groups they take a line of their own, never overlap.
    std::string who;
    if (learner_)
        if (auto l = store_.roster().find(*learner_)) who = l->name;
    const ImGuiStyle& style = ImGui::GetStyle();
    auto buttonWidth = [&](const std::string& text) { return ImGui::CalcTextSize(text.c_str()).x + style.FramePadding.x * 2; };
    const SyncStatusLine sync = sync_state_ ? syncStatusLine(sync_state_(), store_.now()) : SyncStatusLine{};
    const float sync_width = sync.text.empty() ? 0.0f : ImGui::CalcTextSize(sync.text.c_str()).x + em;
    const float group_width = buttonWidth("Theme") + style.ItemSpacing.x + buttonWidth("A-") + style.ItemSpacing.x +
                              buttonWidth("A+") + (who.empty() ? 0.0f : style.ItemSpacing.x + buttonWidth(who));
    // The sync's state goes before the group, or under it when both do not fit.
    const bool sync_below = sync_width + group_width > ImGui::GetContentRegionAvail().x;
    auto drawSync = [&] {
        // Text, not a button: it informs and asks for nothing; the tooltip says what to do.
        ImGui::AlignTextToFramePadding();
        textColored(sync.warning ? colors::kWarn : colors::kMuted, sync.text.c_str());
        recordItem("Sync status");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", sync.tooltip.c_str());
    };
    sameLineAtRight(group_width + (sync_below ? 0.0f : sync_width));
    if (!sync.text.empty() && !sync_below) {
        drawSync();
        ImGui::SameLine(0, em);
    }
    drawThemeMenu();
    ImGui::SameLine();
    if (button("A-")) changeTextScale(-1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Smaller text (Ctrl+minus)");
    ImGui::SameLine();
    if (button("A+")) changeTextScale(+1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Larger text (Ctrl+plus)");
    if (!who.empty()) {
        ImGui::SameLine();
        if (button((who + "##profile").c_str())) navigate(Screen::Profiles);
        recordItem("Profile");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Change profile");
    }
    if (!sync.text.empty() && sync_below) {
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - sync_width + em));
        drawSync();
    }
    ImGui::Separator();
}

void App::drawAreaButtons() {
    ImGui::SameLine();
    const bool training = screen_ == Screen::Trainer;
    if (training ? primaryButton("Trainer") : button("Trainer")) navigate(Screen::Trainer);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Run a workshop: present lessons, a group quiz, attendance (PIN)");
    ImGui::SameLine();
    const bool managing = screenRow(screen_).area == Area::Manager;
    if (managing ? primaryButton("Manager") : button("Manager")) navigate(Screen::Manager);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Who has completed what, who is overdue, reports (PIN)");
}

void App::drawThemeMenu() {
    if (button("Theme")) ImGui::OpenPopup("theme-menu");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Light, dark or high contrast");
    if (!ImGui::BeginPopup("theme-menu")) return;
    for (const ThemeChoice& choice : themeChoices()) {
        if (ImGui::Selectable(choice.name, choice.id == theme_)) chooseTheme(choice.id);
        recordItem(std::string("theme:") + choice.key);
    }
    ImGui::EndPopup();
}

void App::drawBackToQuiz() {
    const QuizView& quiz = view<QuizView>();
    if (screen_ == Screen::Quiz || !quiz.active()) return;
    ImGui::SameLine();
    if (primaryButton("Back to the quiz")) navigate(Screen::Quiz);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s: question %d of %d", quizTitle(course_, quiz.plan().quiz_id).c_str(),
                                                  quiz.page() + 1, quiz.questionCount());
}

}  // namespace ipprimer::ui
