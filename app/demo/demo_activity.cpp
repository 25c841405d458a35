// The generator's reading, quizzes and reviews (demo_generator.h): what a
// learner of each profile did, event by event.
#include "demo/demo_generator.h"

#include <algorithm>
#include <cmath>

#include "progress/quiz_id.h"
#include "progress/status.h"
#include "store/uuid.h"
#include "store/verbs.h"

namespace ipprimer::demo {

namespace verbs = store::verbs;

// Reads lessons from `from` to `until`: `finished` of them to the end,
// the next one or two only opened. Practice quizzes follow some modules.
void Generator::study(const progress::CurriculumRole& role, Date from, Date until, std::size_t finished) {
    const auto lessons = lessonsOf(role);
    if (lessons.empty()) return;
    const int span = std::max(1, daysBetween(from, until));
    const std::size_t touched = std::min(lessons.size(), finished + (finished < lessons.size() ? dice_.between(0, 2) : 0));
    for (std::size_t i = 0; i < touched; ++i) {
        const Date day = addDays(from, static_cast<int>(static_cast<double>(i) * span / static_cast<double>(lessons.size())));
        std::int64_t t = workTime(std::min(day, until));
        const int opens = 1 + (dice_.chance(0.55) ? 1 : 0) + (dice_.chance(0.45) ? 1 : 0) + (dice_.chance(0.3) ? 2 : 0);
        for (int o = 0; o < opens; ++o) {
            record({verbs::kOpened, lessons[i].second, {}, {}, {}, {}, {}, t});
            t += dice_.between(2, 40) * kMinute;
        }
        if (i < finished) record({verbs::kFinished, lessons[i].second, {}, {}, {}, {}, {}, t});
        const bool module_ends = i + 1 == lessons.size() || lessons[i + 1].first != lessons[i].first;
        if (i < finished && module_ends && dice_.chance(0.85)) {
            const int module = lessons[i].first;
            practice(module, role.pass_mark, t + dice_.between(5, 120) * kMinute);
            if (dice_.chance(0.45)) practice(module, role.pass_mark, t + dice_.between(1, 3) * kDay);
        }
    }
}

std::vector<const DemoQuestion*> Generator::drawQuestions(const std::vector<int>& modules, int count) {
    std::vector<const DemoQuestion*> pool;
    for (int module : modules)
        if (static_cast<std::size_t>(module) < course_.questions.size())
            for (const DemoQuestion& question : course_.questions[static_cast<std::size_t>(module)]) pool.push_back(&question);
    for (std::size_t i = 0; i + 1 < pool.size(); ++i)  // a partial Fisher-Yates shuffle
        std::swap(pool[i], pool[i + static_cast<std::size_t>(dice_.below(static_cast<int>(pool.size() - i)))]);
    if (static_cast<int>(pool.size()) > count) pool.resize(static_cast<std::size_t>(count));
    return pool;
}

double Generator::difficultyOf(const DemoQuestion& question) const {
    auto found = difficulty_.find(question.id);
    return found == difficulty_.end() ? 0.2 : found->second;
}

// The chance of a right answer grows with the learner's ability above the
// question's difficulty (a logistic curve, as item response theory has it),
// so stronger learners get each question right more often and the demo's
// question statistics look like a real bank's.
bool Generator::answersRight(const DemoQuestion& question) {
    const double p = 1.0 / (1.0 + std::exp(-1.7 * (ability_ - difficultyOf(question))));
    return dice_.chance(std::clamp(p, 0.02, 0.99));
}

// Makes a Pass or a Fail come true the way such a learner would: a pass by
// getting the easiest of the missed questions right, a fail by missing the
// hardest of those answered right. Flipping by position instead made the
// demo's question statistics say that the bank measured nothing.
void Generator::bringAbout(Outcome outcome, const std::vector<const DemoQuestion*>& questions, std::vector<bool>& right,
                           int pass_mark) const {
    if (outcome != Outcome::Pass && outcome != Outcome::Fail) return;
    const int needed = (pass_mark * static_cast<int>(questions.size()) + 99) / 100;
    int count = static_cast<int>(std::count(right.begin(), right.end(), true));
    std::vector<std::size_t> order(questions.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return difficultyOf(*questions[a]) < difficultyOf(*questions[b]);  // easiest first
    });
    if (outcome == Outcome::Pass) {
        for (std::size_t i : order)
            if (count < needed && !right[i]) right[i] = true, ++count;
    } else {
        for (auto i = order.rbegin(); i != order.rend(); ++i)
            if (count >= needed && right[*i]) right[*i] = false, --count;
    }
}

