// The file chooser as a manager uses it to import a staff list and to choose
// where an export goes: the built-in one (folders, the way up, a typed name,
// the filter, cancel, a folder refused as a file, the folder remembered) and
// the desktop's (its file used as is; the built-in one where it is missing).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "course/course.h"
#include "harness.h"
#include "store/sqlite_store.h"
#include "store/store.h"
#include "temp_folder.h"
#include "ui/app.h"
#include "ui/file_chooser.h"
#include "ui/import_view.h"
#include "ui/manager_view.h"
#include "ui/register_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;
namespace fs = std::filesystem;

namespace {

// A desktop chooser that answers what the test tells it to, when it is told to.
struct FakeDesktop : ui::DesktopFileChooser {
    std::optional<ui::FileQuestion> asked;
    std::optional<ui::FileAnswer> next;
    void ask(const ui::FileQuestion& question) override { asked = question; }
    std::optional<ui::FileAnswer> answer() override { return std::exchange(next, std::nullopt); }
};

struct Chooser : ::testing::Test {
    HeadlessUi ui;
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::SqliteStore store{":memory:"};
    ui::App app{course, store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };
    ipprimer::testing::TempFolder temp{"ipprimer-chooser"};

    void write(const fs::path& path, const std::string& text) {
        fs::create_directories(path.parent_path());
        std::ofstream(path) << text;
    }

    void SetUp() override {
        write(temp.path() / "staff.csv", "name,employee_id,role\nAda Lovelace,E1,everyone\n");
        write(temp.path() / "notes.txt", "not a staff list\n");
        write(temp.path() / ".hidden.csv", "name,employee_id,role\n");
        write(temp.path() / "Branch office" / "branch.csv", "name,employee_id,role\nGrace Hopper,E2,everyone\n");
        store.settings().set("last_folder", temp.path().string());
        app.setFonts(ui.buildFonts());
        app.unlockWithoutPin(ui::Area::Manager, "Tester");
        app.navigate(ui::Screen::StaffImport);
        ui.settle(draw);
    }

    ui::FileChooser& chooser() { return app.view<ui::ImportView>().chooser(); }

