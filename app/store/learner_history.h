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
};

}  // namespace ipprimer::store
