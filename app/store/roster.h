// The roster: the people who learn, and what managers do about them (due-date
// extensions, archiving), each action a recorded event saying who and when.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/dates.h"
#include "store/store_error.h"

namespace ipprimer::store {

struct ImportPlan;    // learners_import.h
struct ImportResult;

struct NewLearner {
    std::string name;         // required
    std::string employee_id;  // may be empty (stored as NULL); unique otherwise
    std::string email;
    std::string role;         // required: a role id of the course
    std::string department;
    // Records that come from elsewhere (demo data; later, the organisation's
    // roster) carry these too; a profile made in the program leaves them.
    std::string start_date;       // YYYY-MM-DD, or empty
    bool archived = false;        // the caller records the `archived` event itself
    std::int64_t created_at = 0;  // unix milliseconds, UTC; 0: now by the store's clock
};

struct Learner {
    std::int64_t id = 0;
    std::string name, employee_id, email, role, department;
    std::string start_date;  // YYYY-MM-DD, or empty
    bool archived = false;
    std::int64_t created_at = 0;  // unix milliseconds, UTC
};

class Roster {
public:
    virtual ~Roster() = default;

    // Learners are never deleted. Surrounding spaces are trimmed from every
    // field. Throws StoreError when the name or role is empty or the employee
    // id is already taken.
    virtual std::int64_t add(const NewLearner& learner) = 0;
    // The same for many, in one transaction: all are added or none. Returns
    // their ids in the order given.
    virtual std::vector<std::int64_t> add(std::span<const NewLearner> learners) = 0;

    // Ordered by name (ASCII letters without regard to case), then by id.
    virtual std::vector<Learner> list(bool include_archived = false) = 0;
    virtual std::optional<Learner> find(std::int64_t learner_id) = 0;

    // Writes a staff-list import (see planImport) in one transaction,
    // matching learners by employee id as they are at that moment. Throws
    // StoreError, writing nothing, when the plan has errors and
    // `skip_bad_rows` is false, or when the database refuses.
    virtual ImportResult applyImport(const ImportPlan& plan, bool skip_bad_rows) = 0;

    // Records a `due-extended` event for the learner's current role: from now
    // the training is due on `due` (the latest extension wins). `by` names the
    // manager. Throws StoreError for an unknown learner, an empty name, or a
    // due date before today.
    virtual void extendDueDate(std::int64_t learner_id, Date due, std::string_view by) = 0;

    // Archives a learner (they leave every list and report but their records
    // stay) or brings them back; records `archived` / `restored` with who did
    // it, in one transaction with the learner's flag. Throws StoreError for an
    // unknown learner or an empty name; archiving an archived learner (or
    // restoring an active one) does nothing.
    virtual void archive(std::int64_t learner_id, std::string_view by) = 0;
    virtual void restore(std::int64_t learner_id, std::string_view by) = 0;
};

}  // namespace ipprimer::store
