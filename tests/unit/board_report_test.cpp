// The board report's figures (by group, month by month) on hand-made rows,
// and its PDF read back with pdftotext and pdftoppm: the tiles, the charts'
// figures, the topics, and a page that is not blank.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "course/course.h"
#include "export/board_report.h"
#include "pdf_text.h"
#include "picture.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::store;
using ipprimer::testing::commandOutput;
using ipprimer::testing::words;

namespace {

DashboardRow row(std::string department, std::string role, progress::LearnerState state, std::optional<Date> completed,
                 std::string start = "2024-01-01") {
    DashboardRow r;
    r.learner.name = department + " " + role;
    r.learner.department = std::move(department);
    r.learner.role = std::move(role);
    r.learner.start_date = std::move(start);
    r.status.state = state;
    r.status.compliant = state == progress::LearnerState::Compliant || state == progress::LearnerState::Expiring;
    if (completed) {
        r.status.completed_on = completed;
        r.status.valid_until = addMonths(*completed, 24);
    }
    return r;
}

Dashboard team() {
    using progress::LearnerState;
    Dashboard d;
    d.today = makeDate(2025, 6, 15);
    d.rows = {row("Sales", "sales", LearnerState::Compliant, makeDate(2025, 3, 2)),
              row("Sales", "sales", LearnerState::Overdue, std::nullopt),
              row("Sales", "engineer", LearnerState::Compliant, makeDate(2024, 9, 10)),
              row("R&D", "engineer", LearnerState::Compliant, makeDate(2024, 5, 20)),
              row("R&D", "engineer", LearnerState::InProgress, std::nullopt, "2025-05-01")};
    return d;
}

std::vector<std::size_t> all(const Dashboard& d) {
    std::vector<std::size_t> rows(d.rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = i;
    return rows;
}

}  // namespace

TEST(BoardFigures, GroupsCountTheirCompliantLearnersLargestFirst) {
    const Dashboard d = team();
    const auto departments = groupFigures(d, all(d), GroupBy::Department);
    ASSERT_EQ(departments.size(), 2u);
    EXPECT_EQ(departments[0].key, "Sales");
    EXPECT_EQ(departments[0].learners, 3);
    EXPECT_EQ(departments[0].compliant, 2);
    EXPECT_EQ(departments[1].key, "R&D");
    EXPECT_DOUBLE_EQ(departments[1].share(), 0.5);
    const auto roles = groupFigures(d, all(d), GroupBy::Role);
    EXPECT_EQ(roles[0].key, "engineer");
    EXPECT_EQ(roles[0].compliant, 2);
}

TEST(BoardFigures, TheTrendCountsWhoWasCompliantAtEachMonthsEnd) {
    const Dashboard d = team();
    const auto trend = complianceTrend(d, all(d));
    ASSERT_EQ(trend.size(), 12u);
    EXPECT_EQ(trend.front().on, makeDate(2024, 7, 31));
    EXPECT_EQ(trend.back().on, d.today);
    EXPECT_EQ(trend.front().learners, 4) << "the one who started in May 2025 was not there yet";
    EXPECT_EQ(trend.front().compliant, 1) << "only the R&D engineer had completed by July 2024";
    EXPECT_EQ(trend[2].compliant, 2) << "September 2024: the Sales engineer too";
    EXPECT_EQ(trend.back().learners, 5);
    EXPECT_EQ(trend.back().compliant, 3) << "today the trend agrees with the tiles";
}

TEST(BoardReport, OnePdfPageWithTheTilesChartsAndTopics) {
    const course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    const Dashboard d = team();
    TopicRow secrets{course.lessons.front().id, {40, 22}, {{"sales", {20, 15}}}};
    TopicRow rare{"rare-topic", {4, 4}, {}};
    RowFilter filter;
    const exports::BoardReport report = exports::boardReportOf(course, d, filter, {secrets, rare});
    EXPECT_EQ(report.scope, "All learners");
    EXPECT_EQ(report.summary.learners, 5);
    ASSERT_EQ(report.topics.size(), 1u) << "four answers say too little";
    EXPECT_EQ(report.topics[0].title, course.lessons.front().title());

    const ipprimer::testing::TempFolder folder("ipprimer-board");
    const std::string pdf = (folder.path() / "board.pdf").string();
    std::ofstream(pdf, std::ios::binary) << exports::boardReportPdf(report);
    EXPECT_EQ(words(commandOutput("pdfinfo '" + pdf + "' | grep Pages")), "Pages: 1 ");
    const std::string text = words(commandOutput("pdftotext -layout '" + pdf + "' -"));
    for (const std::string part : {"Training in IP and confidentiality", "All learners", "as of 2025-06-15", "60%",
                                   "3 of 5 compliant", "Compliance over the last twelve months", "Jul", "now",
                                   "Compliant by department", "Sales", "67% of 3", "R&D", "50% of 2",
                                   "Compliant by role", "Topics the team gets wrong", "55% wrong of 40"})
        EXPECT_NE(text.find(part), std::string::npos) << "missing: " << part << "\n" << text;
    EXPECT_EQ(text.find("rare-topic"), std::string::npos);

    std::system(("pdftoppm -png -r 50 -singlefile '" + pdf + "' '" + pdf + "'").c_str());
    ipprimer::testing::Picture page;
    ASSERT_TRUE(page.load(pdf + ".png"));
    EXPECT_GT(page.inkShare(), 0.08) << "a page with a heading band, tiles and charts";
}

TEST(BoardReport, ARoleFilterNamesItselfAndTakesThatRolesTopics) {
    const course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    const Dashboard d = team();
    RowFilter filter;
    filter.role = course.roles.front().id;
    filter.department = "Sales";
    TopicRow topic{"scenario", {40, 4}, {{course.roles.front().id, {12, 9}}}};
    const exports::BoardReport report = exports::boardReportOf(course, d, filter, {topic});
    EXPECT_EQ(report.scope, "Role: " + course.roles.front().title + " \u00B7 Department: Sales");
    ASSERT_EQ(report.topics.size(), 1u);
    EXPECT_EQ(report.topics[0].wrong, 9) << "the role's own answers";
    EXPECT_EQ(report.topics[0].title, "Scenario questions (applying IP at work)");
}
