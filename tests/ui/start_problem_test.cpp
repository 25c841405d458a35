// Issue 13, item 17: when the window's start cannot open the records, the
// problem screen says why and what to do (there is no terminal to read when
// IP Primer starts from the desktop). Each refusal is the store's own, from
// a real file; a full disk from a real small disk where the system allows.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <fstream>
#include <functional>
#include <string>

#include "course/course.h"
#include "harness.h"
#include "in_child.h"
#include "store/schema.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"
#include "ui/app.h"
#include "ui/problem_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

std::string refusalOf(const std::filesystem::path& path) {
    try {
        store::SqliteStore store(path);
    } catch (const store::StoreError& error) {
        return error.what();
    }
    return "";
}

// What the window shows for `problem`: its buttons, and the message a user
// copies for IT (the problem, the file and every line of advice).
struct Shown {
    bool close = false;
    bool try_again = false;
    std::string copied;
};

Shown show(const std::string& problem, const std::string& database) {
    HeadlessUi ui;
    const course::Course course = course::loadCourse(std::string(IPPRIMER_FIXTURES) + "/courses/mini");
    store::SqliteStore stand_in(":memory:");
    ui::App app{course, stand_in, nullptr};
    app.setFonts(ui.buildFonts());
    app.refuseDatabase(problem, database);
    std::function<void()> draw = [&] { app.frame(); };
    ui.settle(draw);
    Shown shown;
    shown.try_again = ui.has("Try again");
    shown.close = ui.has("Close IP Primer");
    if (ui.click("Copy the message", draw)) shown.copied = ImGui::GetClipboardText() ? ImGui::GetClipboardText() : "";
    ui.click("Close IP Primer", draw);
    EXPECT_TRUE(app.quitRequested());
    EXPECT_FALSE(app.problem().empty()) << "the problem stays up: there is nothing to go back to";
    return shown;
}

class StartProblem : public ::testing::Test {
protected:
    const ipprimer::testing::TempFolder temp_{"ipprimer-start"};
    const std::filesystem::path path_ = temp_.path() / "progress.db";
};

}  // namespace

TEST_F(StartProblem, RandomBytesSayTheFileIsNotIPPrimersAndWhatToDo) {
    std::ofstream(path_, std::ios::binary) << std::string(5000, '\x5a') << "random";
    const std::string problem = refusalOf(path_);
    ASSERT_NE(problem.find("not an IP Primer database"), std::string::npos) << problem;
    const Shown shown = show(problem, path_.string());
    EXPECT_TRUE(shown.close);
    EXPECT_FALSE(shown.try_again);
    EXPECT_NE(shown.copied.find(problem), std::string::npos) << shown.copied;
    EXPECT_NE(shown.copied.find("Database: " + path_.string()), std::string::npos) << shown.copied;
    EXPECT_NE(shown.copied.find("start IP Primer on a file of its own: ipprimer --db"), std::string::npos) << shown.copied;
}

TEST_F(StartProblem, ANewerSchemaAsksForTheNewerVersion) {
    std::vector<store::Migration> newer(store::migrations().begin(), store::migrations().end());
    newer.push_back({store::currentSchemaVersion() + 1, "CREATE TABLE later (x INTEGER)"});
    store::openDatabase(path_, newer);
    const Shown shown = show(refusalOf(path_), path_.string());
    EXPECT_NE(shown.copied.find("Install that version (or a newer one)"), std::string::npos) << shown.copied;
}

TEST_F(StartProblem, AReadOnlyFileAndAReadOnlyFolderAreToldApart) {
    { store::SqliteStore store(path_); }
    ASSERT_EQ(chmod(path_.c_str(), 0444), 0);
    ASSERT_EQ(chmod(temp_.path().c_str(), 0755), 0);
    const auto file_problem = ipprimer::testing::inChild(ipprimer::testing::becomeNobody, [&] { return refusalOf(path_); });
    ASSERT_TRUE(file_problem);
    const Shown file = show(*file_problem, path_.string());
    EXPECT_NE(file.copied.find("may read " + path_.string() + " but not write to it"), std::string::npos) << file.copied;

    ASSERT_EQ(chmod(path_.c_str(), 0666), 0);
    const auto folder_problem = ipprimer::testing::inChild(ipprimer::testing::becomeNobody, [&] { return refusalOf(path_); });
    ASSERT_TRUE(folder_problem);
    const Shown folder = show(*folder_problem, path_.string());
    EXPECT_NE(folder.copied.find("may not write in the folder " + temp_.path().string()), std::string::npos)
        << folder.copied;
}

TEST_F(StartProblem, AFullDiskIsNamedAsAFullDisk) {
    const auto small = temp_.path() / "small";
    std::filesystem::create_directory(small);
    const auto problem = ipprimer::testing::inChild([&] { return ipprimer::testing::onTinyDisk(small, 16); },
                                                    [&] { return refusalOf(small / "progress.db"); });
    if (!problem) GTEST_SKIP() << "no private mount here, so no small disk to fill";
    ASSERT_NE(problem->find("the disk is full"), std::string::npos) << *problem;
    const Shown shown = show(*problem, (small / "progress.db").string());
    EXPECT_NE(shown.copied.find("The disk that holds " + small.string() + " is full"), std::string::npos)
        << shown.copied;
    EXPECT_NE(shown.copied.find("Make room on that disk"), std::string::npos) << shown.copied;
}
