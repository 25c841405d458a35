// The dashboard's rows from real events: statuses as the store derives them,
// filters, summary, CSV and JSON reports, and the query plans (no query may
// scan the events table).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "base/csv_reader.h"
#include "export/csv_writer.h"
#include "export/report_files.h"
#include "base/dates.h"
#include "store/learner_history.h"
#include "store/learners_import.h"
#include "store/reports.h"
#include "store/schema.h"
#include "store/sqlite_parts.h"
#include "store/sqlite_store.h"
#include "store/topics.h"
#include "store/uuid.h"

using namespace ipprimer;
using namespace ipprimer::progress;
using namespace ipprimer::exports;
using namespace ipprimer::store;

namespace {

Date day(const char* text) { return parseDate(text).value(); }
// Noon UTC: the same calendar day in every zone from UTC-11 to UTC+11.
std::int64_t noon(const char* text) { return (static_cast<std::int64_t>(day(text).days) * 86400 + 12 * 3600) * 1000; }

struct ReportRows : ::testing::Test {
    SqliteStore store{":memory:"};
    std::int64_t clock = noon("2024-03-01");
    Curriculum curriculum{{{"basics", "Basics", {"a", "b"}}, {"advanced", "Advanced", {"c"}}},
                          {{"staff", "Staff", {"basics", "advanced"}, 0, 4, 70}, {"light", "Light", {"basics"}, 0, 4, 70}}};

    void SetUp() override {
        curriculum.default_due_days = 30;
        curriculum.recertification_months = 24;
        store.setClock([this] { return clock; });
    }

    std::int64_t learner(const char* name, const char* id, const char* role, const char* department, const char* start) {
        NewLearner l;
        l.name = name;
        l.employee_id = id;
        l.role = role;
        l.department = department;
        l.start_date = start;
        return store.roster().add(l);
    }

    // `attempt`: the UUID of the attempt's started event. Returns the event's position.
    std::int64_t event(std::int64_t learner_id, const char* verb, const std::string& object, const char* on,
                       std::optional<double> score = {}, const char* context = nullptr, const std::string& attempt = {},
                       const std::string& uuid = {}) {
        NewEvent e;
        e.uuid = uuid;
        e.learner_id = learner_id;
        e.verb = verb;
        e.object = object;
        e.attempt = attempt;
        e.score = score;
        if (context) e.context = context;
        e.at = noon(on);
        return store.journal().append(e);
    }

    void finishAll(std::int64_t learner_id, const char* on) {
        for (const char* lesson : {"a", "b", "c"}) {
            event(learner_id, "opened", lesson, on);
            event(learner_id, "finished", lesson, on);
        }
    }

    std::int64_t passRoleQuiz(std::int64_t learner_id, const char* role, const char* on, bool passed = true) {
        const std::string started = newUuid();
        const std::int64_t attempt = event(learner_id, "attempt-started", std::string("role:") + role, on, {},
                                           R"({"seed": 1, "questions": ["q1", "q2"], "kind": "role"})", {}, started);
        event(learner_id, "answered", "q1", on, 1.0, R"({"quiz": "role:staff"})", started);
        event(learner_id, "answered", "q2", on, passed ? 1.0 : 0.0, R"({"quiz": "role:staff"})", started);
        event(learner_id, "attempt-finished", std::string("role:") + role, on, passed ? 100.0 : 50.0,
              passed ? R"({"passed": true, "pass_mark": 70})" : R"({"passed": false, "pass_mark": 70})", started);
        return attempt;
    }

