// The profile form holds still: choosing a role shows what the role is for
// without moving Department (or anything below) from under the pointer, and
// the description stays within the form's column.
#include <gtest/gtest.h>

#include "course/course.h"
#include "harness.h"
#include "store/store.h"
#include "store/sqlite_store.h"
#include "ui/app.h"

using namespace ipprimer;

TEST(ProfileForm, ChoosingARoleMovesNothingBelowIt) {
    ipprimer::testing::HeadlessUi ui;
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::SqliteStore store{":memory:"};
    ui::App app{course, store, nullptr};
    app.setFonts(ui.buildFonts());
    std::function<void()> draw = [&] { app.frame(); };
    ui.settle(draw);
    const ui::ItemRect department = *ui::findItem("Department");
    const ui::ItemRect create = *ui::findItem("Create profile");
    const ui::ItemRect name = *ui::findItem("Name");
    for (const course::Role& role : course.roles) {
        ASSERT_TRUE(ui.click("Role", draw));
        ui.settle(draw);
        ASSERT_TRUE(ui.click(role.title, draw)) << role.title;
        ui.settle(draw);
        ASSERT_TRUE(ui.has("Role description")) << role.title;
        EXPECT_EQ(ui::findItem("Department")->min.y, department.min.y) << role.title << " moved Department";
        EXPECT_EQ(ui::findItem("Create profile")->min.y, create.min.y) << role.title;
        EXPECT_LE(ui::findItem("Role description")->max.x, name.max.x + 1) << role.title << ": past the form's edge";
    }
}
