// The libpq wrapper of postgres.h: connecting with libpq's conventions, and
// errors turned into messages a user or IT can act on.
#include "store/postgres.h"

#include <libpq-fe.h>

#include <charconv>
#include <cstdlib>

namespace ipprimer::store::pg {
namespace {

std::string trimmedMessage(const char* text) {
    std::string message = text ? text : "";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    // libpq puts "FATAL:  " before what the server said; the user needs the words.
    for (std::string_view prefix : {"FATAL:  ", "ERROR:  "})
        if (auto at = message.find(prefix); at != std::string::npos) message.erase(at, prefix.size());
    return message;
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// What to do about a connection that failed, in the user's words.
std::string connectionAdvice(std::string_view reason) {
    if (contains(reason, "password authentication failed"))
        return "The server refused the password. IP Primer keeps no password: libpq reads it from ~/.pgpass "
               "(mode 0600), the PGPASSWORD variable or a service file; correct it there, or ask IT for the "
               "device connection.";
    if (contains(reason, "no password supplied"))
        return "The server asks for a password and none was found. IP Primer keeps no password: put it in "
               "~/.pgpass (mode 0600) or the PGPASSWORD variable, or ask IT for the device connection.";
    if (contains(reason, "Connection refused") || contains(reason, "No such file or directory") ||
        contains(reason, "timeout expired") || contains(reason, "could not translate host name"))
        return "Is the server running, and can this computer reach it? Records stay on this computer and go "
               "at the next sync.";
    if (contains(reason, "SSL")) return "Check sslmode and the server's certificate with IT.";
    return "";
}

}  // namespace

// --- Result ------------------------------------------------------------------

Result::~Result() {
    if (result_) PQclear(result_);
}

Result& Result::operator=(Result&& other) noexcept {
    if (this != &other) {
        if (result_) PQclear(result_);
        result_ = other.result_;
        other.result_ = nullptr;
    }
    return *this;
}

int Result::rows() const { return result_ ? PQntuples(result_) : 0; }

bool Result::isNull(int row, int column) const { return PQgetisnull(result_, row, column) != 0; }

std::string_view Result::text(int row, int column) const {
    return {PQgetvalue(result_, row, column), static_cast<std::size_t>(PQgetlength(result_, row, column))};
}

std::int64_t Result::int64(int row, int column) const {
    const std::string_view value = text(row, column);
    std::int64_t number = 0;
    std::from_chars(value.data(), value.data() + value.size(), number);
    return number;
}

double Result::number(int row, int column) const {
    if (isNull(row, column)) return 0;
    return std::strtod(PQgetvalue(result_, row, column), nullptr);
}

bool Result::boolean(int row, int column) const { return text(row, column) == "t"; }

std::optional<std::int64_t> Result::optionalInt64(int row, int column) const {
    if (isNull(row, column)) return std::nullopt;
    return int64(row, column);
}

std::optional<double> Result::optionalNumber(int row, int column) const {
    if (isNull(row, column)) return std::nullopt;
    return number(row, column);
}

std::int64_t Result::binaryInt64(int row, int column) const {
    if (isNull(row, column) || PQgetlength(result_, row, column) != 8) return 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(PQgetvalue(result_, row, column));
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i) value = value << 8 | bytes[i];  // network order
    return static_cast<std::int64_t>(value);
}

std::int64_t Result::affected() const {
    const char* count = result_ ? PQcmdTuples(result_) : "";
    return count && *count ? std::atoll(count) : 0;
}

std::string_view Result::command() const { return result_ ? PQcmdStatus(result_) : ""; }

// --- Connection --------------------------------------------------------------

Connection::Connection(const std::string& target) {
    // A connection that cannot be made gives up after 10 s unless the target
    // says otherwise: the target's own settings are read after these.
    const char* keys[] = {"connect_timeout", "fallback_application_name", "dbname", nullptr};
    const char* values[] = {"10", "ipprimer", target.c_str(), nullptr};
    handle_ = PQconnectdbParams(keys, values, /*expand_dbname=*/1);
    if (!handle_) throw ServerError("could not connect to the organisation's server: out of memory", "");
    if (PQstatus(handle_) != CONNECTION_OK) {
        const std::string reason = trimmedMessage(PQerrorMessage(handle_));
        const std::string where = describe();
        const std::string advice = connectionAdvice(reason);
        PQfinish(handle_);
        handle_ = nullptr;
        // libpq's own text when the target cannot even be read ("invalid URI...").
        std::string message = "could not connect to the organisation's server";
        if (!where.empty()) message += " (" + where + ")";
        message += ": " + reason;
        if (!advice.empty()) message += "\n" + advice;
        throw ServerError(message, contains(reason, "password") ? "28P01" : "08001");
    }
    // The server's NOTICEs ("already exists, skipping") are not for the user;
    // dropped here rather than by a SET, which would be session state that a
    // pooler in transaction mode does not keep.
    PQsetNoticeProcessor(handle_, [](void*, const char*) {}, nullptr);
}

Connection::~Connection() {
    if (handle_) PQfinish(handle_);
}

Connection::Connection(Connection&& other) noexcept : handle_(other.handle_) { other.handle_ = nullptr; }

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        if (handle_) PQfinish(handle_);
        handle_ = other.handle_;
        other.handle_ = nullptr;
    }
    return *this;
}

