// The dashboard's charts, its reminder and its push to the LMS as a manager
// uses them, and the learner's own due date on their home screen.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>
#include <thread>
#include <set>

#include "course/course.h"
#include "demo/demo_data.h"
#include "export/reminder_mail.h"
#include "harness.h"
#include "lrs_receiver.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"
#include "ui/app.h"
#include "ui/home_view.h"
#include "ui/manager_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

struct BoardAndRemind : ::testing::Test {
    HeadlessUi ui{1400, 900};
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    const ipprimer::testing::TempFolder temp{"ipprimer-board-ui"};
    store::SqliteStore store{temp.path() / "progress.db"};
    ui::App app{course, store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };

    void SetUp() override {
        store.setClock([] { return std::int64_t{1'741'608'000'000}; });
        demo::DemoOptions options;
        options.learners = 60;
        options.seed = 5;
        demo::generateDemoData(store, demo::demoCourseOf(course), options);
        app.setFonts(ui.buildFonts());
        app.unlockWithoutPin(ui::Area::Manager, "Maria Keller");
        app.navigate(ui::Screen::Manager);
        ui.settle(draw);
    }
    const ui::ManagerView& view() { return app.view<ui::ManagerView>(); }
};

}  // namespace

TEST_F(BoardAndRemind, ChartsShowTheTrendAndTheBarsOfWhatTheTilesCount) {
    EXPECT_FALSE(ui.has("Compliance trend"));
    ASSERT_TRUE(ui.click("Charts", draw));
    ui.settle(draw);
    EXPECT_TRUE(ui.has("Compliance trend"));
    EXPECT_TRUE(ui.has("Compliance by department"));
    EXPECT_TRUE(ui.has("Compliance by role"));
    ASSERT_EQ(view().charts().trend.size(), 12u);
    EXPECT_EQ(view().charts().trend.back().compliant, view().summary().compliant) << "today's column is the tile";
    int learners = 0;
    for (const auto& department : view().charts().departments) learners += department.learners;
    EXPECT_EQ(learners, view().summary().learners);
    for (const auto& role : view().charts().roles) EXPECT_FALSE(course.role(role.key)) << "roles by title, not id: " << role.key;
}

TEST_F(BoardAndRemind, RemindOpensAMessageToThoseDueAndNobodyElse) {
    ASSERT_TRUE(ui.click("Remind", draw));
    ui.settle(draw);
    ASSERT_TRUE(ui.has("Reminder summary"));
    const exports::Reminder& reminder = view().reminder();
    ASSERT_FALSE(reminder.emails.empty());
    EXPECT_EQ(reminder.overdue, view().summary().overdue) << "the reminder counts what the tiles count";
    std::set<std::string> due;
    for (const auto& row : view().dashboard().rows)
        if (exports::needsReminder(row.status)) due.insert(row.learner.email);
    for (const std::string& email : reminder.emails) EXPECT_TRUE(due.count(email)) << email;

    const std::string button = reminder.links.size() == 1 ? "Open the message" : "Message 1 of " + std::to_string(reminder.links.size());
    ASSERT_TRUE(ui.click(button, draw));
    const std::string opened = app.takeUrlToOpen();
    EXPECT_EQ(opened, reminder.links.front());
    EXPECT_TRUE(opened.starts_with("mailto:?bcc=" + reminder.emails.front())) << opened;
}

TEST_F(BoardAndRemind, SendToLmsPushesInTheBackgroundAndShowsWhatWasSent) {
    ipprimer::testing::LrsReceiver lrs;
    const std::string key_file = (temp.path() / "lrs.key").string();
    std::ofstream(key_file) << "key:secret\n";
    ASSERT_TRUE(ui.click("Send to LMS", draw));
    ui.settle(draw);
    ASSERT_TRUE(ui.replaceText("LRS endpoint", lrs.endpoint(), draw));
    ASSERT_TRUE(ui.replaceText("LRS credentials file", key_file, draw));
    // A mistyped address is said, and nothing is sent or kept.
    ASSERT_TRUE(ui.replaceText("LRS activity address", "not an address", draw));
    ASSERT_TRUE(ui.click("Send to the LRS", draw));
    ui.settle(draw);
    EXPECT_NE(view().lrs().message().find("activity IRI must be an http"), std::string::npos)
        << view().lrs().message();
    EXPECT_TRUE(lrs.acceptedIds().empty());
    EXPECT_FALSE(store.settings().value("xapi.activity_base").has_value());
    // Learners named by their employee id at the company's own system, set here rather than on a command line.
    ASSERT_TRUE(ui.replaceText("LRS activity address", "https://training.example.com/xapi", draw));
    ASSERT_TRUE(ui.replaceText("LRS account home page", "https://staff.example.com", draw));
    ASSERT_TRUE(ui.click("Send to the LRS", draw));
    for (int i = 0; i < 600 && !ui.has("Last push"); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        ui.frame(draw);
    }
    ASSERT_TRUE(ui.has("Last push")) << "the push did not end within 30 s";
    EXPECT_GT(lrs.acceptedIds().size(), 500u);
    const auto last = exports::xapi::lastPush(store.settings());
    ASSERT_TRUE(last);
    EXPECT_EQ(last->sent, lrs.acceptedIds().size());
    EXPECT_TRUE(last->error.empty()) << last->error;
    EXPECT_EQ(store.settings().value("xapi.lrs").value_or(""), lrs.endpoint()) << "the endpoint is remembered";
    const auto sent = nlohmann::json::parse(lrs.requests().back().body);
    ASSERT_TRUE(sent.is_array() && !sent.empty());
    EXPECT_EQ(sent[0]["actor"]["account"]["homePage"], "https://staff.example.com");
    EXPECT_TRUE(sent[0]["object"]["id"].get<std::string>().starts_with("https://training.example.com/xapi/"));
    EXPECT_EQ(store.settings().value("xapi.account_home_page").value_or(""), "https://staff.example.com")
        << "remembered for the next push";
}

TEST_F(BoardAndRemind, ALearnerSeesTheirOwnDueDateAtHome) {
    const store::DashboardRow* overdue = nullptr;
    for (const auto& row : view().dashboard().rows)
        if (row.status.state == progress::LearnerState::Overdue) overdue = &row;
    ASSERT_TRUE(overdue);
    const std::string due = formatDate(overdue->status.due);
    const std::int64_t id = overdue->learner.id;
    app.selectLearner(id);
    app.navigate(ui::Screen::Home);
    ui.settle(draw);
    ASSERT_TRUE(ui.has("Due date"));
    EXPECT_EQ(app.view<ui::HomeView>().dueLine(),
              "Your training was due on " + due + ". Please finish it as soon as you can.");
}

TEST_F(BoardAndRemind, HomeTheResultAndTheRecordGiveOneValidUntilDate) {
    const store::DashboardRow* compliant = nullptr;
    for (const auto& row : view().dashboard().rows)
        if (row.status.state == progress::LearnerState::Compliant && row.status.valid_until) compliant = &row;
    ASSERT_TRUE(compliant);
    const std::string until = formatDate(*compliant->status.valid_until);
    app.selectLearner(compliant->learner.id);
    app.navigate(ui::Screen::Home);
    ui.settle(draw);
    EXPECT_EQ(app.view<ui::HomeView>().dueLine(), "Your training is complete and valid until " + until + ".");
    const auto& standing = app.view<ui::HomeView>().quizHome().roleStanding();
    ASSERT_TRUE(standing.valid_until) << "the role quiz's pass is in force";
    EXPECT_EQ(formatDate(*standing.valid_until), until) << "the quiz's line says the same last day";
}
