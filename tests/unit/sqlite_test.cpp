// The RAII wrapper: statements bind and read every type, errors name the file
// and keep SQLite's code, transactions commit or roll back.
#include "store/sqlite.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::store;

namespace {

class SqliteFile : public ::testing::Test {
protected:
    const ipprimer::testing::TempFolder temp_{"ipprimer-sqlite"};
    const std::filesystem::path dir_ = temp_.path();
};

std::int64_t count(Database& db, std::string_view sql) {
    Statement statement(db, sql);
    EXPECT_TRUE(statement.step());
    return statement.columnInt64(0);
}

}  // namespace

TEST(SqliteStatement, BindsAndReadsEveryType) {
    Database db(":memory:");
    db.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, n TEXT)");
    const std::string text("caf\xc3\xa9 \0 brevet", 14);  // UTF-8 and an embedded NUL
    Statement insert(db, "INSERT INTO t VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, std::int64_t{9'007'199'254'740'993}).bind(2, 0.25).bind(3, std::string_view(text)).bind(4, nullptr);
    EXPECT_FALSE(insert.step());

    Statement select(db, "SELECT i, r, s, n FROM t");
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.columnInt64(0), 9'007'199'254'740'993);
    EXPECT_DOUBLE_EQ(select.columnDouble(1), 0.25);
    EXPECT_EQ(select.columnText(2), text);
    EXPECT_FALSE(select.columnIsNull(2));
    EXPECT_TRUE(select.columnIsNull(3));
    EXPECT_EQ(select.columnText(3), "");
    EXPECT_FALSE(select.step());
}

TEST(SqliteStatement, EmptyStringIsTextNotNull) {
    Database db(":memory:");
    Statement select(db, "SELECT ?1 IS NULL, typeof(?1)");
    select.bind(1, std::string_view());
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.columnInt64(0), 0);
    EXPECT_EQ(select.columnText(1), "text");
}

TEST(SqliteStatement, ResetRunsAgainWithNewBindings) {
    Database db(":memory:");
    db.exec("CREATE TABLE t (x INTEGER)");
    Statement insert(db, "INSERT INTO t VALUES (?1)");
    for (int x = 1; x <= 3; ++x) {
        insert.bind(1, x);
        insert.step();
        insert.reset();
    }
    EXPECT_EQ(count(db, "SELECT sum(x) FROM t"), 6);
}

TEST(SqliteStatement, MovedStatementKeepsWorking) {
    Database db(":memory:");
    Statement first(db, "SELECT 42");
    Statement second(std::move(first));
    ASSERT_TRUE(second.step());
    EXPECT_EQ(second.columnInt64(0), 42);
    Statement third(db, "SELECT 1");
    third = std::move(second);
    EXPECT_EQ(third.columnInt64(0), 42);
}

TEST(SqliteStatement, SyntaxErrorThrowsWithSqliteMessage) {
    Database db(":memory:");
    try {
        Statement bad(db, "SELEKT 1");
        FAIL() << "a syntax error was accepted";
    } catch (const StoreError& error) {
        EXPECT_NE(std::string(error.what()).find("syntax error"), std::string::npos) << error.what();
        EXPECT_NE(error.code(), 0);
    }
}

TEST(SqliteStatement, RefusesSecondStatementThatWouldNeverRun) {
    Database db(":memory:");
    db.exec("CREATE TABLE t (x INTEGER)");
    EXPECT_THROW(Statement(db, "INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)"), StoreError);
    EXPECT_NO_THROW(Statement(db, "INSERT INTO t VALUES (1);  \n"));
}

TEST(SqliteStatement, BindingAMissingParameterThrows) {
    Database db(":memory:");
    Statement select(db, "SELECT ?1");
    EXPECT_THROW(select.bind(2, 1), StoreError);
}

TEST_F(SqliteFile, ConstraintErrorNamesTheFileAndKeepsTheCode) {
    const auto path = dir_ / "records.db";
    Database db(path);
    db.exec("CREATE TABLE t (x INTEGER UNIQUE)");
    db.exec("INSERT INTO t VALUES (1)");
    Statement insert(db, "INSERT INTO t VALUES (1)");
    try {
        insert.step();
        FAIL() << "a duplicate was accepted";
    } catch (const StoreError& error) {
        EXPECT_NE(std::string(error.what()).find(path.string()), std::string::npos) << error.what();
        EXPECT_EQ(error.code(), 2067);  // SQLITE_CONSTRAINT_UNIQUE
    }
}

TEST_F(SqliteFile, OpeningAMissingFileWithoutCreateNamesIt) {
    const auto path = dir_ / "missing.db";
    try {
        Database db(path, OpenMode::ReadWrite);
        FAIL() << "a missing file was opened";
    } catch (const StoreError& error) {
        EXPECT_NE(std::string(error.what()).find(path.string()), std::string::npos) << error.what();
    }
    EXPECT_FALSE(std::filesystem::exists(path));
}

TEST_F(SqliteFile, MovedDatabaseOwnsTheConnection) {
    const auto path = dir_ / "records.db";
    Database first(path);
    first.exec("CREATE TABLE t (x INTEGER)");
    Database second(std::move(first));
    EXPECT_EQ(first.handle(), nullptr);
    second.exec("INSERT INTO t VALUES (7)");
    Database third(":memory:");
    third = std::move(second);
    EXPECT_EQ(third.path(), path);
    EXPECT_EQ(count(third, "SELECT x FROM t"), 7);
}

TEST_F(SqliteFile, ReadOnlyConnectionCannotWrite) {
    const auto path = dir_ / "records.db";
    Database(path).exec("CREATE TABLE t (x INTEGER)");
    Database reader(path, OpenMode::ReadOnly);
    EXPECT_TRUE(reader.readOnly());
    EXPECT_THROW(reader.exec("INSERT INTO t VALUES (1)"), StoreError);
}

TEST(SqliteTransaction, CommitKeepsTheWrites) {
    Database db(":memory:");
    db.exec("CREATE TABLE t (x INTEGER)");
    {
        Transaction transaction(db);
        db.exec("INSERT INTO t VALUES (1)");
        transaction.commit();
    }
    EXPECT_EQ(count(db, "SELECT count(*) FROM t"), 1);
}

TEST(SqliteTransaction, RollsBackWhenLeftByAnException) {
    Database db(":memory:");
    db.exec("CREATE TABLE t (x INTEGER)");
    try {
        Transaction transaction(db);
        db.exec("INSERT INTO t VALUES (1)");
        db.exec("INSERT INTO no_such_table VALUES (2)");
        transaction.commit();
    } catch (const StoreError&) {
    }
    EXPECT_EQ(count(db, "SELECT count(*) FROM t"), 0);
    // The connection is usable again: no transaction was left open.
    Transaction again(db);
    again.commit();
}

TEST_F(SqliteFile, TransactionTakesTheWriteLockAtOnce) {
    const auto path = dir_ / "records.db";
    Database writer(path);
    writer.exec("PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER)");
    Database other(path);
    other.setBusyTimeout(0);
    Transaction transaction(writer);
    // Nothing written yet, but BEGIN IMMEDIATE already holds the lock.
    try {
        other.exec("INSERT INTO t VALUES (1)");
        FAIL() << "a second writer got in during an immediate transaction";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.code() & 0xff, 5);  // SQLITE_BUSY
        EXPECT_NE(std::string(error.what()).find("in use by another program"), std::string::npos) << error.what();
    }
}
