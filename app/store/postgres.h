// A small RAII wrapper for libpq: a connection to the organisation's server,
// a query's result and a transaction guard. <libpq-fe.h> stays in
// postgres.cpp; other code sees only these. Connection settings follow
// libpq's own conventions (a URL, `service=NAME`, ~/.pgpass, PG* variables,
// sslmode): IP Primer passes the text it was given and keeps no password.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/store_error.h"

struct pg_conn;
struct pg_result;

namespace ipprimer::store::pg {

// What the server refused, or why it could not be reached. what() is written
// for the user and never holds a password; sqlstate() is PostgreSQL's
// five-character code ("42501" insufficient privilege, "28P01" wrong
// password, "08006" connection lost...), empty when there was none.
class ServerError : public StoreError {
public:
    ServerError(const std::string& message, std::string sqlstate)
        : StoreError(message), sqlstate_(std::move(sqlstate)) {}
    const std::string& sqlstate() const { return sqlstate_; }
    // The connection went away (server stopped, network gone): try again later.
    bool connectionLost() const { return sqlstate_.rfind("08", 0) == 0 || sqlstate_.rfind("57P0", 0) == 0; }
    bool permissionDenied() const { return sqlstate_ == "42501"; }

private:
    std::string sqlstate_;
};

// The parameters of one query, sent as text; nullopt is SQL NULL.
class Params {
public:
    Params& add(std::string_view text) { values_.emplace_back(std::string(text)); return *this; }
    Params& add(const char* text) { return add(std::string_view(text)); }
    Params& add(std::int64_t number) { values_.emplace_back(std::to_string(number)); return *this; }
    Params& add(int number) { return add(static_cast<std::int64_t>(number)); }
    Params& add(bool value) { values_.emplace_back(value ? "true" : "false"); return *this; }
    Params& addNull() { values_.emplace_back(std::nullopt); return *this; }
    // Empty text is sent as NULL.
    Params& addOrNull(std::string_view text) { return text.empty() ? addNull() : add(text); }
    const std::vector<std::optional<std::string>>& values() const { return values_; }

private:
    std::vector<std::optional<std::string>> values_;
};

// One query's rows. Columns and rows count from 0. Moves, never copies.
class Result {
public:
    explicit Result(pg_result* result) : result_(result) {}
    ~Result();
    Result(Result&& other) noexcept : result_(other.result_) { other.result_ = nullptr; }
    Result& operator=(Result&& other) noexcept;
    Result(const Result&) = delete;
    Result& operator=(const Result&) = delete;

    int rows() const;
    bool isNull(int row, int column) const;
    // Valid as long as the Result; "" for NULL.
    std::string_view text(int row, int column) const;
    std::int64_t int64(int row, int column) const;   // 0 for NULL
    double number(int row, int column) const;        // 0 for NULL
    bool boolean(int row, int column) const;         // false for NULL
    std::optional<std::int64_t> optionalInt64(int row, int column) const;
    std::optional<double> optionalNumber(int row, int column) const;
    // A bigint of a binary result (see Connection::exec); 0 for NULL.
    std::int64_t binaryInt64(int row, int column) const;
    // Rows changed by an INSERT, UPDATE or DELETE.
    std::int64_t affected() const;
    // The command's tag: "INSERT 0 5", "COMMIT", "ROLLBACK"...
    std::string_view command() const;

private:
    pg_result* result_ = nullptr;
};

// One connection. Closed in the destructor; moves, never copies.
class Connection {
public:
    // `target` is what the user gave: a postgresql:// URL, key=value pairs, or
    // `service=NAME`. Throws ServerError with a message that names the server
    // and the user and says what to do (never the password).
    explicit Connection(const std::string& target);
    ~Connection();
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Runs one or more statements with no parameters (DDL, BEGIN...).
    Result exec(std::string_view sql);
    // Runs one statement with $1, $2... bound to `params`. With `binary`, the
    // rows come in PostgreSQL's binary form (read them with binaryInt64 and
    // text): less to send and nothing to parse for a large read of numbers.
    Result exec(std::string_view sql, const Params& params, bool binary = false);
    // COPY ... FROM STDIN with `data` in COPY's text format.
    void copyIn(std::string_view copy_sql, std::string_view data);

    // "database ipprimer on db.example.com:5432 as laptop": for messages.
    std::string describe() const;
    std::string user() const;
    // Whether the connection is still usable.
    bool ok() const;

private:
    [[noreturn]] void fail(pg_result* result, std::string_view what) const;
    pg_conn* handle_ = nullptr;
};

// BEGIN (with `mode`, e.g. "ISOLATION LEVEL REPEATABLE READ") on construction;
// ROLLBACK on destruction unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(Connection& connection, std::string_view mode = "");
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Connection& connection_;
    bool done_ = false;
};

// Whether a connection text (URL or key=value pairs) holds a password: IP
// Primer keeps such a text, so it must not. Throws ServerError when libpq
// cannot read the text, with libpq's reason.
bool holdsPassword(const std::string& target);

// Escapes one value for COPY's text format (tabs, line breaks, backslashes).
void appendCopyField(std::string& line, std::string_view value);
inline constexpr std::string_view kCopyNull = "\\N";

}  // namespace ipprimer::store::pg
