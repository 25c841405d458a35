// The group quiz's question page: the question on the projector, the hands
// counted per option (or the room's answer typed or matched), and once
// revealed the right answer with its feedback.
#include "ui/group_quiz_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

using quiz::QuestionType;

const char* GroupQuizView::hintOf(const quiz::Question& question) {
    switch (question.type) {
    case QuestionType::MultipleAnswer: return "Hands up for every answer you think is right.";
    case QuestionType::TrueFalse: return "True or false? Hands up.";
    case QuestionType::MultipleChoice: return "One answer: hands up.";
    case QuestionType::ShortAnswer: return "Call out the answer.";
    case QuestionType::Numerical: return "Call out a number.";
    case QuestionType::Matching: return "Match each item on the left.";
    default: return "";
    }
}

void GroupQuizView::drawQuestion(App& app) {
    const quiz::Question& question = *current_;
    Entry& e = entry(question);
    drawHeader(app, askedTitle(question).c_str());
    // With a console, the room sees the question alone: the controls are there.
    const bool controls = app.controlsHere();
    const ImGuiStyle& style = ImGui::GetStyle();
    float footer = controls ? ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y * 2 : 0.0f;
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = std::max(ImGui::GetContentRegionAvail().y - footer, 50.0f);
    fit_.show(mixKey(mixKey(mixKey(mixKey(std::hash<std::string>{}(question.id), static_cast<std::size_t>(e.revealed)), width),
                            height), big_.presenter_size));
    // Options that do not fit even at their smallest scroll, with a line below saying so.
    const float band = fit_.overflowing() ? ImGui::GetFrameHeightWithSpacing() : 0.0f;
    ImGui::BeginChild("on screen", ImVec2(0, height - band), false, ImGuiWindowFlags_NoNav);
    if (scroll_to_top_) {
        ImGui::SetScrollY(0);
        scroll_to_top_ = false;
    }
    if (big_.body) ImGui::PushFont(big_.body);
    float em = ImGui::GetFontSize();
    const float measure = beginCenteredColumn(em * 38, em);
    // The question, its answers and their feedback shrink together to fit.
    ImGui::SetWindowFontScale(fit_.scale());
    const float fitted_top = ImGui::GetCursorPosY();
    const ImVec2 fitted_corner = ImGui::GetCursorScreenPos();
    textMuted("%s", titleOf(question).c_str());
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + measure);
    view_.draw(shown(question).text.blocks, 0, shown(question).text.blocks.size(), measure);
    ImGui::PopTextWrapPos();
    textMuted("%s", hintOf(question));
    gap(0.3f);
    if (quiz::hasRoomOptions(question))
        drawOptions(app, question, measure, controls);
    else if (question.type == QuestionType::Matching)
        drawMatching(app, question, measure, controls);
    else
        drawTypedAnswer(app, question, measure, controls);
    const Shown& s = shown(question);
    if (e.revealed && !s.general_feedback.blocks.empty()) {
        gap(0.3f);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
        view_.draw(s.general_feedback.blocks, 0, s.general_feedback.blocks.size(), measure);
        ImGui::PopStyleColor();
    }
    const float fitted_bottom = ImGui::GetCursorPosY();
    recordRect("Question on screen", fitted_corner, ImVec2(fitted_corner.x + measure, ImGui::GetCursorScreenPos().y));
    ImGui::SetWindowFontScale(1.0f);
    gap(0.5f);
    ImGui::EndGroup();
    fit_.measured(fitted_bottom - fitted_top, height - fitted_top - em * 0.5f);
    const bool more_below = ImGui::GetScrollY() < ImGui::GetScrollMaxY() - 1;
    if (big_.body) ImGui::PopFont();
    ImGui::EndChild();
    recordItem("On screen");
    if (band > 0) {
        const char* more = more_below ? "\xE2\x96\xBC more below: scroll down" : "";
        if (app.fonts().bold) ImGui::PushFont(app.fonts().bold);
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, width - ImGui::CalcTextSize(more).x - em));
        textColored(colors::kAccent, more);
        recordItem("More below");
        if (app.fonts().bold) ImGui::PopFont();
    }
    if (controls) drawQuestionButtons(app);
}

void GroupQuizView::drawQuestionButtons(App& app) {
    const Entry& e = entry(*current_);
    ImGui::Separator();
    if (button("\xE2\x86\x90 Questions")) page_ = Page::Choose;
    ImGui::SameLine();
    if (!e.revealed) {
        if (primaryButton("Reveal the answer (Space)")) reveal(app);
    } else {
        if (primaryButton("Next question \xE2\x86\x92")) nextQuestion(app);
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(asked_.empty());
    if (button("Summary")) page_ = Page::Summary;
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (button("Back to the slides")) app.navigate(Screen::Presenter);
    if (!app.statusMessage().empty()) {
        ImGui::SameLine();
        textColored(colors::kError, app.statusMessage().c_str());
    }
}

}  // namespace ipprimer::ui
