// Quiz speed as a learner meets it: drawing a role quiz from the bundled
// banks (when "Take the quiz" is clicked), and the review queue of a learner
// with 5,000 recorded answers (every time home is shown).
#include <benchmark/benchmark.h>

#include <filesystem>

#include "bundled_course.h"
#include "course/course.h"
#include "progress/quiz_assembly.h"
#include "quiz/review_scheduler.h"
#include "store/attempts.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"

using namespace ipprimer;
using bench::bundledCourse;

namespace {

void BM_AssembleRoleQuiz(benchmark::State& state) {
    const course::Course& course = bundledCourse();
    const course::Role* role = course.role("owner");  // the largest quiz: 20 questions from 6 modules
    if (!role) {
        state.SkipWithError("the bundled course has no role 'owner'");
        return;
    }
    std::uint64_t seed = 1;
    for (auto _ : state) {
        progress::QuizPlan plan = progress::drawRoleQuiz(course, *role, seed++);
        benchmark::DoNotOptimize(plan);
    }
    state.counters["questions"] = role->quiz_size;
}
BENCHMARK(BM_AssembleRoleQuiz)->Unit(benchmark::kMicrosecond);

// 5,000 answers over the bundled course's questions across a year: about
// two thirds right, in quizzes and reviews.
std::vector<quiz::AnswerRecord> fiveThousandAnswers() {
    std::vector<std::string> ids;
    for (const course::Bank& bank : bundledCourse().banks)
        for (const quiz::Question& q : bank.questions) ids.push_back(q.id);
    std::vector<quiz::AnswerRecord> answers;
    constexpr std::int64_t start = 1'735'689'600'000;  // 2025-01-01
    for (int i = 0; i < 5000; ++i) {
        const std::string& id = ids[static_cast<std::size_t>(i * 7919) % ids.size()];
        answers.push_back({id, (i * 31) % 3 == 0 ? 0.0 : 1.0, start + static_cast<std::int64_t>(i) * 6'300'000, i % 4 == 0});
    }
    return answers;
}

// The scheduler alone: replaying 5,000 answers into today's queue.
void BM_ReviewQueue(benchmark::State& state) {
    const auto answers = fiveThousandAnswers();
    const std::int64_t now = answers.back().at + 86'400'000;
    quiz::ReviewSettings settings;
    std::size_t due = 0;
    for (auto _ : state) {
        quiz::ReviewQueue queue = quiz::reviewQueue(answers, now, settings);
        due = queue.today.size();
        benchmark::DoNotOptimize(queue);
    }
    state.counters["answers"] = static_cast<double>(answers.size());
    state.counters["due_today"] = static_cast<double>(due);
}
BENCHMARK(BM_ReviewQueue)->Unit(benchmark::kMicrosecond);

// What home pays: reading the learner's 5,000 answers from a database file on
// disk (among another 45,000 of other learners), then the queue.
void BM_ReviewQueueFromStore(benchmark::State& state) {
    const ipprimer::testing::TempFolder folder("ipprimer-bench");
    const std::filesystem::path dir = folder.path();
    {
        store::SqliteStore store{dir / "progress.db"};
        const auto answers = fiveThousandAnswers();
        std::vector<store::NewEvent> events;
        for (int l = 0; l < 10; ++l) {
            const std::int64_t id = store.roster().add({"Learner " + std::to_string(l), "", "", "owner", ""});
            for (const auto& answer : answers)
                events.push_back({{}, id, "answered", answer.question_id, {}, answer.score, "{}", 1000, "{}", answer.at});
        }
        store.journal().append(events);
    }
    store::SqliteStore store{dir / "progress.db"};
    store::Attempts& attempts = store.attempts();
    const std::int64_t learner = store.roster().list().front().id;
    std::size_t due = 0;
    for (auto _ : state) {
        std::vector<quiz::AnswerRecord> records;
        for (store::AnswerEvent& event : attempts.answerHistory(learner))
            records.push_back({std::move(event.question_id), event.score, event.at, event.review});
        quiz::ReviewQueue queue = quiz::reviewQueue(records, records.back().at + 86'400'000, quiz::ReviewSettings{});
        due = queue.today.size();
        benchmark::DoNotOptimize(queue);
    }
    state.counters["due_today"] = static_cast<double>(due);
}
BENCHMARK(BM_ReviewQueueFromStore)->Unit(benchmark::kMillisecond);

}  // namespace
