// Columns and bars drawn with ImGui's draw list; each chart records its area
// so the tests and the screenshots find it.
#include "ui/dashboard_charts.h"

#include <imgui.h>

#include <algorithm>

#include "ui/manager_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

constexpr std::size_t kMostBars = 6;

ImU32 shareColour(double share) { return share >= 0.8 ? colors::kDone : share >= 0.5 ? colors::kWarn : colors::kError; }

const char* monthName(Date day) {
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return kMonths[std::stoi(formatDate(day).substr(5, 2)) - 1];
}

void title(const char* text) {
    ImGui::TextUnformatted(text);
}

void trendChart(const std::vector<store::MonthFigure>& trend, float width, float height) {
    title("Compliant, last twelve months");
    const float em = ImGui::GetFontSize();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    recordRect("Compliance trend", at, ImVec2(at.x + width, at.y + height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float axis = ImGui::CalcTextSize("100%").x + em * 0.6f, label = em * 1.3f;
    const float plot_x = at.x + axis, plot_width = width - axis, plot_height = height - label - em * 0.8f;
    const float base = at.y + em * 0.8f + plot_height;
    for (int level : {0, 50, 100}) {
        const float y = base - plot_height * static_cast<float>(level) / 100.0f;
        draw->AddLine(ImVec2(plot_x, y), ImVec2(plot_x + plot_width, y), colors::kRule);
        const std::string text = std::to_string(level) + "%";
        draw->AddText(ImVec2(plot_x - ImGui::CalcTextSize(text.c_str()).x - em * 0.3f, y - em * 0.5f), colors::kMuted, text.c_str());
    }
    if (trend.empty()) return;
    const float slot = plot_width / static_cast<float>(trend.size());
    for (std::size_t i = 0; i < trend.size(); ++i) {
        const store::MonthFigure& month = trend[i];
        const float x = plot_x + slot * static_cast<float>(i) + slot * 0.2f;
        const float top = base - plot_height * static_cast<float>(month.share());
        const bool now = i + 1 == trend.size();
        draw->AddRectFilled(ImVec2(x, top), ImVec2(x + slot * 0.6f, base), now ? colors::kAccent : colors::kLink, em * 0.15f);
        const char* name = now ? "now" : monthName(month.on);
        const float name_width = ImGui::CalcTextSize(name).x;
        if (name_width < slot * 1.1f || now || i % 2 == 1)
            draw->AddText(ImVec2(x + slot * 0.3f - name_width / 2, base + em * 0.2f), colors::kMuted, name);
        if (ImGui::IsMouseHoveringRect(ImVec2(x, at.y), ImVec2(x + slot * 0.6f, base)))
            ImGui::SetTooltip("%s: %s of %s compliant", formatDate(month.on).c_str(), percent(month.share()).c_str(),
                              thousands(month.learners).c_str());
    }
}

void barChart(const char* heading, const char* record_as, std::vector<store::GroupFigure> groups, float width) {
    title(heading);
    const float em = ImGui::GetFontSize();
    if (groups.size() > kMostBars) {
        store::GroupFigure others{"others", 0, 0};
        for (std::size_t i = kMostBars - 1; i < groups.size(); ++i)
            others.learners += groups[i].learners, others.compliant += groups[i].compliant;
        groups.resize(kMostBars - 1);
        groups.push_back(others);
    }
    const float row = em * 1.35f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float height = row * static_cast<float>(std::max<std::size_t>(groups.size(), 1));
    ImGui::Dummy(ImVec2(width, height));
    recordRect(record_as, at, ImVec2(at.x + width, at.y + height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float label_width = width * 0.38f, number_width = em * 6.5f;
    const float bar_x = at.x + label_width, bar_width = std::max(em, width - label_width - number_width);
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const store::GroupFigure& group = groups[i];
        const float y = at.y + row * static_cast<float>(i);
        std::string name = group.key.empty() ? "(none)" : group.key;
        while (name.size() > 3 && ImGui::CalcTextSize(name.c_str()).x > label_width - em * 0.5f) name = name.substr(0, name.size() - 4) + "\xE2\x80\xA6";
        draw->AddText(ImVec2(at.x, y), colors::kText, name.c_str());
        draw->AddRectFilled(ImVec2(bar_x, y + em * 0.2f), ImVec2(bar_x + bar_width, y + em * 0.95f), colors::kPanel, em * 0.15f);
        draw->AddRectFilled(ImVec2(bar_x, y + em * 0.2f), ImVec2(bar_x + bar_width * static_cast<float>(group.share()), y + em * 0.95f),
                            shareColour(group.share()), em * 0.15f);
        const std::string figure = percent(group.share()) + " of " + thousands(group.learners);
        draw->AddText(ImVec2(bar_x + bar_width + em * 0.4f, y), colors::kMuted, figure.c_str());
    }
}

}  // namespace

void drawDashboardCharts(const DashboardCharts& charts) {
    const float em = ImGui::GetFontSize();
    const float spacing = em * 1.5f;
    const float available = ImGui::GetContentRegionAvail().x;
    const bool side_by_side = available > em * 50;
    const float width = side_by_side ? (available - 2 * spacing) / 3 : available;
    ImGui::BeginGroup();
    trendChart(charts.trend, width, em * 7.5f);
    ImGui::EndGroup();
    if (side_by_side) ImGui::SameLine(0, spacing);
    ImGui::BeginGroup();
    barChart("Compliant by department", "Compliance by department", charts.departments, width);
    ImGui::EndGroup();
    if (side_by_side) ImGui::SameLine(0, spacing);
    ImGui::BeginGroup();
    barChart("Compliant by role", "Compliance by role", charts.roles, width);
    ImGui::EndGroup();
}

}  // namespace ipprimer::ui
