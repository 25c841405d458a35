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
#include "store/workshops.h"

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
    // The time by the store's clock, for records written beside the store's own.
    std::int64_t now() const { return clock_(); }
    const std::filesystem::path& path() const { return db_.path(); }
    // The connection, for the store's other parts (reports, import, manager
    // actions); screens never use it.
    Database& database() { return db_; }

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

    // --- Workshops (workshops.cpp) ------------------------------------------
    // Starts a session; returns its id. Throws StoreError when the trainer's
    // name or the lessons are missing, or an expected learner is unknown.
    std::int64_t startWorkshop(const NewWorkshop& workshop);
    // Adds learners to those expected (already expected ones are skipped).
    void expectAttendees(std::int64_t workshop_id, const std::vector<std::int64_t>& learner_ids);
    // Keeps what the room answered; answering the same question again in
    // the session replaces it (the trainer corrected a count).
    void recordGroupAnswer(std::int64_t workshop_id, const GroupAnswer& answer);
    // Credits attendees, all in ONE transaction: for each learner, a
    // "finished" event per lesson of the session (context {"workshop": id})
    // and one "attended" event (object: the session id). Learners this
    // session already credited are skipped; returns how many were credited.
    // Throws StoreError (and records nothing) for an unknown session or learner.
    // A learner whose credit from the session was withdrawn may be credited again.
    int confirmAttendance(std::int64_t workshop_id, const std::vector<std::int64_t>& learner_ids);
    // Takes back a learner's credit from a session (a no-show ticked by
    // mistake): one "credit-withdrawn" event, context {"by", "reason"}; no
    // record is changed. The lessons that session credited no longer count as
    // finished for the learner unless another record finished them
    // (progress/workshop_credit.h). Throws StoreError when `by` is empty or
    // the learner holds no credit from the session.
    void withdrawCredit(std::int64_t workshop_id, std::int64_t learner_id, const std::string& by,
                        const std::string& reason);
    std::optional<Workshop> workshop(std::int64_t workshop_id);
    // Every session, newest first.
    std::vector<WorkshopSummary> workshops();
    // The sessions whose credit a learner holds, newest first.
    std::vector<std::int64_t> workshopsAttended(std::int64_t learner_id);

private:
    explicit Store(Database db) : db_(std::move(db)) {}
    void recordEvent(std::int64_t learner_id, std::string_view verb, std::string_view object);

    Database db_;
    Clock clock_ = systemClock;
};

}  // namespace ipprimer::store
