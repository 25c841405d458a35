// The generator's learners and the shape of their histories (demo_generator.h).
#include "demo/demo_generator.h"

#include <algorithm>
#include <cmath>
#include <ctime>

#include "base/dates.h"
#include "progress/quiz_id.h"
#include "store/store_error.h"
#include "store/verbs.h"

namespace ipprimer::demo {

using store::StoreError;
namespace verbs = store::verbs;

std::string jsonString(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) continue;  // ids hold none; never write a broken string
        out += c;
    }
    return out + "\"";
}

Generator::Generator(const DemoCourse& course, std::uint64_t seed, std::int64_t now)
    : course_(course), curriculum_(course.curriculum), dice_(seed), now_(now), today_(localDate(now_)) {
    const std::time_t seconds = static_cast<std::time_t>(now_ / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    utc_offset_ms_ = static_cast<std::int64_t>(local.tm_gmtoff) * 1000;
    // How hard each question is, on the learners' ability scale: most are
    // easy, a few are missed by many.
    for (const auto& module : course_.questions)
        for (const DemoQuestion& question : module) {
            const double u = dice_.unit();
            difficulty_.emplace(question.id, -1.6 + 3.0 * u * std::sqrt(u));
        }
    for (const progress::CurriculumRole& role : curriculum_.roles()) {
        int weight = 5;
        for (const RoleMix& mix : kRoleMix)
            if (mix.role == role.id) weight = mix.weight;
        role_weights_.push_back(weight);
    }
}

void Generator::learner(int number, DemoRecords& out) {
    if (curriculum_.roles().empty()) throw StoreError("the course has no roles, so there is no one to make up");
    const progress::CurriculumRole& role = curriculum_.roles()[static_cast<std::size_t>(weighted(role_weights_))];
    const Name& first = kFirstNames[static_cast<std::size_t>(dice_.below(static_cast<int>(kFirstNames.size())))];
    const Name& last = kLastNames[static_cast<std::size_t>(dice_.below(static_cast<int>(kLastNames.size())))];
    std::vector<int> profile_weights;
    for (const ProfileMix& mix : kProfileMix) profile_weights.push_back(mix.weight);
    const Profile profile = kProfileMix[static_cast<std::size_t>(weighted(profile_weights))].profile;
    // How well this person knows the subject: people differ, and those who
    // fail their role quiz tend to know less.
    ability_ = profile == Profile::Failing ? -0.5 + 0.8 * dice_.bell() : 0.3 + dice_.bell();

    const int due_days = curriculum_.dueDays(role);
    const int months = curriculum_.recertification_months;
    Date start = today_;
    std::optional<Date> completed;  // the day the training is completed, for complete profiles
    switch (profile) {
    case Profile::Compliant: {
        const Date earliest = addDays(addMonths(today_, -months), progress::kExpiringDays + 1);
        completed = addDays(earliest, dice_.below(std::max(1, daysBetween(earliest, today_))));
        start = addDays(*completed, -dice_.between(3, due_days + 20));
        break;
    }
    case Profile::Expiring:
        completed = addMonths(addDays(today_, dice_.between(0, progress::kExpiringDays - 1)), -months);
        start = addDays(*completed, -dice_.between(5, due_days + 10));
        break;
    case Profile::Expired:
        completed = addMonths(addDays(today_, -dice_.between(1, 240)), -months);
        start = addDays(*completed, -dice_.between(5, due_days + 10));
        break;
    case Profile::Overdue: start = addDays(today_, -dice_.between(due_days + 1, 700)); break;
    case Profile::MidQuiz:
    case Profile::Failing:
        start = dice_.chance(0.6) ? addDays(today_, -dice_.between(3, std::max(3, due_days - 1)))
                                  : addDays(today_, -dice_.between(due_days + 1, 300));
        break;
    case Profile::InProgress: start = addDays(today_, -dice_.between(1, std::max(1, due_days - 1))); break;
    case Profile::NotStarted:
        start = dice_.chance(0.15) ? addDays(today_, dice_.between(1, 14)) : addDays(today_, -dice_.between(0, due_days - 1));
        break;
    case Profile::Extended: start = addDays(today_, -dice_.between(due_days + 1, due_days + 90)); break;
    }

    const bool archived = dice_.chance(0.02);
    const std::string name = std::string(first.shown) + " " + std::string(last.shown);
    const std::string email = std::string(first.ascii) + "." + std::string(last.ascii) + "@example.com";
    const std::string employee_id = "E" + std::to_string(10001 + number);
    const std::string department = departmentFor(role.id);
    store::NewLearner learner;
    learner.name = name;
    learner.employee_id = employee_id;
    learner.email = email;
    learner.role = role.id;
    learner.department = department;
    learner.start_date = formatDate(start);
    learner.archived = archived;
    learner.created_at = std::min(now_, at(addDays(start, -dice_.between(0, 20)), 9 * 60));
    out_ = &out;
    out.learners.push_back(std::move(learner));

    history(role, profile, start, completed);
    if (archived)
        record({verbs::kArchived, {}, {}, {}, {}, {},
                "{\"by\":" + jsonString(kManagers[static_cast<std::size_t>(dice_.below(3))]) + "}",
                now_ - dice_.between(1, 90) * kDay},
               true);
}

int Generator::weighted(const std::vector<int>& weights) {
    int total = 0;
    for (int w : weights) total += w;
    int roll = dice_.below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (roll < weights[i]) return static_cast<int>(i);
        roll -= weights[i];
    }
    return 0;
}

