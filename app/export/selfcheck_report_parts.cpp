// Turning the rules' results into the report's sentences.
#include "export/selfcheck_report_parts.h"

#include "progress/selfcheck_actions.h"

namespace ipprimer::exports {
namespace {

std::string plural(int count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace

ReportParts reportParts(const course::Course& course, const SelfCheckTake& now, const std::optional<SelfCheckTake>& before) {
    const course::SelfCheck& check = course.selfcheck;
    ReportParts parts;
    parts.title = check.title + ": action report";
    const progress::Answers counting = progress::countingAnswers(check, now.answers);
    if (const auto name = counting.find(check.company_name); !check.company_name.empty() && name != counting.end() &&
                                                             !name->second.values.empty()) {
        parts.company = name->second.values.front();
        parts.company_known = true;
    } else {
        parts.company = "Your company";
    }
    parts.taken_line = "self-check of " + formatDate(now.on);

    const std::vector<progress::ActionItem> items = progress::actionsFor(check, now.answers);
    const progress::Completion done = progress::completion(check, now.answers);
    parts.summary = std::to_string(done.answered) + " of " + plural(done.asked, "question", "questions") + " answered";
    parts.summary += done.complete() ? "." : "; the actions below come from the answers given so far.";
    if (!items.empty()) {
        int by_level[4] = {};
        for (const progress::ActionItem& item : items) ++by_level[static_cast<int>(item.urgency)];
        std::string levels;
        for (int level = 0; level < 4; ++level)
            if (by_level[level] > 0)
                levels += (levels.empty() ? "" : ", ") + std::to_string(by_level[level]) + " " +
                          lower(course::urgencyName(static_cast<course::Urgency>(level)));
        parts.summary += " " + plural(static_cast<int>(items.size()), "action", "actions") + ": " + levels + ".";
    }

    for (const progress::ActionItem& item : items) {
        ReportAction action;
        action.title = item.action->title;
        action.level = item.urgency;
        action.urgency = std::string(course::urgencyName(item.urgency));
        action.who = progress::whoText(course, *item.action);
        action.why = item.why;
        action.this_month = item.this_month;
        action.lesson_text = progress::lessonLinkText(course, item.action->lesson);
        action.lesson_link = item.action->lesson;
        parts.actions.push_back(std::move(action));
    }
    parts.no_actions = "Your answers call for no action. Take the self-check again in a year, or sooner when the "
                       "company changes: a new product, a new market, new people.";

    if (before) {
        parts.changes_heading = "Since the last self-check (" + formatDate(before->on) + ")";
        const progress::Comparison comparison = progress::compareTakes(check, before->answers, now.answers);
        int unchanged = 0;
        for (const progress::ComparedAction& compared : comparison.actions) {
            const std::string title = compared.action->title;
            const std::string was = lower(course::urgencyName(compared.before));
            const std::string is = lower(course::urgencyName(compared.now));
            switch (compared.change) {
                case progress::ActionChange::Done: parts.changes.push_back({"Done", title}); break;
                case progress::ActionChange::LessUrgent:
                    parts.changes.push_back({"Less urgent", title + " (was " + was + ", now " + is + ")"});
                    break;
                case progress::ActionChange::MoreUrgent:
                    parts.changes.push_back({"More urgent", title + " (was " + was + ", now " + is + ")"});
                    break;
                case progress::ActionChange::New: parts.changes.push_back({"New", title}); break;
                case progress::ActionChange::Unchanged: ++unchanged; break;
            }
        }
        if (unchanged > 0 && !parts.changes.empty())
            parts.changes.push_back({"Still open", plural(unchanged, "action", "actions") + " as urgent as before"});
        parts.no_changes = items.empty() ? "Nothing was to be done then, and nothing is now."
                                         : "The same actions as last time, each as urgent as it was.";
    }
    parts.disclaimer = "General information, not legal advice. The rules differ from country to country; check "
                       "important decisions with an IP attorney or your national IP office.";
    return parts;
}

}  // namespace ipprimer::exports
