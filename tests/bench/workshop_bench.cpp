// What a trainer waits for: confirming the attendance of a full room (one
// transaction, durable) and listing the sessions, in a database that already
// holds a few years of a company's records.
#include <benchmark/benchmark.h>

#include <stdlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "temp_folder.h"
#include "store/sqlite_store.h"

using namespace ipprimer;
using namespace ipprimer::store;

namespace {

// 500 learners with 200 lesson events each, and `sessions` confirmed sessions
// of 20 attendees: 100,000+ events, loaded in one transaction.
std::vector<std::int64_t> fill(Store& store, int sessions) {
    std::vector<std::int64_t> learners;
    for (int i = 0; i < 500; ++i)
        learners.push_back(store.roster().add({"Learner " + std::to_string(i), "E" + std::to_string(i), "", "all-staff", ""}));
    std::vector<NewEvent> events;
    for (std::int64_t learner : learners)
        for (int e = 0; e < 200; ++e)
            events.push_back({{}, learner, e % 2 ? "finished" : "opened", "lesson-" + std::to_string(e / 2 % 40), {}, {}, {},
                              {}, {}, std::int64_t{1000 + e}});
    store.journal().append(events);
    for (int s = 0; s < sessions; ++s) {
        std::vector<std::int64_t> room(learners.begin() + (s * 20) % 480, learners.begin() + (s * 20) % 480 + 20);
        std::int64_t id = store.workshops().start({"Sam", {{"lesson-1", "One"}, {"lesson-2", "Two"}}, room});
        store.workshops().confirmAttendance(id, room);
    }
    return learners;
}

// Thirty people, six lessons: 210 events in one durable transaction.
void BM_ConfirmAttendanceOfARoom(benchmark::State& state) {
    const ipprimer::testing::TempFolder folder("ipprimer-bench");
    SqliteStore store{folder.path() / "progress.db"};
    std::vector<std::int64_t> learners = fill(store, 20);
    std::vector<std::int64_t> room(learners.begin(), learners.begin() + 30);
    std::vector<WorkshopLesson> lessons;
    for (int l = 0; l < 6; ++l) lessons.push_back({"lesson-" + std::to_string(l), "Lesson"});
    for (auto _ : state) {
        state.PauseTiming();
        std::int64_t id = store.workshops().start({"Sam", lessons, room});
        state.ResumeTiming();
        if (store.workshops().confirmAttendance(id, room) != 30) state.SkipWithError("not everyone was credited");
    }
}
BENCHMARK(BM_ConfirmAttendanceOfARoom)->Unit(benchmark::kMillisecond)->UseRealTime();

// The sessions list of a trainer who ran 200 workshops.
void BM_ListSessions(benchmark::State& state) {
    const ipprimer::testing::TempFolder folder("ipprimer-bench");
    SqliteStore store{folder.path() / "progress.db"};
    fill(store, 200);
    for (auto _ : state) {
        auto list = store.workshops().list();
        if (list.size() != 200) state.SkipWithError("sessions went missing");
        benchmark::DoNotOptimize(list);
    }
}
BENCHMARK(BM_ListSessions)->Unit(benchmark::kMillisecond);

}  // namespace
