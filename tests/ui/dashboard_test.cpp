// The dashboard's table as a manager reads and saves it: the file holds the
// rows in the order on screen, a filter that matches nobody says so, the
// count of rows shown stays on one line, and text too long for its column
// ends with an ellipsis.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "course/course.h"
#include "demo/demo_data.h"
#include "export/report_files.h"
#include "harness.h"
#include "progress/curriculum.h"
#include "store/store.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"
#include "ui/app.h"
#include "ui/manager_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

struct Dashboard : ::testing::Test {
    HeadlessUi ui{1280, 820};
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::SqliteStore store{":memory:"};
    ui::App app{course, store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };

    void SetUp() override {
        store.setClock([] { return std::int64_t{1'741'608'000'000}; });
        demo::DemoOptions options;
        options.learners = 60;
        options.seed = 11;
        demo::generateDemoData(store, demo::demoCourseOf(course), options);
        app.setFonts(ui.buildFonts());
        app.unlockWithoutPin(ui::Area::Manager, "Maria Keller");
        app.navigate(ui::Screen::Manager);
        ui.settle(draw);
    }
    const ui::ManagerView& view() { return app.view<ui::ManagerView>(); }
};

}  // namespace

TEST_F(Dashboard, TheSavedReportFollowsTheSortOnScreen) {
    ASSERT_TRUE(ui.click("Sort by Due", draw));
    ASSERT_TRUE(ui.click("Sort by Due", draw));  // latest first
    ui.settle(draw);
    const std::vector<std::size_t> on_screen = view().shownRows();
    std::vector<std::size_t> by_name = on_screen;
    std::sort(by_name.begin(), by_name.end());
    ASSERT_NE(on_screen, by_name) << "the sort must differ from name order for this test to mean anything";

    ASSERT_TRUE(ui.click("Export report", draw));
    ui.settle(draw);
    const ipprimer::testing::TempFolder temp("ipprimer-export");
    const std::string path = (temp.path() / "by-due.csv").string();
    ASSERT_TRUE(ui.replaceText("Export path", path, draw));
    ASSERT_TRUE(ui.click("Save report", draw));
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in) << view().exportMessage();
    std::ostringstream written;
    written << in.rdbuf();
    const progress::Curriculum curriculum = progress::curriculumOf(course);
    EXPECT_EQ(written.str(), exports::reportCsv(curriculum, view().dashboard(), on_screen));
}

TEST_F(Dashboard, AFilterThatMatchesNobodySaysSoAndOffersTheWayBack) {
    EXPECT_FALSE(ui.has("No learner matches"));
    ASSERT_TRUE(ui.replaceText("Search learners", "no such person at all", draw));
    ASSERT_TRUE(view().shownRows().empty());
    EXPECT_TRUE(ui.has("No learner matches")) << "not a blank table with no word";
    ASSERT_TRUE(ui.click("Show every learner", draw));
    EXPECT_EQ(view().shownRows().size(), view().dashboard().rows.size());
}

TEST_F(Dashboard, TheCountOfRowsShownStaysOnOneLine) {
    for (float width : {1280.0f, 1024.0f, 800.0f}) {
        ImGui::GetIO().DisplaySize = ImVec2(width, 820);
        ui.settle(draw);
        const ui::ItemRect* showing = ui::findItem("Showing");
        ASSERT_NE(showing, nullptr);
        EXPECT_LT(showing->max.y - showing->min.y, ImGui::GetFontSize() * 1.5f) << "\"Showing 55 of 295\" wraps at " << width;
        EXPECT_LE(showing->max.x, width) << "runs off the window at " << width;
    }
}

TEST(CellText, TextTooLongForItsColumnEndsWithAnEllipsis) {
    HeadlessUi ui;
    std::string shown_long, shown_short;
    const std::string long_text = "Research and development, product engineering and testing";
    ui.settle([&] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(600, 400));
        ImGui::Begin("cells");
        if (ImGui::BeginTable("t", 2)) {
            ImGui::TableSetupColumn("a", ImGuiTableColumnFlags_WidthFixed, 120);
            ImGui::TableSetupColumn("b", ImGuiTableColumnFlags_WidthFixed, 120);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            shown_long = ui::cellText(long_text);
            ImGui::TableNextColumn();
            shown_short = ui::cellText("Sales");
            ImGui::EndTable();
        }
        ImGui::End();
    });
    EXPECT_EQ(shown_short, "Sales");
    ASSERT_TRUE(shown_long.ends_with("\xE2\x80\xA6")) << shown_long;
    EXPECT_TRUE(long_text.starts_with(shown_long.substr(0, shown_long.size() - 3)));
    EXPECT_LE(ImGui::CalcTextSize(shown_long.c_str()).x, 120.0f);
}
