// From summary rows to statuses: dates in the local calendar, lessons and
// quizzes matched to the course, the latest extension, then deriveStatus.
#include "store/dashboard_builder.h"

#include <algorithm>

#include "base/text.h"
#include "progress/quiz_id.h"

namespace ipprimer::store {

void LearnerPositions::emplace(std::int64_t id, std::size_t index) {
    if (id >= 0 && id < kDenseLimit) {
        if (dense_.size() <= static_cast<std::size_t>(id)) dense_.resize(static_cast<std::size_t>(id) + 1, kNone);
        dense_[static_cast<std::size_t>(id)] = index;
    } else {
        sparse_.emplace(id, index);
    }
}

std::size_t LearnerPositions::find(std::int64_t id) const {
    if (id >= 0 && static_cast<std::size_t>(id) < dense_.size()) return dense_[static_cast<std::size_t>(id)];
    if (id >= 0 && id < kDenseLimit) return kNone;
    const auto found = sparse_.find(id);
    return found == sparse_.end() ? kNone : found->second;
}

void DashboardBuilder::addLearner(Learner learner) {
    progress::LearnerRecords records;
    records.role = learner.role;
    const std::optional<Date> start = parseDate(learner.start_date);
    records.start = start ? *start : calendar_.dateOf(learner.created_at);
    position_.emplace(learner.id, rows_.size());
    role_quiz_.push_back(progress::QuizId::role(learner.role).text());
    records_.push_back(std::move(records));
    due_order_.emplace_back();
    DashboardRow row;
    row.learner = std::move(learner);
    rows_.push_back(std::move(row));
}

void DashboardBuilder::addLesson(std::int64_t learner_id, std::string_view lesson_id, std::int64_t first_opened_at,
                                 std::int64_t first_finished_at) {
    const std::size_t at = position_.find(learner_id);
    if (at == LearnerPositions::kNone) return;  // not asked for
    const auto& sorted = curriculum_.lessonsById();
    if (learner_id != walk_learner_ || (walk_cursor_ > 0 && sorted[walk_cursor_ - 1].first >= lesson_id))
        walk_cursor_ = 0;
    walk_learner_ = learner_id;
    while (walk_cursor_ < sorted.size() && sorted[walk_cursor_].first < lesson_id) ++walk_cursor_;
    if (walk_cursor_ == sorted.size() || sorted[walk_cursor_].first != lesson_id) return;  // no longer in the course
    const int lesson = sorted[walk_cursor_++].second;
    progress::LearnerRecords& records = records_[at];
    const auto lesson_count = static_cast<std::size_t>(curriculum_.lessonCount());
    if (records.lessons.size() < lesson_count) records.lessons.resize(lesson_count);
    progress::LessonRecord& record = records.lessons[static_cast<std::size_t>(lesson)];
    if (first_opened_at != 0) record.first_opened = calendar_.dateOf(first_opened_at);
    if (first_finished_at != 0) record.first_finished = calendar_.dateOf(first_finished_at);
}

void DashboardBuilder::addQuiz(std::int64_t learner_id, std::string_view quiz, const QuizSummary& summary) {
    const std::size_t at = position_.find(learner_id);
    if (at == LearnerPositions::kNone) return;
    progress::LearnerRecords& records = records_[at];
    auto date = [&](const std::optional<std::int64_t>& unix_ms) -> std::optional<Date> {
        if (!unix_ms) return std::nullopt;
        return calendar_.dateOf(*unix_ms);
    };
    if (quiz == role_quiz_[at]) {
        progress::QuizRecord& record = records.role_quiz;
        record.first_started = date(summary.first_started_at);
        record.attempts_started = summary.attempts_started;
        record.attempts_finished = summary.attempts_finished;
        record.last_finished = date(summary.last_finished_at);
        record.last_passed = summary.last_passed;
        record.last_passed_on = date(summary.last_passed_at);
        record.best_score = summary.best_score;
    } else if (const auto id = progress::QuizId::parse(quiz); id && id->kind() == progress::QuizKind::Practice) {
        const int module = curriculum_.moduleIndex(id->target());
        if (module < 0 || !summary.first_started_at) return;
        if (records.practice_started.size() < curriculum_.modules().size())
            records.practice_started.resize(curriculum_.modules().size());
        records.practice_started[static_cast<std::size_t>(module)] = date(summary.first_started_at);
    }
}

void DashboardBuilder::addDueExtension(std::int64_t learner_id, std::string_view object, Order order,
                                       std::string_view due) {
    const std::size_t at = position_.find(learner_id);
    if (at == LearnerPositions::kNone || object != role_quiz_[at]) return;  // for another role
    const std::optional<Date> date = parseDate(due);
    if (!date) return;
    if (due_order_[at] && order < *due_order_[at]) return;
    due_order_[at] = order;
    records_[at].due_extended_to = date;
}

Dashboard DashboardBuilder::finish(Date today) && {
    for (std::size_t i = 0; i < rows_.size(); ++i)
        rows_[i].status = progress::deriveStatus(curriculum_, records_[i], today);
    std::vector<std::pair<std::string, std::size_t>> keys;
    keys.reserve(rows_.size());
    for (std::size_t i = 0; i < rows_.size(); ++i) keys.emplace_back(asciiLowered(rows_[i].learner.name), i);
    std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first < b.first;
        const std::string& x = rows_[a.second].learner.name;
        const std::string& y = rows_[b.second].learner.name;
        if (x != y) return x < y;
        return rows_[a.second].learner.id < rows_[b.second].learner.id;
    });
    Dashboard dashboard{today, {}};
    dashboard.rows.reserve(rows_.size());
    for (const auto& key : keys) dashboard.rows.push_back(std::move(rows_[key.second]));
    return dashboard;
}

}  // namespace ipprimer::store
