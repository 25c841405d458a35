// The manager's dashboard on a linked PC: the organisation's picture read
// from a real server through a manager's login (a device's login is refused
// with what to do), the switch back to this PC's records, a learner who has
// no records here, and a shared folder read with no login at all.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "harness.h"
#include "org_pc.h"
#include "org_server.h"
#include "store/org_folder_sync.h"
#include "store/org_picture.h"
#include "store/org_sync.h"
#include "temp_folder.h"
#include "ui/app.h"
#include "ui/learner_detail_view.h"
#include "ui/manager_view.h"

using namespace ipprimer;
using namespace ipprimer::testing;
using Problem = store::org::PictureProblem;

namespace {

// A PC that trained one learner and synced with the organisation's server.
void trainAndSyncElsewhere(const OrgServer& org, const Pc& pc, const std::string& name, const std::string& employee_id) {
    auto store = pc.open();
    train(*store, addLearner(*store, name, employee_id), "all-staff");
    store::pg::Connection device(org.deviceUrl());
    store::org::join(*store, device, org.deviceLogin(), "elsewhere");
    store::org::synchronise(*store, device);
}

// The manager's PC, linked to the server (as a device) with one learner of its own.
struct ManagerPc {
    Pc pc{"manager"};
    std::unique_ptr<store::Store> store = pc.open();
    HeadlessUi ui{1500, 900};
    ui::App app{bundledCourse(), *store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };
    std::int64_t local_learner = 0;

    void open() {
        app.setFonts(ui.buildFonts());
        app.unlockWithoutPin(ui::Area::Manager, "Maria Keller");
        app.navigate(ui::Screen::Manager);
        ui.settle(draw);
    }
    const ui::ManagerView& view() { return app.view<ui::ManagerView>(); }
    const ui::OrgPicturePanel& panel() { return view().organisation(); }

