// The IP register driven headless: a manager adds and changes an entry, an
// employee proposes one from a lesson's task and the manager accepts it
// (edited) or declines another, and the dashboard shows the dates due and
// the risks; then what the store holds.
#include <gtest/gtest.h>

#include "course/course.h"
#include "demo/demo_data.h"
#include "demo/demo_register.h"
#include "harness.h"
#include "store/sqlite_store.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/manager_view.h"
#include "ui/reader_view.h"
#include "ui/register_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

struct Register : ::testing::Test {
    HeadlessUi ui{1280, 2400};
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::SqliteStore store{":memory:"};
    std::int64_t now = 1'741'608'000'000;  // 2025-03-10 12:00 UTC
    ui::App app{course, store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };
    std::int64_t manager = 0, employee = 0;

    void SetUp() override {
        store.setClock([this] { return now += 1000; });
        store::NewLearner brigid;
        brigid.name = "Brigid Brennan";
        brigid.role = "owner";
        manager = store.roster().add(brigid);
        store::NewLearner tom;
        tom.name = "Tom Wu";
        tom.role = "rnd";
        employee = store.roster().add(tom);
        app.setFonts(ui.buildFonts());
        ui.settle(draw);
    }

    void click(const std::string& label) {
        ASSERT_TRUE(ui.click(label, draw)) << "no item '" << label << "' on screen " << static_cast<int>(app.screen());
        ui.settle(draw);
        ASSERT_EQ(app.problem(), "") << "after clicking " << label;
    }
    void type(const std::string& label, const std::string& text) {
        ASSERT_TRUE(ui.replaceText(label, text, draw)) << label;
    }
    void openRegister() {
        app.unlockWithoutPin(ui::Area::Manager, "Brigid Brennan");
        ASSERT_TRUE(app.navigate(ui::Screen::Register));
        ui.settle(draw);
    }
};

}  // namespace

TEST_F(Register, AManagerAddsAndChangesAnEntryAndEachChangeIsKept) {
    openRegister();
    click("Add an entry");
    type("field:title", "BRENNAN (word mark)");
    type("field:countries", "GB");
    type("field:renewal_date", "2025-04-01");
    click("Save");
    progress::RegisterState state = store.companyRecords().registerState();
    ASSERT_EQ(state.entries.size(), 1u);
    EXPECT_EQ(state.entries[0].asset.title, "BRENNAN (word mark)");
    EXPECT_EQ(state.entries[0].history[0].by, "Brigid Brennan");
    // The dates due show at once: 2025-04-01 is 22 days after 2025-03-10.
    ASSERT_EQ(app.view<ui::RegisterView>().summary().due.size(), 1u);
    EXPECT_EQ(app.view<ui::RegisterView>().summary().due[0].when, "in 22 days");

    click("entry:BRENNAN (word mark)");
    click("Change");
    type("field:countries", "GB, EU");
    click("field:status");
    click("status:registered");
    click("Save");
    state = store.companyRecords().registerState();
    ASSERT_EQ(state.entries.size(), 1u);
    EXPECT_EQ(state.entries[0].asset.countries, (std::vector<std::string>{"GB", "EU"}));
    ASSERT_EQ(state.entries[0].history.size(), 2u);
    EXPECT_EQ(state.entries[0].history[1].changed, (std::vector<std::string>{"countries", "status"}));
    EXPECT_EQ(store.journal().count(), 2) << "two events; the first is not overwritten";
}

