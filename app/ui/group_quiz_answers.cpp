// The group quiz's answers: the options as the room sees them with the hands
// counted (and the trainer's controls to count them where the trainer works),
// the answer the room called out, and the items the room matched.
#include "ui/group_quiz_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

using quiz::QuestionType;

std::string numberText(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

}  // namespace

bool GroupQuizView::drawCountControls(App& app, const quiz::Question& question, std::size_t i) {
    Entry& e = entry(question);
    const std::string name = quiz::optionLetter(i);
    const bool single = question.type != QuestionType::MultipleAnswer;
    bool changed = false;
    ImGui::PushID(static_cast<int>(i));
    ImGui::BeginGroup();
    if (button("-##less")) {
        e.room.counts[i] = std::max(0, e.room.counts[i] - 1);
        changed = true;
    }
    recordItem("less:" + name);
    ImGui::SameLine(0, 2);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 2.8f);
    if (ImGui::InputInt("##count", &e.room.counts[i], 0, 0)) {
        e.room.counts[i] = std::clamp(e.room.counts[i], 0, 9999);
        changed = true;
    }
    recordItem("count:" + name);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Hands raised for %s", name.c_str());
    ImGui::SameLine(0, 2);
    if (button("+##more")) {
        e.room.counts[i] = std::min(9999, e.room.counts[i] + 1);
        changed = true;
    }
    recordItem("more:" + name);
    ImGui::SameLine();
    bool picked = e.room.chosen[i];
    if (single ? ImGui::RadioButton("##room", picked) : ImGui::Checkbox("##room", &picked)) {
        if (single) {
            bool now = !e.room.chosen[i];
            std::fill(e.room.chosen.begin(), e.room.chosen.end(), 0);
            e.room.chosen[i] = now;
        } else {
            e.room.chosen[i] = picked;
        }
        changed = true;
    }
    recordItem("room:" + name);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The room's answer");
    ImGui::EndGroup();
    ImGui::PopID();
    if (changed && e.revealed) record(app);
    return changed;
}

void GroupQuizView::drawOptions(App& app, const quiz::Question& question, float width, bool with_controls) {
    Entry& e = entry(question);
    const Shown& s = shown(question);
    const FontSet& fonts = app.fonts();
    const float scale = fit_.scale();
    int hands = 0;
    for (int count : e.room.counts) hands += count;
    if (with_controls) {
        ImGui::SetWindowFontScale(1.0f);
        if (fonts.body) ImGui::PushFont(fonts.body);
        textMuted("Count the hands for each answer (- and +, or type the number), or tick the answer the room agreed on. "
                  "%d hands so far.", hands);
        if (fonts.body) ImGui::PopFont();
        ImGui::SetWindowFontScale(scale);
    }
    for (std::size_t i = 0; i < s.options.size(); ++i) {
        const quiz::RoomOption& option = s.options[i];
        ImGui::PushID(static_cast<int>(i));
        std::string name = quiz::optionLetter(i);
        float row_top = ImGui::GetCursorPosY();
        float controls = 0;
        if (with_controls) {
            // The trainer's controls at the regular size, beside the option: hands counted, the room's answer.
            ImGui::SetWindowFontScale(1.0f);
            if (fonts.body) ImGui::PushFont(fonts.body);
            ImGui::SetCursorPosY(row_top + std::max(0.0f, big_.presenter_size * scale * 1.3f - ImGui::GetFrameHeight()) * 0.5f);
            drawCountControls(app, question, i);
            controls = ImGui::GetItemRectSize().x + ImGui::GetStyle().ItemSpacing.x * 2;
            if (fonts.body) ImGui::PopFont();
            ImGui::SetWindowFontScale(scale);
            ImGui::SameLine();
            ImGui::SetCursorPosY(row_top);
        }

        // The option as the room sees it.
        ImGui::BeginGroup();
        bool show_right = e.revealed && option.right;
        std::string mark = e.revealed ? (option.right ? "\xE2\x9C\x93 " : "\xE2\x9C\x97 ") : "";
        ImU32 color = show_right ? colors::kDone : (e.revealed ? colors::kMuted : colors::kText);
        if (big_.bold) ImGui::PushFont(big_.bold);
        textColored(color, (mark + name + ".").c_str());
        if (big_.bold) ImGui::PopFont();
        ImGui::SameLine();
        float text_w = std::max(width - controls - ImGui::CalcTextSize((mark + name + ". ").c_str()).x, width * 0.3f);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(show_right ? colors::kDone : colors::kText));
        ImGui::BeginGroup();
        view_.draw(s.option_text[i].blocks, 0, s.option_text[i].blocks.size(), text_w);
        ImGui::PopStyleColor();
        {
            // Hands as a bar, so the room sees the split at a glance; drawn
            // from the start, so counting does not move the rows under the pointer.
            float share = hands > 0 ? static_cast<float>(e.room.counts[i]) / static_cast<float>(hands) : 0.0f;
            char label[48];
            std::snprintf(label, sizeof label, "%d (%d%%)", e.room.counts[i], static_cast<int>(share * 100 + 0.5f));
            ImVec2 pos = ImGui::GetCursorScreenPos();
            float bar_h = ImGui::GetFontSize() * 0.45f;
            float bar_w = text_w * 0.6f;
            ImDrawList* draw = ImGui::GetWindowDrawList();
            draw->AddRectFilled(pos, ImVec2(pos.x + bar_w, pos.y + bar_h), colors::kRule, 3);
            if (share > 0)
                draw->AddRectFilled(pos, ImVec2(pos.x + bar_w * share, pos.y + bar_h), show_right ? colors::kDone : colors::kAccent, 3);
            ImGui::Dummy(ImVec2(bar_w, bar_h));
            ImGui::SameLine();
            // The count at the regular size however small the options were drawn.
            ImGui::SetWindowFontScale(1.0f);
            if (fonts.body) ImGui::PushFont(fonts.body);
            textMuted("%s%s", label, e.room.chosen[i] ? "  \xC2\xB7 the room's answer" : "");
            if (fonts.body) ImGui::PopFont();
            ImGui::SetWindowFontScale(scale);
        }
        if (e.revealed && !s.option_feedback[i].blocks.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kMuted));
            view_.draw(s.option_feedback[i].blocks, 0, s.option_feedback[i].blocks.size(), text_w);
            ImGui::PopStyleColor();
        }
        ImGui::EndGroup();
        ImGui::EndGroup();
        gap(0.15f);
        ImGui::PopID();
    }
}

