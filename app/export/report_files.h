// The files `ipprimer report` prints and the dashboard exports: CSV that
// opens safely in a spreadsheet, JSON for other programs, and the one-page
// board report as PDF (board_report.h).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "base/work_progress.h"
#include "course/course.h"
#include "export/formats.h"
#include "store/reports.h"
#include "store/topics.h"

namespace ipprimer::exports {

// The formats a report is offered in, the first being the default.
inline constexpr std::array kReportFormats{FormatId::Csv, FormatId::Json, FormatId::Pdf};

// One line per learner (the rows given, in that order), with the columns of
// docs/statuses.md, then one column per module of the course.
std::string reportCsv(const progress::Curriculum& curriculum, const store::Dashboard& dashboard,
                      const std::vector<std::size_t>& rows, WorkProgress& progress = noProgress());

// {"as_of", "filters", "summary", "learners": [...]}; the summary is the
// dashboard's tiles for `filter` (see summarize()).
std::string reportJson(const progress::Curriculum& curriculum, const store::Dashboard& dashboard,
                       const std::vector<std::size_t>& rows, const store::RowFilter& filter,
                       WorkProgress& progress = noProgress());

// The report in CSV or JSON (see reportFile for every format).
// `progress` hears how many of the rows are written.
std::string reportText(FormatId format, const progress::Curriculum& curriculum, const store::Dashboard& dashboard,
                       const std::vector<std::size_t>& rows, const store::RowFilter& filter,
                       WorkProgress& progress = noProgress());

// The report in `format` (one of kReportFormats): the rows for CSV and JSON;
// for PDF the board report of the filter (which also needs the course and
// the topics the team gets wrong). `progress` hears of the rows as reportText says.
std::string reportFile(FormatId format, const course::Course& course, const progress::Curriculum& curriculum,
                       const store::Dashboard& dashboard, const std::vector<std::size_t>& rows,
                       const store::RowFilter& filter, const std::vector<store::TopicRow>& topics,
                       WorkProgress& progress = noProgress());

}  // namespace ipprimer::exports
