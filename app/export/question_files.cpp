// CSV and JSON renderings of the question statistics.
#include "export/question_files.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "export/csv_writer.h"
#include "export/json_writer.h"
#include "quiz/question_text.h"

namespace ipprimer::exports {
namespace {

// To one decimal, as both files write it; -0.04 becomes 0, never "-0.0".
double rounded(double value) {
    const double r = std::round(value * 10) / 10;
    return r == 0 ? 0.0 : r;
}

std::string oneDecimal(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", rounded(value));
    return text;
}

std::string questionText(const course::Course& course, const std::string& id) {
    const quiz::Question* question = course.question(id);
    return question ? quiz::textWithBlank(*question) : std::string();
}

}  // namespace

std::string facilityText(const quiz::QuestionStatistics& row) {
    return row.answers > 0 ? oneDecimal(row.facility) : std::string();
}

std::string discriminationText(const quiz::QuestionStatistics& row) {
    return row.discrimination ? oneDecimal(*row.discrimination) : std::string();
}

std::string questionStatisticsCsv(const std::vector<quiz::QuestionStatistics>& rows, const course::Course& course) {
    CsvWriter csv;
    csv.row({"id", "answers", "facility", "discrimination", "flag", "module", "question"});
    for (const quiz::QuestionStatistics& row : rows) {
        csv.cell(row.question_id)
            .number(std::to_string(row.answers))
            .number(facilityText(row))
            .number(discriminationText(row))
            .cell(quiz::flagName(row.flag))
            .cell(course.moduleOfQuestion(row.question_id))
            .cell(questionText(course, row.question_id));
        csv.endRow();
    }
    return csv.take();
}

std::string questionStatisticsJson(const std::vector<quiz::QuestionStatistics>& rows, const course::Course& course,
                                   const quiz::StatisticsRules& rules) {
    JsonWriter json;
    json.beginObject();
    json.field("sample", "each learner's first finished attempt at each quiz");
    json.key("thresholds");
    json.beginObject();
    json.field("minimum_answers", rules.minimum_answers);
    json.field("too_easy_above", rules.too_easy_above);
    json.field("too_hard_below", rules.too_hard_below);
    json.field("discriminating_from", rules.discriminating_from);
    json.endObject();
    json.key("questions");
    json.beginArray();
    for (const quiz::QuestionStatistics& row : rows) {
        json.beginObject();
        json.field("id", row.question_id);
        json.field("answers", row.answers);
        // Rounded as in the CSV, so both files say the same.
        json.key("facility");
        if (row.answers > 0)
            json.value(rounded(row.facility));
        else
            json.null();
        json.key("discrimination");
        if (row.discrimination)
            json.value(rounded(*row.discrimination));
        else
            json.null();
        json.key("flag");
        json.textOrNull(quiz::flagName(row.flag));
        json.key("module");
        json.textOrNull(course.moduleOfQuestion(row.question_id));
        json.key("question");
        json.textOrNull(questionText(course, row.question_id));
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.take();
}

std::string questionStatisticsText(FormatId format, const std::vector<quiz::QuestionStatistics>& rows,
                                   const course::Course& course, const quiz::StatisticsRules& rules) {
    switch (format) {
        case FormatId::Csv: return questionStatisticsCsv(rows, course);
        case FormatId::Json: return questionStatisticsJson(rows, course, rules);
        default: break;
    }
    throw std::invalid_argument("question statistics are written as " + formatKeys(kQuestionStatisticsFormats));
}

}  // namespace ipprimer::exports
