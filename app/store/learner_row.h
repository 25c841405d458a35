// One learner as a row of the learners table: the columns in the order the
// store selects them, and the reader of such a row. Shared by the store and
// the reports so the two never disagree on a column.
#pragma once

#include <string_view>

#include "store/sqlite.h"
#include "store/roster.h"

namespace ipprimer::store {

#define IPPRIMER_LEARNER_COLUMNS "id, name, employee_id, email, role, department, start_date, archived, created_at"
inline constexpr std::string_view kLearnerColumns = IPPRIMER_LEARNER_COLUMNS;

inline Learner readLearner(const Statement& row) {
    Learner learner;
    learner.id = row.columnInt64(0);
    learner.name = row.columnText(1);
    learner.employee_id = row.columnText(2);
    learner.email = row.columnText(3);
    learner.role = row.columnText(4);
    learner.department = row.columnText(5);
    learner.start_date = row.columnText(6);
    learner.archived = row.columnInt64(7) != 0;
    learner.created_at = row.columnInt64(8);
    return learner;
}

}  // namespace ipprimer::store
