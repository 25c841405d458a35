// The demo's answers look like a real team's: stronger learners get each
// question right more often, so the question statistics a trainer opens on
// demo data flag a few questions, not the whole bank as "not discriminating".
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "course/course.h"
#include "demo/demo_data.h"
#include "quiz/question_statistics.h"
#include "store/attempts.h"
#include "store/sqlite_store.h"

using namespace ipprimer;

TEST(DemoAnswers, StrongerLearnersGetQuestionsRightMoreOften) {
    const course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::SqliteStore store(":memory:");
    store.setClock([] { return std::int64_t{1'741'608'000'000}; });  // 2025-03-10
    demo::DemoOptions options;
    options.learners = 400;
    options.seed = 11;
    demo::generateDemoData(store, demo::demoCourseOf(course), options);

    const auto rows = quiz::questionStatistics(store::firstAttemptAnswers(store.attempts()));
    std::vector<double> discrimination;
    int flagged_as_measuring_nothing = 0, counted = 0;
    for (const quiz::QuestionStatistics& row : rows) {
        if (row.answers < 10) continue;
        ++counted;
        if (row.discrimination) discrimination.push_back(*row.discrimination);
        if (row.flag == quiz::QuestionFlag::NotDiscriminating) ++flagged_as_measuring_nothing;
    }
    ASSERT_GT(counted, 100) << "most of the bank was answered often enough to judge";
    std::nth_element(discrimination.begin(), discrimination.begin() + discrimination.size() / 2, discrimination.end());
    EXPECT_GT(discrimination[discrimination.size() / 2], 25.0) << "the median question tells strong from weak learners";
    EXPECT_LT(flagged_as_measuring_nothing, counted / 5) << "a few questions are flagged, not the bank";
}
