// A long export started from a screen runs beside the frames: while it
// works the panel shows a bar with how far it is, the frames go on, and its
// message follows once it is done.
#include <gtest/gtest.h>

#include <imgui.h>

#include <chrono>
#include <future>
#include <thread>

#include "course/course.h"
#include "harness.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"
#include "ui/app.h"
#include "ui/export_panel.h"
#include "ui/widgets.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

const std::array kFormats{exports::FormatId::Csv};

struct LongExport : ::testing::Test {
    HeadlessUi ui{1280, 820};
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::SqliteStore store{":memory:"};
    ui::App app{course, store, nullptr};
    ui::ExportPanel panel;
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    ipprimer::testing::TempFolder temp{"ipprimer-long-export"};

    // Ten steps, the fifth of which waits until the test lets it go on.
    ui::ExportPanel::PrepareSave prepare = [this](const exports::Format&, const std::filesystem::path& path) {
        return [path, released = released](WorkProgress& progress) {
            for (int done = 0; done <= 10; ++done) {
                progress.step("Writing learners", done, 10);
                if (done == 5) released.wait();
            }
            return "Saved 10 learners to " + path.string();
        };
    };
    std::function<void()> draw = [this] {
        ui::clearItemRegistry();  // as App::frame does: only what this frame drew is found
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("export", nullptr, ImGuiWindowFlags_NoDecoration);
        ui::ExportPanel::Setup setup;
        setup.layout = ui::ExportPanel::Layout::Row;
        setup.formats = kFormats;
        setup.subject = "report";
        setup.proposed_name = "report";
        setup.lead = "Save the learners shown, as";
        setup.action = "Save report";
        panel.draw(app, setup, prepare);
        ImGui::End();
    };

    void SetUp() override { app.setFonts(ui.buildFonts()); }
    void TearDown() override {
        release.set_value();  // never leave the work waiting (a failed ASSERT)
        ui.finishBackgroundWork(draw);
    }
};

}  // namespace

TEST_F(LongExport, ShowsABarWhileItWorksAndItsMessageOnceDone) {
    ui.settle(draw);
    EXPECT_FALSE(ui.has("Export progress"));
    ASSERT_TRUE(ui.replaceText("Export path", (temp.path() / "learners.csv").string(), draw));
    ASSERT_TRUE(ui.click("Save report", draw));

    // The work waits half way: frames still come, and show where it is.
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!ui.has("Writing learners: 5 of 10 (50%)") && std::chrono::steady_clock::now() < give_up) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        ui.frame(draw);
    }
    EXPECT_TRUE(panel.saving());
    EXPECT_TRUE(ui.has("Export progress")) << "a bar while the file is written";
    EXPECT_TRUE(ui.has("Writing learners: 5 of 10 (50%)")) << "how far it is, in words";
    EXPECT_TRUE(ui::BackgroundJob::anyRunning()) << "the window keeps drawing frames";

    // A second press while it works starts nothing.
    ASSERT_TRUE(ui.click("Save report", draw));
    EXPECT_TRUE(panel.message().empty());

    release.set_value();
    release = {};  // TearDown's set_value goes to a fresh promise
    ui.finishBackgroundWork(draw);
    EXPECT_FALSE(panel.saving());
    EXPECT_FALSE(ui.has("Export progress")) << "the bar goes once the file is written";
    EXPECT_EQ(panel.message(), "Saved 10 learners to " + (temp.path() / "learners.csv").string());
    EXPECT_FALSE(panel.failed());
}

TEST_F(LongExport, AFailureOnItsThreadIsShownAsTheSavesProblem) {
    prepare = [](const exports::Format&, const std::filesystem::path&) {
        return [](WorkProgress&) -> std::string { throw std::runtime_error("could not export to /x: the disk is full"); };
    };
    ui.settle(draw);
    ASSERT_TRUE(ui.click("Save report", draw));
    ui.finishBackgroundWork(draw);
    EXPECT_TRUE(panel.failed());
    EXPECT_EQ(panel.message(), "could not export to /x: the disk is full");
}
