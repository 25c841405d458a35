// Staff-list import: header, rows, checks, then one transaction.
#include "base/text.h"
#include "store/verbs.h"
#include "store/learners_import.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "base/csv_reader.h"
#include "base/dates.h"
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

std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// "Employee ID", "employee-id" and "employee_id" all name the same column.
std::string columnKey(std::string_view header) {
    std::string key = lowered(trimmed(header));
    for (char& c : key)
        if (c == ' ' || c == '-') c = '_';
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
    const std::string wanted = lowered(text);
    for (const progress::CurriculumRole& role : curriculum.roles())
        if (lowered(role.id) == wanted || lowered(role.title) == wanted) return &role;
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

ImportPlan planImport(Store& store, const progress::Curriculum& curriculum, std::string_view csv_text, std::string file) {
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
    for (Learner& learner : store.learners(true)) {
        if (learner.employee_id.empty())
            unnumbered_names.emplace(lowered(learner.name), learner.name);
        else
            by_employee_id.emplace(learner.employee_id, std::move(learner));
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
        row.start_date = field(record, "start_date");
        const std::string role_text = field(record, "role");

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
            if (auto same = unnumbered_names.find(lowered(row.name)); same != unnumbered_names.end())
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

ImportResult applyImport(Store& store, const ImportPlan& plan, bool skip_bad_rows) {
    ImportResult result;
    const int errors = plan.errorCount();
    if (errors > 0 && !skip_bad_rows)
        throw StoreError(plan.file + " has " + std::to_string(errors) + " error(s); nothing was imported");
    const bool header_broken = std::any_of(plan.messages.begin(), plan.messages.end(), [](const ImportMessage& m) {
        return m.severity == Severity::Error && m.line <= 1;
    });
    if (header_broken && plan.rows.empty())
        throw StoreError(plan.file + ": the first line does not name the columns needed; nothing was imported");

    auto has = [&](std::string_view column) {
        return std::find(plan.columns.begin(), plan.columns.end(), column) != plan.columns.end();
    };
    auto optional = [](Statement& statement, int index, const std::string& value) {
        if (value.empty())
            statement.bind(index, nullptr);
        else
            statement.bind(index, std::string_view(value));
    };

    Database& db = store.database();
    Transaction transaction(db);
    Statement find(db, "SELECT id, name, email, role, department, start_date FROM learners WHERE employee_id = ?1");
    Statement insert(db,
                     "INSERT INTO learners (name, employee_id, email, role, department, start_date, created_at)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    Statement update(db,
                     "UPDATE learners SET name = ?2, email = ?3, role = ?4, department = ?5, start_date = ?6"
                     " WHERE id = ?1");
    const std::int64_t now = store.now();
    for (const ImportRow& row : plan.rows) {
        if (row.action == ImportAction::Error) {
            ++result.skipped;
            continue;
        }
        find.reset();
        find.bind(1, std::string_view(row.employee_id));
        if (!find.step()) {
            insert.reset();
            insert.bind(1, std::string_view(row.name)).bind(2, std::string_view(row.employee_id));
            optional(insert, 3, row.email);
            insert.bind(4, std::string_view(row.role)).bind(5, std::string_view(row.department));
            optional(insert, 6, row.start_date);
            insert.bind(7, now);
            insert.step();
            ++result.added;
            continue;
        }
        // Columns the file does not have keep the learner's current value.
        const std::int64_t id = find.columnInt64(0);
        const std::string name = has("name") ? row.name : find.columnText(1);
        const std::string email = has("email") ? row.email : find.columnText(2);
        const std::string role = has("role") ? row.role : find.columnText(3);
        const std::string department = has("department") ? row.department : find.columnText(4);
        const std::string start_date = has("start_date") ? row.start_date : find.columnText(5);
        const bool same = name == find.columnText(1) && email == find.columnText(2) && role == find.columnText(3) &&
                          department == find.columnText(4) && start_date == find.columnText(5);
        if (same) {
            ++result.unchanged;
            continue;
        }
        update.reset();
        update.bind(1, id).bind(2, std::string_view(name));
        optional(update, 3, email);
        update.bind(4, std::string_view(role)).bind(5, std::string_view(department));
        optional(update, 6, start_date);
        update.step();
        ++result.updated;
    }
    transaction.commit();
    return result;
}

}  // namespace ipprimer::store