std::string Connection::describe() const {
    if (!handle_) return "";
    const char* database = PQdb(handle_);
    const char* host = PQhost(handle_);
    const char* port = PQport(handle_);
    const char* user = PQuser(handle_);
    std::string text;
    if (database && *database) text += std::string("database ") + database;
    if (host && *host) {
        text += std::string(text.empty() ? "" : " ") + "on " + host;
        if (port && *port && host[0] != '/') text += std::string(":") + port;
    }
    if (user && *user) text += std::string(text.empty() ? "" : " ") + "as " + user;
    return text;
}

std::string Connection::user() const {
    const char* user = handle_ ? PQuser(handle_) : nullptr;
    return user ? user : "";
}

bool Connection::ok() const { return handle_ && PQstatus(handle_) == CONNECTION_OK; }

void Connection::fail(pg_result* result, std::string_view what) const {
    std::string sqlstate;
    std::string message;
    if (result) {
        if (const char* code = PQresultErrorField(result, PG_DIAG_SQLSTATE)) sqlstate = code;
        message = trimmedMessage(PQresultErrorMessage(result));
        PQclear(result);
    }
    if (message.empty()) message = trimmedMessage(handle_ ? PQerrorMessage(handle_) : "no connection");
    const bool lost = !handle_ || PQstatus(handle_) != CONNECTION_OK;
    if (sqlstate.empty() && lost) sqlstate = "08006";
    std::string text = "the organisation's server";
    if (const std::string where = describe(); !where.empty()) text += " (" + where + ")";
    // 57P01-57P03: the server is shutting down or restarting.
    if (lost || sqlstate.rfind("08", 0) == 0 || sqlstate.rfind("57P0", 0) == 0)
        text += " could not be reached while " + std::string(what) + ": " + message +
                "\nNothing is lost: the records stay on this computer and go at the next sync.";
    else
        text += " refused " + std::string(what) + ": " + message;
    throw ServerError(text, sqlstate);
}

Result Connection::exec(std::string_view sql) {
    if (!handle_) throw ServerError("not connected to the organisation's server", "08003");
    PGresult* result = PQexec(handle_, std::string(sql).c_str());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(result, "a request");
    return Result(result);
}

Result Connection::exec(std::string_view sql, const Params& params, bool binary) {
    if (!handle_) throw ServerError("not connected to the organisation's server", "08003");
    std::vector<const char*> values;
    values.reserve(params.values().size());
    for (const auto& value : params.values()) values.push_back(value ? value->c_str() : nullptr);
    PGresult* result = PQexecParams(handle_, std::string(sql).c_str(), static_cast<int>(values.size()), nullptr,
                                    values.data(), nullptr, nullptr, binary ? 1 : 0);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(result, "a request");
    return Result(result);
}

void Connection::copyIn(std::string_view copy_sql, std::string_view data) {
    if (!handle_) throw ServerError("not connected to the organisation's server", "08003");
    PGresult* start = PQexec(handle_, std::string(copy_sql).c_str());
    if (!start || PQresultStatus(start) != PGRES_COPY_IN) fail(start, "a copy");
    PQclear(start);
    constexpr std::size_t kChunk = 1 << 20;
    for (std::size_t at = 0; at < data.size(); at += kChunk) {
        const std::size_t size = std::min(kChunk, data.size() - at);
        if (PQputCopyData(handle_, data.data() + at, static_cast<int>(size)) != 1) fail(nullptr, "a copy");
    }
    if (PQputCopyEnd(handle_, nullptr) != 1) fail(nullptr, "a copy");
    bool failed = false;
    PGresult* failure = nullptr;
    while (PGresult* result = PQgetResult(handle_)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && !failed) {
            failed = true;
            failure = result;
        } else {
            PQclear(result);
        }
    }
    if (failed) fail(failure, "a copy");
}

// --- Transaction -------------------------------------------------------------

Transaction::Transaction(Connection& connection, std::string_view mode) : connection_(connection) {
    connection_.exec(mode.empty() ? std::string("BEGIN") : "BEGIN " + std::string(mode));
}

Transaction::~Transaction() {
    if (done_ || !connection_.ok()) return;
    try {
        connection_.exec("ROLLBACK");
    } catch (const ServerError&) {
        // The connection is gone; the server rolls back on its own.
    }
}

void Transaction::commit() {
    // COMMIT of a transaction that failed answers ROLLBACK, not an error.
    const Result result = connection_.exec("COMMIT");
    done_ = true;
    if (result.command() != "COMMIT")
        throw ServerError("the organisation's server rolled the transaction back", "40000");
}

bool holdsPassword(const std::string& target) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(target.c_str(), &error);
    if (!options) {
        const std::string reason = error ? trimmedMessage(error) : "out of memory";
        if (error) PQfreemem(error);
        // The text itself is not repeated: it may hold a password.
        throw ServerError("cannot read the server's connection (a postgresql:// URL, key=value pairs or "
                          "service=NAME): " + reason, "");
    }
    bool found = false;
    for (PQconninfoOption* option = options; option->keyword; ++option)
        if (std::string_view(option->keyword) == "password" && option->val && *option->val) found = true;
    PQconninfoFree(options);
    return found;
}

void appendCopyField(std::string& line, std::string_view value) {
    for (char c : value) {
        switch (c) {
        case '\\': line += "\\\\"; break;
        case '\t': line += "\\t"; break;
        case '\n': line += "\\n"; break;
        case '\r': line += "\\r"; break;
        default: line += c;
        }
    }
}

}  // namespace ipprimer::store::pg
