// The manager's area driven headless as a manager uses it: choose the PIN,
// filter and sort the table, open a learner, extend a due date, archive,
// export, import a staff list, read the topics; then what the store holds.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "course/course.h"
#include "progress/curriculum.h"
#include "harness.h"
#include "demo/demo_data.h"
#include "store/learner_history.h"
#include "store/roster.h"
#include "store/settings.h"
#include "store/settings.h"
#include "export/report_files.h"
#include "store/reports.h"
#include "store/store.h"
#include "store/sqlite_store.h"
#include "ui/app.h"
#include "ui/import_view.h"
#include "ui/learner_detail_view.h"
#include "ui/manager_view.h"
#include "ui/topics_view.h"
#include "temp_folder.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

constexpr std::int64_t kNow = 1'741'608'000'000;  // 2025-03-10 12:00 UTC

struct Manager : ::testing::Test {
    HeadlessUi ui;
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::SqliteStore store{":memory:"};
    std::int64_t now = kNow;
    ui::App app{course, store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };
    progress::Curriculum curriculum = progress::curriculumOf(course);

    void SetUp() override {
        store.setClock([this] { return now; });
        demo::DemoOptions options;
        options.learners = 120;
        options.seed = 5;
        demo::generateDemoData(store, demo::demoCourseOf(course), options);
        app.setFonts(ui.buildFonts());
        ui.settle(draw);
    }

    void typeInto(const std::string& label, const std::string& text) {
        ASSERT_TRUE(ui.replaceText(label, text, draw)) << label;
    }

    void openWithPin(const std::string& pin, const std::string& name) {
        ASSERT_TRUE(ui.click("Manager", draw));
        ui.settle(draw);
        typeInto("PIN", pin);
        if (ui.has("PIN again")) typeInto("PIN again", pin);
        typeInto("Your name", name);
        ASSERT_TRUE(ui.click(ui.has("Open") ? "Open" : "Set the PIN and open", draw));
        ui.settle(draw);
    }

    void unlock() {
        openWithPin("2468", "Maria Keller");
        ASSERT_TRUE(app.unlocked(ui::Area::Manager)) << app.gate(ui::Area::Manager)->message();
    }

    // The dashboard as the store derives it, to compare the screen with.
    store::Dashboard fresh() { return store.reports().dashboard(curriculum, localDate(now)); }

    const store::DashboardRow& shownRow(std::size_t i) {
        return app.view<ui::ManagerView>().dashboard().rows[app.view<ui::ManagerView>().shownRows().at(i)];
    }

    void choose(const std::string& combo, const std::string& item) {
        ASSERT_TRUE(ui.click(combo, draw)) << combo;
        ui.settle(draw);
        ASSERT_TRUE(ui.click(item, draw)) << item;
        ui.settle(draw);
    }
};

TEST_F(Manager, ThePinIsChosenOnFirstUseAndAskedForAfterwards) {
    EXPECT_FALSE(store.settings().hasManagerPin());
    ASSERT_TRUE(ui.click("Manager", draw));
    ui.settle(draw);
    EXPECT_EQ(app.screen(), ui::Screen::Manager);
    EXPECT_TRUE(ui.has("PIN again")) << "first use: the PIN is typed twice";
    EXPECT_FALSE(ui.has("Compliant tile")) << "nothing shows before the PIN";

    // Two different PINs, then one too short, are refused.
    typeInto("PIN", "2468");
    typeInto("PIN again", "2469");
    typeInto("Your name", "Maria Keller");
    ASSERT_TRUE(ui.click("Set the PIN and open", draw));
    EXPECT_FALSE(app.unlocked(ui::Area::Manager));
    EXPECT_NE(app.gate(ui::Area::Manager)->message().find("differ"), std::string::npos);
    typeInto("PIN", "12");
    typeInto("PIN again", "12");
    ASSERT_TRUE(ui.click("Set the PIN and open", draw));
    EXPECT_FALSE(store.settings().hasManagerPin());
    EXPECT_NE(app.gate(ui::Area::Manager)->message().find("at least 4 digits"), std::string::npos);

    typeInto("PIN", "2468");
    typeInto("PIN again", "2468");
    ASSERT_TRUE(ui.click("Set the PIN and open", draw));
    ui.settle(draw);
    ASSERT_TRUE(app.unlocked(ui::Area::Manager));
    EXPECT_TRUE(store.settings().checkManagerPin("2468"));
    EXPECT_EQ(store.settings().value("manager_name"), "Maria Keller");
    EXPECT_TRUE(ui.has("Compliant tile"));
    EXPECT_EQ(app.view<ui::ManagerView>().dashboard().rows.size(), fresh().rows.size());

    // Leaving the area locks it; a wrong PIN does not open it, the right one does.
    ASSERT_TRUE(ui.click("Glossary", draw));
    ui.settle(draw);
    EXPECT_FALSE(app.unlocked(ui::Area::Manager));
    ASSERT_TRUE(ui.click("Manager", draw));
    ui.settle(draw);
    EXPECT_FALSE(ui.has("PIN again"));
    typeInto("PIN", "1357");
    ASSERT_TRUE(ui.click("Open", draw));
    EXPECT_FALSE(app.unlocked(ui::Area::Manager));
    EXPECT_EQ(app.gate(ui::Area::Manager)->message(), "That PIN is not right.");
    typeInto("PIN", "2468");
    ui.press(ImGuiKey_Enter, draw);
    ui.settle(draw);
    EXPECT_TRUE(app.unlocked(ui::Area::Manager)) << "Enter opens too; the name was remembered";
    ASSERT_TRUE(ui.click("Lock", draw));
    EXPECT_FALSE(app.unlocked(ui::Area::Manager));
}

