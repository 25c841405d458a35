// The action report in Markdown; the PDF is selfcheck_report_pdf.cpp.
#include "export/selfcheck_report.h"

#include <stdexcept>

#include "export/selfcheck_report_parts.h"
#include "progress/selfcheck_actions.h"

namespace ipprimer::exports {
namespace {

// Characters Markdown would read as markup, escaped in text that came from people.
std::string escaped(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

}  // namespace

std::string selfCheckMarkdown(const course::Course& course, const SelfCheckTake& now,
                              const std::optional<SelfCheckTake>& before) {
    const ReportParts parts = reportParts(course, now, before);
    std::string md = "# " + escaped(parts.title) + "\n\n";
    md += "**" + escaped(parts.company) + "** \xC2\xB7 " + parts.taken_line + "\n\n";
    md += parts.summary + "\n\n";
    if (before) {
        md += "## " + parts.changes_heading + "\n\n";
        if (parts.changes.empty()) md += parts.no_changes + "\n\n";
        for (const ReportChange& change : parts.changes) md += "- **" + change.label + ":** " + escaped(change.text) + "\n";
        if (!parts.changes.empty()) md += "\n";
    }
    md += "## Actions, most urgent first\n\n";
    if (parts.actions.empty()) md += parts.no_actions + "\n\n";
    int number = 0;
    for (const ReportAction& action : parts.actions) {
        md += "### " + std::to_string(++number) + ". " + escaped(action.title) + "\n\n";
        md += "**Urgency:** " + action.urgency + " \xC2\xB7 **Who:** " + escaped(action.who) + "\n\n";
        md += "**Why it matters" + (parts.company_known ? " for " + escaped(parts.company) : std::string()) + ":** " +
              escaped(action.why) + "\n\n";
        md += "**This month:** " + escaped(action.this_month) + "\n\n";
        md += "**Learn how:** [" + escaped(action.lesson_text) + "](" + action.lesson_link + ")\n\n";
    }
    md += "---\n\n*" + parts.disclaimer + "*\n";
    return md;
}

std::string selfCheckReportText(FormatId format, const course::Course& course, const SelfCheckTake& now,
                                const std::optional<SelfCheckTake>& before) {
    switch (format) {
    case FormatId::Markdown: return selfCheckMarkdown(course, now, before);
    case FormatId::Pdf: return selfCheckPdf(course, now, before);
    default: break;
    }
    throw std::invalid_argument("the self-check report is not written as " + std::string(formatOf(format).name));
}

}  // namespace ipprimer::exports
