// Everything one learner did, for the manager's detail screen: lessons,
// quiz attempts with their answers, and what managers did about them
// (read by Reports::learnerHistory).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ipprimer::store {

struct LessonHistory {
    std::string lesson_id;
    std::optional<std::int64_t> first_opened_at;    // unix ms
    std::optional<std::int64_t> first_finished_at;
    // The workshop session whose credit is that first finish, if one is.
    std::optional<std::int64_t> workshop_id;
};

// A workshop session that credited the learner ("attended"), with the
// session's plan; one per credit given, so a credit withdrawn and given
// again shows twice.
struct WorkshopAttended {
    std::int64_t workshop_id = 0;
    std::string trainer;
    std::string date;  // YYYY-MM-DD as planned, else the local day it started
    std::string time, place;
    std::int64_t credited_at = 0;              // unix ms
    std::optional<std::int64_t> withdrawn_at;  // the credit was taken back after
    std::string withdrawn_by, reason;
};

struct AnswerHistory {
    std::string question_id;
    std::optional<double> score;  // 0..1
    std::string response;         // JSON as recorded
    std::optional<std::int64_t> duration_ms;
    std::int64_t at = 0;
};

struct AttemptHistory {
    std::int64_t id = 0;  // the attempt id: the attempt-started row's attempt_id, or its row id
    std::string quiz;     // "role:<id>" or "module:<id>"
    std::string kind;     // "role", "practice", or "" when not recorded
    std::optional<std::int64_t> started_at;
    std::optional<std::int64_t> finished_at;
    std::optional<double> score;  // percent
    std::optional<bool> passed;
    std::optional<int> pass_mark;
    std::optional<std::int64_t> duration_ms;
    std::vector<std::string> questions;  // as planned when it started
    std::vector<AnswerHistory> answers;   // in the order given
};

struct ManagerAction {
    std::string verb;  // "due-extended", "archived", "restored"
    std::string object;
    std::string due;   // due-extended: YYYY-MM-DD
    std::string by;
    std::int64_t at = 0;
};

struct LearnerHistory {
    std::vector<LessonHistory> lessons;         // any order; the screen orders by course
    std::vector<AttemptHistory> attempts;        // newest first
    std::vector<AnswerHistory> review_answers;   // answers outside any attempt, newest first
    std::vector<ManagerAction> actions;         // newest first
    std::vector<WorkshopAttended> workshops;     // in the order credited
};

}  // namespace ipprimer::store
