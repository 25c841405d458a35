// The manager's dashboard on 10,000 learners of demo data (about two million
// records): opening it (every learner's status derived), filtering it, and
// producing a report. Each must take under 100 ms. The database is made once
// per run, in a temporary folder, by the same code as `ipprimer demo-data`.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "course/course.h"
#include "progress/curriculum.h"
#include "demo/demo_data.h"
#include "store/learner_history.h"
#include "export/report_files.h"
#include "store/reports.h"
#include "store/store.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"

using namespace ipprimer;

namespace {

constexpr int kLearners = 10'000;

// The course, the curriculum and the database, made on first use.
struct DemoDatabase {
    ipprimer::testing::TempFolder folder{"ipprimer-dashboard"};
    course::Course course;
    progress::Curriculum curriculum;
    std::unique_ptr<store::Store> store;
    Date today;
    std::int64_t events = 0;

    DemoDatabase() {
        course = course::loadCourse(IPPRIMER_SOURCE_DIR);
        curriculum = progress::curriculumOf(course);
        const auto path = folder.path() / "progress.db";
        const auto began = std::chrono::steady_clock::now();
        {
            store::SqliteStore writer{path};
            demo::DemoOptions options;
            options.learners = kLearners;
            options.seed = 1;
            events = demo::generateDemoData(writer, demo::demoCourseOf(course), options).events;
        }
        std::fprintf(stderr, "demo data: %d learners, %lld records in %.1f s\n", kLearners, static_cast<long long>(events),
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count());
        // Measured on a fresh connection, as the program opens its database.
        store = std::make_unique<store::SqliteStore>(path);
        today = localDate(store->now());
    }
};

DemoDatabase& demo() {
    static DemoDatabase database;
    return database;
}

// Opening the dashboard: every learner's status, derived from the records.
void BM_OpenDashboard(benchmark::State& state) {
    DemoDatabase& db = demo();
    std::size_t rows = 0;
    for (auto _ : state) {
        store::Dashboard dashboard = db.store->reports().dashboard(db.curriculum, db.today);
        rows = dashboard.rows.size();
        benchmark::DoNotOptimize(dashboard);
    }
    state.counters["learners"] = static_cast<double>(rows);
    state.counters["records"] = static_cast<double>(db.events);
}
BENCHMARK(BM_OpenDashboard)->Unit(benchmark::kMillisecond)->UseRealTime();

// Filtering the open dashboard as the screen does: a role, a status and a
// search, sorted by status, with the tiles' summary.
void BM_FilterDashboard(benchmark::State& state) {
    DemoDatabase& db = demo();
    const store::Dashboard dashboard = db.store->reports().dashboard(db.curriculum, db.today);
    store::RowFilter filter;
    filter.role = "all-staff";
    filter.status = store::StatusFilter::NotCompliant;
    filter.search = "an";
    std::size_t shown = 0;
    for (auto _ : state) {
        std::vector<std::size_t> rows = store::filterRows(dashboard, filter);
        store::sortRows(dashboard, rows, store::SortKey::Status, false);
        const store::Summary summary = store::summarize(dashboard, filter);
        shown = rows.size();
        benchmark::DoNotOptimize(summary);
    }
    state.counters["shown"] = static_cast<double>(shown);
}
BENCHMARK(BM_FilterDashboard)->Unit(benchmark::kMillisecond)->UseRealTime();

// Clearing the filters again: every learner, sorted by department.
void BM_FilterDashboardAll(benchmark::State& state) {
    DemoDatabase& db = demo();
    const store::Dashboard dashboard = db.store->reports().dashboard(db.curriculum, db.today);
    for (auto _ : state) {
        std::vector<std::size_t> rows = store::filterRows(dashboard, {});
        store::sortRows(dashboard, rows, store::SortKey::Department, true);
        benchmark::DoNotOptimize(rows);
    }
}
BENCHMARK(BM_FilterDashboardAll)->Unit(benchmark::kMillisecond)->UseRealTime();

// `ipprimer report` after the course is loaded: the rows, every learner, as CSV.
void BM_ReportCsv(benchmark::State& state) {
    DemoDatabase& db = demo();
    std::size_t bytes = 0;
    for (auto _ : state) {
        const store::Dashboard dashboard = db.store->reports().dashboard(db.curriculum, db.today);
        const std::string csv = exports::reportCsv(db.curriculum, dashboard, store::filterRows(dashboard, {}));
        bytes = csv.size();
        benchmark::DoNotOptimize(csv);
    }
    state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_ReportCsv)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ReportJson(benchmark::State& state) {
    DemoDatabase& db = demo();
    for (auto _ : state) {
        const store::Dashboard dashboard = db.store->reports().dashboard(db.curriculum, db.today);
        const std::string json = exports::reportJson(db.curriculum, dashboard, store::filterRows(dashboard, {}), {});
        benchmark::DoNotOptimize(json);
    }
}
BENCHMARK(BM_ReportJson)->Unit(benchmark::kMillisecond)->UseRealTime();

// One learner's record screen: their status and their whole history.
void BM_LearnerRecord(benchmark::State& state) {
    DemoDatabase& db = demo();
    std::int64_t id = 1;
    for (auto _ : state) {
        auto row = db.store->reports().dashboardRow(db.curriculum, id, db.today);
        auto history = db.store->reports().learnerHistory(id);
        benchmark::DoNotOptimize(row);
        benchmark::DoNotOptimize(history);
        id = id % kLearners + 1;
    }
}
BENCHMARK(BM_LearnerRecord)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
