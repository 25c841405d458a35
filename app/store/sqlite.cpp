// The RAII wrapper of sqlite.h, and the one place that turns SQLite's result
// codes into messages a user can act on.
#include "store/sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace ipprimer::store {
namespace {

std::string databaseName(sqlite3* db) {
    const char* name = db ? sqlite3_db_filename(db, "main") : nullptr;
    return name && *name ? std::string(name) : std::string(":memory:");
}

// A message that says what happened to which file, in words a user can act on;
// SQLite's own text follows for whoever has to dig further.
std::string describe(const std::string& file, int code, const char* sqlite_message) {
    const std::string detail = sqlite_message ? sqlite_message : sqlite3_errstr(code);
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return file + " is in use by another program (is IP Primer running twice?): " + detail;
    case SQLITE_FULL:
        return "cannot write to " + file + ": the disk is full (" + detail + ")";
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return "cannot write to " + file + ": it is read-only (" + detail + ")";
    case SQLITE_CORRUPT:
        return file + " is damaged (" + detail + ")";
    case SQLITE_NOTADB:
        return file + " is not a database (" + detail + ")";
    case SQLITE_IOERR:
        return "cannot read or write " + file + " (" + detail + ")";
    case SQLITE_CANTOPEN:
        return "cannot open " + file + " (" + detail + ")";
    default:
        return file + ": " + detail;
    }
}

[[noreturn]] void fail(sqlite3* db, int code) {
    throw StoreError(describe(databaseName(db), code, db ? sqlite3_errmsg(db) : nullptr),
                     db ? sqlite3_extended_errcode(db) : code);
}

}  // namespace

// --- Database ---------------------------------------------------------------

Database::Database(const std::filesystem::path& path, OpenMode mode) : path_(path) {
    int flags = 0;
    switch (mode) {
    case OpenMode::ReadOnly: flags = SQLITE_OPEN_READONLY; break;
    case OpenMode::ReadWrite: flags = SQLITE_OPEN_READWRITE; break;
    case OpenMode::ReadWriteCreate: flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    // A connection is never used by two threads at once (see Store), so SQLite
    // need not lock its mutex around every call.
    flags |= SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &handle_, flags, nullptr);
    if (rc != SQLITE_OK) {
        // The handle holds the message even when opening failed; it must still be closed.
        const std::string message =
            describe(path.string(), rc, handle_ ? sqlite3_errmsg(handle_) : nullptr);
        sqlite3_close(handle_);
        handle_ = nullptr;
        throw StoreError(message, rc);
    }
    sqlite3_extended_result_codes(handle_, 1);
}

Database::~Database() {
    // close_v2 rather than close: should a statement still be alive, the
    // connection closes when it is finalized instead of leaking.
    if (handle_) sqlite3_close_v2(handle_);
}

Database::Database(Database&& other) noexcept
    : handle_(std::exchange(other.handle_, nullptr)), path_(std::move(other.path_)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        if (handle_) sqlite3_close_v2(handle_);
        handle_ = std::exchange(other.handle_, nullptr);
        path_ = std::move(other.path_);
    }
    return *this;
}

void Database::exec(std::string_view sql) {
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(handle_, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const std::string error = describe(databaseName(handle_), rc, message);
        sqlite3_free(message);
        throw StoreError(error, sqlite3_extended_errcode(handle_));
    }
}

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(handle_); }

bool Database::readOnly() const { return sqlite3_db_readonly(handle_, "main") == 1; }

bool Database::inTransaction() const { return sqlite3_get_autocommit(handle_) == 0; }

void Database::setBusyTimeout(int milliseconds) {
    const int rc = sqlite3_busy_timeout(handle_, milliseconds);
    if (rc != SQLITE_OK) fail(handle_, rc);
}

void Database::setCheckpointOnClose(bool enabled) {
    const int rc = sqlite3_db_config(handle_, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, enabled ? 0 : 1, nullptr);
    if (rc != SQLITE_OK) fail(handle_, rc);
}

// --- Statement --------------------------------------------------------------

Statement::Statement(Database& db, std::string_view sql) : db_(db.handle()) {
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &statement_, &tail);
    if (rc != SQLITE_OK) fail(db_, rc);
    if (!statement_) throw StoreError("empty SQL statement given to " + databaseName(db_));
    // One statement per Statement: text after the first would silently never run.
    for (const char* end = sql.data() + sql.size(); tail && tail < end; ++tail) {
        if (*tail != ' ' && *tail != '\n' && *tail != '\t' && *tail != '\r' && *tail != ';') {
            sqlite3_finalize(statement_);
            throw StoreError("more than one SQL statement given to one Statement: " + std::string(sql));
        }
    }
}

Statement::~Statement() { sqlite3_finalize(statement_); }

Statement::Statement(Statement&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), statement_(std::exchange(other.statement_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(statement_);
        db_ = std::exchange(other.db_, nullptr);
        statement_ = std::exchange(other.statement_, nullptr);
    }
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(statement_, index, value);
    if (rc != SQLITE_OK) fail(db_, rc);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    const int rc = sqlite3_bind_double(statement_, index, value);
    if (rc != SQLITE_OK) fail(db_, rc);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    // An empty view may have a null data(); SQLite would store that as NULL.
    const char* text = value.data() ? value.data() : "";
    const int rc = sqlite3_bind_text64(statement_, index, text, value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK) fail(db_, rc);
    return *this;
}

Statement& Statement::bind(int index, std::nullptr_t) {
    const int rc = sqlite3_bind_null(statement_, index);
    if (rc != SQLITE_OK) fail(db_, rc);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(statement_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_, rc);
}

void Statement::reset() {
    // The result of sqlite3_reset repeats the last step's error, already thrown.
    sqlite3_reset(statement_);
}

std::int64_t Statement::columnInt64(int column) const { return sqlite3_column_int64(statement_, column); }

double Statement::columnDouble(int column) const { return sqlite3_column_double(statement_, column); }

std::string Statement::columnText(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
    // Ask for the size after the text: the conversion to text may change it.
    const int size = sqlite3_column_bytes(statement_, column);
    return text ? std::string(text, static_cast<std::size_t>(size)) : std::string();
}

std::string_view Statement::columnView(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
    const int size = sqlite3_column_bytes(statement_, column);
    return text ? std::string_view(text, static_cast<std::size_t>(size)) : std::string_view();
}

bool Statement::columnIsNull(int column) const {
    return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

// --- Transaction ------------------------------------------------------------

Transaction::Transaction(Database& db)
    : db_(db), nested_(db.inTransaction()), joined_(nested_ && db.joinsNested()) {
    if (!joined_) db_.exec(nested_ ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    // Some errors (a full disk, for one) already rolled the transaction back.
    if (committed_ || !db_.inTransaction()) return;
    const char* undo = nested_ && !joined_ ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK";
    sqlite3_exec(db_.handle(), undo, nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    if (!joined_) db_.exec(nested_ ? "RELEASE nested" : "COMMIT");
    committed_ = true;
}

}  // namespace ipprimer::store
