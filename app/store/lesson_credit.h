// Lesson statuses of a learner some of whose workshop credit was withdrawn:
// the finishes that still count, by the rule of progress/workshop_credit.h.
// Internal to the SQLite store; SqliteLessons asks here first.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

#include "store/sqlite.h"
#include "store/lessons.h"

namespace ipprimer::store {

// nullopt when the learner never had a credit withdrawn (the quicker reading
// of every "finished" event holds); else every lesson opened or finished,
// finished only where a finish still counts.
std::optional<std::unordered_map<std::string, LessonStatus>> statusesAfterWithdrawals(Database& db,
                                                                                      std::int64_t learner_id);

}  // namespace ipprimer::store
