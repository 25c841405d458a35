// The topics table: one row per tag, worst first; a column per role.
#include "ui/topics_view.h"

#include <imgui.h>

#include <algorithm>
#include <set>

#include "progress/curriculum.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/manager_text.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

// Below this many first answers a share says little; it is shown greyed.
constexpr int kFewAnswers = 10;

std::string topicTitle(const course::Course& course, const std::string& tag) {
    if (const course::Lesson* lesson = course.lesson(tag)) return lesson->title();
    if (tag == "scenario") return "Scenario questions (applying IP at work)";
    return tag;
}

void shareCell(const store::TopicCount& count) {
    if (count.answered == 0) return;
    const double share = count.wrongShare();
    const ImU32 color = count.answered < kFewAnswers ? colors::kMuted
                        : share >= 0.4                ? colors::kError
                        : share >= 0.2                ? colors::kWarn
                                                      : colors::kDone;
    textColored(color, percent(share).c_str());
    ImGui::SameLine(0, ImGui::GetFontSize() * 0.3f);
    textMuted("of %s", thousands(count.answered).c_str());
}

}  // namespace

bool TopicsView::open(App& app) {
    rows_.clear();
    roles_.clear();
    try {
        rows_ = store::topicMisses(app.store().reports().firstAnswerCounts(), progress::questionTags(app.course()));
    } catch (const std::exception& error) {
        app.setStatus(std::string("The answers could not be read: ") + error.what());
    }
    std::set<std::string> with_answers;
    for (const store::TopicRow& row : rows_)
        for (const auto& [role, count] : row.by_role)
            if (count.answered > 0) with_answers.insert(role);
    for (const course::Role& role : app.course().roles)
        if (with_answers.count(role.id)) roles_.push_back(role.id);
    return true;
}

void TopicsView::drawContent(App& app) {
    if (button("\xE2\x86\x90 Team") || escapePressed()) {
        app.navigate(Screen::Manager);
        return;
    }
    recordItem("Back to the team");
    heading(app.fonts().heading2, "Topics the team gets wrong");
    textMuted("For each topic of the quiz banks: how many of the team's first answers to its questions were wrong "
              "(anything short of full marks), worst first. Greyed: fewer than %d answers.",
              kFewAnswers);
    gap(0.3f);
    if (rows_.empty()) {
        textWrapped("No one has answered a quiz question yet.");
        return;
    }
    const course::Course& course = app.course();
    const int columns = 2 + static_cast<int>(roles_.size());
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
    const float em = ImGui::GetFontSize();
    if (!ImGui::BeginTable("topics", columns, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn("Topic", ImGuiTableColumnFlags_WidthFixed, em * 27);
    ImGui::TableSetupColumn("Whole team", ImGuiTableColumnFlags_WidthFixed, em * 7.5f);
    for (const std::string& role_id : roles_) {
        const course::Role* role = course.role(role_id);
        const char* title = role ? role->title.c_str() : role_id.c_str();
        ImGui::TableSetupColumn(title, ImGuiTableColumnFlags_WidthFixed, std::max(em * 7.5f, ImGui::CalcTextSize(title).x + em));
    }
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows_.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const store::TopicRow& row = rows_[static_cast<std::size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const std::string title = topicTitle(course, row.tag);
            cellText(title);
            recordItem("Topic " + row.tag);
            ImGui::TableNextColumn();
            shareCell(row.all);
            for (const std::string& role_id : roles_) {
                ImGui::TableNextColumn();
                auto found = row.by_role.find(role_id);
                if (found != row.by_role.end()) shareCell(found->second);
            }
        }
    }
    ImGui::EndTable();
}

}  // namespace ipprimer::ui
