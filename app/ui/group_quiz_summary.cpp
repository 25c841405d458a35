// The group quiz's summary: the questions asked, the ones the room found
// hard first, with the wrong answer most hands chose and the lesson to revisit.
#include "ui/group_quiz_view.h"

#include <imgui.h>

#include <algorithm>

#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

std::string roomShareText(double share) {
    int percent = static_cast<int>(share * 100 + 0.5);
    if (share < 1) percent = std::min(percent, 99);
    if (share > 0) percent = std::max(percent, 1);
    return std::to_string(percent) + "%";
}

std::string shareMark(std::optional<double> share) {
    if (!share) return "\xE2\x80\xA2 ";
    if (*share < kHardShare) return "\xE2\x9C\x97 ";
    return *share >= 1 ? "\xE2\x9C\x93 " : "\xE2\x80\xA2 ";
}

ImU32 shareColor(std::optional<double> share) {
    if (!share) return colors::kMuted;
    if (*share < kHardShare) return colors::kError;
    return *share >= 1 ? colors::kDone : colors::kText;
}

std::string summaryHeadline(const std::vector<std::optional<double>>& shares) {
    int entered = 0, hard = 0, all_right = 0;
    double lowest = 1;
    for (const auto& share : shares) {
        if (!share) continue;
        ++entered;
        hard += *share < kHardShare;
        all_right += *share >= 1;
        lowest = std::min(lowest, *share);
    }
    if (entered == 0) return "Nothing entered yet for the questions asked.";
    if (hard > 0) return std::to_string(hard) + (hard == 1 ? " question" : " questions") + " the room found hard";
    if (all_right == entered && entered < static_cast<int>(shares.size()))
        return "The room got every question it answered right.";
    if (all_right == entered)
        return entered == 1 ? "The room got the question right." : "The room got every question right.";
    if (entered == 1) return "Not a hard question: " + roomShareText(lowest) + " of the room right.";
    return "No question was hard for the room: " + roomShareText(lowest) + " right at the lowest.";
}

void GroupQuizView::drawSummary(App& app) {
    drawHeader(app, "Group quiz: what the room found hard");
    if (app.controlsHere()) {
        if (button("\xE2\x86\x90 Questions")) page_ = Page::Choose;
        ImGui::SameLine();
        if (button("Back to the slides")) app.navigate(Screen::Presenter);
    }
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
    if (!rows.empty()) {
        std::vector<std::optional<double>> shares;
        for (const auto& row : rows) shares.push_back(row.answer.shareRight());
        heading(big_.heading2, summaryHeadline(shares));
        recordItem("Summary headline");
        gap(0.2f);
    }
    for (const auto& row : rows) {
        const std::optional<double> share_right = row.answer.shareRight();
        const bool is_hard = share_right && *share_right < kHardShare;
        std::string share = share_right ? roomShareText(*share_right) + " right" : "nothing entered";
        if (big_.bold) ImGui::PushFont(big_.bold);
        textColored(shareColor(share_right), (shareMark(share_right) + row.answer.title).c_str());
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