void GroupQuizView::drawTypedAnswer(App& app, const quiz::Question& question, float width, bool with_controls) {
    Entry& e = entry(question);
    const FontSet& fonts = app.fonts();
    if (fonts.body) ImGui::PushFont(fonts.body);
    ImGui::TextUnformatted(question.type == QuestionType::Numerical ? "The room's number:" : "The room's answer:");
    ImGui::SameLine();
    bool changed = false;
    if (with_controls) {
        ImGui::SetNextItemWidth(std::min(width * 0.6f, ImGui::GetFontSize() * 24));
        changed = ImGui::InputText("##room answer", &e.room.text);
        recordItem("Room's answer");
    } else {
        ImGui::TextUnformatted(e.room.text.empty() ? "\xE2\x80\xA6" : e.room.text.c_str());  // as the trainer types it
    }
    if (fonts.body) ImGui::PopFont();
    if (changed && e.revealed) record(app);
    if (!e.revealed) return;

    gap(0.3f);
    const Shown& s = shown(question);
    const auto room = quiz::roomAnswer(question, s.options, s.matches, e.room);
    if (room) {
        const bool right = room->score.correct;
        textColored(right ? colors::kDone : colors::kError,
                    ((right ? "\xE2\x9C\x93 Right: " : "\xE2\x9C\x97 Not quite: ") + e.room.text).c_str());
    }
    std::string accepted;
    if (question.type == QuestionType::Numerical) {
        for (const auto& n : question.numeric) {
            if (n.fraction <= 0) continue;
            std::string one = n.is_range ? numberText(n.min) + " to " + numberText(n.max)
                                         : numberText(n.value) + (n.tolerance != 0 ? " \xC2\xB1 " + numberText(n.tolerance) : "");
            accepted += (accepted.empty() ? "" : ", ") + one;
        }
    } else {
        for (const auto& a : question.answers)
            if (a.fraction > 0) accepted += (accepted.empty() ? "" : ", ") + a.text;
    }
    textColored(colors::kDone, ("Accepted: " + accepted).c_str());
    // Feedback for a typed answer: the one the room's answer earns, if any.
    if (room) {
        const std::vector<std::string>& feedback = room->score.feedback;
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kMuted));
        for (std::size_t i = 0; i + (question.general_feedback.empty() ? 0 : 1) < feedback.size(); ++i)
            textWrapped(feedback[i]);
        ImGui::PopStyleColor();
    }
}

void GroupQuizView::drawMatching(App& app, const quiz::Question& question, float width, bool with_controls) {
    Entry& e = entry(question);
    const Shown& s = shown(question);
    const FontSet& fonts = app.fonts();
    bool changed = false;
    for (std::size_t i = 0; i < question.pairs.size(); ++i) {
        const auto& pair = question.pairs[i];
        if (pair.item.empty()) continue;  // a distractor: a match with no item
        ImGui::PushID(static_cast<int>(i));
        bool right = e.room.matched[i] >= 0 && s.matches[static_cast<std::size_t>(e.room.matched[i])] == pair.match;
        std::string mark = e.revealed && e.room.matched[i] >= 0 ? (right ? "\xE2\x9C\x93 " : "\xE2\x9C\x97 ") : "";
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width * 0.55f);
        textColored(e.revealed && right ? colors::kDone : colors::kText, (mark + pair.item).c_str());
        ImGui::PopTextWrapPos();
        ImGui::SameLine(width * 0.58f);
        if (fonts.body) ImGui::PushFont(fonts.body);
        ImGui::SetNextItemWidth(width * 0.4f);
        const char* preview = e.room.matched[i] >= 0 ? s.matches[static_cast<std::size_t>(e.room.matched[i])].c_str() : "the room says...";
        if (!with_controls) {
            ImGui::TextUnformatted(preview);  // the room sees what the trainer chose on the console
        } else if (ImGui::BeginCombo("##match", preview)) {
            for (std::size_t m = 0; m < s.matches.size(); ++m) {
                if (ImGui::Selectable(s.matches[m].c_str(), e.room.matched[i] == static_cast<int>(m))) {
                    e.room.matched[i] = static_cast<int>(m);
                    changed = true;
                }
                recordItem("choice:" + s.matches[m]);
            }
            ImGui::EndCombo();
        }
        recordItem("match:" + std::to_string(i));
        if (fonts.body) ImGui::PopFont();
        if (e.revealed) {
            ImGui::Indent(ImGui::GetFontSize());
            textColored(colors::kDone, ("\xE2\x86\x92 " + pair.match).c_str());
            ImGui::Unindent(ImGui::GetFontSize());
        }
        ImGui::PopID();
    }
    if (changed && e.revealed) record(app);
}

}  // namespace ipprimer::ui
