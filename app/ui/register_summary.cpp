#include "ui/register_summary.h"

#include <imgui.h>

#include "store/company_records.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

RegisterSummary loadRegisterSummary(App& app, int days) {
    RegisterSummary summary;
    try {
        store::CompanyRecords& records = app.store().companyRecords();
        const progress::RegisterState state = records.registerState();
        const std::vector<progress::Asset> assets = state.assets();
        const Date today = localDate(app.store().now());
        summary.entries = static_cast<int>(assets.size());
        summary.open_proposals = static_cast<int>(state.openProposals().size());
        for (const progress::Deadline& deadline : progress::deadlinesWithin(assets, today, days))
            summary.due.push_back({formatDate(deadline.date),
                                   deadline.days_left == 0   ? "today"
                                   : deadline.days_left == 1 ? "tomorrow"
                                                             : "in " + std::to_string(deadline.days_left) + " days",
                                   deadline.what == progress::Deadline::What::Renewal ? "Renewal" : "Expiry",
                                   std::string(progress::kindName(deadline.asset->kind)), deadline.asset->title});
        const course::SelfCheck& check = app.course().selfcheck;
        store::Lessons& lessons = app.store().lessons();
        const auto trained = [&](std::int64_t learner_id) {
            const auto statuses = lessons.statuses(learner_id);
            for (const std::string& lesson : check.confidentiality_lessons) {
                const auto status = statuses.find(lesson);
                if (status == statuses.end() || status->second != store::LessonStatus::Finished) return false;
            }
            return !check.confidentiality_lessons.empty();
        };
        const progress::RiskInputs inputs = store::riskInputs(app.course(), records.selfCheckTakes(), assets,
                                                              app.store().roster().list(), trained, today);
        for (const progress::Risk& risk : progress::registerRisks(assets, inputs))
            summary.risks.push_back({risk.kind, risk.asset ? risk.asset->title : "The register", risk.message});
    } catch (const std::exception& error) {
        app.setStatus(std::string("The IP register could not be read: ") + error.what());
        return {};
    }
    return summary;
}

void drawRegisterSummary(const RegisterSummary& summary, int lines, float width) {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    const auto more = [](std::size_t total, int shown) {
        if (total > static_cast<std::size_t>(shown)) textMuted("and %zu more", total - static_cast<std::size_t>(shown));
    };
    if (summary.due.empty()) {
        textMuted("No renewal or expiry in the next %d days.", kDashboardDays);
    } else {
        int shown = 0;
        for (const RegisterSummary::Due& due : summary.due) {
            if (lines > 0 && shown == lines) break;
            ++shown;
            textColored(due.when == "today" || due.when == "tomorrow" ? colors::kError : colors::kWarn,
                        (due.date + " (" + due.when + ")").c_str());
            ImGui::SameLine();
            ImGui::TextUnformatted((due.what + " of " + due.kind + ": " + due.title).c_str());
            recordItem("due:" + due.title);
        }
        more(summary.due.size(), shown);
    }
    gap(0.2f);
    if (summary.risks.empty()) {
        textMuted("No risks found in the register.");
        ImGui::PopTextWrapPos();
        return;
    }
    int shown = 0;
    for (const RegisterSummary::RiskLine& risk : summary.risks) {
        if (lines > 0 && shown == lines) break;
        ++shown;
        textColored(colors::kError, "Risk");
        ImGui::SameLine();
        textInColumn(risk.title + ": " + risk.message);
        recordItem("risk:" + risk.title);
    }
    more(summary.risks.size(), shown);
    ImGui::PopTextWrapPos();
}

}  // namespace ipprimer::ui
