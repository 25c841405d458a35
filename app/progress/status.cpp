// The derivation of docs/statuses.md. Every rule of that page is one or two
// lines here; keep the two in step.
#include "progress/status.h"

#include <algorithm>
#include <array>

namespace ipprimer::progress {
namespace {

void keepEarliest(std::optional<Date>& slot, std::optional<Date> candidate) {
    if (candidate && (!slot || *candidate < *slot)) slot = candidate;
}

void keepLatest(std::optional<Date>& slot, std::optional<Date> candidate) {
    if (candidate && (!slot || *candidate > *slot)) slot = candidate;
}

constexpr std::array kLearnerStates{
    std::pair{LearnerState::Compliant, std::string_view("compliant")},
    std::pair{LearnerState::Expiring, std::string_view("expiring")},
    std::pair{LearnerState::Expired, std::string_view("expired")},
    std::pair{LearnerState::Overdue, std::string_view("overdue")},
    std::pair{LearnerState::InProgress, std::string_view("in-progress")},
    std::pair{LearnerState::NotStarted, std::string_view("not-started")},
};

}  // namespace

Curriculum::Curriculum(std::vector<CurriculumModule> modules, std::vector<CurriculumRole> roles)
    : modules_(std::move(modules)), roles_(std::move(roles)) {
    for (std::size_t m = 0; m < modules_.size(); ++m) {
        module_index_.try_emplace(modules_[m].id, static_cast<int>(m));
        std::vector<int> lessons;
        for (const std::string& lesson : modules_[m].lesson_ids) {
            auto [it, added] = lesson_index_.try_emplace(lesson, static_cast<int>(lesson_ids_.size()));
            if (added) lesson_ids_.push_back(lesson);
            lessons.push_back(it->second);
        }
        module_lessons_.push_back(std::move(lessons));
    }
    for (std::size_t r = 0; r < roles_.size(); ++r) {
        role_index_.try_emplace(roles_[r].id, static_cast<int>(r));
        std::vector<int> required;
        for (const std::string& module : roles_[r].modules)
            if (int index = moduleIndex(module); index >= 0) required.push_back(index);
        role_modules_.push_back(std::move(required));
    }
    for (const CurriculumRole& role : roles_) {
        std::vector<bool> takes;
        if (!role.lessons.empty()) {
            takes.assign(lesson_ids_.size(), false);
            for (const std::string& lesson : role.lessons)
                if (const int index = lessonIndex(lesson); index >= 0) takes[static_cast<std::size_t>(index)] = true;
        }
        role_takes_.push_back(std::move(takes));
    }
    for (std::size_t l = 0; l < lesson_ids_.size(); ++l) lessons_by_id_.emplace_back(lesson_ids_[l], static_cast<int>(l));
    std::sort(lessons_by_id_.begin(), lessons_by_id_.end());
}

const CurriculumRole* Curriculum::role(std::string_view id) const {
    auto found = role_index_.find(id);
    return found == role_index_.end() ? nullptr : &roles_[static_cast<std::size_t>(found->second)];
}

int Curriculum::moduleIndex(std::string_view id) const {
    auto found = module_index_.find(id);
    return found == module_index_.end() ? -1 : found->second;
}

int Curriculum::lessonIndex(std::string_view lesson_id) const {
    auto found = lesson_index_.find(lesson_id);
    return found == lesson_index_.end() ? -1 : found->second;
}

LearnerRecords& LearnerRecords::opened(const Curriculum& curriculum, std::string_view lesson_id, Date on) {
    const int index = curriculum.lessonIndex(lesson_id);
    if (index < 0) return *this;
    if (lessons.size() <= static_cast<std::size_t>(index)) lessons.resize(static_cast<std::size_t>(curriculum.lessonCount()));
    keepEarliest(lessons[static_cast<std::size_t>(index)].first_opened, on);
    return *this;
}

LearnerRecords& LearnerRecords::finished(const Curriculum& curriculum, std::string_view lesson_id, Date on) {
    const int index = curriculum.lessonIndex(lesson_id);
    if (index < 0) return *this;
    if (lessons.size() <= static_cast<std::size_t>(index)) lessons.resize(static_cast<std::size_t>(curriculum.lessonCount()));
    keepEarliest(lessons[static_cast<std::size_t>(index)].first_finished, on);
    return *this;
}

Date firstStart(std::optional<Date> start_date, Date added) {
    return start_date ? std::max(*start_date, added) : added;
}

std::string_view stateName(ModuleState state) {
    switch (state) {
    case ModuleState::NotStarted: return "not-started";
    case ModuleState::InProgress: return "in-progress";
    case ModuleState::Completed: return "completed";
    case ModuleState::Overdue: return "overdue";
    }
    return "not-started";
}

std::string_view stateName(LearnerState state) {
    for (const auto& [value, name] : kLearnerStates)
        if (value == state) return name;
    return "not-started";
}

std::optional<LearnerState> parseLearnerState(std::string_view name) {
    for (const auto& [value, known] : kLearnerStates)
        if (known == name) return value;
    return std::nullopt;
}

LearnerStatus deriveStatus(const Curriculum& curriculum, const LearnerRecords& records, Date today) {
    LearnerStatus status;
    const CurriculumRole* role = curriculum.role(records.role);
    status.role_known = role != nullptr;

    // Due date: start + the role's period, unless a manager extended it.
    const int due_days = role ? curriculum.dueDays(*role) : curriculum.default_due_days;
    status.due = records.due_extended_to.value_or(addDays(records.start, due_days));
    status.due_extended = records.due_extended_to.has_value();
    const bool past_due = today > status.due;

    bool any_activity = false;
    bool all_modules_completed = status.role_known;
    std::optional<Date> modules_completed_on;
    if (role) {
        status.modules.reserve(curriculum.roleModules(*role).size());
        for (const int module : curriculum.roleModules(*role)) {  // unknown modules: the course check reports them
            ModuleStatus entry;
            entry.module = module;
            std::optional<Date> last_first_finish;
            for (int lesson : curriculum.moduleLessons(module)) {
                if (!curriculum.roleTakes(*role, lesson)) continue;
                ++entry.lessons_total;
                if (static_cast<std::size_t>(lesson) >= records.lessons.size()) continue;
                const LessonRecord& record = records.lessons[static_cast<std::size_t>(lesson)];
                if (record.first_finished) {
                    ++entry.lessons_finished;
                    keepLatest(last_first_finish, record.first_finished);
                }
                keepEarliest(entry.started_on, record.first_opened);
                keepEarliest(entry.started_on, record.first_finished);
            }
            if (static_cast<std::size_t>(module) < records.practice_started.size())
                keepEarliest(entry.started_on, records.practice_started[static_cast<std::size_t>(module)]);

            if (entry.lessons_finished == entry.lessons_total) {
                entry.state = ModuleState::Completed;
                entry.completed_on = last_first_finish;
                keepLatest(modules_completed_on, last_first_finish);
                ++status.modules_completed;
            } else {
                all_modules_completed = false;
                entry.state = past_due ? ModuleState::Overdue
                              : entry.started_on ? ModuleState::InProgress
                                                 : ModuleState::NotStarted;
            }
            if (entry.started_on) any_activity = true;
            status.lessons_finished += entry.lessons_finished;
            status.lessons_required += entry.lessons_total;
            status.modules.push_back(entry);
        }
    }
    status.modules_required = static_cast<int>(status.modules.size());

    // The role quiz: "highest" counts any passed attempt, "last" only the last one.
    const QuizRecord& quiz = records.role_quiz;
    status.role_quiz_attempts = quiz.attempts_finished;
    status.role_quiz_best = quiz.best_score;
    status.role_quiz_started = quiz.attempts_started > 0 || quiz.first_started || quiz.attempts_finished > 0;
    if (curriculum.grading == Grading::Last) {
        status.role_quiz_passed = quiz.attempts_finished > 0 && quiz.last_passed && quiz.last_finished;
        if (status.role_quiz_passed) status.role_quiz_passed_on = quiz.last_finished;
    } else {
        status.role_quiz_passed = quiz.last_passed_on.has_value();
        status.role_quiz_passed_on = quiz.last_passed_on;
    }
    if (status.role_quiz_started) any_activity = true;

    if (all_modules_completed && status.role_quiz_passed) {
        // Complete on the day the last of (every module completed, quiz passed) happened.
        std::optional<Date> completed_on = status.role_quiz_passed_on;
        keepLatest(completed_on, modules_completed_on);
        status.completed_on = completed_on;
        // Valid for recertification_months from that day: the first day that
        // no longer counts is the same date that many months later.
        status.valid_until = addDays(addMonths(*completed_on, curriculum.recertification_months), -1);
        // From here on the next due date is the end of validity; an extension
        // belonged to the cycle that is now complete.
        status.due = *status.valid_until;
        status.due_extended = false;
        if (today > *status.valid_until)
            status.state = LearnerState::Expired;
        else if (daysBetween(today, *status.valid_until) < kExpiringDays)
            status.state = LearnerState::Expiring;
        else
            status.state = LearnerState::Compliant;
    } else if (past_due) {
        status.state = LearnerState::Overdue;
    } else {
        status.state = any_activity ? LearnerState::InProgress : LearnerState::NotStarted;
    }
    status.compliant = status.state == LearnerState::Compliant || status.state == LearnerState::Expiring;
    return status;
}

}  // namespace ipprimer::progress
