// Glue between the store's records, the course's rules and the scheduler.
#include "ui/quiz_records.h"

#include <memory>
#include <unordered_set>

#include "progress/quiz_assembly.h"
#include "progress/quiz_id.h"
#include "store/store.h"
#include "ui/app.h"

namespace ipprimer::ui {

store::QuizRules quizRules(const course::Course& course, std::string_view quiz_id) {
    store::QuizRules rules;
    auto ref = progress::QuizId::parse(quiz_id);
    if (!ref || ref->kind() != progress::QuizKind::Role) return rules;
    rules.attempt_limit = course.settings.attempt_limit;
    rules.grading_last = course.settings.grading == "last";
    rules.recertification_months = course.settings.recertification_months;
    return rules;
}

std::string quizTitle(const course::Course& course, std::string_view quiz_id) {
    auto ref = progress::QuizId::parse(quiz_id);
    if (!ref) return std::string(quiz_id);
    if (ref->kind() == progress::QuizKind::Role) {
        const course::Role* role = course.role(ref->target());
        return "Role quiz \xC2\xB7 " + (role ? role->title : ref->target());
    }
    const course::Module* module = course.module(ref->target());
    return "Practice \xC2\xB7 " + (module ? module->title : ref->target());
}

store::QuizStanding quizStanding(App& app, std::int64_t learner_id, std::string_view quiz_id) {
    std::vector<store::AttemptRecord> attempts = app.store().attempts().attempts(learner_id, quiz_id);
    std::erase_if(attempts, [](const store::AttemptRecord& a) { return !a.finished() && a.answered == 0; });
    LocalCalendar calendar;
    const Date today = calendar.dateOf(app.store().now());
    return store::quizStanding(attempts, quizRules(app.course(), quiz_id), today, calendar);
}

store::QuizStanding quizStanding(App& app, std::string_view quiz_id) {
    if (!app.learner()) return {};
    return quizStanding(app, *app.learner(), quiz_id);
}

std::vector<quiz::AnswerRecord> answerRecords(App& app) {
    std::vector<quiz::AnswerRecord> records;
    if (!app.learner()) return records;
    std::unordered_set<std::string_view> known;
    for (const course::Bank& bank : app.course().banks)
        for (const quiz::Question& q : bank.questions) known.insert(q.id);
    for (store::AnswerEvent& event : app.store().attempts().answerHistory(*app.learner()))
        if (known.contains(event.question_id))
            records.push_back({std::move(event.question_id), event.score, event.at, event.review});
    return records;
}

quiz::ReviewSettings reviewSettings(App& app) {
    quiz::ReviewSettings settings;
    settings.daily_cap = app.course().settings.review_daily_cap;
    settings.sample_salt = static_cast<std::uint64_t>(app.learner().value_or(0));
    auto calendar = std::make_shared<LocalCalendar>();
    settings.day_of = [calendar](std::int64_t at) { return calendar->dateOf(at).days; };
    return settings;
}

quiz::ReviewQueue reviewQueue(App& app) {
    return quiz::reviewQueue(answerRecords(app), app.store().now(), reviewSettings(app));
}

}  // namespace ipprimer::ui