std::string Generator::departmentFor(const std::string& role_id) {
    for (const RoleMix& mix : kRoleMix)
        if (mix.role == role_id) return std::string(mix.departments[static_cast<std::size_t>(dice_.below(3))]);
    return std::string(kOtherDepartments[static_cast<std::size_t>(dice_.below(static_cast<int>(kOtherDepartments.size())))]);
}

// A time on a local day, `minute` minutes after midnight.
std::int64_t Generator::at(Date day, int minute) const {
    return static_cast<std::int64_t>(day.days) * kDay + minute * kMinute - utc_offset_ms_;
}

std::int64_t Generator::workTime(Date day) { return at(day, dice_.between(8 * 60, 17 * 60 + 30)); }

void Generator::record(Event event, bool names_learner) {
    if (event.at > now_) return;  // nothing is recorded in the future
    DemoRecords::PendingEvent pending;
    pending.learner = out_->learners.size() - 1;
    pending.names_learner = names_learner;
    store::NewEvent& written = pending.event;
    written.verb = event.verb;
    written.object = std::move(event.object);
    written.attempt = std::move(event.attempt);
    written.score = event.score;
    written.response = std::move(event.response);
    written.duration_ms = event.duration_ms;
    written.context = std::move(event.context);
    written.at = event.at;
    out_->events.push_back(std::move(pending));
}

// The role's lessons in course order, with their module index.
std::vector<std::pair<int, std::string>> Generator::lessonsOf(const progress::CurriculumRole& role) const {
    std::vector<std::pair<int, std::string>> lessons;
    for (const std::string& module_id : role.modules) {
        const int module = curriculum_.moduleIndex(module_id);
        if (module < 0) continue;
        for (const std::string& lesson : curriculum_.modules()[static_cast<std::size_t>(module)].lesson_ids)
            lessons.emplace_back(module, lesson);
    }
    return lessons;
}

std::vector<int> Generator::roleModules(const progress::CurriculumRole& role) const {
    std::vector<int> modules;
    for (const std::string& id : role.modules)
        if (int m = curriculum_.moduleIndex(id); m >= 0) modules.push_back(m);
    return modules;
}

// The role quiz: failures first when `failures`, then the outcome on `day`.
void Generator::roleQuiz(const progress::CurriculumRole& role, Date day, int failures, Outcome last) {
    const std::string quiz = progress::QuizId::role(role.id).text();
    const std::vector<int> modules = roleModules(role);
    const int size = role.quiz_size > 0 ? role.quiz_size : 10;
    for (int f = failures; f > 0; --f)
        attempt(quiz, "role", drawQuestions(modules, size), role.pass_mark, workTime(addDays(day, -f * dice_.between(1, 4))),
                Outcome::Fail);
    attempt(quiz, "role", drawQuestions(modules, size), role.pass_mark, workTime(day), last);
}

void Generator::history(const progress::CurriculumRole& role, Profile profile, Date start, std::optional<Date> completed) {
    const std::size_t all = lessonsOf(role).size();
    const int due_days = curriculum_.dueDays(role);
    const Date yesterday = addDays(today_, -1);
    switch (profile) {
    case Profile::Compliant:
    case Profile::Expiring:
    case Profile::Expired: {
        const Date quiz_day = *completed;
        study(role, addDays(start, dice_.between(0, 3)), addDays(quiz_day, -1), all);
        revise(role, addDays(quiz_day, -1));
        roleQuiz(role, quiz_day, dice_.chance(0.25) ? dice_.between(1, 2) : 0, Outcome::Pass);
        reviewSessions(role, quiz_day, std::min(today_, addMonths(quiz_day, curriculum_.recertification_months)));
        // Some whose training ran out have begun again.
        if (profile == Profile::Expired && dice_.chance(0.3))
            roleQuiz(role, addDays(today_, -dice_.between(1, 20)), 0, dice_.chance(0.5) ? Outcome::Fail : Outcome::Abandon);
        break;
    }
    case Profile::Overdue: {
        const std::size_t done = static_cast<std::size_t>(dice_.unit() * 0.85 * static_cast<double>(all));
        study(role, addDays(start, dice_.between(0, 10)), std::min(yesterday, addDays(start, due_days + 40)), done);
        reviewSessions(role, start, std::min(yesterday, addDays(start, due_days + 60)));
        break;
    }
    case Profile::MidQuiz:
        study(role, start, addDays(today_, -2), all);
        roleQuiz(role, yesterday, dice_.chance(0.3) ? 1 : 0, Outcome::Abandon);
        break;
    case Profile::Failing:
        study(role, start, addDays(today_, -3), all);
        roleQuiz(role, yesterday, dice_.between(0, 1), Outcome::Fail);
        break;
    case Profile::InProgress:
        study(role, start, yesterday, static_cast<std::size_t>(dice_.unit() * 0.7 * static_cast<double>(all)));
        break;
    case Profile::NotStarted: break;
    case Profile::Extended: {
        const std::size_t done = static_cast<std::size_t>(dice_.unit() * 0.6 * static_cast<double>(all));
        study(role, addDays(start, dice_.between(0, 10)), yesterday, done);
        const Date due = addDays(today_, dice_.between(5, 45));
        record({verbs::kDueExtended, progress::QuizId::role(role.id).text(), {}, {}, {}, {},
                "{\"due\":\"" + formatDate(due) + "\",\"by\":" +
                    jsonString(kManagers[static_cast<std::size_t>(dice_.below(3))]) + "}",
                now_ - dice_.between(1, 10) * kDay});
        break;
    }
    }
}

}  // namespace ipprimer::demo