    void openChooser() {
        ASSERT_TRUE(ui.click("Choose the CSV file", draw));
        ui.settle(draw);
        ASSERT_TRUE(chooser().builtInOpen());
    }
};

TEST_F(Chooser, StartsInTheLastFolderAndShowsFoldersAndCsvFilesOnly) {
    openChooser();
    EXPECT_EQ(chooser().folder(), temp.path());
    EXPECT_TRUE(ui.has("entry:Branch office"));
    EXPECT_TRUE(ui.has("entry:staff.csv"));
    EXPECT_FALSE(ui.has("entry:notes.txt")) << "the filter shows CSV files";
    EXPECT_FALSE(ui.has("entry:.hidden.csv"));
    ASSERT_TRUE(ui.click("Filter", draw));
    ASSERT_TRUE(ui.click("filter:all", draw));
    ui.settle(draw);
    EXPECT_TRUE(ui.has("entry:notes.txt")) << "All files shows the rest";
}

TEST_F(Chooser, NavigatesIntoAFolderAndBackUpAndPicksAFile) {
    openChooser();
    ASSERT_TRUE(ui.click("entry:Branch office", draw));
    ui.settle(draw);
    EXPECT_EQ(chooser().folder(), temp.path() / "Branch office");
    EXPECT_TRUE(ui.has("entry:branch.csv"));
    EXPECT_FALSE(ui.has("entry:staff.csv"));
    ASSERT_TRUE(ui.click("Parent folder", draw));
    ui.settle(draw);
    EXPECT_EQ(chooser().folder(), temp.path());

    ASSERT_TRUE(ui.click("entry:staff.csv", draw));
    ASSERT_TRUE(ui.click("Pick this file", draw));
    ui.settle(draw);
    EXPECT_FALSE(chooser().asking());
    const auto& plan = app.view<ui::ImportView>().plan();
    ASSERT_TRUE(plan.has_value()) << app.view<ui::ImportView>().message();
    ASSERT_EQ(plan->rows.size(), 1u);
    EXPECT_EQ(plan->rows[0].name, "Ada Lovelace");
}

TEST_F(Chooser, ATypedNameIsFoundFromTheFolderShown) {
    openChooser();
    ASSERT_TRUE(ui.replaceText("File name", "Branch office/branch.csv", draw));
    ui.press(ImGuiKey_Enter, draw);
    ui.settle(draw);
    EXPECT_FALSE(chooser().asking());
    ASSERT_TRUE(app.view<ui::ImportView>().plan().has_value());
    EXPECT_EQ(app.view<ui::ImportView>().plan()->rows.at(0).name, "Grace Hopper");
    EXPECT_EQ(store.settings().value("last_folder"), (temp.path() / "Branch office").string())
        << "the next chooser starts where this file was";

    openChooser();
    EXPECT_EQ(chooser().folder(), temp.path() / "Branch office");
}

TEST_F(Chooser, RefusesAFolderAsAFileAndAFileThatIsNotThere) {
    openChooser();
    ASSERT_TRUE(ui.replaceText("File name", "Branch office", draw));
    ASSERT_TRUE(ui.click("Pick this file", draw));
    ui.settle(draw);
    EXPECT_TRUE(chooser().builtInOpen()) << "still choosing";
    EXPECT_NE(chooser().problem().find("is a folder"), std::string::npos) << chooser().problem();
    EXPECT_FALSE(app.view<ui::ImportView>().plan().has_value());

    ASSERT_TRUE(ui.replaceText("File name", "nobody.csv", draw));
    ASSERT_TRUE(ui.click("Pick this file", draw));
    ui.settle(draw);
    EXPECT_TRUE(chooser().builtInOpen());
    EXPECT_NE(chooser().problem().find("There is no file"), std::string::npos) << chooser().problem();
}

TEST_F(Chooser, CancelChoosesNothingAndStaysOnTheScreen) {
    openChooser();
    ASSERT_TRUE(ui.click("entry:staff.csv", draw));
    ASSERT_TRUE(ui.click("Cancel choosing", draw));
    ui.settle(draw);
    EXPECT_FALSE(chooser().asking());
    EXPECT_FALSE(app.view<ui::ImportView>().plan().has_value());
    EXPECT_EQ(app.screen(), ui::Screen::StaffImport);

    openChooser();
    ui.press(ImGuiKey_Escape, draw);
    ui.settle(draw);
    EXPECT_FALSE(chooser().asking()) << "Escape closes the chooser";
    EXPECT_EQ(app.screen(), ui::Screen::StaffImport) << "and only the chooser";
}

TEST_F(Chooser, TheDesktopsChooserIsAskedAndItsFileUsed) {
    FakeDesktop desktop;
    app.setDesktopChooser(&desktop);
    ASSERT_TRUE(ui.click("Choose the CSV file", draw));
    ui.settle(draw);
    ASSERT_TRUE(desktop.asked.has_value());
    EXPECT_EQ(desktop.asked->kind, ui::FileQuestion::Kind::Open);
    EXPECT_EQ(desktop.asked->extensions, std::vector<std::string>{".csv"});
    EXPECT_EQ(desktop.asked->folder, temp.path()) << "the desktop's chooser starts in the folder last used too";
    EXPECT_FALSE(chooser().builtInOpen());
    EXPECT_FALSE(app.view<ui::ImportView>().plan().has_value()) << "nothing until the user answers; frames go on";

    desktop.next = ui::FileAnswer{ui::FileAnswer::Kind::Chosen, temp.path() / "Branch office" / "branch.csv", ""};
    ui.settle(draw);
    ASSERT_TRUE(app.view<ui::ImportView>().plan().has_value());
    EXPECT_EQ(app.view<ui::ImportView>().plan()->rows.at(0).name, "Grace Hopper");
}

TEST_F(Chooser, WithNoPortalTheBuiltInChooserAsksInstead) {
    FakeDesktop desktop;
    app.setDesktopChooser(&desktop);
    ASSERT_TRUE(ui.click("Choose the CSV file", draw));
    desktop.next = ui::FileAnswer{ui::FileAnswer::Kind::Unavailable, {}, "no session bus"};
    ui.settle(draw);
    ASSERT_TRUE(chooser().builtInOpen());
    EXPECT_TRUE(ui.has("entry:staff.csv"));
    ASSERT_TRUE(ui.click("entry:staff.csv", draw));
    ASSERT_TRUE(ui.click("Pick this file", draw));
    ui.settle(draw);
    EXPECT_TRUE(app.view<ui::ImportView>().plan().has_value());
}

TEST_F(Chooser, AnExportsPlaceIsChosenAndGetsTheFormatsExtension) {
    store.roster().add({"Dana Test", "", "", "everyone", ""});
    app.navigate(ui::Screen::Manager);
    ui.settle(draw);
    ASSERT_TRUE(ui.click("Export report", draw));
    ui.settle(draw);
    ASSERT_TRUE(ui.click("Choose where", draw));
    ui.settle(draw);
    ASSERT_TRUE(ui.has("File name"));
    ASSERT_TRUE(ui.replaceText("File name", "Branch office/team", draw));
    ASSERT_TRUE(ui.click("Pick this file", draw));
    ui.settle(draw);
    ASSERT_TRUE(ui.click("Save report", draw));
    ui.finishBackgroundWork(draw);  // the report is written on a thread of its own
    EXPECT_TRUE(fs::exists(temp.path() / "Branch office" / "team.csv")) << app.view<ui::ManagerView>().exportMessage();
}

TEST_F(Chooser, AnExportIsProposedInTheLastFolderNotTheHomeFolder) {
    store.roster().add({"Dana Test", "", "", "everyone", ""});
    app.navigate(ui::Screen::Manager);
    ui.settle(draw);
    ASSERT_TRUE(ui.click("Export report", draw));
    ui.settle(draw);
    ASSERT_TRUE(ui.click("Save report", draw));
    ui.finishBackgroundWork(draw);
    bool saved_here = false;
    for (const auto& entry : fs::directory_iterator(temp.path()))
        saved_here = saved_here || entry.path().filename().string().starts_with("ipprimer-report-");
    EXPECT_TRUE(saved_here) << app.view<ui::ManagerView>().exportMessage();
}

TEST_F(Chooser, TheRegistersSpreadsheetIsChosenCheckedAndImported) {
    store.roster().add({"Tester", "", "", "owner", ""});  // the person the register's changes are recorded for
    write(temp.path() / "register.csv", "kind,title\ntrademark,BRENNAN\npatent,Widget\n");
    write(temp.path() / "bad register.csv", "kind,title\nbrand,Nothing\n");
    app.navigate(ui::Screen::Register);
    ui.settle(draw);
    ASSERT_TRUE(ui.click("Import a spreadsheet", draw));
    ui.settle(draw);
    ASSERT_TRUE(ui.click("entry:bad register.csv", draw));
    ASSERT_TRUE(ui.click("Pick this file", draw));
    ui.settle(draw);
    EXPECT_FALSE(ui.has("Import into the register")) << "nothing while a row is bad";

    ASSERT_TRUE(ui.click("Import a spreadsheet", draw));
    ui.settle(draw);
    ASSERT_TRUE(ui.click("entry:register.csv", draw));
    ASSERT_TRUE(ui.click("Pick this file", draw));
    ui.settle(draw);
    EXPECT_TRUE(store.companyRecords().registerState().entries.empty()) << "nothing written before Import";
    ASSERT_TRUE(ui.click("Import into the register", draw));
    ui.settle(draw);
    const auto entries = store.companyRecords().registerState().entries;
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].history.at(0).by, "Tester");
}

}  // namespace
