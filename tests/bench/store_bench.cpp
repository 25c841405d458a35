// What recording and deriving status cost on a real file: one durable
// transaction per event (fsync included), and one learner's lesson statuses
// in a database holding many learners' events.
#include <benchmark/benchmark.h>

#include <stdlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "temp_folder.h"
#include "store/sqlite_store.h"

using namespace ipprimer;
using namespace ipprimer::store;

namespace {

std::string lessonId(int n) { return "lesson-" + std::to_string(n); }

void BM_Write10kEvents(benchmark::State& state) {
    constexpr int kEvents = 10'000;
    const ipprimer::testing::TempFolder folder("ipprimer-bench");
    SqliteStore store{folder.path() / "progress.db"};
    const auto learner = store.roster().add({"Ada", "", "", "engineer", ""});
    for (auto _ : state) {  // once: see Iterations(1) below
        for (int i = 0; i < kEvents; ++i) {
            if (i % 2 == 0)
                store.lessons().recordOpened(learner, lessonId(i / 2 % 40));
            else
                store.lessons().recordFinished(learner, lessonId(i / 2 % 40));
        }
    }
    const auto written = static_cast<double>(kEvents) * static_cast<double>(state.iterations());
    if (store.journal().count() != static_cast<std::int64_t>(written)) state.SkipWithError("events went missing");
    state.counters["events/s"] = benchmark::Counter(written, benchmark::Counter::kIsRate);
}
// 10,000 fsyncs take seconds: one run is enough, and real time is what a user waits.
BENCHMARK(BM_Write10kEvents)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

// 100 learners with 1,000 events each over 100 lessons; the figure is one
// learner's statuses. The events are loaded in one transaction to save time;
// the query does not care how they were written.
void BM_LessonStatuses(benchmark::State& state) {
    constexpr int kLearners = 100;
    constexpr int kEventsPerLearner = 1'000;
    constexpr int kLessons = 100;
    const ipprimer::testing::TempFolder folder("ipprimer-bench");
    const auto path = folder.path() / "progress.db";
    std::int64_t measured = 0;
    {
        SqliteStore store{path};
        std::vector<NewEvent> events;
        std::int64_t at = 1'700'000'000'000;
        for (int l = 0; l < kLearners; ++l) {
            measured = store.roster().add({"Learner " + std::to_string(l), "", "", "engineer", ""});
            for (int e = 0; e < kEventsPerLearner; ++e) {
                const bool finished = e % 4 == 3 && e % 3 != 0;
                events.push_back({{}, measured, finished ? "finished" : "opened", lessonId((e * 7 + l + 1) % kLessons), {},
                                  {}, {}, {}, {}, ++at});
            }
        }
        store.journal().append(events);
    }
    SqliteStore store{path};
    if (store.journal().count() != kLearners * kEventsPerLearner) state.SkipWithError("wrong number of events");
    std::size_t lessons = 0;
    for (auto _ : state) {
        const auto statuses = store.lessons().statuses(measured);
        lessons = statuses.size();
        benchmark::DoNotOptimize(statuses);
    }
    state.counters["lessons"] = static_cast<double>(lessons);
}
BENCHMARK(BM_LessonStatuses)->Unit(benchmark::kMicrosecond);

}  // namespace
