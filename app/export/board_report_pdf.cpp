// The board report's one page: a heading, four tiles, the twelve-month trend
// as columns, compliance by department and by role as bars side by side, and
// the topics the team gets wrong, with the definitions in the small print.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "export/board_report.h"

namespace ipprimer::exports {
namespace {

constexpr Colour kPanel{0.95, 0.96, 0.97};
constexpr Colour kGreen{0.20, 0.55, 0.33};
constexpr Colour kRed{0.72, 0.15, 0.13};
constexpr Colour kAmber{0.85, 0.52, 0.05};
constexpr Colour kTrack{0.88, 0.89, 0.91};
constexpr int kMostBars = 7;

TextStyle style(const char* font, Colour colour, Align align = Align::Left) { return TextStyle{font, colour, align, 0, 1.0}; }

std::string percentText(double share) {
    char text[16];
    std::snprintf(text, sizeof text, "%.0f%%", std::round(share * 100));
    return text;
}

// Groups beyond the largest few are shown together, so the bars fit their half.
std::vector<store::GroupFigure> fewest(std::vector<store::GroupFigure> groups, const std::string& empty_name) {
    for (auto& group : groups)
        if (group.key.empty()) group.key = empty_name;
    if (groups.size() <= kMostBars) return groups;
    store::GroupFigure others{"others (" + std::to_string(groups.size() - kMostBars + 1) + ")", 0, 0};
    for (std::size_t i = kMostBars - 1; i < groups.size(); ++i) {
        others.learners += groups[i].learners;
        others.compliant += groups[i].compliant;
    }
    groups.resize(kMostBars - 1);
    groups.push_back(others);
    return groups;
}

void sectionTitle(PdfPage& page, double x, double y, double width, const std::string& title) {
    page.text(x, y, width, title, style("DejaVu Sans Bold 11", kNavy));
    page.line(x, y + 17, x + width, y + 17, 0.6, kRule);
}

void tile(PdfPage& page, double x, double y, double width, const std::string& number, const std::string& caption, Colour colour) {
    page.fill(x, y, width, 62, kPanel);
    page.fill(x, y, 4, 62, colour);
    page.text(x + 14, y + 8, width - 20, number, style("DejaVu Sans Bold 20", colour));
    page.text(x + 14, y + 38, width - 20, caption, style("DejaVu Sans 8", kGrey));
}

// Horizontal bars: a label, the track with the compliant share, the share and the count.
double bars(PdfPage& page, double x, double y, double width, const std::vector<store::GroupFigure>& groups) {
    const double label_width = width * 0.46;
    const double bar_x = x + label_width + 6;
    const double bar_width = width - label_width - 6 - 64;
    double at = y;
    for (const store::GroupFigure& group : groups) {
        page.text(x, at + 1, label_width, group.key, style("DejaVu Sans 8.5", kInk));
        page.fill(bar_x, at + 2, bar_width, 10, kTrack);
        page.fill(bar_x, at + 2, bar_width * group.share(), 10, group.share() >= 0.8 ? kGreen : group.share() >= 0.5 ? kAmber : kRed);
        page.text(bar_x + bar_width + 6, at + 1, 60,
                  percentText(group.share()) + " of " + std::to_string(group.learners), style("DejaVu Sans 8", kGrey));
        at += 18;
    }
    return at - y;
}

void trend(PdfPage& page, double x, double y, double width, double height, const std::vector<store::MonthFigure>& months) {
    const double axis = 30;
    const double plot_x = x + axis, plot_width = width - axis;
    for (int level : {0, 25, 50, 75, 100}) {
        const double line_y = y + height - height * level / 100.0;
        page.line(plot_x, line_y, plot_x + plot_width, line_y, level == 0 ? 0.8 : 0.4, kRule);
        page.text(x, line_y - 5, axis - 6, std::to_string(level) + "%", style("DejaVu Sans 7", kGrey, Align::Right));
    }
    if (months.empty()) return;
    const double slot = plot_width / static_cast<double>(months.size());
    for (std::size_t i = 0; i < months.size(); ++i) {
        const store::MonthFigure& month = months[i];
        const double column_x = plot_x + slot * static_cast<double>(i) + slot * 0.18;
        const double column_height = height * month.share();
        const bool last = i + 1 == months.size();
        page.fill(column_x, y + height - column_height, slot * 0.64, column_height, last ? kNavy : Colour{0.45, 0.58, 0.75});
        if (month.learners > 0)
            page.text(column_x - 6, y + height - column_height - 12, slot * 0.64 + 12, percentText(month.share()),
                      style("DejaVu Sans 6.5", kInk, Align::Centre));
        page.text(column_x - 6, y + height + 4, slot * 0.64 + 12, last ? "now" : shortMonthName(month.on),
                  style("DejaVu Sans 7", kGrey, Align::Centre));
    }
}

}  // namespace

std::string boardReportPdf(const BoardReport& report, PaperSize paper) {
    PdfInfo info;
    info.title = "Training report: " + report.organisation;
    info.author = "IP Primer";
    info.subject = "Compliance with the IP and confidentiality training, " + report.scope;
    info.date = formatDate(report.today) + "T00:00:00";
    PdfPage page(paper, info);
    const double left = 48, width = page.width() - 2 * left;

    // Heading.
    page.fill(0, 0, page.width(), 86, kNavy);
    page.text(left, 22, width, "Training in IP and confidentiality", style("DejaVu Sans Bold 18", {1, 1, 1}));
    page.text(left, 50, width, report.organisation + "  \u00B7  " + report.scope + "  \u00B7  as of " + formatDate(report.today),
              style("DejaVu Sans 9.5", {0.85, 0.89, 0.95}));

    // Tiles.
    const store::Summary& s = report.summary;
    const double gap = 10, tile_width = (width - 3 * gap) / 4;
    double y = 104;
    tile(page, left, y, tile_width, s.learners ? percentText(s.compliantShare()) : "-",
         std::to_string(s.compliant) + " of " + std::to_string(s.learners) + " compliant", kGreen);
    tile(page, left + (tile_width + gap), y, tile_width, std::to_string(s.overdue), "overdue: never completed, past due", kRed);
    tile(page, left + 2 * (tile_width + gap), y, tile_width, std::to_string(s.expiring), "expiring within 30 days", kAmber);
    tile(page, left + 3 * (tile_width + gap), y, tile_width, std::to_string(s.expired), "expired: due again", kRed);

    // Trend.
    y = 190;
    sectionTitle(page, left, y, width, "Compliance over the last twelve months");
    trend(page, left, y + 36, width, 120, report.trend);

    // By department and by role.
    y = 390;
    const double half = (width - 24) / 2;
    sectionTitle(page, left, y, half, "Compliant by department");
    sectionTitle(page, left + half + 24, y, half, "Compliant by role");
    const double department_height = bars(page, left, y + 28, half, fewest(report.departments, "no department"));
    const double role_height = bars(page, left + half + 24, y + 28, half, fewest(report.roles, "no role"));

    // Topics.
    y = std::max(y + 28 + std::max(department_height, role_height) + 18, 560.0);
    sectionTitle(page, left, y, width, "Topics the team gets wrong (first answers, worst first)");
    y += 28;
    if (report.topics.empty()) {
        page.text(left, y, width, "Too few quiz answers yet to say.", style("DejaVu Sans 9", kGrey));
    }
    for (const TopicLine& topic : report.topics) {
        const double share = static_cast<double>(topic.wrong) / topic.answered;
        page.text(left, y + 1, width * 0.55, topic.title, style("DejaVu Sans 8.5", kInk));
        const double bar_x = left + width * 0.57, bar_width = width * 0.25;
        page.fill(bar_x, y + 2, bar_width, 10, kTrack);
        page.fill(bar_x, y + 2, bar_width * share, 10, share >= 0.4 ? kRed : share >= 0.2 ? kAmber : kGreen);
        page.text(bar_x + bar_width + 6, y + 1, width * 0.17, percentText(share) + " wrong of " + std::to_string(topic.answered),
                  style("DejaVu Sans 8", kGrey));
        y += 18;
    }

    // Small print.
    const double foot = page.height() - 62;
    page.line(left, foot, left + width, foot, 0.5, kRule);
    page.text(left, foot + 6, width,
              "Compliant: the role's lessons finished and its quiz passed, within the recertification period (expiring "
              "counted as compliant). The trend counts each learner's latest training cycle on the last day of each "
              "month, among the learners on the roster by then. Topics: share of the first answers to their questions "
              "that earned less than full marks; topics with fewer than " +
                  std::to_string(kFewTopicAnswers) + " answers are left out. Made by IP Primer.",
              TextStyle{"DejaVu Sans 7", kGrey, Align::Left, 0, 1.1});
    return page.finish();
}

}  // namespace ipprimer::exports
