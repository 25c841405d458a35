// The plain inputs of xAPI export: one learning record as the events table
// holds it, what the course says about its object, and the organisation's
// settings. Whoever reads the store fills these; nothing here reads it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ipprimer::exports::xapi {

// cmi.interaction's kinds (xAPI 1.0.3, Interaction Activities).
enum class InteractionType { TrueFalse, Choice, FillIn, LongFillIn, Matching, Performance, Sequencing, Likert, Numeric, Other };

struct InteractionComponent {
    std::string id;           // unique in its list, no spaces
    std::string description;  // what the learner sees
};

// A question as an xAPI interaction activity.
struct Interaction {
    InteractionType type = InteractionType::Other;
    // Every pattern that is fully right; nullopt when any answer counts (an
    // essay) or the right ones cannot all be listed (a wildcard answer).
    std::optional<std::vector<std::string>> correct_responses;
    std::vector<InteractionComponent> choices;  // choice, sequencing
    std::vector<InteractionComponent> source;   // matching: the items
    std::vector<InteractionComponent> target;   // matching: their matches
};

struct Learner {
    std::string name;
    std::string employee_id;
    std::string email;
};

// One row of `events` (docs/design-notes.md, "The learning records").
struct Record {
    std::string uuid;             // the event's id: the statement's id
    std::string installation_id;  // the PC that wrote it
    Learner learner;
    std::string verb;  // opened, finished, attempt-started, answered, attempt-finished, attended, ...
    std::string object_id;
    std::optional<std::int64_t> attempt_id;
    // The UUID of the attempt's `attempt-started` event, the same on every
    // PC; when set, the registration is made from it instead of attempt_id.
    std::string attempt;
    std::optional<double> score;        // answered 0..1, attempt-finished 0..100
    std::string response_json;          // answered: the recorded response
    std::optional<std::int64_t> duration_ms;
    std::string context_json;
    std::int64_t timestamp_ms = 0;

    // From the course as it is now (titles may be empty when the object is gone).
    std::string object_title;  // the lesson, question, quiz or workshop session
    std::string module_id;     // the lesson's module, or a module quiz's
    std::string module_title;
    std::string quiz_title;    // answered in an attempt: its quiz's title
    std::optional<Interaction> interaction;  // answered: the question

    // credit-withdrawn: the UUIDs of the records the session's credit made
    // for this learner (its "attended" and the lessons it finished), which
    // the withdrawal takes back; empty when none is in these records.
    std::vector<std::string> takes_back;
};

struct Settings {
    // Activities are named under this absolute IRI (lessons/<id>, questions/<id>, ...).
    std::string activity_base = "https://ipprimer.example/xapi";
    // Learners are identified by an account on this system (name: the employee
    // id) when it is set and they have an employee id; otherwise by e-mail.
    std::string account_home_page;
    std::string course_title = "Intellectual property and confidentiality";
    std::string platform = "IP Primer";
    std::string language = "en";  // RFC 5646: the language the course is written in
};

}  // namespace ipprimer::exports::xapi
