// The built-in file chooser in a real window under Xvfb: it opens over the
// staff import, which it dims, and a screenshot of it writes no record.
#include <gtest/gtest.h>

#include "picture.h"
#include "process.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::testing;

TEST(GuiFileChooser, TheBuiltInChooserOpensOverTheImport) {
    const TempFolder temp("ipprimer-chooser-shot");
    const std::string dir = temp.path().string();
    const std::string db = dir + "/demo.db";
    ASSERT_EQ(runIpprimer({"--db", db, "demo-data", "--learners", "10"}).exit_code, 0);
    const std::int64_t events = store::SqliteStore(db).journal().count();
    for (const std::string view : {"dashboard:import", "dashboard:import-chooser"}) {
        const auto r = runIpprimerOnDisplay({"--db", db, "screenshot", view, dir + "/" + view.substr(10) + ".png"});
        ASSERT_EQ(r.exit_code, 0) << view << ": " << r.err;
    }
    Picture import, chooser;
    ASSERT_TRUE(import.load(dir + "/import.png"));
    ASSERT_TRUE(chooser.load(dir + "/import-chooser.png"));
    ASSERT_EQ(import.rgba.size(), chooser.rgba.size());
    EXPECT_NE(import.rgba, chooser.rgba) << "the chooser is drawn over the screen";
    EXPECT_EQ(store::SqliteStore(db).journal().count(), events) << "a screenshot records nothing";
}
