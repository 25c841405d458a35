// Status derivation: from one learner's records and the course's curriculum to
// the statuses of docs/statuses.md. One implementation for the manager's
// screens, the reports and the tests; plain values in, plain values out.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/dates.h"

namespace ipprimer::progress {

// What the course requires, as plain values (built from course::Course by
// progress/curriculum.h, so the store does not depend on course parsing).
struct CurriculumModule {
    std::string id;
    std::string title;
    std::vector<std::string> lesson_ids;  // as listed in course.toml
};

struct CurriculumRole {
    std::string id;
    std::string title;
    std::vector<std::string> modules;  // module ids, in course order
    int due_days = 0;                   // 0: the course's default_due_days
    int quiz_size = 0;
    int pass_mark = 0;                  // percent
    // When not empty, the only lessons of its modules the role must finish.
    std::vector<std::string> lessons = {};
};

enum class Grading { Highest, Last };

// Heterogeneous lookup, so a std::string_view read from SQLite finds its
// entry without building a std::string.
struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
using TextIndex = std::unordered_map<std::string, int, TextHash, std::equal_to<>>;

class Curriculum {
public:
    Curriculum() = default;
    Curriculum(std::vector<CurriculumModule> modules, std::vector<CurriculumRole> roles);

    int recertification_months = 24;
    int default_due_days = 30;
    Grading grading = Grading::Highest;

    const std::vector<CurriculumModule>& modules() const { return modules_; }
    const std::vector<CurriculumRole>& roles() const { return roles_; }
    const CurriculumRole* role(std::string_view id) const;
    // The module indexes a role requires, in its order (unknown modules left out).
    const std::vector<int>& roleModules(const CurriculumRole& role) const {
        return role_modules_[static_cast<std::size_t>(&role - roles_.data())];
    }
    // Index into modules(), or -1.
    int moduleIndex(std::string_view id) const;
    // Every lesson of every module, numbered in course order; -1 if unknown.
    int lessonIndex(std::string_view lesson_id) const;
    // course::Lesson ids with their indexes, sorted by id (byte order, as SQLite's
    // BINARY collation sorts them), for merging with sorted rows.
    const std::vector<std::pair<std::string, int>>& lessonsById() const { return lessons_by_id_; }
    int lessonCount() const { return static_cast<int>(lesson_ids_.size()); }
    const std::string& lessonId(int index) const { return lesson_ids_[static_cast<std::size_t>(index)]; }
    // The lesson indexes of a module, in its order.
    const std::vector<int>& moduleLessons(int module_index) const {
        return module_lessons_[static_cast<std::size_t>(module_index)];
    }
    // Whether a role must finish a lesson (by lessonIndex) of its modules.
    bool roleTakes(const CurriculumRole& role, int lesson) const {
        const auto& takes = role_takes_[static_cast<std::size_t>(&role - roles_.data())];
        return takes.empty() || takes[static_cast<std::size_t>(lesson)];
    }
    int dueDays(const CurriculumRole& role) const { return role.due_days > 0 ? role.due_days : default_due_days; }

private:
    std::vector<CurriculumModule> modules_;
    std::vector<CurriculumRole> roles_;
    TextIndex module_index_;
    TextIndex role_index_;
    std::vector<std::vector<int>> role_modules_;
    std::vector<std::vector<bool>> role_takes_;  // by role, by lesson index; empty: every lesson
    std::vector<std::pair<std::string, int>> lessons_by_id_;
    TextIndex lesson_index_;
    std::vector<std::string> lesson_ids_;
    std::vector<std::vector<int>> module_lessons_;
};

// --- one learner's records, as the derivation needs them ---------------------

struct LessonRecord {
    std::optional<Date> first_opened;
    std::optional<Date> first_finished;
};

struct QuizRecord {
    std::optional<Date> first_started;
    int attempts_started = 0;
    int attempts_finished = 0;
    std::optional<Date> last_finished;     // the most recent finished attempt
    bool last_passed = false;               // whether that attempt passed
    std::optional<Date> last_passed_on;     // the most recent attempt that passed
    std::optional<double> best_score;       // percent
};

struct LearnerRecords {
    std::string role;
    Date start;  // firstStart(): the day the first due date counts from
    std::vector<LessonRecord> lessons;                 // by Curriculum::lessonIndex; may be shorter
    std::vector<std::optional<Date>> practice_started; // by module index; may be shorter
    QuizRecord role_quiz;                              // QuizId::role(role)
    std::optional<Date> due_extended_to;               // the latest due-extended for this role

    // Conveniences for tests and loaders; unknown ids are ignored.
    LearnerRecords& opened(const Curriculum& curriculum, std::string_view lesson_id, Date on);
    LearnerRecords& finished(const Curriculum& curriculum, std::string_view lesson_id, Date on);
};

// The day a newcomer's first due date counts from: the later of their start
// date and the day they were added, so staff imported with a start date in
// the past get the whole period from the import (docs/statuses.md). Every
// store's reader builds LearnerRecords::start with this.
Date firstStart(std::optional<Date> start_date, Date added);

// --- statuses ------------------------------------------------------------------

enum class ModuleState { NotStarted, InProgress, Completed, Overdue };
enum class LearnerState { NotStarted, InProgress, Overdue, Compliant, Expiring, Expired };

// The names used in reports, filters and docs/statuses.md: "not-started", ...
std::string_view stateName(ModuleState state);
std::string_view stateName(LearnerState state);
std::optional<LearnerState> parseLearnerState(std::string_view name);

// The number of days before expiry during which a training is "expiring".
inline constexpr int kExpiringDays = 30;

struct ModuleStatus {
    int module = -1;  // index into Curriculum::modules()
    ModuleState state = ModuleState::NotStarted;
    int lessons_finished = 0;
    int lessons_total = 0;
    std::optional<Date> started_on;    // first lesson opened or finished, or practice quiz started
    std::optional<Date> completed_on;  // the day its last lesson was first finished
};

struct LearnerStatus {
    LearnerState state = LearnerState::NotStarted;
    bool compliant = false;     // Compliant or Expiring
    bool role_known = true;     // false: the learner's role is not in the course
    Date due;                   // when the training is due (for Expired: when it fell due again)
    bool due_extended = false;  // `due` comes from a manager's extension
    std::optional<Date> completed_on;  // training complete (latest cycle)
    std::optional<Date> valid_until;   // the last day the training is valid
    bool role_quiz_passed = false;
    std::optional<Date> role_quiz_passed_on;
    int role_quiz_attempts = 0;        // finished attempts
    std::optional<double> role_quiz_best;  // percent
    bool role_quiz_started = false;
    int modules_completed = 0;
    int modules_required = 0;
    int lessons_finished = 0;
    int lessons_required = 0;
    std::vector<ModuleStatus> modules;  // the role's modules, in course order
};

// Derives every status of docs/statuses.md for one learner on `today`.
LearnerStatus deriveStatus(const Curriculum& curriculum, const LearnerRecords& records, Date today);

}  // namespace ipprimer::progress
