// A learner's reading: lessons opened and finished, recorded as events, and
// the status of each lesson that follows from them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/store_error.h"

namespace ipprimer::store {

enum class LessonStatus { NotStarted, InProgress, Finished };

class Lessons {
public:
    virtual ~Lessons() = default;

    // Each records one event in its own transaction, on disk when the call
    // returns. Throws StoreError for an unknown learner or an empty lesson id.
    virtual void recordOpened(std::int64_t learner_id, std::string_view lesson_id) = 0;
    virtual void recordFinished(std::int64_t learner_id, std::string_view lesson_id) = 0;

    // Every lesson the learner has opened or finished; a lesson that is
    // missing is NotStarted.
    virtual std::unordered_map<std::string, LessonStatus> statuses(std::int64_t learner_id) = 0;
    virtual LessonStatus status(std::int64_t learner_id, std::string_view lesson_id) = 0;
    // The lesson the learner opened most recently, for "continue where I left off".
    virtual std::optional<std::string> lastOpened(std::int64_t learner_id) = 0;
};

}  // namespace ipprimer::store
