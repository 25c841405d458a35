// The files `ipprimer report` prints and the dashboard exports: CSV that
// opens safely in a spreadsheet, and JSON for other programs.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "store/reports.h"

namespace ipprimer::store {

enum class ReportFormat { Csv, Json };

// One line per learner (the rows given, in that order), with the columns of
// docs/statuses.md, then one column per module of the course.
std::string reportCsv(const progress::Curriculum& curriculum, const Dashboard& dashboard, const std::vector<std::size_t>& rows);

// {"as_of", "filters", "summary", "learners": [...]}; the summary is the
// dashboard's tiles for `filter` (see summarize()).
std::string reportJson(const progress::Curriculum& curriculum, const Dashboard& dashboard, const std::vector<std::size_t>& rows,
                       const RowFilter& filter);

// Writes a whole report to `path` through a temporary file beside it, so a
// failed write never leaves half a file. Throws StoreError naming the path.
void saveReport(const std::filesystem::path& path, const std::string& text);

}  // namespace ipprimer::store