TEST_F(Manager, WrongPinsPauseTheGateAndTheRightOneAfterThePauseOpensIt) {
    unlock();
    ASSERT_TRUE(ui.click("Lock", draw));
    // Five wrong PINs cost nothing but a warning near the end.
    for (int i = 0; i < store::kFreeWrongPins; ++i) {
        typeInto("PIN", "1111");
        ASSERT_TRUE(ui.click("Open", draw));
        EXPECT_FALSE(app.unlocked(ui::Area::Manager));
        EXPECT_EQ(app.gate(ui::Area::Manager)->message().find("Too many"), std::string::npos) << i;
    }
    EXPECT_NE(app.gate(ui::Area::Manager)->message().find("next wrong PIN pauses"), std::string::npos)
        << app.gate(ui::Area::Manager)->message();
    // The sixth pauses the gate: even the right PIN is not checked until the pause ends.
    typeInto("PIN", "1111");
    ASSERT_TRUE(ui.click("Open", draw));
    EXPECT_NE(app.gate(ui::Area::Manager)->message().find("Too many wrong PINs"), std::string::npos);
    typeInto("PIN", "2468");
    ASSERT_TRUE(ui.click("Open", draw));
    EXPECT_FALSE(app.unlocked(ui::Area::Manager)) << "paused: the right PIN waits too";

    // Leaving and coming back (or restarting) does not lift the pause; it is said at once.
    ASSERT_TRUE(ui.click("Glossary", draw));
    ui.settle(draw);
    ASSERT_TRUE(ui.click("Manager", draw));
    ui.settle(draw);
    EXPECT_NE(app.gate(ui::Area::Manager)->message().find("Too many wrong PINs"), std::string::npos);

    now += store::kFirstPauseMs + 1000;
    typeInto("PIN", "2468");
    ASSERT_TRUE(ui.click("Open", draw));
    ui.settle(draw);
    EXPECT_TRUE(app.unlocked(ui::Area::Manager)) << app.gate(ui::Area::Manager)->message();
    EXPECT_EQ(store.settings().wrongPinsLeftBeforePause(), store::kFreeWrongPins) << "the right PIN starts the count again";
}

