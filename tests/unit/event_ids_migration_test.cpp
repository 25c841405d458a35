// Schema 4 gives the events of an older file their UUIDs and installation:
// the file is copied first, every row keeps its id and values, each gets a
// UUID of its own, the summaries and the append-only rule stay as they were.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "store/schema.h"
#include "store/sqlite_store.h"
#include "store_error_message.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::store;
using ipprimer::testing::storeErrorOf;

namespace {

const std::regex kUuidV4("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");

// Every row of a query, each written as its columns joined by "|".
std::vector<std::string> rows(Database& db, const std::string& sql, int columns) {
    Statement select(db, sql);
    std::vector<std::string> out;
    while (select.step()) {
        std::string row;
        for (int column = 0; column < columns; ++column)
            row += (select.columnIsNull(column) ? std::string("NULL") : select.columnText(column)) + "|";
        out.push_back(row);
    }
    return out;
}

std::map<std::string, std::string> triggersOnEvents(Database& db) {
    Statement select(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'events'");
    std::map<std::string, std::string> triggers;
    while (select.step()) triggers[select.columnText(0)] = select.columnText(1);
    return triggers;
}

constexpr const char* kOldColumns =
    "id, learner_id, verb, object, attempt_id, score, response, duration_ms, context, at";

// A learner's records as IP Primer wrote them at schema 3: lessons, an
// attempt whose id is its started row's id, a review answer, an extension.
void writeAsSchemaThree(Database& db) {
    db.exec("INSERT INTO learners (id, name, role, created_at) VALUES (1, 'Ada', 'staff', 1), (2, 'Bo', 'staff', 1)");
    db.exec(R"sql(
        INSERT INTO events (learner_id, verb, object, at) VALUES (1, 'opened', 'what-is-ip', 1000);
        INSERT INTO events (learner_id, verb, object, at) VALUES (1, 'finished', 'what-is-ip', 2000);
        INSERT INTO events (id, learner_id, verb, object, attempt_id, context, at)
            VALUES (3, 1, 'attempt-started', 'role:staff', 3, '{"seed": 9, "questions": ["q1"], "kind": "role"}', 3000);
        INSERT INTO events (learner_id, verb, object, attempt_id, score, response, duration_ms, context, at)
            VALUES (1, 'answered', 'q1', 3, 1.0, '{"chosen": [0]}', 4000, '{"quiz": "role:staff"}', 3100);
        INSERT INTO events (learner_id, verb, object, attempt_id, score, duration_ms, context, at)
            VALUES (1, 'attempt-finished', 'role:staff', 3, 100.0, 9000, '{"passed": true, "pass_mark": 70}', 3200);
        INSERT INTO events (learner_id, verb, object, score, response, context, at)
            VALUES (2, 'answered', 'q1', 0.0, '{}', '{"review": true}', 500);
        INSERT INTO events (learner_id, verb, object, context, at)
            VALUES (2, 'due-extended', 'role:staff', '{"due": "2030-01-01", "by": "Maria"}', 600);
    )sql");
}

}  // namespace

TEST(EventIdsMigration, AnOlderFileIsCopiedThenEveryEventGetsItsOwnUuid) {
    const ipprimer::testing::TempFolder temp("ipprimer-event-ids");
    const std::filesystem::path path = temp.path() / "progress.db";
    const std::vector<Migration> three(migrations().begin(), migrations().begin() + 3);
    ASSERT_EQ(three.back().version, 3);

    std::vector<std::string> events_before, lessons_before, quizzes_before, answers_before;
    std::map<std::string, std::string> triggers_before;
    {
        Database db = openDatabase(path, three);
        writeAsSchemaThree(db);
        events_before = rows(db, std::string("SELECT ") + kOldColumns + " FROM events ORDER BY id", 10);
        lessons_before = rows(db, "SELECT * FROM lesson_progress", 4);
        quizzes_before = rows(db, "SELECT * FROM quiz_progress", 9);
        answers_before = rows(db, "SELECT * FROM first_answers", 4);
        triggers_before = triggersOnEvents(db);
    }
    ASSERT_EQ(events_before.size(), 7u);
    ASSERT_EQ(triggers_before.size(), 6u);

    std::string installation;
    {
        SqliteStore store{path};
        installation = store.journal().installation();
        // What the store reads is still what was recorded.
        const auto attempt = store.attempts().attempt(3);
        ASSERT_TRUE(attempt);
        EXPECT_TRUE(attempt->finished());
        EXPECT_EQ(attempt->answers.size(), 1u);
        // New records are kept in the summaries as before.
        store.lessons().recordFinished(2, "trademarks");
    }
    EXPECT_TRUE(std::regex_match(installation, kUuidV4)) << installation;

    Database backup(temp.path() / "progress.db.v3.bak", OpenMode::ReadOnly);
    EXPECT_EQ(rows(backup, "PRAGMA user_version", 1), std::vector<std::string>{"3|"});
    EXPECT_EQ(rows(backup, std::string("SELECT ") + kOldColumns + " FROM events ORDER BY id", 10), events_before)
        << "the copy holds the events as they were";

    Database db(path, OpenMode::ReadOnly);
    EXPECT_EQ(rows(db, "PRAGMA user_version", 1), std::vector<std::string>{std::to_string(currentSchemaVersion()) + "|"});
    std::vector<std::string> events_after = rows(db, std::string("SELECT ") + kOldColumns + " FROM events ORDER BY id", 10);
    ASSERT_EQ(events_after.size(), 8u);
    events_after.pop_back();  // the lesson finished after the upgrade
    EXPECT_EQ(events_after, events_before) << "every row keeps its id and values";

    std::set<std::string> uuids;
    Statement ids(db, "SELECT events.uuid, installations.uuid FROM events JOIN installations ON installations.id = "
                      "events.installation_id ORDER BY events.id");
    while (ids.step()) {
        EXPECT_TRUE(std::regex_match(ids.columnText(0), kUuidV4)) << ids.columnText(0);
        EXPECT_EQ(ids.columnText(1), installation) << "the old events were written on this installation";
        uuids.insert(ids.columnText(0));
    }
    EXPECT_EQ(uuids.size(), 8u) << "no two events share a UUID";

    EXPECT_EQ(rows(db, "SELECT * FROM quiz_progress", 9), quizzes_before);
    EXPECT_EQ(rows(db, "SELECT * FROM first_answers", 4), answers_before);
    std::vector<std::string> lessons_after = rows(db, "SELECT * FROM lesson_progress", 4);
    EXPECT_EQ(lessons_after.size(), lessons_before.size() + 1) << "the triggers follow new events";
    for (const std::string& row : lessons_before)
        EXPECT_NE(std::find(lessons_after.begin(), lessons_after.end(), row), lessons_after.end()) << row;

    // The rebuilt table has the same triggers as before, so it stays append-only.
    for (const auto& [name, sql] : triggers_before) EXPECT_EQ(triggersOnEvents(db)[name], sql) << name;
    auto triggers_after = triggersOnEvents(db);
    triggers_after.erase("lesson_progress_follows_withdrawals");  // made by step 7, on the rebuilt table
    EXPECT_EQ(triggers_after.size(), triggers_before.size());
}

TEST(EventIdsMigration, EventsAndInstallationsStayAppendOnly) {
    const ipprimer::testing::TempFolder temp("ipprimer-event-ids");
    const std::filesystem::path path = temp.path() / "progress.db";
    {
        Database db = openDatabase(path, std::vector<Migration>(migrations().begin(), migrations().begin() + 3));
        writeAsSchemaThree(db);
    }
    { SqliteStore upgraded{path}; }
    Database db = openDatabase(path);
    EXPECT_NE(storeErrorOf([&] { db.exec("UPDATE events SET uuid = lower(hex(randomblob(18)))"); }).find("append-only"),
              std::string::npos);
    EXPECT_NE(storeErrorOf([&] { db.exec("DELETE FROM events WHERE id = 1"); }).find("append-only"), std::string::npos);
    EXPECT_NE(storeErrorOf([&] { db.exec("UPDATE installations SET uuid = 'x'"); }).find("never changes"), std::string::npos);
    EXPECT_NE(storeErrorOf([&] { db.exec("DELETE FROM installations"); }).find("never deleted"), std::string::npos);
    // An event written by another tool, without a UUID, still gets one.
    db.exec("INSERT INTO events (learner_id, verb, object, at) VALUES (1, 'opened', 'patents', 7000)");
    const std::vector<std::string> last = rows(db, "SELECT uuid, installation_id FROM events ORDER BY id DESC LIMIT 1", 2);
    ASSERT_EQ(last.size(), 1u);
    EXPECT_TRUE(std::regex_match(last[0].substr(0, 36), kUuidV4)) << last[0];
    EXPECT_EQ(last[0].substr(36), "|1|");
    EXPECT_NE(storeErrorOf([&] {
                  db.exec("INSERT INTO events (learner_id, verb, object, at, uuid) SELECT 1, 'opened', 'x', 1, uuid "
                          "FROM events LIMIT 1");
              }).find("UNIQUE"),
              std::string::npos)
        << "a UUID is never used twice";
}

TEST(EventIdsMigration, ANewFileHasTheSameSchemaAsAnUpgradedOne) {
    const ipprimer::testing::TempFolder temp("ipprimer-event-ids");
    { Database old = openDatabase(temp.path() / "old.db", std::vector<Migration>(migrations().begin(), migrations().begin() + 3)); }
    Database upgraded = openDatabase(temp.path() / "old.db");
    Database fresh = openDatabase(temp.path() / "new.db");
    const std::string schema = "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name";
    EXPECT_EQ(rows(upgraded, schema, 4), rows(fresh, schema, 4));
    EXPECT_NE(rows(fresh, "SELECT uuid FROM installations", 1), rows(upgraded, "SELECT uuid FROM installations", 1))
        << "each file is an installation of its own";
}
