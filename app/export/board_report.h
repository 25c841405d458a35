// The board report: one page for a filtered set of learners that a board
// reads at a glance (the tiles, compliance by department and by role, the
// trend over the last twelve months, the topics the team gets wrong), as a
// PDF through `ipprimer report --format pdf` and the dashboard's export.
#pragma once

#include <string>
#include <vector>

#include "course/course.h"
#include "export/pdf_page.h"
#include "store/board_figures.h"
#include "store/topics.h"

namespace ipprimer::exports {

struct TopicLine {
    std::string title;
    int answered = 0;
    int wrong = 0;
};

struct BoardReport {
    std::string organisation;  // the course's title
    Date today;
    std::string scope;  // "All learners", or the filter in words ("Role: Engineer · Department: R&D")
    store::Summary summary;
    std::vector<store::GroupFigure> departments;  // key: the department ("" shown as "no department")
    std::vector<store::GroupFigure> roles;        // key: the role's title
    std::vector<store::MonthFigure> trend;
    std::vector<TopicLine> topics;  // worst first, at most kBoardTopics
};

inline constexpr std::size_t kBoardTopics = 6;
// Fewer first answers than this say little about a topic; such topics are left out.
inline constexpr int kFewTopicAnswers = 10;

// A topic tag as people read it: the lesson it names, or the tag itself.
std::string topicTitle(const course::Course& course, const std::string& tag);

// The figures for the rows `filter` keeps (its status aside, as the tiles
// count); topics for the filter's role when it has one.
BoardReport boardReportOf(const course::Course& course, const store::Dashboard& dashboard, const store::RowFilter& filter,
                          const std::vector<store::TopicRow>& topics);

std::string boardReportPdf(const BoardReport& report, PaperSize paper = PaperSize::A4);

}  // namespace ipprimer::exports