TEST_F(Manager, TilesFiltersSearchAndSortingAgreeWithTheStore) {
    unlock();
    const store::Dashboard expected = fresh();
    const store::Summary all = store::summarize(expected, {});
    EXPECT_EQ(app.view<ui::ManagerView>().summary().learners, all.learners);
    EXPECT_EQ(app.view<ui::ManagerView>().summary().compliant, all.compliant);
    EXPECT_EQ(app.view<ui::ManagerView>().summary().overdue, all.overdue);
    ASSERT_GT(all.overdue, 0) << "the demo data has overdue learners";

    // A role, then a status: every row shown fits both, and none is missing.
    choose("Role filter", "Role: Marketing and sales");
    ASSERT_FALSE(app.view<ui::ManagerView>().shownRows().empty());
    for (std::size_t i = 0; i < app.view<ui::ManagerView>().shownRows().size(); ++i) EXPECT_EQ(shownRow(i).learner.role, "marketing");
    store::RowFilter filter;
    filter.role = "marketing";
    EXPECT_EQ(app.view<ui::ManagerView>().shownRows().size(), store::filterRows(expected, filter).size());
    EXPECT_EQ(app.view<ui::ManagerView>().summary().learners, static_cast<int>(store::filterRows(expected, filter).size()))
        << "the tiles follow the role filter";

    choose("Status filter", "Status: Not compliant");
    filter.status = store::StatusFilter::NotCompliant;
    EXPECT_EQ(app.view<ui::ManagerView>().shownRows().size(), store::filterRows(expected, filter).size());
    for (std::size_t i = 0; i < app.view<ui::ManagerView>().shownRows().size(); ++i) EXPECT_FALSE(shownRow(i).status.compliant);

    // Clearing, then a tile: the overdue ones.
    ASSERT_TRUE(ui.click("Clear filters", draw));
    ui.settle(draw);
    EXPECT_EQ(app.view<ui::ManagerView>().shownRows().size(), expected.rows.size());
    ASSERT_TRUE(ui.click("Overdue tile", draw));
    ASSERT_EQ(app.view<ui::ManagerView>().shownRows().size(), static_cast<std::size_t>(all.overdue));
    for (std::size_t i = 0; i < app.view<ui::ManagerView>().shownRows().size(); ++i)
        EXPECT_EQ(shownRow(i).status.state, progress::LearnerState::Overdue);
    ASSERT_TRUE(ui.click("Overdue tile", draw));
    EXPECT_EQ(app.view<ui::ManagerView>().shownRows().size(), expected.rows.size()) << "a second click lifts the filter";

    // A department, and a search by part of a name.
    const std::string department = store::departments(expected).at(1);
    choose("Department filter", "Department: " + department);
    for (std::size_t i = 0; i < app.view<ui::ManagerView>().shownRows().size(); ++i)
        EXPECT_EQ(shownRow(i).learner.department, department);
    ASSERT_TRUE(ui.click("Clear filters", draw));
    const std::string someone = expected.rows.at(expected.rows.size() / 2).learner.name;
    const std::string part = someone.substr(0, someone.find(' '));
    typeInto("Search learners", part);
    ASSERT_FALSE(app.view<ui::ManagerView>().shownRows().empty());
    for (std::size_t i = 0; i < app.view<ui::ManagerView>().shownRows().size(); ++i)
        EXPECT_NE(shownRow(i).learner.name.find(part), std::string::npos);
    typeInto("Search learners", "");

    // Sorting by status puts the most urgent first.
    ASSERT_TRUE(ui.click("Sort by Status", draw));
    ui.settle(draw);
    const progress::LearnerState first = shownRow(0).status.state;
    EXPECT_TRUE(first == progress::LearnerState::Expired || first == progress::LearnerState::Overdue);
    const progress::LearnerState last = shownRow(app.view<ui::ManagerView>().shownRows().size() - 1).status.state;
    EXPECT_EQ(last, progress::LearnerState::Compliant);
}