TEST_F(Register, AnEmployeesProposalFromALessonIsAcceptedEdited) {
    // Tom reads the trade secrets lesson and proposes what he handles.
    app.selectLearner(employee);
    app.openLesson("trade-secrets");
    app.view<ui::ReaderView>().setShowAll(true);
    ui.settle(draw);
    ASSERT_TRUE(ui.has("Propose title")) << "the lesson's register task is at its end";
    // Scrolled down to it, as a reader would.
    const float bottom = ImGui::GetIO().DisplaySize.y - 60;  // above the status line
    for (int i = 0; i < 60 && ui::findItem("Propose it") && ui::findItem("Propose it")->max.y > bottom; ++i)
        ui.wheel(-5, ImVec2(640, 600), draw);
    ASSERT_LT(ui::findItem("Propose it")->max.y, bottom);
    type("Propose title", "Our supplier price list");
    type("Propose where kept", "Purchasing folder");
    click("Propose it");
    EXPECT_EQ(app.view<ui::ReaderView>().proposals().message(),
              "Proposed \"Our supplier price list\". The manager will accept, change or decline it.");
    progress::RegisterState state = store.companyRecords().registerState();
    ASSERT_EQ(state.openProposals().size(), 1u);
    EXPECT_EQ(state.proposals[0].by, "Tom Wu");
    EXPECT_EQ(state.proposals[0].lesson, "trade-secrets");
    EXPECT_EQ(state.proposals[0].asset.kind, progress::AssetKind::TradeSecret);

    // The manager accepts it, telling who has access.
    openRegister();
    click("Accept Our supplier price list");
    click("field:access");
    ui.type("Tom Wu", draw);
    ui.press(ImGuiKey_Enter, draw);
    ui.type("Brigid Brennan", draw);
    click("Accept into the register");
    state = store.companyRecords().registerState();
    EXPECT_TRUE(state.openProposals().empty());
    ASSERT_EQ(state.entries.size(), 1u);
    EXPECT_EQ(state.entries[0].asset.title, "Our supplier price list");
    EXPECT_EQ(state.entries[0].asset.kept_where, "Purchasing folder");
    EXPECT_EQ(state.entries[0].asset.access, (std::vector<std::string>{"Tom Wu", "Brigid Brennan"}));
    EXPECT_EQ(state.proposals[0].decided_by, "Brigid Brennan");
    // Tom read the confidentiality lesson to its end; Brigid has not read it:
    // the register names her, and only her, as a risk.
    EXPECT_EQ(store.lessons().status(employee, "trade-secrets"), store::LessonStatus::Finished);
    std::vector<std::string> untrained;
    for (const auto& risk : app.view<ui::RegisterView>().summary().risks)
        if (risk.kind == progress::RiskKind::UntrainedAccess) untrained.push_back(risk.title + ": " + risk.message);
    EXPECT_EQ(untrained, std::vector<std::string>{"Our supplier price list: Brigid Brennan has access but has not "
                                                  "passed the confidentiality training"});
}

TEST_F(Register, AProposalDeclinedWithAReason) {
    progress::Asset script;
    script.kind = progress::AssetKind::Copyright;
    script.title = "Mixer script";
    store.companyRecords().proposeAsset(employee, script, "software-and-licences");
    openRegister();
    click("Decline Mixer script");
    type("Decline reason", "The mixer's maker wrote it");
    click("Decline it");
    const progress::RegisterState state = store.companyRecords().registerState();
    ASSERT_EQ(state.proposals.size(), 1u);
    EXPECT_EQ(state.proposals[0].state, progress::Proposal::State::Declined);
    EXPECT_EQ(state.proposals[0].reason, "The mixer's maker wrote it");
    EXPECT_TRUE(state.entries.empty());
}

TEST_F(Register, TheDashboardShowsDatesDueAndRisks) {
    demo::DemoOptions options;
    options.learners = 60;
    options.seed = 3;
    store::SqliteStore demo_store{":memory:"};
    demo_store.setClock([this] { return now; });
    demo::generateDemoData(demo_store, demo::demoCourseOf(course), options);
    demo::addDemoCompanyRecords(demo_store, course);
    ui::App demo_app{course, demo_store, nullptr};
    demo_app.setFonts(ui.buildFonts());
    std::function<void()> demo_draw = [&] { demo_app.frame(); };
    demo_app.unlockWithoutPin(ui::Area::Manager, "Screenshot");
    ASSERT_TRUE(demo_app.navigate(ui::Screen::Manager));
    ui.settle(demo_draw);
    const ui::RegisterSummary& summary = demo_app.view<ui::ManagerView>().registerSummary();
    EXPECT_GE(summary.due.size(), 5u);
    EXPECT_EQ(summary.open_proposals, 2);
    std::set<progress::RiskKind> kinds;
    for (const auto& risk : summary.risks) kinds.insert(risk.kind);
    EXPECT_TRUE(kinds.contains(progress::RiskKind::NotOwned));
    EXPECT_TRUE(kinds.contains(progress::RiskKind::TrademarkMissing));
    EXPECT_TRUE(kinds.contains(progress::RiskKind::UntrainedAccess));
    EXPECT_TRUE(ui.has("due:brennan-tools.com")) << "the soonest date is on the dashboard";
    ASSERT_TRUE(ui.click("IP register", demo_draw));
    ui.settle(demo_draw);
    EXPECT_EQ(demo_app.screen(), ui::Screen::Register);
    EXPECT_EQ(demo_app.view<ui::RegisterView>().state().entries.size(), 18u);
}
