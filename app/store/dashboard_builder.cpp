// From summary rows to statuses: dates in the local calendar, lessons and
// quizzes matched to the course, the latest extension, then deriveStatus.
#include "store/dashboard_builder.h"

#include <algorithm>

#include "progress/quiz_id.h"

namespace ipprimer::store {
namespace {

std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace

std::size_t DashboardBuilder::find(std::int64_t learner_id) const {
    const auto found = index_.find(learner_id);
    return found == index_.end() ? rows_.size() : found->second;
}

void DashboardBuilder::addLearner(Learner learner) {
    progress::LearnerRecords records;
    records.role = learner.role;
    const std::optional<Date> start = parseDate(learner.start_date);
    records.start = start ? *start : calendar_.dateOf(learner.created_at);
    index_.emplace(learner.id, rows_.size());
    role_quiz_.push_back(progress::QuizId::role(learner.role).text());
    records_.push_back(std::move(records));
    due_order_.emplace_back();
    DashboardRow row;
    row.learner = std::move(learner);
    rows_.push_back(std::move(row));
}

void DashboardBuilder::addLesson(std::int64_t learner_id, std::string_view lesson_id, std::int64_t first_opened_at,
                                 std::int64_t first_finished_at) {
    const std::size_t at = find(learner_id);
    const int lesson = at < rows_.size() ? curriculum_.lessonIndex(lesson_id) : -1;
    if (lesson < 0) return;  // not asked for, or a lesson no longer in the course
    progress::LearnerRecords& records = records_[at];
    const auto lesson_count = static_cast<std::size_t>(curriculum_.lessonCount());
    if (records.lessons.size() < lesson_count) records.lessons.resize(lesson_count);
    progress::LessonRecord& record = records.lessons[static_cast<std::size_t>(lesson)];
    if (first_opened_at != 0) record.first_opened = calendar_.dateOf(first_opened_at);
    if (first_finished_at != 0) record.first_finished = calendar_.dateOf(first_finished_at);
}

void DashboardBuilder::addQuiz(std::int64_t learner_id, std::string_view quiz, const QuizSummary& summary) {
    const std::size_t at = find(learner_id);
    if (at == rows_.size()) return;
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
    const std::size_t at = find(learner_id);
    if (at == rows_.size() || object != role_quiz_[at]) return;  // for another role
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
    for (std::size_t i = 0; i < rows_.size(); ++i) keys.emplace_back(lowered(rows_[i].learner.name), i);
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
