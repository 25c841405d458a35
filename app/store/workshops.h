// The values of a workshop session as the store keeps them: what a trainer
// planned, what the room answered in the group quiz, and who was credited.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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

}  // namespace ipprimer::store
