// The action report as a PDF: a heading block, what changed since last time,
// then one block per action with a bar in its urgency's colour, flowing onto
// as many pages as it needs; every page carries the small print and its number.
#include <algorithm>

#include "export/pdf_flow.h"
#include "export/selfcheck_report.h"
#include "export/selfcheck_report_parts.h"

namespace ipprimer::exports {
namespace {

Colour urgencyColour(course::Urgency urgency) {
    switch (urgency) {
        case course::Urgency::Critical: return {0.72, 0.11, 0.11};
        case course::Urgency::High: return {0.85, 0.42, 0.05};
        case course::Urgency::Medium: return {0.80, 0.63, 0.05};
        case course::Urgency::Low: return {0.35, 0.55, 0.35};
    }
    return kGrey;
}

TextStyle style(const char* font, Colour colour) { return TextStyle{font, colour, Align::Left, 0, 1.0}; }

constexpr double kMargin = 56;

// The small print and the page's number, at the foot of every page.
void drawFooter(PdfPage& page, const std::string& footer) {
    const double left = kMargin, width = page.width() - 2 * kMargin;
    const TextStyle small = style("DejaVu Sans 7", kGrey);
    page.line(left, page.height() - 50, left + width, page.height() - 50, 0.4, kRule);
    page.text(left, page.height() - 44, width - 60, footer, small);
    TextStyle number = small;
    number.align = Align::Right;
    page.text(left + width - 60, page.height() - 44, 60, "page " + std::to_string(page.pageCount()), number);
}

class ReportLayout : public PageFlow {
public:
    ReportLayout(PdfPage& page, std::string footer)
        : PageFlow(page, kMargin, 64, [&page, small_print = std::move(footer)] { drawFooter(page, small_print); }) {}

    void rule() {
        need(8);
        page().line(left(), y() + 4, left() + width(), y() + 4, 0.6, kRule);
        space(8);
    }

    // One action: a coloured bar beside its lines, kept on one page when it fits.
    void action(int number, const ReportAction& action, const std::string& why_label) {
        PdfPage& page = this->page();
        const double indent = 14;
        const double inner = width() - indent;
        const TextStyle heading = style("DejaVu Sans Bold 11.5", kInk);
        const TextStyle meta = style("DejaVu Sans 8.5", kGrey);
        const TextStyle body = TextStyle{"DejaVu Serif 9.5", kInk, Align::Left, 0, 1.1};
        const std::string title = std::to_string(number) + ". " + action.title;
        const std::string meta_line = action.urgency + "   \u00B7   " + action.who;
        const std::string why = why_label + ": " + action.why;
        const std::string month = "This month: " + action.this_month;
        const std::string lesson = "Learn how: " + action.lesson_text;
        const double height = page.measure(inner, title, heading) + 3 + page.measure(inner, meta_line, meta) + 6 +
                              page.measure(inner, why, body) + 4 + page.measure(inner, month, body) + 4 +
                              page.measure(inner, lesson, meta);
        need(std::min(height, bottom() - top()));
        const double block_top = y();
        const int first_page = page.pageCount();
        space(page.text(left() + indent, y(), inner, title, heading) + 3);
        space(page.text(left() + indent, y(), inner, meta_line, meta) + 6);
        text(why, body, indent);
        space(4);
        text(month, body, indent);
        space(4);
        text(lesson, meta, indent);
        // The bar runs beside the block, or beside its part on the last page
        // when a block longer than a page had to break.
        const double bar_top = page.pageCount() == first_page ? block_top + 2 : top();
        page.fill(left(), bar_top, 4, y() - bar_top, urgencyColour(action.level));
        space(16);
    }
};

}  // namespace

std::string selfCheckPdf(const course::Course& course, const SelfCheckTake& now, const std::optional<SelfCheckTake>& before,
                         PaperSize paper) {
    const ReportParts parts = reportParts(course, now, before);
    PdfInfo info;
    info.title = parts.title + " \u2014 " + parts.company;
    info.author = parts.company_known ? parts.company : std::string("IP Primer");
    info.subject = parts.taken_line;
    info.date = formatDate(now.on) + "T00:00:00";
    PdfPage page(paper, info);
    ReportLayout layout(page, parts.disclaimer);

    layout.text(parts.title, style("DejaVu Serif Bold 20", kNavy));
    layout.space(4);
    layout.text(parts.company + "   \u00B7   " + parts.taken_line, style("DejaVu Sans Bold 10.5", kInk));
    layout.space(6);
    layout.text(parts.summary, TextStyle{"DejaVu Sans 9.5", kGrey, Align::Left, 0, 1.1});
    layout.space(10);
    layout.rule();

    if (before) {
        layout.space(6);
        layout.text(parts.changes_heading, style("DejaVu Sans Bold 12.5", kNavy));
        layout.space(6);
        if (parts.changes.empty()) layout.text(parts.no_changes, style("DejaVu Serif 9.5", kInk));
        for (const ReportChange& change : parts.changes)
            layout.text(change.label + ": " + change.text, TextStyle{"DejaVu Serif 9.5", kInk, Align::Left, 0, 1.1}, 8);
        layout.space(10);
        layout.rule();
    }

    layout.space(6);
    layout.text("Actions, most urgent first", style("DejaVu Sans Bold 12.5", kNavy));
    layout.space(10);
    if (parts.actions.empty()) layout.text(parts.no_actions, style("DejaVu Serif 10", kInk));
    const std::string why_label = parts.company_known ? "Why it matters for " + parts.company : "Why it matters";
    int number = 0;
    for (const ReportAction& action : parts.actions) layout.action(++number, action, why_label);
    return page.finish();
}

}  // namespace ipprimer::exports