    // Draws until the read under way ends and its picture is taken.
    void waitForPicture() {
        for (int frame = 0; frame < 600 && panel().reading(); ++frame) {
            ui.frame(draw);
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        ASSERT_FALSE(panel().reading()) << "the picture was not read within 12 s";
        ui.settle(draw);
    }
    void logIn(const std::string& login, const std::string& password) {
        ASSERT_TRUE(ui.replaceText("Manager's login", login, draw));
        ASSERT_TRUE(ui.replaceText("Manager's password", password, draw));
        ASSERT_TRUE(ui.click("Read the organisation's picture", draw));
        waitForPicture();
    }
    std::vector<std::string> names() {
        std::vector<std::string> names;
        for (const store::DashboardRow& row : view().dashboard().rows) names.push_back(row.learner.name);
        return names;
    }
};

std::string fileText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

using Names = std::vector<std::string>;

}  // namespace

TEST(ManagerPicture, AManagersLoginShowsTheLearnersOfEveryPcAndTheSwitchGoesBack) {
    IPPRIMER_ORG_SERVER(org);
    ManagerPc manager;
    manager.local_learner = addLearner(*manager.store, "Al Local", "E100");
    {
        store::pg::Connection device(org.deviceUrl());
        store::org::join(*manager.store, device, org.deviceLogin(), "manager's pc");
        store::org::synchronise(*manager.store, device);
    }
    const Pc other("other");
    trainAndSyncElsewhere(org, other, "Bea Remote", "E200");

    manager.open();
    // Linked, no login known: this PC's records meanwhile, and the form.
    EXPECT_TRUE(manager.panel().linked());
    EXPECT_TRUE(manager.ui.has("Manager's login"));
    EXPECT_EQ(manager.names(), Names{"Al Local"});

    // The PC's own (device) login may not read other learners' records.
    manager.logIn("", kDevicePassword);
    EXPECT_EQ(manager.panel().problem(), Problem::NeedsManagerLogin);
    EXPECT_NE(manager.panel().stateText().find("needs a manager's login (a member of ipprimer_manager)"),
              std::string::npos) << manager.panel().stateText();
    EXPECT_NE(manager.panel().stateText().find("Showing this PC's records"), std::string::npos);
    EXPECT_EQ(manager.names(), Names{"Al Local"});

    // A wrong password: refused, and said so.
    manager.logIn("boss", "not the password");
    EXPECT_EQ(manager.panel().problem(), Problem::LoginRefused);
    EXPECT_NE(manager.panel().stateText().find("refused the login"), std::string::npos) << manager.panel().stateText();

    // The manager's login: every PC's learners, Bea's status as she trained elsewhere.
    manager.logIn("boss", kManagerPassword);
    ASSERT_EQ(manager.panel().problem(), Problem::None) << manager.panel().stateText();
    EXPECT_EQ(manager.names(), (Names{"Al Local", "Bea Remote"}));
    EXPECT_NE(manager.panel().stateText().find("The organisation: 2 learners, read at"), std::string::npos)
        << manager.panel().stateText();
    const store::DashboardRow& bea = manager.view().dashboard().rows[1];
    EXPECT_EQ(bea.status.state, progress::LearnerState::Compliant);
    EXPECT_EQ(manager.view().summary().compliant, 1);

    // Filters work on the picture.
    ASSERT_TRUE(manager.ui.replaceText("Search learners", "E200", manager.draw));
    EXPECT_EQ(manager.view().shownRows(), std::vector<std::size_t>{1});
    ASSERT_TRUE(manager.ui.replaceText("Search learners", "", manager.draw));

    // The report saved is the picture's.
    ASSERT_TRUE(manager.ui.click("Export report", manager.draw));
    manager.ui.settle(manager.draw);
    const TempFolder saved("ipprimer-org-report");
    const std::string path = (saved.path() / "organisation.csv").string();
    ASSERT_TRUE(manager.ui.replaceText("Export path", path, manager.draw));
    ASSERT_TRUE(manager.ui.click("Save report", manager.draw));
    manager.ui.finishBackgroundWork(manager.draw);  // the report is written on a thread of its own
    const std::string report = fileText(path);
    EXPECT_NE(report.find("Bea Remote"), std::string::npos) << manager.view().exportMessage();
    EXPECT_NE(report.find("Al Local"), std::string::npos);
    ASSERT_TRUE(manager.ui.click("Export report", manager.draw));  // closed again
    manager.ui.settle(manager.draw);

    // Bea has no records on this PC: her row, and where her history is; never another's.
    ASSERT_TRUE(manager.ui.click("Bea Remote", manager.draw));
    manager.ui.settle(manager.draw);
    const ui::LearnerDetailView& detail = manager.app.view<ui::LearnerDetailView>();
    ASSERT_EQ(manager.app.screen(), ui::Screen::LearnerRecord);
    EXPECT_TRUE(detail.fromOrganisation());
    EXPECT_EQ(detail.learnerId(), 0);
    ASSERT_TRUE(detail.row());
    EXPECT_EQ(detail.row()->learner.name, "Bea Remote");
    EXPECT_EQ(detail.row()->status.state, progress::LearnerState::Compliant);
    EXPECT_TRUE(detail.history().attempts.empty());
    EXPECT_TRUE(manager.ui.has("Organisation note"));
    EXPECT_FALSE(manager.ui.has("Archive")) << "no change is made from the organisation's row";
    // Her whole history, read from the server with the manager's login: her two attempts, answers and all.
    ASSERT_TRUE(manager.ui.click("Read the whole history from the server", manager.draw));
    for (int frame = 0; frame < 600 && !detail.historyFromServer() && detail.message().empty(); ++frame) {
        manager.ui.frame(manager.draw);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ASSERT_TRUE(detail.historyFromServer()) << detail.message();
    ASSERT_EQ(detail.history().attempts.size(), 2u);
    EXPECT_EQ(detail.history().attempts[0].answers.size(), 10u);
    EXPECT_NE(detail.history().attempts[0].passed, detail.history().attempts[1].passed) << "one failed, one passed";
    manager.ui.settle(manager.draw);
    EXPECT_TRUE(manager.ui.has("Attempt " + std::to_string(detail.history().attempts[0].id)));
    ASSERT_TRUE(manager.ui.click("Back to the team", manager.draw));
    manager.ui.settle(manager.draw);

    // Al is this PC's learner: his detail reads this PC's records of him.
    ASSERT_TRUE(manager.ui.click("Al Local", manager.draw));
    manager.ui.settle(manager.draw);
    EXPECT_EQ(detail.learnerId(), manager.local_learner);
    EXPECT_EQ(detail.row()->learner.name, "Al Local");
    ASSERT_TRUE(manager.ui.click("Back to the team", manager.draw));
    manager.ui.settle(manager.draw);
    EXPECT_EQ(manager.names(), (Names{"Al Local", "Bea Remote"})) << "the picture is kept while the area is open";

    // The switch: this PC's records, and back without reading again.
    ASSERT_TRUE(manager.ui.click("This PC", manager.draw));
    manager.ui.settle(manager.draw);
    EXPECT_EQ(manager.names(), Names{"Al Local"});
    ASSERT_TRUE(manager.ui.click("The organisation", manager.draw));
    manager.ui.settle(manager.draw);
    EXPECT_FALSE(manager.panel().reading());
    EXPECT_EQ(manager.names(), (Names{"Al Local", "Bea Remote"}));

    // The password was never written; the login is kept only when asked.
    EXPECT_EQ(fileText(manager.pc.db()).find(kManagerPassword), std::string::npos);
    EXPECT_FALSE(manager.store->settings().value(store::org::kManagerLoginSetting));
}

TEST(ManagerPicture, AKeptLoginReadsAtOnceAndAnUnreachableServerFallsBackToThisPc) {
    IPPRIMER_ORG_SERVER(org);
    ManagerPc manager;
    addLearner(*manager.store, "Al Local", "E100");
    {
        store::pg::Connection device(org.deviceUrl());
        store::org::join(*manager.store, device, org.deviceLogin(), "manager's pc");
        store::org::synchronise(*manager.store, device);
    }
    const Pc other("other");
    trainAndSyncElsewhere(org, other, "Bea Remote", "E200");

    manager.open();
    ASSERT_TRUE(manager.ui.click("Remember the login (never the password)", manager.draw));
    manager.logIn("boss", kManagerPassword);
    ASSERT_EQ(manager.names(), (Names{"Al Local", "Bea Remote"})) << manager.panel().stateText();
    EXPECT_EQ(manager.store->settings().value(store::org::kManagerLoginSetting), std::optional<std::string>("boss"));
    EXPECT_EQ(fileText(manager.pc.db()).find(kManagerPassword), std::string::npos) << "the password is never written";

    // The server goes away: Refresh says so and shows this PC's records.
    org.server.stop();
    ASSERT_TRUE(manager.ui.click("Refresh", manager.draw));
    manager.waitForPicture();
    EXPECT_EQ(manager.panel().problem(), Problem::Unreachable);
    EXPECT_NE(manager.panel().stateText().find("cannot be reached"), std::string::npos) << manager.panel().stateText();
    EXPECT_NE(manager.panel().stateText().find("Showing this PC's records"), std::string::npos);
    EXPECT_EQ(manager.names(), Names{"Al Local"});
    ASSERT_TRUE(org.server.start());

    // Locked and opened again: the kept login reads at once; its password
    // (typed, in memory) went with the lock, so the server asks for it.
    manager.app.lock(ui::Area::Manager);
    manager.open();
    manager.waitForPicture();
    EXPECT_EQ(manager.panel().problem(), Problem::LoginRefused) << "no password in memory after the lock, none in ~/.pgpass";
    EXPECT_EQ(manager.names(), Names{"Al Local"});
}

TEST(ManagerPicture, ASharedFolderIsReadWithNoLogin) {
    const TempFolder shared("ipprimer-shared");
    const std::string folder = shared.path().string();
    const Pc other("other");
    {
        auto store = other.open();
        train(*store, addLearner(*store, "Bea Remote", "E200"), "all-staff");
        store::org::joinFolder(*store, folder);
        store::org::synchronise(*store, folder);
    }
    ManagerPc manager;
    addLearner(*manager.store, "Al Local", "E100");
    store::org::joinFolder(*manager.store, folder);
    store::org::synchronise(*manager.store, folder);

    manager.open();
    EXPECT_FALSE(manager.ui.has("Manager's login")) << "a folder needs no login";
    manager.waitForPicture();
    ASSERT_EQ(manager.panel().problem(), Problem::None) << manager.panel().stateText();
    EXPECT_EQ(manager.names(), (Names{"Al Local", "Bea Remote"}));
    EXPECT_EQ(manager.view().dashboard().rows[1].status.state, progress::LearnerState::Compliant);

    ASSERT_TRUE(manager.ui.click("This PC", manager.draw));
    manager.ui.settle(manager.draw);
    // The folder's sync brought Bea's records here too: this PC shows her as well.
    EXPECT_EQ(manager.view().dashboard().rows.size(), 2u);
    ASSERT_TRUE(manager.ui.click("The organisation", manager.draw));
    manager.ui.settle(manager.draw);
    ASSERT_TRUE(manager.ui.click("Bea Remote", manager.draw));
    manager.ui.settle(manager.draw);
    const ui::LearnerDetailView& detail = manager.app.view<ui::LearnerDetailView>();
    EXPECT_TRUE(detail.fromOrganisation());
    EXPECT_EQ(detail.row()->status.state, progress::LearnerState::Compliant);
}
