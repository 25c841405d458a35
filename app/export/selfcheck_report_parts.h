// The words of the self-check's action report, made once from the rules'
// results so the Markdown, the PDF and the screen say the same thing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "course/selfcheck.h"
#include "export/selfcheck_report.h"

namespace ipprimer::exports {

struct ReportAction {
    std::string title;
    course::Urgency level = course::Urgency::Medium;
    std::string urgency;  // "Critical", "High", ...
    std::string who;
    std::string why;
    std::string this_month;
    std::string lesson_text;  // "Trade secrets: How do we keep a secret secret?"
    std::string lesson_link;  // lesson:trade-secrets#how-do-we-keep-a-secret-secret
};

struct ReportChange {
    std::string label;  // Done, Less urgent, More urgent, New
    std::string text;   // the action's title, with its urgencies when they changed
};

struct ReportParts {
    std::string title;
    std::string company;         // the company's name, or "Your company"
    bool company_known = false;  // the self-check was told the name
    std::string taken_line;      // "self-check of 2025-03-14"
    std::string summary;         // questions answered, actions by urgency
    std::string changes_heading;  // "Since the last self-check (2024-09-01)"
    std::vector<ReportChange> changes;
    std::string no_changes;
    std::vector<ReportAction> actions;
    std::string no_actions;
    std::string disclaimer;
};

ReportParts reportParts(const course::Course& course, const SelfCheckTake& now, const std::optional<SelfCheckTake>& before);

}  // namespace ipprimer::exports
