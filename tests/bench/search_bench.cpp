// Searching the bundled course: building the index when the Search screen
// first opens, and one query per keystroke while the learner types.
#include <benchmark/benchmark.h>

#include "bundled_course.h"
#include "course/course.h"
#include "course/lesson_search.h"

using namespace ipprimer;
using bench::bundledCourse;

namespace {

void BM_BuildLessonSearch(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(course::LessonSearch(bundledCourse()));
}
BENCHMARK(BM_BuildLessonSearch)->Unit(benchmark::kMillisecond);

void BM_SearchTwoWords(benchmark::State& state) {
    const course::LessonSearch search(bundledCourse());
    std::size_t hits = 0;
    for (auto _ : state) {
        auto found = search.find("supplier agreement");
        hits = found.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["sections"] = static_cast<double>(search.sectionCount());
    state.counters["hits"] = static_cast<double>(hits);
}
BENCHMARK(BM_SearchTwoWords)->Unit(benchmark::kMicrosecond);

}  // namespace