TEST_F(Manager, ALearnersRecordShowsTheirAttemptsAndTakesAnExtensionAndAnArchive) {
    unlock();
    // The first overdue learner of the list.
    choose("Status filter", "Status: Overdue");
    ASSERT_FALSE(app.view<ui::ManagerView>().shownRows().empty());
    const store::Learner late = shownRow(0).learner;
    ASSERT_TRUE(ui.click(late.name, draw)) << "a row opens the learner's record";
    ui.settle(draw);
    ASSERT_EQ(app.screen(), ui::Screen::LearnerRecord);
    ASSERT_TRUE(app.view<ui::LearnerDetailView>().row());
    EXPECT_EQ(app.view<ui::LearnerDetailView>().row()->learner.id, late.id);
    EXPECT_EQ(app.view<ui::LearnerDetailView>().row()->status.state, progress::LearnerState::Overdue);

    ASSERT_TRUE(ui.click("Extend the due date", draw));
    typeInto("New due date", "2025-04-30");
    ASSERT_TRUE(ui.click("Save the due date", draw));
    ui.settle(draw);
    EXPECT_NE(app.view<ui::LearnerDetailView>().row()->status.state, progress::LearnerState::Overdue);
    EXPECT_EQ(formatDate(app.view<ui::LearnerDetailView>().row()->status.due), "2025-04-30");
    const store::LearnerHistory history = store.reports().learnerHistory(late.id);
    ASSERT_FALSE(history.actions.empty());
    EXPECT_EQ(history.actions[0].verb, "due-extended");
    EXPECT_EQ(history.actions[0].by, "Maria Keller");
    EXPECT_EQ(history.actions[0].at, now);

    // A bad date is refused with a message, and nothing is recorded.
    ASSERT_TRUE(ui.click("Extend the due date", draw));
    typeInto("New due date", "30/04/2025");
    ASSERT_TRUE(ui.click("Save the due date", draw));
    EXPECT_NE(app.view<ui::LearnerDetailView>().message().find("YYYY-MM-DD"), std::string::npos);
    EXPECT_EQ(store.reports().learnerHistory(late.id).actions.size(), history.actions.size());
    ASSERT_TRUE(ui.click("Cancel", draw));

    ASSERT_TRUE(ui.click("Archive", draw));
    ASSERT_TRUE(ui.click("Yes, archive", draw));
    ui.settle(draw);
    EXPECT_TRUE(store.roster().find(late.id)->archived);
    EXPECT_EQ(store.reports().learnerHistory(late.id).actions.at(0).verb, "archived");
    EXPECT_EQ(store.reports().learnerHistory(late.id).actions.at(0).by, "Maria Keller");

    ASSERT_TRUE(ui.click("Back to the team", draw));
    ui.settle(draw);
    EXPECT_EQ(app.screen(), ui::Screen::Manager);
    for (const store::DashboardRow& row : app.view<ui::ManagerView>().dashboard().rows) EXPECT_NE(row.learner.id, late.id);
}

TEST_F(Manager, AttemptsOpenWithTheirAnswers) {
    unlock();
    // Someone who passed the role quiz has attempts with answers.
    const store::Dashboard dashboard = fresh();
    const auto passed = std::find_if(dashboard.rows.begin(), dashboard.rows.end(),
                                     [](const store::DashboardRow& r) { return r.status.role_quiz_passed; });
    ASSERT_NE(passed, dashboard.rows.end());
    app.view<ui::LearnerDetailView>().setLearner(passed->learner.id);
    app.navigate(ui::Screen::LearnerRecord);
    ui.settle(draw);
    const auto& attempts = app.view<ui::LearnerDetailView>().history().attempts;
    ASSERT_FALSE(attempts.empty());
    const std::string label = "Attempt " + std::to_string(attempts.front().id);
    ASSERT_TRUE(ui.click(label, draw));
    ui.settle(draw);
    ASSERT_FALSE(attempts.front().answers.empty());
    EXPECT_TRUE(ui.has("Answer " + attempts.front().answers.front().question_id)) << "the open attempt lists its answers";
    ui.press(ImGuiKey_Escape, draw);
    ui.settle(draw);
    EXPECT_EQ(app.screen(), ui::Screen::Manager) << "Escape goes back to the team";
}

TEST_F(Manager, ExportWritesTheSameFileAsTheReport) {
    unlock();
    choose("Role filter", "Role: All staff");
    ASSERT_TRUE(ui.click("Export report", draw));
    ui.settle(draw);
    const ipprimer::testing::TempFolder temp("ipprimer-export");
    const std::string folder = temp.path().string();
    const std::string path = folder + "/all staff.csv";
    typeInto("Export path", path);
    ASSERT_TRUE(ui.click("Save report", draw));
    ASSERT_TRUE(std::filesystem::exists(path)) << app.view<ui::ManagerView>().exportMessage();

    std::ifstream in(path, std::ios::binary);
    std::ostringstream written;
    written << in.rdbuf();
    const store::Dashboard expected = fresh();
    store::RowFilter filter;
    filter.role = "all-staff";
    EXPECT_EQ(written.str(), exports::reportCsv(curriculum, expected, store::filterRows(expected, filter)));

    // Saving again asks before replacing; JSON follows the format choice.
    ASSERT_TRUE(ui.click("Save report", draw));
    ASSERT_TRUE(ui.has("Replace it"));
    ASSERT_TRUE(ui.click("JSON", draw));
    ASSERT_TRUE(ui.click("Save report", draw));
    const std::string json_path = folder + "/all staff.json";
    EXPECT_TRUE(std::filesystem::exists(json_path)) << app.view<ui::ManagerView>().exportMessage();
}

