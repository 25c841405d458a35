// A small RAII wrapper for SQLite: a connection, a prepared statement and a
// transaction guard. <sqlite3.h> stays in sqlite.cpp; only the SQLite store's
// own files (app/store/sqlite_*, schema) see these.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

#include "store/store_error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace ipprimer::store {

enum class OpenMode {
    ReadOnly,         // the file must exist; nothing is ever written
    ReadWrite,        // the file must exist
    ReadWriteCreate,  // the file is created when missing
};

// One connection. Closed in the destructor; moves, never copies.
class Database {
public:
    // ":memory:" opens a private in-memory database. Throws StoreError.
    explicit Database(const std::filesystem::path& path, OpenMode mode = OpenMode::ReadWriteCreate);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one or more statements that return no rows we need (DDL, PRAGMA).
    void exec(std::string_view sql);

    std::int64_t lastInsertRowId() const;
    // Whether the connection can only read (e.g. the file is write-protected).
    bool readOnly() const;
    // Whether a transaction is open (BEGIN ran and neither COMMIT nor ROLLBACK yet).
    bool inTransaction() const;
    // While set, a Transaction begun inside another joins it rather than
    // making a savepoint, and one that fails rolls back the outer one too:
    // for a bulk load, where a savepoint would copy every page it touches.
    void setJoinNested(bool join) { join_nested_ = join; }
    bool joinsNested() const { return join_nested_; }
    void setBusyTimeout(int milliseconds);
    // Whether SQLite checkpoints and removes the WAL when this, the last
    // connection, closes. Turn off to leave a file exactly as it was found.
    void setCheckpointOnClose(bool enabled);

    const std::filesystem::path& path() const { return path_; }
    sqlite3* handle() const { return handle_; }

private:
    sqlite3* handle_ = nullptr;
    std::filesystem::path path_;
    bool join_nested_ = false;
};

// One prepared statement. Prepared in the constructor, finalized in the
// destructor; moves, never copies. Parameter indexes start at 1, column
// indexes at 0, as in SQLite. Must not outlive its Database.
class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);  // copied by SQLite
    Statement& bind(int index, std::nullptr_t);

    // Runs the statement up to the next row: true when a row is available,
    // false when the statement has finished. Throws StoreError on failure.
    bool step();
    // Rewinds the statement so it can run again; bindings are kept.
    void reset();

    std::int64_t columnInt64(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;  // "" for NULL
    // The same without a copy: valid until the next step() or reset().
    std::string_view columnView(int column) const;
    bool columnIsNull(int column) const;

private:
    sqlite3* db_ = nullptr;
    sqlite3_stmt* statement_ = nullptr;
};

// BEGIN IMMEDIATE on construction (the write lock is taken at once, so two
// writers wait for each other instead of failing half way); ROLLBACK on
// destruction unless commit() succeeded. Inside another transaction it is a
// SAVEPOINT instead: commit() keeps its writes for the outer one to commit,
// and a failure undoes only its own (see also Database::setJoinNested).
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& db_;
    bool nested_ = false;
    bool joined_ = false;  // nested, with no savepoint of its own
    bool committed_ = false;
};

}  // namespace ipprimer::store
