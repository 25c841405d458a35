// A database of made-up learners with realistic roles, departments and
// histories, so a new user sees the dashboard at once and the benchmarks
// have something real to measure (`ipprimer demo-data`).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "course/course.h"
#include "progress/status.h"
#include "store/store.h"

namespace ipprimer::demo {

// A question of a bank, with a response that earns full marks and one that
// earns nothing, as the quiz records them (JSON).
struct DemoQuestion {
    std::string id;
    std::string right_response;
    std::string wrong_response;
};

struct DemoCourse {
    progress::Curriculum curriculum;
    std::vector<std::vector<DemoQuestion>> questions;  // by module index of the curriculum
};

// The curriculum plus every scored question of the banks, with a response
// that earns full marks and one that earns nothing.
DemoCourse demoCourseOf(const course::Course& course);

struct DemoOptions {
    int learners = 200;
    std::uint64_t seed = 1;
    int learners_per_write = 250;  // learners drawn, then written, at a time
};

struct DemoResult {
    int learners = 0;
    std::int64_t events = 0;
};

// Adds `options.learners` learners and their records, dated up to the
// store's clock, through the store's roster and journal, all in one batch
// (nothing is kept if it fails). The mix: most compliant, some expiring or
// expired (a few long-serving staff whose training is over two years old),
// some overdue, some mid-quiz or failing, some in progress or not started (a
// few start next week), some with an extended due date, a few archived. The
// same seed and clock give the same people and records (only the events'
// UUIDs differ). Throws StoreError when the store already holds learners:
// demo data goes into a database of its own.
DemoResult generateDemoData(store::Store& store, const DemoCourse& course, const DemoOptions& options,
                            const std::function<void(int learners_done)>& progress = {});

}  // namespace ipprimer::demo
