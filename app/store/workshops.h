// Workshop sessions as the store keeps them: what a trainer planned, what the
// room answered in the group quiz, and who was credited (learning records).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/store_error.h"

namespace ipprimer::store {

// A lesson as it was presented; the title is kept so a session still reads
// right after the course file changes.
struct WorkshopLesson {
    std::string id;
    std::string title;
    bool operator==(const WorkshopLesson&) const = default;
};

struct NewWorkshop {
    std::string trainer;                  // required
    std::vector<WorkshopLesson> lessons;  // required, in the order presented
    std::vector<std::int64_t> expected;   // learner ids the trainer expects
    // When and where, as planned: YYYY-MM-DD, HH:MM (local), and a place.
    // The trainer's page asks for all three; the store refuses a malformed
    // date or time and keeps empty ones (sessions planned before they existed).
    std::string date;
    std::string time;
    std::string place;
};

// One answer option as the room saw it, with the hands raised for it.
struct GroupOption {
    std::string text;
    bool right = false;
    int count = 0;
    bool operator==(const GroupOption&) const = default;
};

// What the room answered to one bank question. Options carry the hands
// counted; room_answer is what the room agreed on when the trainer entered
// that instead (or as well).
struct GroupAnswer {
    std::string question_id;  // required
    std::string title;
    std::string type;                  // quiz::typeName
    std::vector<GroupOption> options;  // empty for short answer, numerical, matching
    std::string room_answer;           // as the trainer entered it; may be empty
    std::optional<bool> room_right;    // whether the room's answer was right
    std::int64_t at = 0;               // when it was recorded (set by the store)

    int hands() const;       // all hands counted
    int rightHands() const;  // hands on right options
    // Share of the room that was right: from the hands when any were counted,
    // else 1 or 0 from the room's answer; none when neither was entered.
    std::optional<double> shareRight() const;
    bool operator==(const GroupAnswer&) const = default;
};

// A session's credit taken back from a learner ("credit-withdrawn" event).
struct CreditWithdrawal {
    std::int64_t learner_id = 0;
    std::int64_t at = 0;  // unix milliseconds
    std::string by;       // who withdrew it
    std::string reason;   // as typed; may be empty
};

// A session as kept. Attendees come from the learners' "attended" and
// "credit-withdrawn" events, which are the record; the others are the
// session's own values.
struct Workshop {
    std::int64_t id = 0;
    std::string trainer;
    std::vector<WorkshopLesson> lessons;
    std::string date, time, place;              // as planned; empty for older sessions
    std::int64_t started_at = 0;                // unix milliseconds, UTC
    std::optional<std::int64_t> confirmed_at;   // attendance first confirmed
    std::vector<std::int64_t> expected;         // learner ids, in the order added
    std::vector<std::int64_t> attendees;        // credit that stands, in the order credited
    std::vector<CreditWithdrawal> withdrawn;    // credit taken back and not given again
    std::vector<GroupAnswer> group_quiz;        // in the order asked
};

// One line of the sessions list.
struct WorkshopSummary {
    std::int64_t id = 0;
    std::string trainer;
    std::string date, time, place;
    std::int64_t started_at = 0;
    std::optional<std::int64_t> confirmed_at;
    int lessons = 0;
    int expected = 0;
    int attendees = 0;
    int questions = 0;
};

class Workshops {
public:
    virtual ~Workshops() = default;

    // Starts a session; returns its id. Throws StoreError when the trainer's
    // name or the lessons are missing, or an expected learner is unknown.
    virtual std::int64_t start(const NewWorkshop& workshop) = 0;
    // Adds learners to those expected (already expected ones are skipped).
    virtual void expect(std::int64_t workshop_id, const std::vector<std::int64_t>& learner_ids) = 0;
    // Keeps what the room answered; answering the same question again in
    // the session replaces it (the trainer corrected a count).
    virtual void recordGroupAnswer(std::int64_t workshop_id, const GroupAnswer& answer) = 0;
    // Credits attendees, all in ONE transaction: for each learner, a
    // "finished" event per lesson of the session (context {"workshop": id})
    // and one "attended" event (object: the session id). Learners this
    // session already credited are skipped; returns how many were credited.
    // Throws StoreError (and records nothing) for an unknown session or learner.
    // A learner whose credit from the session was withdrawn may be credited again.
    virtual int confirmAttendance(std::int64_t workshop_id, const std::vector<std::int64_t>& learner_ids) = 0;
    // Takes back a learner's credit from a session (a no-show ticked by
    // mistake): one "credit-withdrawn" event, context {"by", "reason"}; no
    // record is changed. The lessons that session credited no longer count as
    // finished for the learner unless another record finished them
    // (progress/workshop_credit.h). Throws StoreError when `by` is empty or
    // the learner holds no credit from the session.
    virtual void withdrawCredit(std::int64_t workshop_id, std::int64_t learner_id, const std::string& by,
                                const std::string& reason) = 0;

    virtual std::optional<Workshop> find(std::int64_t workshop_id) = 0;
    // Every session, newest first.
    virtual std::vector<WorkshopSummary> list() = 0;
    // The sessions whose credit a learner holds, newest first.
    virtual std::vector<std::int64_t> attendedBy(std::int64_t learner_id) = 0;
};

}  // namespace ipprimer::store
