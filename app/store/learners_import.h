// Importing a staff list (CSV) into the learners: every row checked first,
// a plan shown (or printed for --dry-run), then all of it written in one
// transaction by Roster::applyImport, or nothing when a row is bad unless
// bad rows are skipped.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "progress/status.h"
#include "store/roster.h"

namespace ipprimer::store {

// The columns a staff list may have, named in its first line (any case;
// spaces and hyphens count as underscores). name, employee_id and role are required.
inline constexpr std::string_view kImportColumns[] = {"name", "employee_id", "email", "role", "department", "start_date"};

enum class ImportAction { Add, Update, Unchanged, Error };

struct ImportRow {
    int line = 0;  // where the row starts in the file
    ImportAction action = ImportAction::Error;
    std::string name, employee_id, email, role, department, start_date;  // role: a role id
    std::int64_t learner_id = 0;           // Update, Unchanged: the learner with this employee id
    bool archived = false;                 // that learner is archived (and stays so)
    std::vector<std::string> changed;      // Update: the columns whose value changes
};

// One problem, reported as `FILE:line: error: message` (or warning).
struct ImportMessage {
    int line = 0;
    Severity severity = Severity::Error;
    std::string message;
};

struct ImportPlan {
    std::string file;  // the name used in messages
    std::vector<ImportRow> rows;
    std::vector<ImportMessage> messages;  // in line order
    // Which of kImportColumns the file has; a missing optional column keeps
    // the learner's current value on update.
    std::vector<std::string> columns;

    int count(ImportAction action) const;
    int errorCount() const;
    // `FILE:line: error: message` for each message, in order.
    std::vector<std::string> formattedMessages() const;
};

// Reads and checks a staff list against the course's roles and the learners
// already known (Roster::list(true)). Never throws on bad content.
ImportPlan planImport(const std::vector<Learner>& known_learners, const progress::Curriculum& curriculum,
                      std::string_view csv_text, std::string file);

struct ImportResult {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;  // bad rows left out
};

}  // namespace ipprimer::store
