// The group quiz on the trainer's console: the list of questions to choose
// from, the question on screen with the hands counted per option (and the
// right answer marked for the trainer from the start), and the summary; the
// projector meanwhile shows the room only what it should see.
#include "ui/group_quiz_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

void GroupQuizView::drawConsole(App& app) {
    handleKeys(app);
    if (app.screen() != Screen::GroupQuiz) return;
    // The summary and the list in the regular faces: the console is read from a chair.
    const FontSet projected = big_;
    big_ = app.fonts();
    switch (page_) {
    case Page::Choose: drawChoose(app); break;
    case Page::Question:
        if (current_)
            drawConsoleQuestion(app);
        else
            drawChoose(app);
        break;
    case Page::Summary: drawSummary(app); break;
    }
    big_ = projected;
    console_view_.clicked_link.clear();
}

void GroupQuizView::drawRoomWaiting(App& app) {
    drawHeader(app, "Group quiz");
    gap(3.0f);
    heading(big_.heading1, "A question for the room");
    const std::string next = asked_.empty() ? "The first question comes in a moment."
                                            : std::to_string(asked_.size()) + (asked_.size() == 1 ? " question" : " questions") +
                                                  " asked so far; the next one comes in a moment.";
    if (big_.body) ImGui::PushFont(big_.body);
    textMuted("%s", next.c_str());
    if (big_.body) ImGui::PopFont();
    recordItem("Room waiting");
}

void GroupQuizView::drawConsoleQuestion(App& app) {
    const quiz::Question& question = *current_;
    Entry& e = entry(question);
    const Shown& s = shown(question);
    drawHeader(app, (askedTitle(question) + " \xC2\xB7 " + titleOf(question)).c_str());
    const ImGuiStyle& style = ImGui::GetStyle();
    const float footer = ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y * 2;
    ImGui::BeginChild("console question", ImVec2(0, std::max(ImGui::GetContentRegionAvail().y - footer, 50.0f)), false);
    MarkdownStyle regular;
    regular.fonts = &app.fonts();
    regular.images = app.images();
    console_view_.setStyle(regular);
    const float width = ImGui::GetContentRegionAvail().x;
    console_view_.draw(s.text.blocks, 0, s.text.blocks.size(), width);
    textMuted("%s %s", hintOf(question), e.revealed ? "The answer is on the screen." : "Space reveals the answer.");
    gap(0.3f);
    if (quiz::hasRoomOptions(question)) {
        int hands = 0;
        for (int count : e.room.counts) hands += count;
        for (std::size_t i = 0; i < s.options.size(); ++i) {
            drawCountControls(app, question, i);
            ImGui::SameLine();
            // The trainer knows the right answer before the room does.
            const std::string mark = s.options[i].right ? "\xE2\x9C\x93 " : "    ";
            textColored(s.options[i].right ? colors::kDone : colors::kText, (mark + quiz::optionLetter(i) + ".").c_str());
            ImGui::SameLine();
            const float share = hands > 0 ? static_cast<float>(e.room.counts[i]) / static_cast<float>(hands) : 0.0f;
            char tally[32];
            std::snprintf(tally, sizeof tally, "%d%%", static_cast<int>(share * 100 + 0.5f));
            const float tally_w = ImGui::CalcTextSize("100%").x + style.ItemSpacing.x;
            ImGui::BeginGroup();
            console_view_.draw(s.option_text[i].blocks, 0, s.option_text[i].blocks.size(),
                               std::max(ImGui::GetContentRegionAvail().x - tally_w, width * 0.3f));
            ImGui::EndGroup();
            ImGui::SameLine();
            textMuted("%s", tally);
            recordItem("tally:" + quiz::optionLetter(i));
        }
        textMuted("%d hands counted.", hands);
    } else if (question.type == quiz::QuestionType::Matching) {
        drawMatching(app, question, width, true);
    } else {
        drawTypedAnswer(app, question, width, true);
    }
    ImGui::EndChild();
    drawQuestionButtons(app);
}

}  // namespace ipprimer::ui
