// The action report as a PDF: a heading block, what changed since last time,
// then one block per action with a bar in its urgency's colour, flowing onto
// as many pages as it needs; every page carries the small print and its number.
#include <algorithm>

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

class ReportLayout {
public:
    ReportLayout(PdfPage& page, std::string footer) : page_(page), footer_(std::move(footer)) {
        left_ = 56;
        width_ = page.width() - 2 * left_;
        bottom_ = page.height() - 64;
        y_ = 56;
        drawFooter();
    }

    double width() const { return width_; }
    double left() const { return left_; }

    // Starts a new page when `height` does not fit below y.
    void need(double height) {
        if (y_ + height <= bottom_) return;
        page_.nextPage();
        y_ = 56;
        drawFooter();
    }
    void space(double points) { y_ += points; }
    void text(std::string_view words, const TextStyle& text_style, double indent = 0) {
        const double height = page_.measure(width_ - indent, words, text_style);
        need(height);
        y_ += page_.text(left_ + indent, y_, width_ - indent, words, text_style);
    }
    void rule() {
        need(8);
        page_.line(left_, y_ + 4, left_ + width_, y_ + 4, 0.6, kRule);
        y_ += 8;
    }

    // One action: a coloured bar beside its lines, kept on one page when it fits.
    void action(int number, const ReportAction& action, const std::string& why_label) {
        const double indent = 14;
        const double inner = width_ - indent;
        const TextStyle heading = style("DejaVu Sans Bold 11.5", kInk);
        const TextStyle meta = style("DejaVu Sans 8.5", kGrey);
        const TextStyle body = TextStyle{"DejaVu Serif 9.5", kInk, Align::Left, 0, 1.1};
        const std::string title = std::to_string(number) + ". " + action.title;
        const std::string meta_line = action.urgency + "   \u00B7   " + action.who;
        const std::string why = why_label + ": " + action.why;
        const std::string month = "This month: " + action.this_month;
        const std::string lesson = "Learn how: " + action.lesson_text;
        const double height = page_.measure(inner, title, heading) + 3 + page_.measure(inner, meta_line, meta) + 6 +
                              page_.measure(inner, why, body) + 4 + page_.measure(inner, month, body) + 4 +
                              page_.measure(inner, lesson, meta);
        need(std::min(height, bottom_ - 56));
        const double top = y_;
        const int first_page = page_.pageCount();
        y_ += page_.text(left_ + indent, y_, inner, title, heading) + 3;
        y_ += page_.text(left_ + indent, y_, inner, meta_line, meta) + 6;
        text(why, body, indent);
        y_ += 4;
        text(month, body, indent);
        y_ += 4;
        text(lesson, meta, indent);
        // The bar runs beside the block, or beside its part on the last page
        // when a block longer than a page had to break.
        const double bar_top = page_.pageCount() == first_page ? top + 2 : 56;
        page_.fill(left_, bar_top, 4, y_ - bar_top, urgencyColour(action.level));
        y_ += 16;
    }

private:
    void drawFooter() {
        const TextStyle small = style("DejaVu Sans 7", kGrey);
        page_.line(left_, page_.height() - 50, left_ + width_, page_.height() - 50, 0.4, kRule);
        page_.text(left_, page_.height() - 44, width_ - 60, footer_, small);
        TextStyle number = small;
        number.align = Align::Right;
        page_.text(left_ + width_ - 60, page_.height() - 44, 60, "page " + std::to_string(page_.pageCount()), number);
    }

    PdfPage& page_;
    std::string footer_;
    double left_ = 0, width_ = 0, bottom_ = 0, y_ = 0;
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
