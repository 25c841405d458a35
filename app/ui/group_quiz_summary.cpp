// The group quiz's summary: the questions asked, the ones the room found
// hard first, with the wrong answer most hands chose and the lesson to revisit.
#include "ui/group_quiz_view.h"

#include <imgui.h>

#include <algorithm>

#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

void GroupQuizView::drawSummary(App& app) {
    drawHeader(app, "Group quiz: what the room found hard");
    if (button("\xE2\x86\x90 Questions")) page_ = Page::Choose;
    ImGui::SameLine();
    if (button("Back to the slides")) app.navigate(Screen::Presenter);
    struct Row {
        const quiz::Question* question;
        store::GroupAnswer answer;
        double share;
    };
    std::vector<Row> rows;
    for (const auto& id : asked_) {
        const store::GroupAnswer& answer = recorded_[id];
        rows.push_back({app.course().question(id), answer, answer.shareRight().value_or(-1)});
    }
    // Hardest first; questions with nothing entered last.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        double sa = a.share < 0 ? 2 : a.share, sb = b.share < 0 ? 2 : b.share;
        return sa < sb;
    });
    ImGui::BeginChild("summary", ImVec2(0, 0), false, ImGuiWindowFlags_NoNav);
    if (big_.body) ImGui::PushFont(big_.body);
    float em = ImGui::GetFontSize();
    const float measure = beginCenteredColumn(em * 38, em);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + measure);
    if (rows.empty()) textMuted("No question was asked yet.");
    int hard = 0;
    for (const auto& row : rows)
        if (row.share >= 0 && row.share < kHardShare) ++hard;
    if (!rows.empty()) {
        heading(big_.heading2, hard == 0 ? "The room got every question right." :
                                   std::to_string(hard) + (hard == 1 ? " question" : " questions") + " the room found hard");
        gap(0.2f);
    }
    for (const auto& row : rows) {
        bool is_hard = row.share >= 0 && row.share < kHardShare;
        std::string share = row.share < 0 ? "nothing entered" : std::to_string(static_cast<int>(row.share * 100 + 0.5)) + "% right";
        if (big_.bold) ImGui::PushFont(big_.bold);
        textColored(is_hard ? colors::kError : colors::kDone,
                    ((is_hard ? "\xE2\x9C\x97 " : "\xE2\x9C\x93 ") + row.answer.title).c_str());
        if (big_.bold) ImGui::PopFont();
        recordItem("summary:" + row.answer.question_id);
        std::string detail = share;
        // The wrong answer most of the room chose: the misconception to talk about.
        const store::GroupOption* popular = nullptr;
        for (const auto& option : row.answer.options)
            if (!option.right && option.count > 0 && (!popular || option.count > popular->count)) popular = &option;
        if (is_hard && popular) detail += " \xC2\xB7 most wrong hands: " + popular->text;
        if (is_hard && !row.answer.room_answer.empty() && row.answer.room_right == false)
            detail += " \xC2\xB7 the room said: " + row.answer.room_answer;
        ImGui::Indent(em);
        textMuted("%s", detail.c_str());
        if (const course::Lesson* lesson = is_hard && row.question ? lessonOf(app, *row.question) : nullptr)
            textColored(colors::kAccent, ("Revisit: " + lesson->title()).c_str());
        ImGui::Unindent(em);
        gap(0.2f);
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    if (big_.body) ImGui::PopFont();
    ImGui::EndChild();
}

}  // namespace ipprimer::ui

