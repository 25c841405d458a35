// A matching question: each item beside a chooser that shows the chosen match
// whole (wrapped, never cut), a list of matches as wide as the chooser, and
// rows left blank named before the answer is submitted.
#include <imgui.h>
#include <imgui_internal.h>  // RenderArrow

#include <algorithm>
#include <cfloat>

#include "base/wording.h"
#include "ui/keyboard.h"
#include "ui/question_panel.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

constexpr const char* kRight = "\xE2\x9C\x93";
constexpr const char* kWrong = "\xE2\x9C\x97";

}  // namespace

std::vector<int> QuestionPanel::blankRows() const {
    std::vector<int> rows;
    if (!shown_ || shown_->question->type != quiz::QuestionType::Matching) return rows;
    const quiz::Question& q = *shown_->question;
    int number = 0;
    for (std::size_t i = 0; i < q.pairs.size(); ++i) {
        if (q.pairs[i].item.empty()) continue;  // a match with no item: a distractor
        ++number;
        if (i >= response_.matched.size() || response_.matched[i] < 0) rows.push_back(number);
    }
    return rows;
}

bool QuestionPanel::mayBeSubmitted() {
    if (blankRows().empty() || blanks_confirmed_) return true;
    asking_about_blanks_ = true;
    return false;
}

bool QuestionPanel::drawBlankQuestion(float width) {
    if (!asking_about_blanks_ || outcome_) return false;
    const std::vector<int> blank = blankRows();
    if (blank.empty()) {  // filled in since: nothing to ask
        asking_about_blanks_ = false;
        return false;
    }
    std::vector<std::string> numbers;
    for (int row : blank) numbers.push_back(std::to_string(row));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    textColored(colors::kWarn, ((blank.size() == 1 ? "Row " : "Rows ") + listText(numbers) + " " +
                                (blank.size() == 1 ? "has" : "have") + " no match yet, and would count as wrong.")
                                   .c_str());
    ImGui::PopTextWrapPos();
    bool confirmed = false;
    if (primaryButton("Submit with blank rows")) {
        blanks_confirmed_ = true;
        asking_about_blanks_ = false;
        confirmed = true;
    }
    ImGui::SameLine();
    if (button("Keep answering")) asking_about_blanks_ = false;
    return confirmed;
}

void QuestionPanel::drawMatching(App&, float width, bool locked) {
    const quiz::Question& q = *shown_->question;
    const float em = ImGui::GetFontSize();
    if (!ImGui::BeginTable("matching", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX,
                           ImVec2(width, 0)))
        return;
    ImGui::TableSetupColumn("item", ImGuiTableColumnFlags_WidthStretch, 0.45f);
    ImGui::TableSetupColumn("match", ImGuiTableColumnFlags_WidthStretch, 0.55f);
    int number = 0;
    for (std::size_t i = 0; i < q.pairs.size(); ++i) {
        if (q.pairs[i].item.empty()) continue;
        ++number;
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushID(static_cast<int>(i));
        // Level with the text in the chooser beside it (a Markdown line has
        // (1.45 - 1) / 2 of a line's height above its letters).
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::max(0.0f, ImGui::GetStyle().FramePadding.y - em * 0.225f));
        drawDocument(items_[i], ImGui::GetContentRegionAvail().x);
        ImGui::TableSetColumnIndex(1);
        const float mark = outcome_ ? em * 1.4f : 0.0f;
        drawMatchChooser(i, number, ImGui::GetContentRegionAvail().x - mark, locked);
        const int chosen = response_.matched[i];
        if (outcome_ && chosen >= 0) {
            ImGui::SameLine();
            const bool right = q.pairs[static_cast<std::size_t>(chosen)].match == q.pairs[i].match;
            textColored(right ? colors::kDone : colors::kError, right ? kRight : kWrong);
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
    const std::vector<int> blank = blankRows();
    if (!locked && !outcome_ && !blank.empty() && blank.size() < static_cast<std::size_t>(number)) {
        std::vector<std::string> numbers;
        for (int row : blank) numbers.push_back(std::to_string(row));
        textMuted("No match chosen yet for %s %s.", blank.size() == 1 ? "row" : "rows", listText(numbers).c_str());
    }
}

void QuestionPanel::drawMatchChooser(std::size_t pair, int number, float width, bool locked) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    const int chosen = response_.matched[pair];
    const std::string text = chosen >= 0 ? match_labels_[static_cast<std::size_t>(chosen)] : "Choose a match\xE2\x80\xA6";
    const float arrow = em * 1.3f;
    const float wrap = std::max(em, width - style.FramePadding.x * 2 - arrow);
    const ImVec2 text_size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size(std::max(width, em * 4), text_size.y + style.FramePadding.y * 2);

    ImGui::BeginDisabled(locked);
    const bool pressed = ImGui::InvisibleButton("match", size);
    focusRing();
    const bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
    ImGui::EndDisabled();
    recordItem("match:" + std::to_string(number));
    if (hovered && !locked) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

    // Drawn as a drop-down is, with the whole of the chosen text.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + size.x, pos.y + size.y);
    const ImGuiCol fill = held ? ImGuiCol_FrameBgActive : hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg;
    draw->AddRectFilled(pos, end, ImGui::GetColorU32(fill), style.FrameRounding);
    if (style.FrameBorderSize > 0) draw->AddRect(pos, end, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding);
    const ImU32 ink = ImGui::GetColorU32(chosen >= 0 && !locked ? ImGuiCol_Text : ImGuiCol_TextDisabled);
    draw->AddText(ImGui::GetFont(), em, ImVec2(pos.x + style.FramePadding.x, pos.y + style.FramePadding.y), ink,
                  text.c_str(), nullptr, wrap);
    if (!locked)
        ImGui::RenderArrow(draw, ImVec2(end.x - arrow + (arrow - em) * 0.5f, pos.y + style.FramePadding.y),
                           ImGui::GetColorU32(ImGuiCol_Text), ImGuiDir_Down, 0.9f);

    // The list of matches, as wide as the chooser, each one whole.
    if (pressed && !locked) ImGui::OpenPopup("matches");
    ImGui::SetNextWindowPos(ImVec2(pos.x, end.y));
    ImGui::SetNextWindowSizeConstraints(ImVec2(size.x, 0), ImVec2(size.x, FLT_MAX));
    if (!ImGui::BeginPopup("matches")) return;
    const float inner = size.x - ImGui::GetStyle().WindowPadding.x * 2;
    for (int choice : shown_->match_choices) {
        const std::string& label = match_labels_[static_cast<std::size_t>(choice)];
        ImGui::PushID(choice);
        if (wrappedSelectable(label, chosen == choice, inner, label)) {
            response_.matched[pair] = choice;
            ImGui::CloseCurrentPopup();
        }
        if (chosen == choice && ImGui::IsWindowAppearing()) ImGui::SetItemDefaultFocus();
        ImGui::PopID();
    }
    ImGui::EndPopup();
}

}  // namespace ipprimer::ui
