#include "ui/selfcheck_report_view.h"

#include <imgui.h>

#include "export/export_file.h"
#include "store/company_records.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

ImU32 urgencyColour(course::Urgency urgency) {
    switch (urgency) {
        case course::Urgency::Critical: return colors::kError;
        case course::Urgency::High: return colors::kWarn;
        case course::Urgency::Medium: return colors::kAccent;
        case course::Urgency::Low: return colors::kDone;
    }
    return colors::kMuted;
}

}  // namespace

void SelfCheckReportView::areaLocked() {
    now_.reset();
    before_.reset();
    parts_ = {};
}

bool SelfCheckReportView::open(App& app) {
    if (app.course().selfcheck.empty()) {
        app.setStatus("This course has no self-check (content/selfcheck.toml).");
        return false;
    }
    const auto takes = app.store().companyRecords().selfCheckTakes();
    const progress::SelfCheckTakeRecord* take = progress::lastFinished(takes);
    finished_ = take != nullptr;
    if (!take) take = progress::openTake(takes);
    if (!take) {
        app.setStatus("Nobody has taken the self-check yet.");
        return false;
    }
    now_ = exports::SelfCheckTake{take->answers, localDate(finished_ ? take->finished_at : app.store().now())};
    before_.reset();
    if (const progress::SelfCheckTakeRecord* earlier = progress::finishedBefore(takes, *take))
        before_ = exports::SelfCheckTake{earlier->answers, localDate(earlier->finished_at)};
    parts_ = exports::reportParts(app.course(), *now_, before_);
    export_.clearOutcome();
    return true;
}

void SelfCheckReportView::drawContent(App& app) {
    if (!now_) return;
    const float em = ImGui::GetFontSize();
    const float width = beginCenteredColumn(em * 48);
    heading(app.fonts().heading1, parts_.title);
    textMuted("%s \xC2\xB7 %s", parts_.company.c_str(), parts_.taken_line.c_str());
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    textInColumn(parts_.summary);
    if (!finished_) textColored(colors::kWarn, "This self-check is not finished yet.");
    if (button(finished_ ? "Take the self-check again" : "Continue the self-check")) app.navigate(Screen::SelfCheck);
    ImGui::SameLine();
    if (button("IP register")) app.navigate(Screen::Register);
    ImGui::SameLine();
    if (button("Dashboard")) app.navigate(Screen::Manager);

    if (before_) {
        gap(0.5f);
        heading(app.fonts().heading2, parts_.changes_heading);
        if (parts_.changes.empty()) textInColumn(parts_.no_changes);
        for (const exports::ReportChange& change : parts_.changes) {
            textColored(change.label == "Done" ? colors::kDone : colors::kText, (change.label + ":").c_str());
            ImGui::SameLine();
            textInColumn(change.text);
        }
    }

    gap(0.5f);
    heading(app.fonts().heading2, "Actions, most urgent first");
    if (parts_.actions.empty()) textInColumn(parts_.no_actions);
    int number = 0;
    for (const exports::ReportAction& action : parts_.actions) {
        ImGui::PushID(++number);
        gap(0.3f);
        if (app.fonts().bold) ImGui::PushFont(app.fonts().bold);
        textInColumn(std::to_string(number) + ". " + action.title);
        if (app.fonts().bold) ImGui::PopFont();
        recordItem("action:" + action.title);
        badge(action.urgency.c_str(), urgencyColour(action.level));
        ImGui::SameLine();
        textMuted("%s", action.who.c_str());
        textInColumn((parts_.company_known ? "Why it matters for " + parts_.company : std::string("Why it matters")) +
                    ": " + action.why);
        textInColumn("This month: " + action.this_month);
        if (linkButton(("Learn how: " + action.lesson_text).c_str())) app.followLink(action.lesson_link);
        recordItem("lesson:" + action.title);
        ImGui::PopID();
    }
    ImGui::PopTextWrapPos();

    gap(0.6f);
    ExportPanel::Setup setup;
    setup.layout = ExportPanel::Layout::Section;
    setup.formats = exports::kSelfCheckReportFormats;
    setup.subject = parts_.taken_line;
    setup.proposed_name = "ip-self-check-" + formatDate(now_->on);
    // Laid out with pango and flushed to the disk on a thread of its own, from
    // copies of the answers (the course does not change while the App lives).
    const ExportPanel::PrepareSave prepare = [&](const exports::Format& format, const std::filesystem::path& path) {
        return [format_id = format.id, path, course = &app.course(), now = *now_, before = before_](WorkProgress&) {
            exports::saveExport(path, exports::selfCheckReportText(format_id, *course, now, before));
            return "Saved the report to " + path.string() + ".";
        };
    };
    export_.draw(app, setup, prepare);
    ImGui::EndGroup();
}

}  // namespace ipprimer::ui