    const DashboardRow& row(const Dashboard& dashboard, const std::string& name) {
        for (const DashboardRow& r : dashboard.rows)
            if (r.learner.name == name) return r;
        throw std::runtime_error("no row for " + name);
    }
};

TEST_F(ReportRows, StatusesFollowTheRecordedEvents) {
    const auto ada = learner("Ada Compliant", "E1", "staff", "R&D", "2024-01-01");
    finishAll(ada, "2024-01-10");
    passRoleQuiz(ada, "staff", "2024-01-11");
    const auto bob = learner("Bob Overdue", "E2", "staff", "Sales", "2024-01-01");
    event(bob, "opened", "a", "2024-01-05");
    const auto cy = learner("Cy Progress", "E3", "staff", "Sales", "2024-02-20");
    event(cy, "attempt-started", "module:advanced", "2024-02-21");
    const auto dee = learner("Dee New", "E4", "light", "R&D", "2024-02-28");
    const auto eve = learner("Eve Expired", "E5", "light", "Sales", "2021-01-01");
    event(eve, "finished", "a", "2021-01-05");
    event(eve, "finished", "b", "2021-01-06");
    passRoleQuiz(eve, "light", "2021-01-07");
    const auto fay = learner("Fay Failed", "E6", "staff", "R&D", "2024-02-15");
    finishAll(fay, "2024-02-20");
    passRoleQuiz(fay, "staff", "2024-02-21", false);
    (void)dee;

    const Dashboard dashboard = store.reports().dashboard(curriculum, day("2024-03-01"));
    ASSERT_EQ(dashboard.rows.size(), 6u);
    EXPECT_EQ(row(dashboard, "Ada Compliant").status.state, LearnerState::Compliant);
    EXPECT_EQ(formatDate(*row(dashboard, "Ada Compliant").status.valid_until), "2026-01-10");
    EXPECT_EQ(row(dashboard, "Bob Overdue").status.state, LearnerState::Overdue);
    EXPECT_EQ(row(dashboard, "Bob Overdue").status.modules[0].state, ModuleState::Overdue);
    EXPECT_EQ(row(dashboard, "Cy Progress").status.state, LearnerState::InProgress);
    EXPECT_EQ(row(dashboard, "Cy Progress").status.modules[1].state, ModuleState::InProgress);
    EXPECT_EQ(row(dashboard, "Dee New").status.state, LearnerState::NotStarted);
    EXPECT_EQ(row(dashboard, "Eve Expired").status.state, LearnerState::Expired);
    EXPECT_EQ(row(dashboard, "Fay Failed").status.state, LearnerState::InProgress);
    EXPECT_EQ(row(dashboard, "Fay Failed").status.role_quiz_attempts, 1);
    EXPECT_FALSE(row(dashboard, "Fay Failed").status.role_quiz_passed);

    // One learner's row, by the same code, agrees.
    auto single = store.reports().dashboardRow(curriculum, ada, day("2024-03-01"));
    ASSERT_TRUE(single);
    EXPECT_EQ(single->status.state, LearnerState::Compliant);
    EXPECT_EQ(single->status.completed_on, row(dashboard, "Ada Compliant").status.completed_on);
    EXPECT_FALSE(store.reports().dashboardRow(curriculum, 999, day("2024-03-01")));

    const Summary summary = summarize(dashboard, {});
    EXPECT_EQ(summary.learners, 6);
    EXPECT_EQ(summary.compliant, 1);
    EXPECT_EQ(summary.overdue, 1);
    EXPECT_EQ(summary.expired, 1);
    EXPECT_EQ(summary.in_progress, 2);
    EXPECT_EQ(summary.not_started, 1);
}

TEST_F(ReportRows, ExtensionsArchivingAndRoleChangesAreHonoured) {
    const auto bob = learner("Bob Late", "E2", "staff", "Sales", "2024-01-01");
    EXPECT_EQ(store.reports().dashboardRow(curriculum, bob, day("2024-03-01"))->status.state, LearnerState::Overdue);
    store.roster().extendDueDate(bob, day("2024-03-15"), "Maria Keller");
    auto row = store.reports().dashboardRow(curriculum, bob, day("2024-03-01"));
    EXPECT_EQ(row->status.state, LearnerState::NotStarted);
    EXPECT_TRUE(row->status.due_extended);
    EXPECT_EQ(formatDate(row->status.due), "2024-03-15");
    // The latest extension wins, even an earlier date.
    clock += 60'000;
    store.roster().extendDueDate(bob, day("2024-03-05"), "Tom Hughes");
    EXPECT_EQ(formatDate(store.reports().dashboardRow(curriculum, bob, day("2024-03-01"))->status.due), "2024-03-05");
    EXPECT_EQ(formatDate(store.reports().dashboard(curriculum, day("2024-03-01")).rows.at(0).status.due), "2024-03-05");
    EXPECT_THROW(store.roster().extendDueDate(bob, day("2024-02-01"), "Tom Hughes"), StoreError) << "a due date in the past";
    EXPECT_THROW(store.roster().extendDueDate(bob, day("2024-04-01"), "  "), StoreError) << "nobody";

    // An extension belongs to the role it was given for.
    const ImportPlan to_light =
        planImport(store.roster().list(true), curriculum, "name,employee_id,role\nBob Late,E2,light\n", "staff.csv");
    ASSERT_EQ(to_light.errorCount(), 0);
    store.roster().applyImport(to_light, false);
    EXPECT_EQ(formatDate(store.reports().dashboardRow(curriculum, bob, day("2024-03-01"))->status.due), "2024-01-31");

    store.roster().archive(bob, "Maria Keller");
    EXPECT_TRUE(store.reports().dashboard(curriculum, day("2024-03-01")).rows.empty());
    EXPECT_EQ(store.reports().dashboard(curriculum, day("2024-03-01"), true).rows.size(), 1u);
    store.roster().restore(bob, "Maria Keller");
    EXPECT_EQ(store.reports().dashboard(curriculum, day("2024-03-01")).rows.size(), 1u);

    const LearnerHistory history = store.reports().learnerHistory(bob);
    ASSERT_EQ(history.actions.size(), 4u);
    EXPECT_EQ(history.actions[0].verb, "restored");
    EXPECT_EQ(history.actions[1].verb, "archived");
    EXPECT_EQ(history.actions[1].by, "Maria Keller");
    EXPECT_EQ(history.actions[2].verb, "due-extended");
    EXPECT_EQ(history.actions[2].due, "2024-03-05");
    EXPECT_EQ(history.actions[2].by, "Tom Hughes");
    EXPECT_EQ(history.actions[2].at, clock);
}

TEST_F(ReportRows, HistoryGroupsAnswersUnderTheirAttempts) {
    const auto ada = learner("Ada", "E1", "staff", "R&D", "2024-01-01");
    finishAll(ada, "2024-01-10");
    const std::int64_t failed = passRoleQuiz(ada, "staff", "2024-01-11", false);
    event(ada, "answered", "q2", "2024-01-12", 1.0, R"({"review": true})");
    const std::int64_t passed = passRoleQuiz(ada, "staff", "2024-01-13");
    const LearnerHistory history = store.reports().learnerHistory(ada);
    ASSERT_EQ(history.attempts.size(), 2u);
    EXPECT_EQ(history.attempts[0].id, passed) << "newest first";
    EXPECT_EQ(history.attempts[1].id, failed);
    EXPECT_EQ(history.attempts[1].passed, false);
    EXPECT_EQ(history.attempts[1].kind, "role");
    EXPECT_EQ(history.attempts[1].questions, (std::vector<std::string>{"q1", "q2"}));
    ASSERT_EQ(history.attempts[1].answers.size(), 2u);
    EXPECT_EQ(history.attempts[1].answers[1].question_id, "q2");
    EXPECT_EQ(history.attempts[1].answers[1].score, 0.0);
    ASSERT_EQ(history.review_answers.size(), 1u);
    EXPECT_EQ(history.lessons.size(), 3u);

    // First answers: q2 was first answered wrong, so it counts as missed.
    std::unordered_map<std::string, std::vector<std::string>> tags{{"q1", {"trade-secrets", "role-staff"}},
                                                                   {"q2", {"trade-secrets", "scenario"}}};
    const auto topics = topicMisses(store.reports().firstAnswerCounts(), tags);
    ASSERT_EQ(topics.size(), 2u);
    EXPECT_EQ(topics[0].tag, "scenario");
    EXPECT_EQ(topics[0].all.answered, 1);
    EXPECT_EQ(topics[0].all.wrong, 1);
    EXPECT_EQ(topics[1].tag, "trade-secrets");
    EXPECT_EQ(topics[1].all.answered, 2);
    EXPECT_EQ(topics[1].all.wrong, 1);
    EXPECT_EQ(topics[1].by_role.at("staff").wrong, 1);
}

TEST_F(ReportRows, FiltersAndSorting) {
    learner("Zed Adams", "E9", "staff", "Sales", "2024-02-25");
    learner("amy Brown", "E3", "light", "R&D", "2024-02-25");
    learner("Carl Stone", "E5", "staff", "r&d", "2023-01-01");
    const Dashboard dashboard = store.reports().dashboard(curriculum, day("2024-03-01"));
    ASSERT_EQ(dashboard.rows.size(), 3u);
    EXPECT_EQ(dashboard.rows[0].learner.name, "amy Brown") << "names sort without regard to case";

    auto names = [&](const std::vector<std::size_t>& rows) {
        std::vector<std::string> out;
        for (std::size_t i : rows) out.push_back(dashboard.rows[i].learner.name);
        return out;
    };
    RowFilter filter;
    filter.department = "R&D";
    EXPECT_EQ(names(filterRows(dashboard, filter)), (std::vector<std::string>{"amy Brown", "Carl Stone"}));
    filter.role = "staff";
    EXPECT_EQ(names(filterRows(dashboard, filter)), (std::vector<std::string>{"Carl Stone"}));
    filter = {};
    filter.status = StatusFilter::Overdue;
    EXPECT_EQ(names(filterRows(dashboard, filter)), (std::vector<std::string>{"Carl Stone"}));
    filter.status = StatusFilter::NotCompliant;
    EXPECT_EQ(filterRows(dashboard, filter).size(), 3u);
    filter = {};
    filter.search = "ADA";
    EXPECT_EQ(names(filterRows(dashboard, filter)), (std::vector<std::string>{"Zed Adams"}));
    filter.search = "e3";
    EXPECT_EQ(names(filterRows(dashboard, filter)), (std::vector<std::string>{"amy Brown"})) << "employee ids match too";

    // The tiles ignore the status filter but follow the others.
    filter = {};
    filter.status = StatusFilter::Overdue;
    EXPECT_EQ(summarize(dashboard, filter).learners, 3);
    filter.department = "sales";
    EXPECT_EQ(summarize(dashboard, filter).learners, 1);

    std::vector<std::size_t> rows = filterRows(dashboard, {});
    sortRows(dashboard, rows, SortKey::Status, false);
    EXPECT_EQ(dashboard.rows[rows[0]].learner.name, "Carl Stone") << "the most urgent first";
    sortRows(dashboard, rows, SortKey::EmployeeId, true);
    EXPECT_EQ(names(rows), (std::vector<std::string>{"Zed Adams", "Carl Stone", "amy Brown"}));
    sortRows(dashboard, rows, SortKey::Name, false);
    EXPECT_EQ(names(rows), (std::vector<std::string>{"amy Brown", "Carl Stone", "Zed Adams"}));
    EXPECT_EQ(departments(dashboard), (std::vector<std::string>{"R&D", "Sales"})) << "one entry whatever the case";
    EXPECT_EQ(parseStatusFilter("in-progress"), StatusFilter::InProgress);
    EXPECT_FALSE(parseStatusFilter("late"));
}

TEST_F(ReportRows, CsvOpensSafelyAndJsonCarriesTheSummary) {
    const auto ada = learner("=HYPERLINK(\"http://evil\")", "+E1", "staff", "-Sales, \"North\"", "2024-01-01");
    finishAll(ada, "2024-01-10");
    passRoleQuiz(ada, "staff", "2024-01-11");
    learner("@Bob", "E2", "light", "R&D", "2024-02-20");
    const Dashboard dashboard = store.reports().dashboard(curriculum, day("2024-03-01"));
    const std::vector<std::size_t> rows = filterRows(dashboard, {});

    const std::string csv = reportCsv(curriculum, dashboard, rows);
    const CsvTable table = parseCsv(csv);
    ASSERT_EQ(table.records.size(), 3u);
    const auto& header = table.records[0].fields;
    auto column = [&](const std::string& name) {
        return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
    };
    ASSERT_LT(column("status"), header.size());
    ASSERT_LT(column("advanced"), header.size()) << "one column per module";
    const auto& first = table.records[1].fields;  // "=HYPERLINK..." sorts before "@Bob"
    EXPECT_EQ(first[column("name")], "'=HYPERLINK(\"http://evil\")");
    EXPECT_EQ(first[column("employee_id")], "'+E1");
    EXPECT_EQ(first[column("department")], "'-Sales, \"North\"");
    EXPECT_EQ(first[column("status")], "compliant");
    EXPECT_EQ(first[column("valid_until")], "2026-01-10");
    EXPECT_EQ(first[column("basics")], "completed");
    EXPECT_EQ(table.records[2].fields[column("name")], "'@Bob");
    EXPECT_EQ(table.records[2].fields[column("advanced")], "") << "not required by the role";
    EXPECT_NE(csv.find("\r\n"), std::string::npos) << "RFC 4180 line ends";

    RowFilter filter;
    filter.role = "staff";
    const std::string text = reportJson(curriculum, dashboard, filterRows(dashboard, filter), filter);
    const nlohmann::json json = nlohmann::json::parse(text);
    EXPECT_EQ(json["as_of"], "2024-03-01");
    EXPECT_EQ(json["filters"]["role"], "staff");
    EXPECT_EQ(json["summary"]["learners"], 1);
    EXPECT_EQ(json["summary"]["compliant"], 1);
    EXPECT_DOUBLE_EQ(json["summary"]["compliant_share"].get<double>(), 1.0);
    ASSERT_EQ(json["learners"].size(), 1u);
    EXPECT_EQ(json["learners"][0]["name"], "=HYPERLINK(\"http://evil\")") << "JSON keeps the text as it is";
    EXPECT_EQ(json["learners"][0]["modules"][1]["status"], "completed");
    EXPECT_EQ(json["learners"][0]["role_quiz"]["passed"], true);
}

TEST_F(ReportRows, JsonStaysValidWhateverTheNames) {
    learner("Tab\there \"quoted\" back\\slash", "E1", "staff", "Line\nbreak", "2024-01-01");
    learner("Latin-1 M\xFCller", "E2", "staff", "", "2024-01-01");  // not UTF-8: written as U+FFFD
    const Dashboard dashboard = store.reports().dashboard(curriculum, day("2024-03-01"));
    const nlohmann::json json = nlohmann::json::parse(reportJson(curriculum, dashboard, filterRows(dashboard, {}), {}));
    ASSERT_EQ(json["learners"].size(), 2u);
    EXPECT_EQ(json["learners"][1]["name"], "Tab\there \"quoted\" back\\slash");
    EXPECT_EQ(json["learners"][1]["department"], "Line\nbreak");
    EXPECT_EQ(json["learners"][0]["name"], "Latin-1 M\xEF\xBF\xBDller");
    EXPECT_TRUE(json["learners"][0]["completed_on"].is_null());
    EXPECT_EQ(json["summary"]["not_started"], 0);
    EXPECT_EQ(json["summary"]["overdue"], 2);
}

TEST(CsvCells, FormulaCellsAreEscapedAndQuotedAsRfc4180) {
    EXPECT_EQ(csvCell("=1+2"), "'=1+2");
    EXPECT_EQ(csvCell("+31 20 555"), "'+31 20 555");
    EXPECT_EQ(csvCell("-5"), "'-5");
    EXPECT_EQ(csvCell("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(csvCell("\tcmd"), "'\tcmd");
    EXPECT_EQ(csvCell("plain"), "plain");
    EXPECT_EQ(csvCell("a=b"), "a=b") << "only the first character matters";
    EXPECT_EQ(csvCell("Smith, John"), "\"Smith, John\"");
    EXPECT_EQ(csvCell("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csvCell("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(csvCell("=A1,B1"), "\"'=A1,B1\"");
    EXPECT_EQ(csvLine({"a", "b,c"}), "a,\"b,c\"\r\n");
}

// Every query of the dashboard, the reports, a learner's detail and the
// topic view, on a schema with its indexes: none may walk the events table.
TEST(QueryPlans, NoQueryScansTheEventsTable) {
    Database db = openDatabase(":memory:");
    int searches_of_events = 0;
    for (std::string_view sql : reportQueries()) {
        Statement plan(db, "EXPLAIN QUERY PLAN " + std::string(sql));
        std::string details;
        while (plan.step()) {
            const std::string detail = plan.columnText(3);
            details += "  " + detail + "\n";
            EXPECT_FALSE(detail.starts_with("SCAN events")) << sql << "\n" << detail;
            if (detail.starts_with("SEARCH events")) ++searches_of_events;
        }
        std::printf("%s\n%s", std::string(sql).c_str(), details.c_str());
    }
    EXPECT_GE(searches_of_events, 5) << "the event queries go through an index";
}

}  // namespace
