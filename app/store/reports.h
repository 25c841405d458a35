// The reads behind the manager's screens and `ipprimer report`: the
// dashboard's rows, one learner's history, and first answers for the topics.
// What is done with them (filters, sorting, summaries, topics) is pure and
// lives beside their types (dashboard.h, learner_history.h, topics.h).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "base/dates.h"
#include "store/dashboard.h"
#include "store/learner_history.h"
#include "store/store_error.h"
#include "store/topics.h"

namespace ipprimer::store {

class Reports {
public:
    virtual ~Reports() = default;

    // Every learner (active ones only unless `include_archived`) with their
    // status on `today`, by name. Reads the learners and the progress
    // summaries, never walks the events.
    virtual Dashboard dashboard(const progress::Curriculum& curriculum, Date today, bool include_archived = false) = 0;
    // One learner's row, by the same rules; nullopt for an unknown id.
    virtual std::optional<DashboardRow> dashboardRow(const progress::Curriculum& curriculum, std::int64_t learner_id,
                                                     Date today) = 0;
    // Everything one learner did, for the manager's detail screen.
    virtual LearnerHistory learnerHistory(std::int64_t learner_id) = 0;
    // First answers of active learners, counted per question and role (see topics.h).
    virtual std::vector<FirstAnswerCount> firstAnswerCounts() = 0;
};

}  // namespace ipprimer::store
