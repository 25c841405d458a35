// The dashboard's rows built from the summaries' rows, whichever store read
// them (the local file or the organisation's server): one learner per row,
// the records progress::deriveStatus needs, and that rule's verdict. So both
// stores give every learner the same status from the same records.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/dates.h"
#include "progress/status.h"
#include "store/dashboard.h"

namespace ipprimer::store {

// One row of a quiz summary (quiz_progress); times in unix milliseconds.
struct QuizSummary {
    std::optional<std::int64_t> first_started_at;
    int attempts_started = 0;
    int attempts_finished = 0;
    std::optional<std::int64_t> last_finished_at;
    bool last_passed = false;
    std::optional<std::int64_t> last_passed_at;
    std::optional<double> best_score;
};

// Learner id -> row. Ids are handed out one after another, so a vector
// indexed by id is the quickest map; a hash map serves odd sparse ids.
class LearnerPositions {
public:
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    void emplace(std::int64_t id, std::size_t index);
    std::size_t find(std::int64_t id) const;

private:
    static constexpr std::int64_t kDenseLimit = 50'000'000;
    std::vector<std::size_t> dense_;
    std::unordered_map<std::int64_t, std::size_t> sparse_;
};

class DashboardBuilder {
public:
    explicit DashboardBuilder(const progress::Curriculum& curriculum) : curriculum_(curriculum) {}

    // Learners first; then their rows in any order. Rows of a learner not
    // added (archived and left out, say) are skipped.
    void addLearner(Learner learner);
    std::size_t learnerCount() const { return rows_.size(); }
    // first_opened_at and first_finished_at: 0 for none.
    void addLesson(std::int64_t learner_id, std::string_view lesson_id, std::int64_t first_opened_at,
                   std::int64_t first_finished_at);
    void addQuiz(std::int64_t learner_id, std::string_view quiz, const QuizSummary& summary);
    // A manager's due-date extension (`due-extended`): `object` the quiz id of
    // the role it was given for, `due` its date as written. The one with the
    // highest `order` wins: the store says which came last.
    using Order = std::pair<std::int64_t, std::int64_t>;
    void addDueExtension(std::int64_t learner_id, std::string_view object, Order order, std::string_view due);

    // Every learner's status on `today`, by name (ASCII letters without
    // regard to case, then as written, then by id).
    Dashboard finish(Date today) &&;

private:
    const progress::Curriculum& curriculum_;
    LocalCalendar calendar_;
    std::vector<DashboardRow> rows_;
    std::vector<progress::LearnerRecords> records_;
    std::vector<std::string> role_quiz_;           // QuizId::role(role).text() per row
    std::vector<std::optional<Order>> due_order_;  // order of the extension kept per row
    LearnerPositions position_;
    // Lesson rows usually come sorted by learner and lesson id (a primary
    // key's order): each is matched by walking the course's lessons sorted
    // by id beside them, which beats a hash lookup; a row out of order starts
    // the walk again (slower, still right).
    std::int64_t walk_learner_ = -1;
    std::size_t walk_cursor_ = 0;
};

}  // namespace ipprimer::store
