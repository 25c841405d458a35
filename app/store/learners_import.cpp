// Staff-list import: the header, then every row checked against the course
// and the roster. Writing the plan is the roster's (Roster::applyImport).
#include "base/text.h"
#include "store/learners_import.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "base/csv_reader.h"
#include "base/dates.h"
#include "base/field_limits.h"
#include "base/utf8.h"

namespace ipprimer::store {
namespace {

// Every field of a learner is one line: a line break inside a quoted cell
// (a spreadsheet's wrapped text) becomes a space.
std::string oneLine(std::string text) {
    std::string out;
    bool in_break = false;
    for (char c : text) {
        if (c == '\n' || c == '\r') {
            if (!in_break) {
                while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
                out += ' ';
            }
            in_break = true;
            continue;
        }
        if (in_break && (c == ' ' || c == '\t')) continue;
        in_break = false;
        out += c;
    }
    return out;
}


// "Employee ID", "employee-id" and "employee_id" all name the same column
// (base's csvColumnKey); "E-mail" names email.
std::string columnKey(std::string_view header) {
    std::string key = csvColumnKey(header);
    if (key == "e_mail") key = "email";
    return key;
}

bool looksLikeEmail(std::string_view text) {
    const auto at = text.find('@');
    if (at == std::string_view::npos || at == 0 || at + 1 >= text.size()) return false;
    if (text.find('@', at + 1) != std::string_view::npos) return false;
    if (text.find_first_of(" \t,;<>") != std::string_view::npos) return false;
    const auto dot = text.find('.', at + 1);
    return dot != std::string_view::npos && dot + 1 < text.size() && dot > at + 1;
}

struct Known {
    std::int64_t id;
    Learner learner;
};

void addMessage(ImportPlan& plan, int line, Severity severity, std::string message) {
    plan.messages.push_back({line, severity, std::move(message)});
}

std::string roleList(const progress::Curriculum& curriculum) {
    std::string list;
    for (const progress::CurriculumRole& role : curriculum.roles()) list += (list.empty() ? "" : ", ") + role.id;
    return list;
}

// A role by id or by title, without regard to case.
const progress::CurriculumRole* findRole(const progress::Curriculum& curriculum, std::string_view text) {
    const std::string wanted = asciiLowered(text);
    for (const progress::CurriculumRole& role : curriculum.roles())
        if (asciiLowered(role.id) == wanted || asciiLowered(role.title) == wanted) return &role;
    return nullptr;
}

}  // namespace

int ImportPlan::count(ImportAction action) const {
    return static_cast<int>(std::count_if(rows.begin(), rows.end(), [&](const ImportRow& row) { return row.action == action; }));
}

int ImportPlan::errorCount() const {
    return static_cast<int>(std::count_if(messages.begin(), messages.end(),
                                          [](const ImportMessage& m) { return m.severity == Severity::Error; }));
}

std::vector<std::string> ImportPlan::formattedMessages() const {
    std::vector<std::string> lines;
    for (const ImportMessage& m : messages)
        lines.push_back(file + ":" + std::to_string(m.line) + (m.severity == Severity::Error ? ": error: " : ": warning: ") +
                        m.message);
    return lines;
}

ImportPlan planImport(const std::vector<Learner>& known_learners, const progress::Curriculum& curriculum,
                      std::string_view csv_text, std::string file) {
    ImportPlan plan;
    plan.file = std::move(file);
    const CsvTable table = parseCsv(csv_text);
    if (table.records.empty()) {
        addMessage(plan, 1, Severity::Error,
                   "the file is empty; its first line must name the columns: name, employee_id, role "
                   "(and optionally email, department, start_date)");
        return plan;
    }

    // --- the header -----------------------------------------------------------
    const CsvRecord& header = table.records.front();
    std::map<std::string, std::size_t> column_of;  // column key -> field index
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const std::string key = columnKey(header.fields[i]);
        const bool known = std::find(std::begin(kImportColumns), std::end(kImportColumns), key) != std::end(kImportColumns);
        if (!known) {
            if (!key.empty())
                addMessage(plan, header.line, Severity::Warning,
                           "column '" + trimmed(header.fields[i]) +
                               "' is not read (the columns are name, employee_id, email, role, department, start_date)");
            continue;
        }
        if (!column_of.emplace(key, i).second)
            addMessage(plan, header.line, Severity::Error, "column '" + key + "' is named twice");
    }
    for (std::string_view required : {"name", "employee_id", "role"})
        if (!column_of.count(std::string(required)))
            addMessage(plan, header.line, Severity::Error,
                       "the first line must name a column '" + std::string(required) +
                           "' (it names: " + [&] {
                               std::string names;
                               for (const std::string& f : header.fields) names += (names.empty() ? "" : ", ") + trimmed(f);
                               return names;
                           }() + ")");
    for (std::string_view column : kImportColumns)
        if (column_of.count(std::string(column))) plan.columns.emplace_back(column);
    if (plan.errorCount() > 0) return plan;

    // --- what the store knows ---------------------------------------------------
    std::unordered_map<std::string, Learner> by_employee_id;
    std::unordered_map<std::string, std::string> unnumbered_names;  // lowered name -> name, learners without employee id
    for (const Learner& learner : known_learners) {
        if (learner.employee_id.empty())
            unnumbered_names.emplace(asciiLowered(learner.name), learner.name);
        else
            by_employee_id.emplace(learner.employee_id, learner);
    }

