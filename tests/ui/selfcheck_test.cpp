// The IP self-check in the manager's area, driven headless: taken, left and
// resumed with its answers in place, finished into the action report, and
// taken again with last time's answers offered; then what the store holds.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "course/course.h"
#include "harness.h"
#include "store/company_records.h"
#include "store/sqlite_store.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/reader_view.h"
#include "temp_folder.h"
#include "ui/selfcheck_report_view.h"
#include "ui/selfcheck_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;
using progress::Answer;

namespace {

struct SelfCheck : ::testing::Test {
    HeadlessUi ui{1280, 3200};  // tall enough for a whole section without scrolling
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::SqliteStore store{":memory:"};
    std::int64_t now = 1'741'608'000'000;  // 2025-03-10 12:00 UTC
    ui::App app{course, store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };
    std::int64_t owner = 0;

    void SetUp() override {
        store.setClock([this] { return now += 1000; });
        store::NewLearner brigid;
        brigid.name = "Brigid Brennan";
        brigid.role = "owner";
        owner = store.roster().add(brigid);
        app.setFonts(ui.buildFonts());
        app.unlockWithoutPin(ui::Area::Manager, "Brigid Brennan");
        ui.settle(draw);
    }

    void click(const std::string& label) {
        ASSERT_TRUE(ui.click(label, draw)) << "no item '" << label << "' on screen " << static_cast<int>(app.screen());
        ui.settle(draw);
        ASSERT_EQ(app.problem(), "") << "after clicking " << label;
    }

    progress::Answers recorded() {
        const auto takes = store.companyRecords().selfCheckTakes();
        return takes.empty() ? progress::Answers{} : takes.back().answers;
    }
};

}  // namespace

TEST_F(SelfCheck, TakenLeftAndResumedWithItsAnswersInPlace) {
    ASSERT_TRUE(app.navigate(ui::Screen::SelfCheck));
    ui.settle(draw);
    click("Start the self-check");
    ASSERT_NE(app.view<ui::SelfCheckView>().take(), nullptr);
    EXPECT_EQ(app.view<ui::SelfCheckView>().section(), 0u);
    ASSERT_TRUE(ui.replaceText("field:company-name", "Brennan Machine Tools Ltd", draw));
    ui.press(ImGuiKey_Enter, draw);
    click("ip-lead=no");
    click("register-kept=none");
    // Each answer is in the store the moment it is given.
    EXPECT_EQ(recorded().at("ip-lead"), Answer{{"no"}});
    EXPECT_EQ(recorded().at("company-name"), Answer{{"Brennan Machine Tools Ltd"}});
    click("Next section");
    EXPECT_EQ(app.view<ui::SelfCheckView>().section(), 1u);
    click("trading-name-registered=unsure");
    click("product-brands=yes");
    // A follow-up appears only once its lead question is answered so.
    click("product-brands-registered=none");

    // The manager goes to the dashboard and comes back: the self-check is
    // resumed where its answers stop (the first section has more to answer).
    ASSERT_TRUE(app.navigate(ui::Screen::Manager));
    ui.settle(draw);
    ASSERT_TRUE(app.navigate(ui::Screen::SelfCheck));
    ui.settle(draw);
    EXPECT_EQ(app.view<ui::SelfCheckView>().section(), 0u) << "staff and others of the first section are unanswered";
    EXPECT_EQ(app.view<ui::SelfCheckView>().take()->answers.size(), 6u);

    // Straight to the last section and finish: the report works from the answers given.
    click("section:financing");
    click("Finish and see the report");
    ASSERT_EQ(app.screen(), ui::Screen::SelfCheckReport);
    const exports::ReportParts& parts = app.view<ui::SelfCheckReportView>().parts();
    EXPECT_EQ(parts.company, "Brennan Machine Tools Ltd");
    std::vector<std::string> titles;
    for (const exports::ReportAction& action : parts.actions) titles.push_back(action.title);
    EXPECT_EQ(titles, (std::vector<std::string>{"Name one person to look after the company's IP",
                                                "Start an IP register and keep it current",
                                                "Register the trading name as a trademark",
                                                "Register the product names you would not want to lose"}));
    EXPECT_TRUE(ui.has("action:Register the trading name as a trademark"));

    // Saved as a PDF for the files: laid out on a thread of its own while the page stays.
    ipprimer::testing::TempFolder folder{"ipprimer-selfcheck-save"};
    const std::filesystem::path pdf = folder.path() / "self-check.pdf";
    ASSERT_TRUE(ui.replaceText("Export path", pdf.string(), draw));
    click("Export PDF");
    ui.finishBackgroundWork(draw);
    EXPECT_TRUE(ui.has("Saved the report to " + pdf.string() + ".")) << "the page says where it went";
    std::ifstream saved(pdf, std::ios::binary);
    std::string start(5, '\0');
    saved.read(start.data(), 5);
    EXPECT_EQ(start, "%PDF-");
    EXPECT_EQ(app.screen(), ui::Screen::SelfCheckReport);

    // The lesson that teaches an action is one click away (leaving the area locks it).
    click("lesson:Register the trading name as a trademark");
    EXPECT_EQ(app.screen(), ui::Screen::Reader);
    ASSERT_NE(app.view<ui::ReaderView>().lesson(), nullptr);
    EXPECT_EQ(app.view<ui::ReaderView>().lesson()->id, "trademarks-and-unfair-competition");
    EXPECT_FALSE(app.unlocked(ui::Area::Manager));
}

TEST_F(SelfCheck, TakenAgainItOffersLastTimesAnswersAndShowsWhatImproved) {
    store::CompanyRecords& records = store.companyRecords();
    const std::string first = records.startSelfCheck(owner);
    records.recordSelfCheckAnswer(owner, first, "ip-lead", Answer{{"no"}});
    records.recordSelfCheckAnswer(owner, first, "training", Answer{{"none"}});
    records.finishSelfCheck(owner, first);

    ASSERT_TRUE(app.navigate(ui::Screen::SelfCheck));
    ui.settle(draw);
    click("Take the self-check again");
    EXPECT_TRUE(ui.has("same:ip-lead")) << "last time's answer is offered";
    click("same:training");
    click("ip-lead=yes");
    EXPECT_FALSE(ui.has("same:training")) << "given: no longer offered";
    EXPECT_EQ(recorded().at("training"), Answer{{"none"}});
    click("section:financing");
    click("Finish and see the report");
    ASSERT_EQ(app.screen(), ui::Screen::SelfCheckReport);
    const exports::ReportParts& parts = app.view<ui::SelfCheckReportView>().parts();
    ASSERT_FALSE(parts.changes.empty());
    EXPECT_EQ(parts.changes.front().label, "Done");
    EXPECT_EQ(parts.changes.front().text, "Name one person to look after the company's IP");
}

TEST_F(SelfCheck, AManagerNotOnTheStaffListSaysWhoTheyAre) {
    app.lock(ui::Area::Manager);
    app.unlockWithoutPin(ui::Area::Manager, "B. Brennan");
    ASSERT_TRUE(app.navigate(ui::Screen::SelfCheck));
    ui.settle(draw);
    EXPECT_FALSE(ui.has("Start the self-check"));
    click("I am Brigid Brennan");
    click("Start the self-check");
    click("ip-lead=yes");
    const auto takes = store.companyRecords().selfCheckTakes();
    ASSERT_EQ(takes.size(), 1u);
    EXPECT_EQ(takes[0].learner_id, owner);
    EXPECT_EQ(takes[0].answers.at("ip-lead"), Answer{{"yes"}});
}
