// CSV and JSON renderings of the dashboard's rows.
#include "export/report_files.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "export/board_report.h"
#include "export/csv_writer.h"
#include "export/json_writer.h"

namespace ipprimer::exports {
namespace {

using store::Dashboard;
using store::DashboardRow;
using store::Learner;
using store::RowFilter;
using store::StatusFilter;
using store::Summary;

// Progress is told once per this many learners: often enough for a bar, rarely enough to cost nothing.
constexpr std::int64_t kRowsPerStep = 250;

std::string dateText(const std::optional<Date>& date) { return date ? formatDate(*date) : std::string(); }

std::string percentText(const std::optional<double>& score) {
    if (!score) return {};
    char text[32];
    std::snprintf(text, sizeof text, "%.0f", std::round(*score));
    return text;
}

std::string_view roleTitle(const progress::Curriculum& curriculum, const std::string& role_id) {
    const progress::CurriculumRole* role = curriculum.role(role_id);
    return role ? std::string_view(role->title) : std::string_view();
}

std::string quizText(const progress::LearnerStatus& status) {
    if (status.role_quiz_passed) return "passed";
    if (status.role_quiz_attempts > 0) return "not passed";
    return status.role_quiz_started ? "started" : "not taken";
}

// Each module's state for this learner, or "" when the role does not require it.
std::vector<std::string> moduleCells(const progress::Curriculum& curriculum, const progress::LearnerStatus& status) {
    std::vector<std::string> cells(curriculum.modules().size());
    for (const progress::ModuleStatus& module : status.modules)
        cells[static_cast<std::size_t>(module.module)] = std::string(progress::stateName(module.state));
    return cells;
}

}  // namespace

std::string reportCsv(const progress::Curriculum& curriculum, const Dashboard& dashboard, const std::vector<std::size_t>& rows,
                      WorkProgress& progress) {
    std::vector<std::string> header{"employee_id", "name",          "email",           "role",
                                    "role_title",  "department",    "start_date",      "status",
                                    "compliant",   "due_date",      "completed_on",    "valid_until",
                                    "modules_completed", "modules_required", "lessons_finished", "lessons_required",
                                    "role_quiz",   "role_quiz_passed_on", "role_quiz_attempts", "role_quiz_best",
                                    "archived"};
    for (const progress::CurriculumModule& module : curriculum.modules()) header.push_back(module.id);
    CsvWriter csv;
    csv.row(header);
    csv.reserve(rows.size() * 220 + csv.text().size());
    std::int64_t done = 0;
    for (std::size_t index : rows) {
        if (done++ % kRowsPerStep == 0) progress.step("Writing learners", done - 1, static_cast<std::int64_t>(rows.size()));
        const DashboardRow& row = dashboard.rows[index];
        const Learner& learner = row.learner;
        const progress::LearnerStatus& status = row.status;
        csv.cell(learner.employee_id)
            .cell(learner.name)
            .cell(learner.email)
            .cell(learner.role)
            .cell(roleTitle(curriculum, learner.role))
            .cell(learner.department)
            .cell(learner.start_date)
            .cell(progress::stateName(status.state))
            .cell(status.compliant ? "yes" : "no")
            .cell(formatDate(status.due))
            .cell(dateText(status.completed_on))
            .cell(dateText(status.valid_until))
            .cell(std::to_string(status.modules_completed))
            .cell(std::to_string(status.modules_required))
            .cell(std::to_string(status.lessons_finished))
            .cell(std::to_string(status.lessons_required))
            .cell(quizText(status))
            .cell(dateText(status.role_quiz_passed_on))
            .cell(std::to_string(status.role_quiz_attempts))
            .cell(percentText(status.role_quiz_best))
            .cell(learner.archived ? "yes" : "no");
        for (const std::string& module : moduleCells(curriculum, status)) csv.cell(module);
        csv.endRow();
    }
    return csv.take();
}

std::string reportJson(const progress::Curriculum& curriculum, const Dashboard& dashboard, const std::vector<std::size_t>& rows,
                       const RowFilter& filter, WorkProgress& progress) {
    const Summary summary = store::summarize(dashboard, filter);
    JsonWriter json;
    json.reserve(rows.size() * 1400 + 1024);
    json.beginObject();
    json.field("as_of", dashboard.today);
    json.key("filters");
    json.beginObject();
    json.key("role");
    json.textOrNull(filter.role);
    json.key("department");
    json.textOrNull(filter.department);
    json.key("status");
    json.textOrNull(filter.status == StatusFilter::Any ? std::string_view() : store::filterName(filter.status));
    json.key("search");
    json.textOrNull(filter.search);
    json.endObject();
    json.key("summary");
    json.beginObject();
    json.field("learners", summary.learners);
    json.field("compliant", summary.compliant);
    json.field("compliant_share", summary.compliantShare());
    json.field("expiring", summary.expiring);
    json.field("expired", summary.expired);
    json.field("overdue", summary.overdue);
    json.field("in_progress", summary.in_progress);
    json.field("not_started", summary.not_started);
    json.endObject();
    json.key("learners");
    json.beginArray();
    std::int64_t done = 0;
    for (std::size_t index : rows) {
        if (done++ % kRowsPerStep == 0) progress.step("Writing learners", done - 1, static_cast<std::int64_t>(rows.size()));
        const DashboardRow& row = dashboard.rows[index];
        const Learner& learner = row.learner;
        const progress::LearnerStatus& status = row.status;
        json.beginObject();
        json.field("employee_id", learner.employee_id);
        json.field("name", learner.name);
        json.key("email");
        json.textOrNull(learner.email);
        json.field("role", learner.role);
        json.field("role_title", roleTitle(curriculum, learner.role));
        json.field("department", learner.department);
        json.key("start_date");
        json.textOrNull(learner.start_date);
        json.field("archived", learner.archived);
        json.field("status", progress::stateName(status.state));
        json.field("compliant", status.compliant);
        json.field("due_date", formatDate(status.due));
        json.field("due_extended", status.due_extended);
        json.field("completed_on", status.completed_on);
        json.field("valid_until", status.valid_until);
        json.field("modules_completed", status.modules_completed);
        json.field("modules_required", status.modules_required);
        json.field("lessons_finished", status.lessons_finished);
        json.field("lessons_required", status.lessons_required);
        json.key("role_quiz");
        json.beginObject();
        json.field("passed", status.role_quiz_passed);
        json.field("passed_on", status.role_quiz_passed_on);
        json.field("attempts", status.role_quiz_attempts);
        json.field("best_score", status.role_quiz_best);
        json.endObject();
        json.key("modules");
        json.beginArray();
        for (const progress::ModuleStatus& module : status.modules) {
            json.beginObject();
            json.field("id", curriculum.modules()[static_cast<std::size_t>(module.module)].id);
            json.field("status", progress::stateName(module.state));
            json.field("lessons_finished", module.lessons_finished);
            json.field("lessons_total", module.lessons_total);
            json.field("started_on", module.started_on);
            json.field("completed_on", module.completed_on);
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.take() + '\n';
}

std::string reportText(FormatId format, const progress::Curriculum& curriculum, const Dashboard& dashboard,
                       const std::vector<std::size_t>& rows, const RowFilter& filter, WorkProgress& progress) {
    switch (format) {
    case FormatId::Csv: return reportCsv(curriculum, dashboard, rows, progress);
    case FormatId::Json: return reportJson(curriculum, dashboard, rows, filter, progress);
    default: break;
    }
    throw std::invalid_argument("a report is not written as " + std::string(formatOf(format).name));
}

std::string reportFile(FormatId format, const course::Course& course, const progress::Curriculum& curriculum,
                       const Dashboard& dashboard, const std::vector<std::size_t>& rows, const RowFilter& filter,
                       const std::vector<store::TopicRow>& topics, WorkProgress& progress) {
    if (format == FormatId::Pdf) return boardReportPdf(boardReportOf(course, dashboard, filter, topics));
    return reportText(format, curriculum, dashboard, rows, filter, progress);
}

}  // namespace ipprimer::exports
