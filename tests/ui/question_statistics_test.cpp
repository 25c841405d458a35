// The question statistics as a manager and a trainer use them, headless: the
// numbers the screen shows are the report's, sorting and the flagged filter
// work, a question's text shows on selection, and the export is the report's file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "course/course.h"
#include "demo/demo_data.h"
#include "export/question_files.h"
#include "harness.h"
#include "progress/question_sample.h"
#include "store/attempts.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"
#include "ui/app.h"
#include "ui/question_statistics_view.h"
#include "ui/trainer_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

constexpr std::int64_t kNow = 1'741'608'000'000;  // 2025-03-10 12:00 UTC

struct QuestionStatisticsScreen : ::testing::Test {
    HeadlessUi ui;
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::SqliteStore store{":memory:"};
    ui::App app{course, store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };

    void SetUp() override {
        store.setClock([] { return kNow; });
        demo::DemoOptions options;
        options.learners = 120;
        options.seed = 5;
        demo::generateDemoData(store, demo::demoCourseOf(course), options);
        app.setFonts(ui.buildFonts());
        ui.settle(draw);
    }

    ui::QuestionStatisticsPanel& openAsManager() {
        app.unlockWithoutPin(ui::Area::Manager, "Maria Keller");
        app.navigate(ui::Screen::Manager);
        ui.settle(draw);
        EXPECT_TRUE(ui.click("Question statistics", draw));
        ui.settle(draw);
        EXPECT_EQ(app.screen(), ui::Screen::QuestionStatistics);
        return app.view<ui::QuestionStatisticsView>().panel();
    }
};

TEST_F(QuestionStatisticsScreen, ShowsTheReportsNumbersAndSortsAndFilters) {
    ui::QuestionStatisticsPanel& panel = openAsManager();
    const auto expected = progress::questionRows(store::firstAttemptAnswers(store.attempts()),
                                                 progress::scoredQuestionIds(course), panel.rules());
    ASSERT_EQ(panel.shown().size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(panel.shown()[i].question_id, expected[i].question_id);
        EXPECT_EQ(panel.shown()[i].answers, expected[i].answers);
        EXPECT_EQ(panel.shown()[i].flag, expected[i].flag);
    }
    EXPECT_GT(panel.flaggedCount(), 0) << "demo data has questions too easy or too hard";
    EXPECT_TRUE(ui.has("Question summary"));

    // Facility, lowest first, then highest first; unanswered questions last both ways.
    ASSERT_TRUE(ui.click("Sort by Facility", draw));
    ui.settle(draw);
    auto facilities = [&] {
        std::vector<double> values;
        for (const auto& row : panel.shown())
            if (row.answers > 0) values.push_back(row.facility);
        return values;
    };
    auto ascending = facilities();
    ASSERT_GT(ascending.size(), 10u);
    EXPECT_TRUE(std::is_sorted(ascending.begin(), ascending.end()));
    ASSERT_TRUE(ui.click("Sort by Facility", draw));
    ui.settle(draw);
    auto descending = facilities();
    EXPECT_TRUE(std::is_sorted(descending.rbegin(), descending.rend()));
    EXPECT_GT(panel.shown().front().answers, 0);

    ASSERT_TRUE(ui.click("Only flagged", draw));
    ui.settle(draw);
    EXPECT_EQ(static_cast<int>(panel.shown().size()), panel.flaggedCount());
    for (const auto& row : panel.shown()) EXPECT_NE(row.flag, quiz::QuestionFlag::None) << row.question_id;
}

TEST_F(QuestionStatisticsScreen, ASelectedQuestionShowsItsText) {
    ui::QuestionStatisticsPanel& panel = openAsManager();
    const std::string id = panel.shown().front().question_id;
    EXPECT_FALSE(ui.has("Selected question"));
    ASSERT_TRUE(ui.click("Question " + id, draw));
    ui.settle(draw);
    EXPECT_EQ(panel.selected(), id);
    EXPECT_TRUE(ui.has("Selected question"));
    ASSERT_TRUE(ui.click("Question " + id, draw));
    ui.settle(draw);
    EXPECT_EQ(panel.selected(), "") << "a second click lets it go";
}

TEST_F(QuestionStatisticsScreen, TheExportIsTheReportsFileInTheTablesOrder) {
    ui::QuestionStatisticsPanel& panel = openAsManager();
    ASSERT_TRUE(ui.click("Sort by Discrimination", draw));
    ui.settle(draw);
    ASSERT_TRUE(ui.click("Export statistics", draw));
    ui.settle(draw);
    const ipprimer::testing::TempFolder temp("ipprimer-question-export");
    const std::string path = temp.path().string() + "/questions.csv";
    ASSERT_TRUE(ui.replaceText("Export path", path, draw));
    ASSERT_TRUE(ui.click("Save statistics", draw));
    ASSERT_TRUE(std::filesystem::exists(path));
    std::ifstream in(path, std::ios::binary);
    std::ostringstream written;
    written << in.rdbuf();
    EXPECT_EQ(written.str(), exports::questionStatisticsCsv(panel.shown(), course));
    EXPECT_TRUE(written.str().starts_with("id,answers,facility,discrimination,"));
}

TEST_F(QuestionStatisticsScreen, TheTrainerHasThemOnATab) {
    app.unlockWithoutPin(ui::Area::Trainer);
    app.navigate(ui::Screen::Trainer);
    ui.settle(draw);
    ASSERT_TRUE(ui.click("Question statistics", draw));
    ui.settle(draw);
    ui::TrainerView& trainer = app.view<ui::TrainerView>();
    EXPECT_EQ(trainer.page(), ui::TrainerView::Page::Questions);
    EXPECT_TRUE(ui.has("Sort by Facility"));
    EXPECT_FALSE(trainer.questions().shown().empty());
}

}  // namespace
