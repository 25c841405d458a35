// The learning records as the program sees them: learners, what they did, what
// follows from it, and preferences. Values in, values out; nothing formatted.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/sqlite.h"

namespace ipprimer::store {

struct NewLearner {
    std::string name;         // required
    std::string employee_id;  // may be empty (stored as NULL); unique otherwise
    std::string email;
    std::string role;         // required: a role id of the course
    std::string department;
};

struct Learner {
    std::int64_t id = 0;
    std::string name, employee_id, email, role, department;
    std::string start_date;  // YYYY-MM-DD, or empty
    bool archived = false;
    std::int64_t created_at = 0;  // unix milliseconds, UTC
};

enum class LessonStatus { NotStarted, InProgress, Finished };

// One open database. Not for use from two threads at once; moves, never copies.
class Store {
public:
    // Unix milliseconds, UTC. Tests set their own to be deterministic.
    using Clock = std::function<std::int64_t()>;
    static std::int64_t systemClock();

    // Opens (creating or upgrading as needed) the database at `path`, or a
    // private in-memory one for ":memory:". See openDatabase() in schema.h for
    // what is refused. Throws StoreError.
    static Store open(const std::filesystem::path& path);

    void setClock(Clock clock) { clock_ = std::move(clock); }
    const std::filesystem::path& path() const { return db_.path(); }

    // Learners are never deleted. Surrounding spaces are trimmed from every
    // field. Throws StoreError when the name or role is empty or the employee
    // id is already taken.
    std::int64_t addLearner(const NewLearner& learner);
    // Ordered by name (ASCII letters without regard to case).
    std::vector<Learner> learners(bool include_archived = false);
    std::optional<Learner> learner(std::int64_t id);

    // Application preferences (last profile, text scale). Not learning
    // records: they are replaced in place.
    std::optional<std::string> setting(std::string_view key);
    void setSetting(std::string_view key, std::string_view value);

    // Each records one event in its own transaction, on disk when the call
    // returns. Throws StoreError for an unknown learner or an empty lesson id.
    void recordLessonOpened(std::int64_t learner_id, std::string_view lesson_id);
    void recordLessonFinished(std::int64_t learner_id, std::string_view lesson_id);

    // Every lesson the learner has opened or finished; a lesson that is
    // missing is NotStarted.
    std::unordered_map<std::string, LessonStatus> lessonStatuses(std::int64_t learner_id);
    LessonStatus lessonStatus(std::int64_t learner_id, std::string_view lesson_id);
    // The lesson the learner opened most recently, for "continue where I left off".
    std::optional<std::string> lastOpenedLesson(std::int64_t learner_id);

    std::int64_t eventCount();

private:
    explicit Store(Database db) : db_(std::move(db)) {}
    void recordEvent(std::int64_t learner_id, std::string_view verb, std::string_view object);

    Database db_;
    Clock clock_ = systemClock;
};

}  // namespace ipprimer::store