// One attempt: started, answered question by question, finished (unless
// abandoned half way). Pass and Fail are made to come true.
void Generator::attempt(const std::string& quiz, std::string_view kind, const std::vector<const DemoQuestion*>& questions,
             int pass_mark, std::int64_t start, Outcome outcome) {
    if (questions.empty() || start > now_) return;
    const std::uint64_t seed = dice_.raw() >> 1;
    std::string list = "[";
    for (std::size_t i = 0; i < questions.size(); ++i) list += (i ? "," : "") + jsonString(questions[i]->id);
    list += "]";
    const std::string context_started =
        "{\"seed\":" + std::to_string(seed) + ",\"questions\":" + list + ",\"kind\":" + jsonString(kind) + "}";
    // The answers name their attempt by its started event's UUID, made here
    // (the store gives positions only when the batch is written).
    const std::string attempt_uuid = store::newUuid();
    record({verbs::kAttemptStarted, quiz, {}, {}, {}, {}, context_started, start});
    out_->events.back().event.uuid = attempt_uuid;

    std::vector<bool> right;
    for (const DemoQuestion* question : questions) right.push_back(answersRight(*question));
    bringAbout(outcome, questions, right, pass_mark);
    auto count = [&] { return static_cast<int>(std::count(right.begin(), right.end(), true)); };

    const std::size_t answered = outcome == Outcome::Abandon
                                     ? static_cast<std::size_t>(dice_.between(1, std::max(1, static_cast<int>(questions.size()) - 1)))
                                     : questions.size();
    const std::string context = "{\"quiz\":" + jsonString(quiz) + "}";
    std::int64_t t = start;
    std::int64_t total = 0;
    for (std::size_t i = 0; i < answered; ++i) {
        const std::int64_t took = dice_.between(15, 150) * 1000;
        t += took;
        total += took;
        record({verbs::kAnswered, questions[i]->id, attempt_uuid, right[i] ? 1.0 : 0.0,
                right[i] ? questions[i]->right_response : questions[i]->wrong_response, took, context, t});
    }
    if (outcome == Outcome::Abandon) return;
    const double percent = 100.0 * count() / static_cast<double>(questions.size());
    const bool passed = percent + 1e-9 >= pass_mark;
    record({verbs::kAttemptFinished, quiz, attempt_uuid, percent, {}, total,
            std::string("{\"passed\":") + (passed ? "true" : "false") + ",\"pass_mark\":" + std::to_string(pass_mark) + "}",
            t + 2000});
    if (!passed && dice_.chance(0.5)) review(questions, right, t + dice_.between(1, 4) * kDay);
}

void Generator::practice(int module, int pass_mark, std::int64_t start) {
    const std::string quiz = progress::QuizId::practice(curriculum_.modules()[static_cast<std::size_t>(module)].id).text();
    attempt(quiz, "practice", drawQuestions({module}, dice_.between(6, 10)), pass_mark, start,
            dice_.chance(0.1) ? Outcome::Abandon : Outcome::AsAnswered);
}

// Review sessions from `from` to `until`, about two a month: a few
// questions of the role's modules each time, outside any attempt.
void Generator::reviewSessions(const progress::CurriculumRole& role, Date from, Date until) {
    const std::vector<int> modules = roleModules(role);
    for (Date day = addDays(from, dice_.between(7, 20)); day < until; day = addDays(day, dice_.between(7, 25))) {
        if (!dice_.chance(0.9)) continue;
        std::int64_t t = workTime(day);
        for (const DemoQuestion* question : drawQuestions(modules, dice_.between(4, 8))) {
            t += dice_.between(20, 90) * 1000;
            const bool right = answersRight(*question);
            record({verbs::kAnswered, question->id, {}, right ? 1.0 : 0.0,
                    right ? question->right_response : question->wrong_response, {}, "{\"review\":true}", t});
        }
    }
}

// Looking back at some lessons before the role quiz.
void Generator::revise(const progress::CurriculumRole& role, Date day) {
    for (const auto& [module, lesson] : lessonsOf(role))
        if (dice_.chance(0.3)) record({verbs::kOpened, lesson, {}, {}, {}, {}, {}, workTime(day)});
}

// Going over missed questions later, outside any attempt.
void Generator::review(const std::vector<const DemoQuestion*>& questions, const std::vector<bool>& right, std::int64_t start) {
    std::int64_t t = start;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        if (right[i]) continue;
        t += dice_.between(20, 90) * 1000;
        const bool now_right = dice_.chance(0.8);
        record({verbs::kAnswered, questions[i]->id, {}, now_right ? 1.0 : 0.0,
                now_right ? questions[i]->right_response : questions[i]->wrong_response, {}, "{\"review\":true}", t});
    }
}

}  // namespace ipprimer::demo