TEST_F(Manager, AReportIsSavedPrivatelyAndNeverThroughALink) {
    unlock();
    ASSERT_TRUE(ui.click("Export report", draw));
    ui.settle(draw);
    const ipprimer::testing::TempFolder temp("ipprimer-export");
    // A name without an extension gets the chosen format's.
    typeInto("Export path", (temp.path() / "team").string());
    ASSERT_TRUE(ui.click("Save report", draw));
    const std::filesystem::path saved = temp.path() / "team.csv";
    ASSERT_TRUE(std::filesystem::exists(saved)) << app.view<ui::ManagerView>().exportMessage();
    using std::filesystem::perms;
    EXPECT_EQ(std::filesystem::status(saved).permissions() & perms::all, perms::owner_read | perms::owner_write)
        << "a file of people's training records is for its owner only";

    // A link planted where the report goes: asked about, then refused, its target untouched.
    const std::filesystem::path victim = temp.path() / "victim.txt";
    std::ofstream(victim) << "precious";
    const std::filesystem::path link = temp.path() / "linked.csv";
    std::filesystem::create_symlink(victim, link);
    typeInto("Export path", link.string());
    ASSERT_TRUE(ui.click("Save report", draw));
    ASSERT_TRUE(ui.click("Replace it", draw));
    EXPECT_NE(app.view<ui::ManagerView>().exportMessage().find("symbolic link"), std::string::npos) << app.view<ui::ManagerView>().exportMessage();
    std::ifstream in(victim);
    EXPECT_EQ(std::string((std::istreambuf_iterator<char>(in)), {}), "precious");
}

TEST_F(Manager, AStaffListIsPreviewedThenImported) {
    unlock();
    ASSERT_TRUE(ui.click("Import a staff list", draw));
    ui.settle(draw);
    ASSERT_EQ(app.screen(), ui::Screen::StaffImport);
    ASSERT_TRUE(ui.click("CSV text", draw));
    ui.type("name,employee_id,role,department\nNew Person,N1,it,IT\nBad Row,N2,pilot,IT\n", draw);
    ASSERT_TRUE(ui.click("Check", draw));
    ui.settle(draw);
    ASSERT_TRUE(app.view<ui::ImportView>().plan());
    EXPECT_EQ(app.view<ui::ImportView>().plan()->count(store::ImportAction::Add), 1);
    EXPECT_EQ(app.view<ui::ImportView>().plan()->errorCount(), 1);
    const std::size_t before = store.roster().list(true).size();
    ASSERT_TRUE(ui.click("Import", draw));
    EXPECT_EQ(store.roster().list(true).size(), before) << "with a bad row, Import waits";
    ASSERT_TRUE(ui.click("Skip bad rows", draw));
    ASSERT_TRUE(ui.click("Import", draw));
    ui.settle(draw);
    EXPECT_EQ(store.roster().list(true).size(), before + 1);
    EXPECT_NE(app.view<ui::ImportView>().message().find("1 added"), std::string::npos) << app.view<ui::ImportView>().message();
    bool listed = false;
    for (const store::DashboardRow& row : app.view<ui::ManagerView>().dashboard().rows) listed = listed || row.learner.employee_id == "N1";
    EXPECT_TRUE(listed) << "the dashboard shows the new learner at once";
}

TEST_F(Manager, TopicsShowTheWorstFirst) {
    unlock();
    ASSERT_TRUE(ui.click("Topics the team gets wrong", draw));
    ui.settle(draw);
    ASSERT_EQ(app.screen(), ui::Screen::Topics);
    const auto& rows = app.view<ui::TopicsView>().rows();
    ASSERT_GT(rows.size(), 5u);
    for (std::size_t i = 1; i < rows.size(); ++i) EXPECT_GE(rows[i - 1].all.wrongShare(), rows[i].all.wrongShare());
    for (const store::TopicRow& row : rows) EXPECT_FALSE(row.tag.starts_with("role-")) << "role tags are not topics";
    EXPECT_TRUE(ui.has("Topic " + rows.front().tag));
}

}  // namespace
