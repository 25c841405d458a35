// The progress summaries the dashboard reads (lesson_progress, quiz_progress,
// first_answers) are the same whether a file's events were recorded before
// the manager's schema step (filled by the upgrade) or after it (kept by the
// triggers), events out of time order and broken contexts included.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "store/schema.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::store;

namespace {

struct Event {
    std::int64_t learner;
    const char* verb;
    const char* object;
    std::optional<std::int64_t> attempt;
    std::optional<double> score;
    const char* context;
    std::int64_t at;
};

// Two learners' records, some recorded later than they happened.
const Event kEvents[] = {
    {1, "opened", "a", {}, {}, nullptr, 1000},
    {1, "finished", "a", {}, {}, nullptr, 2000},
    {1, "opened", "a", {}, {}, nullptr, 500},  // recorded late: the first opening
    {1, "finished", "b", {}, {}, "{\"workshop\": 3}", 3000},
    {1, "attempt-started", "role:staff", 5, {}, "{\"seed\": 1, \"questions\": [\"q1\"], \"kind\": \"role\"}", 4000},
    {1, "answered", "q1", 5, 0.0, "{\"quiz\": \"role:staff\"}", 4100},
    {1, "attempt-finished", "role:staff", 5, 40.0, "{\"passed\": false, \"pass_mark\": 70}", 4200},
    {1, "attempt-started", "role:staff", 8, {}, "{\"kind\": \"role\"}", 5000},
    {1, "answered", "q1", 8, 1.0, "{\"quiz\": \"role:staff\"}", 5100},
    {1, "attempt-finished", "role:staff", 8, 90.0, "{\"passed\": true, \"pass_mark\": 70}", 5200},
    {1, "attempt-finished", "role:staff", 9, 10.0, "not json at all", 6000},
    {1, "attempt-started", "module:basics", {}, {}, nullptr, 7000},
    {2, "answered", "q1", {}, 1.0, "{\"review\": true}", 900},
    {2, "answered", "q1", {}, 0.0, "{\"review\": true}", 800},  // recorded late: the first answer
    {2, "opened", "c", {}, {}, nullptr, 100},
};

void insertAll(Database& db) {
    db.exec("INSERT INTO learners (id, name, role, created_at) VALUES (1, 'Ada', 'staff', 0), (2, 'Bo', 'staff', 0)");
    for (const Event& e : kEvents) {
        Statement insert(db,
                         "INSERT INTO events (learner_id, verb, object, attempt_id, score, context, at)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        insert.bind(1, e.learner).bind(2, std::string_view(e.verb)).bind(3, std::string_view(e.object));
        if (e.attempt) insert.bind(4, *e.attempt); else insert.bind(4, nullptr);
        if (e.score) insert.bind(5, *e.score); else insert.bind(5, nullptr);
        if (e.context) insert.bind(6, std::string_view(e.context)); else insert.bind(6, nullptr);
        insert.bind(7, e.at);
        insert.step();
    }
}

// Every row of a table, each written as its columns joined by "|".
std::vector<std::string> rows(Database& db, const std::string& table, int columns) {
    Statement select(db, "SELECT * FROM " + table);
    std::vector<std::string> out;
    while (select.step()) {
        std::string row;
        for (int column = 0; column < columns; ++column) row += select.columnText(column) + "|";
        out.push_back(row);
    }
    std::sort(out.begin(), out.end());
    return out;
}

TEST(ProgressSummaries, TheUpgradeFillsThemAsTheTriggersKeepThem) {
    // The steps before the manager's: an older program's file.
    const auto all = migrations();
    const auto manager = std::find_if(all.begin(), all.end(), [](const Migration& m) {
        return m.sql.find("CREATE TABLE lesson_progress") != std::string_view::npos;
    });
    ASSERT_NE(manager, all.end());
    const std::vector<Migration> older(all.begin(), manager);
    ASSERT_FALSE(older.empty());

    const ipprimer::testing::TempFolder temp("ipprimer-summary");
    const std::filesystem::path folder = temp.path();
    {
        Database db = openDatabase(folder / "old.db", older);
        insertAll(db);
    }
    Database upgraded = openDatabase(folder / "old.db");
    Database fresh = openDatabase(folder / "new.db");
    insertAll(fresh);

    for (const auto& [table, columns] : {std::pair{"lesson_progress", 4}, {"quiz_progress", 9}, {"first_answers", 4}}) {
        EXPECT_FALSE(rows(fresh, table, columns).empty()) << table;
        EXPECT_EQ(rows(upgraded, table, columns), rows(fresh, table, columns)) << table;
    }

    // And what they hold is what the events say.
    Statement lesson(fresh, "SELECT first_opened_at, first_finished_at FROM lesson_progress WHERE learner_id = 1 AND lesson_id = 'a'");
    ASSERT_TRUE(lesson.step());
    EXPECT_EQ(lesson.columnInt64(0), 500) << "the earliest opening, though recorded later";
    EXPECT_EQ(lesson.columnInt64(1), 2000);
    Statement quiz(fresh,
                   "SELECT attempts_started, attempts_finished, last_finished_at, last_passed, last_passed_at, best_score"
                   " FROM quiz_progress WHERE learner_id = 1 AND quiz = 'role:staff'");
    ASSERT_TRUE(quiz.step());
    EXPECT_EQ(quiz.columnInt64(0), 2);
    EXPECT_EQ(quiz.columnInt64(1), 3);
    EXPECT_EQ(quiz.columnInt64(2), 6000);
    EXPECT_EQ(quiz.columnInt64(3), 0) << "the last attempt (with a broken context) did not pass";
    EXPECT_EQ(quiz.columnInt64(4), 5200) << "the most recent pass";
    EXPECT_DOUBLE_EQ(quiz.columnDouble(5), 90.0);
    Statement first(fresh, "SELECT score, at FROM first_answers WHERE learner_id = 2 AND question_id = 'q1'");
    ASSERT_TRUE(first.step());
    EXPECT_DOUBLE_EQ(first.columnDouble(0), 0.0) << "the first answer given, not the first recorded";
    EXPECT_EQ(first.columnInt64(1), 800);

    // A broken context never loses the event itself.
    Statement count(fresh, "SELECT count(*) FROM events");
    count.step();
    EXPECT_EQ(count.columnInt64(0), static_cast<std::int64_t>(std::size(kEvents)));
}

}  // namespace
