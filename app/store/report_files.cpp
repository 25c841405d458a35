// CSV and JSON renderings of the dashboard's rows.
#include "store/report_files.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <system_error>

#include "store/csv.h"
#include "base/utf8.h"

namespace ipprimer::store {
namespace {

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

std::string reportCsv(const progress::Curriculum& curriculum, const Dashboard& dashboard, const std::vector<std::size_t>& rows) {
    std::vector<std::string> header{"employee_id", "name",          "email",           "role",
                                    "role_title",  "department",    "start_date",      "status",
                                    "compliant",   "due_date",      "completed_on",    "valid_until",
                                    "modules_completed", "modules_required", "lessons_finished", "lessons_required",
                                    "role_quiz",   "role_quiz_passed_on", "role_quiz_attempts", "role_quiz_best",
                                    "archived"};
    for (const progress::CurriculumModule& module : curriculum.modules()) header.push_back(module.id);
    std::string text = csvLine(header);
    text.reserve(rows.size() * 220 + text.size());
    for (std::size_t index : rows) {
        const DashboardRow& row = dashboard.rows[index];
        const Learner& learner = row.learner;
        const progress::LearnerStatus& status = row.status;
        bool first = true;
        auto cell = [&](std::string_view value) {
            if (!first) text += ',';
            first = false;
            appendCsvCell(text, value);
        };
        cell(learner.employee_id);
        cell(learner.name);
        cell(learner.email);
        cell(learner.role);
        cell(roleTitle(curriculum, learner.role));
        cell(learner.department);
        cell(learner.start_date);
        cell(progress::stateName(status.state));
        cell(status.compliant ? "yes" : "no");
        cell(formatDate(status.due));
        cell(dateText(status.completed_on));
        cell(dateText(status.valid_until));
        cell(std::to_string(status.modules_completed));
        cell(std::to_string(status.modules_required));
        cell(std::to_string(status.lessons_finished));
        cell(std::to_string(status.lessons_required));
        cell(quizText(status));
        cell(dateText(status.role_quiz_passed_on));
        cell(std::to_string(status.role_quiz_attempts));
        cell(percentText(status.role_quiz_best));
        cell(learner.archived ? "yes" : "no");
        for (const std::string& module : moduleCells(curriculum, status)) cell(module);
        text += "\r\n";
    }
    return text;
}

namespace {

// A small streaming JSON writer, two-space indented: the report of 10,000
// learners is written in a few milliseconds, where building a document
// tree first took a quarter of a second.
class JsonWriter {
public:
    std::string text;

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(std::string_view name) {
        separate();
        quoted(name);
        text += ": ";
        after_key_ = true;
    }
    void value(std::string_view v) {
        separate();
        quoted(v);
    }
    void value(const char* v) { value(std::string_view(v)); }
    void value(bool v) {
        separate();
        text += v ? "true" : "false";
    }
    void value(int v) {
        separate();
        text += std::to_string(v);
    }
    void value(double v) {
        separate();
        char buffer[32];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
        text.append(buffer, result.ptr);
    }
    void null() {
        separate();
        text += "null";
    }
    void date(const std::optional<Date>& d) {
        if (d)
            value(formatDate(*d));
        else
            null();
    }
    void textOrNull(const std::string& v) {
        if (v.empty())
            null();
        else
            value(v);
    }
    template <class T>
    void field(std::string_view name, const T& v) {
        key(name);
        value(v);
    }

private:
    void open(char bracket) {
        separate();
        text += bracket;
        first_.push_back(true);
    }
    void close(char bracket) {
        const bool empty = first_.back();
        first_.pop_back();
        if (!empty) newline();
        text += bracket;
    }
    // Before a value: a comma after the previous one, and a new indented line.
    void separate() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (first_.empty()) return;
        if (!first_.back()) text += ',';
        first_.back() = false;
        newline();
    }
    void newline() {
        text += '\n';
        text.append(first_.size() * 2, ' ');
    }
    // RFC 8259 escapes; bytes that are not UTF-8 become U+FFFD, so the file stays valid.
    void quoted(std::string_view v) {
        text += '"';
        const bool plain = std::all_of(v.begin(), v.end(), [](char c) {
            const auto byte = static_cast<unsigned char>(c);
            return byte >= 0x20 && byte < 0x80 && c != '"' && c != '\\';
        });
        if (plain) {  // most keys and values: nothing to escape
            text.append(v);
            text += '"';
            return;
        }
        const bool valid = validUtf8(v);
        for (char c : v) {
            const auto byte = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                text += '\\';
                text += c;
            } else if (byte < 0x20) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04x", byte);
                text += escape;
            } else if (!valid && byte >= 0x80) {
                text += "\xEF\xBF\xBD";
            } else {
                text += c;
            }
        }
        text += '"';
    }

    std::vector<bool> first_;  // per open bracket: nothing written in it yet
    bool after_key_ = false;
};

}  // namespace

std::string reportJson(const progress::Curriculum& curriculum, const Dashboard& dashboard, const std::vector<std::size_t>& rows,
                       const RowFilter& filter) {
    const Summary summary = summarize(dashboard, filter);
    JsonWriter json;
    json.text.reserve(rows.size() * 1400 + 1024);
    json.beginObject();
    json.field("as_of", formatDate(dashboard.today));
    json.key("filters");
    json.beginObject();
    json.key("role");
    json.textOrNull(filter.role);
    json.key("department");
    json.textOrNull(filter.department);
    json.key("status");
    json.textOrNull(filter.status == StatusFilter::Any ? std::string() : std::string(filterName(filter.status)));
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
    for (std::size_t index : rows) {
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
        json.key("completed_on");
        json.date(status.completed_on);
        json.key("valid_until");
        json.date(status.valid_until);
        json.field("modules_completed", status.modules_completed);
        json.field("modules_required", status.modules_required);
        json.field("lessons_finished", status.lessons_finished);
        json.field("lessons_required", status.lessons_required);
        json.key("role_quiz");
        json.beginObject();
        json.field("passed", status.role_quiz_passed);
        json.key("passed_on");
        json.date(status.role_quiz_passed_on);
        json.field("attempts", status.role_quiz_attempts);
        json.key("best_score");
        if (status.role_quiz_best)
            json.value(*status.role_quiz_best);
        else
            json.null();
        json.endObject();
        json.key("modules");
        json.beginArray();
        for (const progress::ModuleStatus& module : status.modules) {
            json.beginObject();
            json.field("id", curriculum.modules()[static_cast<std::size_t>(module.module)].id);
            json.field("status", progress::stateName(module.state));
            json.field("lessons_finished", module.lessons_finished);
            json.field("lessons_total", module.lessons_total);
            json.key("started_on");
            json.date(module.started_on);
            json.key("completed_on");
            json.date(module.completed_on);
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.text += '\n';
    return std::move(json.text);
}

void saveReport(const std::filesystem::path& path, const std::string& text) {
    if (path.empty()) throw StoreError("no file name was given for the report");
    std::filesystem::path temporary = path;
    temporary += ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) throw StoreError("cannot write " + path.string() + ": the folder does not exist or is not writable");
        out << text;
        out.flush();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            throw StoreError("cannot write " + path.string() + " (is the disk full?)");
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::filesystem::remove(temporary, error);
        throw StoreError("cannot write " + path.string() + ": " + error.message());
    }
}

}  // namespace ipprimer::store
