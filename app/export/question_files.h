// The question statistics as files: `ipprimer report --by question` and the
// statistics screen's export. One row per question, the columns `id`,
// `answers`, `facility`, `discrimination` first, then `flag` and the text.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "course/course.h"
#include "export/formats.h"
#include "quiz/question_statistics.h"

namespace ipprimer::exports {

// The formats the question statistics are offered in, the first the default.
inline constexpr std::array kQuestionStatisticsFormats{FormatId::Csv, FormatId::Json};

// Facility and discrimination as written in the files and shown on screen:
// one decimal ("87.5"); discrimination "" when there is none, facility ""
// when nobody answered.
std::string facilityText(const quiz::QuestionStatistics& row);
std::string discriminationText(const quiz::QuestionStatistics& row);

// id, answers, facility, discrimination, flag, module, question (its text as
// written in the bank, empty for a question the course no longer holds).
std::string questionStatisticsCsv(const std::vector<quiz::QuestionStatistics>& rows, const course::Course& course);

// {"sample", "thresholds", "questions": [{id, answers, facility,
// discrimination, flag, module, question}]}; numbers, null where there is none.
std::string questionStatisticsJson(const std::vector<quiz::QuestionStatistics>& rows, const course::Course& course,
                                   const quiz::StatisticsRules& rules);

// The statistics in `format` (one of kQuestionStatisticsFormats).
std::string questionStatisticsText(FormatId format, const std::vector<quiz::QuestionStatistics>& rows,
                                   const course::Course& course, const quiz::StatisticsRules& rules);

}  // namespace ipprimer::exports
