// The company's IP screens in a real window under Xvfb, on demo data: the
// register with its dates and risks, the self-check under way, and its
// action report; and a screenshot writes no record.
#include <gtest/gtest.h>

#include "picture.h"
#include "process.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::testing;

TEST(GuiCompanyScreenshot, RegisterSelfCheckAndReportShowTheDemoCompany) {
    const TempFolder temp("ipprimer-company-shot");
    const std::string dir = temp.path().string();
    const std::string db = dir + "/demo.db";
    ASSERT_EQ(runIpprimer({"--db", db, "demo-data", "--learners", "40"}).exit_code, 0);
    const std::int64_t events = store::SqliteStore(db).journal().count();

    for (const std::string view : {"register", "selfcheck", "selfcheck-report"}) {
        const auto r = runIpprimerOnDisplay({"--db", db, "screenshot", view, dir + "/" + view + ".png"});
        ASSERT_EQ(r.exit_code, 0) << view << ": " << r.err;
    }
    Picture register_shot, selfcheck, report;
    ASSERT_TRUE(register_shot.load(dir + "/register.png"));
    ASSERT_TRUE(selfcheck.load(dir + "/selfcheck.png"));
    ASSERT_TRUE(report.load(dir + "/selfcheck-report.png"));
    EXPECT_GT(register_shot.near(180, 40, 40), 100) << "red: the register's risks";
    EXPECT_GT(register_shot.near(140, 78, 0), 100) << "amber (the light theme's warning colour): the dates due";
    EXPECT_GT(selfcheck.inkShare(), 0.01) << "the questions of the take under way";
    EXPECT_GT(report.near(28, 110, 60), 100) << "green (the light theme's done colour): what was done since the last self-check";
    EXPECT_NE(register_shot.rgba, selfcheck.rgba);
    EXPECT_EQ(store::SqliteStore(db).journal().count(), events) << "a screenshot records nothing";
}