    auto field = [&](const CsvRecord& record, std::string_view column) -> std::string {
        auto found = column_of.find(std::string(column));
        if (found == column_of.end() || found->second >= record.fields.size()) return {};
        return trimmed(oneLine(record.fields[found->second]));
    };

    // --- the rows -------------------------------------------------------------
    std::unordered_map<std::string, std::size_t> first_row_of_id;  // employee id -> index in plan.rows
    for (std::size_t r = 1; r < table.records.size(); ++r) {
        const CsvRecord& record = table.records[r];
        ImportRow row;
        row.line = record.line;
        std::vector<std::string> problems;
        if (!record.problem.empty()) problems.push_back(record.problem);
        if (record.fields.size() != header.fields.size() && record.problem.empty())
            problems.push_back("this row has " + std::to_string(record.fields.size()) + " fields but the first line names " +
                               std::to_string(header.fields.size()) + " (a missing or extra separator, or a quote not closed?)");
        bool utf8 = true;
        for (const std::string& f : record.fields) utf8 = utf8 && validUtf8(f);
        if (!utf8) problems.push_back("this row is not valid UTF-8 text (save the file as \"CSV UTF-8\")");

        row.name = field(record, "name");
        row.employee_id = field(record, "employee_id");
        row.email = field(record, "email");
        row.department = field(record, "department");
        row.start_date = trimmed(withoutControlCharacters(field(record, "start_date")));
        const std::string role_text = trimmed(withoutControlCharacters(field(record, "role")));

        // Limits and control characters (base/field_limits.h): a name too
        // long is refused, never cut; a control character is taken out.
        bool controls = false;
        for (auto [value, limit] : {std::pair{&row.name, &kNameLimit}, {&row.employee_id, &kEmployeeIdLimit},
                                   {&row.email, &kEmailLimit}, {&row.department, &kDepartmentLimit}}) {
            if (hasControlCharacters(*value)) {
                controls = true;
                *value = trimmed(withoutControlCharacters(*value));
            }
            if (std::string problem = lengthProblem(*limit, *value); !problem.empty()) {
                problems.push_back(std::move(problem));
                value->clear();  // not repeated in the messages below
            }
        }
        if (controls && problems.empty())
            addMessage(plan, row.line, Severity::Warning, "control characters (such as NUL or escape) were removed");

        if (problems.empty()) {
            if (row.name.empty()) problems.push_back("the name is empty");
            if (row.employee_id.empty())
                problems.push_back("the employee id is empty; every learner needs one, so that the next import updates them");
            if (role_text.empty()) {
                problems.push_back("the role is empty; the roles are: " + roleList(curriculum));
            } else if (const progress::CurriculumRole* role = findRole(curriculum, role_text)) {
                row.role = role->id;
            } else {
                problems.push_back("unknown role '" + role_text + "'; the roles are: " + roleList(curriculum));
            }
            if (!row.email.empty() && !looksLikeEmail(row.email))
                problems.push_back("'" + row.email + "' is not an e-mail address");
            if (!row.start_date.empty() && !parseDate(row.start_date))
                problems.push_back("start date '" + row.start_date + "' is not a date written YYYY-MM-DD");
        }

        if (!row.employee_id.empty() && problems.empty()) {
            auto [first, added] = first_row_of_id.try_emplace(row.employee_id, plan.rows.size());
            if (!added) {
                ImportRow& earlier = plan.rows[first->second];
                problems.push_back("employee id '" + row.employee_id + "' is also on line " + std::to_string(earlier.line));
                if (earlier.action != ImportAction::Error) {
                    earlier.action = ImportAction::Error;
                    addMessage(plan, earlier.line, Severity::Error,
                               "employee id '" + row.employee_id + "' is also on line " + std::to_string(row.line));
                }
            }
        }

        if (!problems.empty()) {
            row.action = ImportAction::Error;
            for (std::string& problem : problems) addMessage(plan, row.line, Severity::Error, std::move(problem));
            plan.rows.push_back(std::move(row));
            continue;
        }

        auto known = by_employee_id.find(row.employee_id);
        if (known == by_employee_id.end()) {
            row.action = ImportAction::Add;
            if (auto same = unnumbered_names.find(asciiLowered(row.name)); same != unnumbered_names.end())
                addMessage(plan, row.line, Severity::Warning,
                           "a profile named '" + same->second +
                               "' without an employee id already exists; this row adds another learner");
        } else {
            const Learner& learner = known->second;
            row.learner_id = learner.id;
            row.archived = learner.archived;
            auto compare = [&](std::string_view column, const std::string& now, const std::string& before) {
                if (column_of.count(std::string(column)) && now != before) row.changed.emplace_back(column);
            };
            compare("name", row.name, learner.name);
            compare("email", row.email, learner.email);
            compare("role", row.role, learner.role);
            compare("department", row.department, learner.department);
            compare("start_date", row.start_date, learner.start_date);
            row.action = row.changed.empty() ? ImportAction::Unchanged : ImportAction::Update;
            if (learner.archived)
                addMessage(plan, row.line, Severity::Warning,
                           learner.name + " (" + row.employee_id + ") is archived; the row updates them but they stay archived");
        }
        plan.rows.push_back(std::move(row));
    }
    if (table.records.size() == 1) addMessage(plan, header.line, Severity::Warning, "the file names its columns but lists no one");
    std::stable_sort(plan.messages.begin(), plan.messages.end(),
                     [](const ImportMessage& a, const ImportMessage& b) { return a.line < b.line; });
    return plan;
}

}  // namespace ipprimer::store
