// The opening sequence of schema.h (the steps are in schema_steps.cpp). Until
// a file is known to be ours and not too new, nothing is written to it.
#include "store/schema.h"

#include <sqlite3.h>

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <system_error>

namespace ipprimer::store {
namespace {

constexpr int kBusyTimeoutMs = 5000;

std::int64_t queryInt(Database& db, std::string_view sql) {
    Statement statement(db, sql);
    return statement.step() ? statement.columnInt64(0) : 0;
}

struct Header {
    std::int64_t application_id = 0;
    std::int64_t user_version = 0;
    std::int64_t schema_objects = 0;  // tables, indexes, triggers, views
};

[[noreturn]] void refuse(const std::filesystem::path& path, const std::string& reason) {
    throw StoreError(path.string() + " is not an IP Primer database (" + reason +
                     "); it was left untouched");
}

Header readHeader(Database& db, const std::filesystem::path& path) {
    try {
        Header header;
        header.application_id = queryInt(db, "PRAGMA application_id");
        header.user_version = queryInt(db, "PRAGMA user_version");
        header.schema_objects = queryInt(db, "SELECT count(*) FROM sqlite_schema");
        return header;
    } catch (const StoreError& error) {
        if ((error.code() & 0xff) == SQLITE_NOTADB) refuse(path, "file is not a database");
        throw;
    }
}

void checkHeader(const Header& header, const std::filesystem::path& path, int known_version) {
    const bool empty = header.schema_objects == 0 && header.user_version == 0;
    if (header.application_id != kApplicationId) {
        if (header.application_id != 0) {
            char id[16];
            std::snprintf(id, sizeof id, "0x%08x", static_cast<unsigned>(header.application_id));
            refuse(path, std::string("it belongs to another program, application id ") + id);
        }
        if (!empty) refuse(path, "it holds another program's tables");
        return;  // a new, empty database
    }
    if (header.user_version > known_version) {
        throw StoreError(path.string() + " was written by a newer version of IP Primer (schema " +
                         std::to_string(header.user_version) + "; this version knows up to " +
                         std::to_string(known_version) +
                         "). Update IP Primer; the file was left untouched.");
    }
    if (header.user_version == 0 && !empty)
        throw StoreError(path.string() +
                         " is damaged (it is marked as IP Primer's but has no schema version); "
                         "it was left untouched");
}

// The backups of one version: <file>.v<N>.bak, then <file>.v<N>-2.bak, ...
std::filesystem::path backupPath(const std::filesystem::path& path, std::int64_t version, int n) {
    const std::string stem = path.string() + ".v" + std::to_string(version);
    return n == 1 ? std::filesystem::path(stem + ".bak") : std::filesystem::path(stem + "-" + std::to_string(n) + ".bak");
}

std::string bytesOf(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Copies every page of `source` into `target` (SQLite's backup API reads what
// the connection sees, pages still in the WAL included; a file copy would not).
void copyPages(Database& source, Database& target) {
    sqlite3_backup* backup = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
    if (!backup)
        throw StoreError(std::string(sqlite3_errmsg(target.handle())), sqlite3_extended_errcode(target.handle()));
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) throw StoreError(sqlite3_errstr(rc), rc);
}

// Backs the file up before an upgrade, under a name of its own. Written
// under a passing name and renamed when whole, so a copy cut short never
// looks like a backup; and when an earlier upgrade from this version was cut
// short after its backup, that backup already holds these very bytes: one
// backup per version, not one per try.
void backUp(Database& source, std::int64_t version) {
    const std::filesystem::path partial = source.path().string() + ".v" + std::to_string(version) + ".bak-partial";
    std::error_code ignored;
    try {
        std::filesystem::remove(partial, ignored);
        {
            Database copy(partial, OpenMode::ReadWriteCreate);
            copyPages(source, copy);
        }
        const std::string bytes = bytesOf(partial);
        int n = 1;
        for (; std::filesystem::exists(backupPath(source.path(), version, n)); ++n) {
            if (bytesOf(backupPath(source.path(), version, n)) == bytes) {
                std::filesystem::remove(partial, ignored);
                return;
            }
        }
        std::filesystem::rename(partial, backupPath(source.path(), version, n));
    } catch (const std::exception& error) {
        std::filesystem::remove(partial, ignored);
        const StoreError* store_error = dynamic_cast<const StoreError*>(&error);
        throw StoreError("could not copy " + source.path().string() + " to " +
                             backupPath(source.path(), version, 1).string() +
                             " before upgrading it, so it was left untouched: " + error.what(),
                         store_error ? store_error->code() : 0);
    }
}

void migrate(Database& db, std::span<const Migration> steps, std::int64_t from_version) {
    for (const Migration& step : steps) {
        if (step.version <= from_version) continue;
        Transaction transaction(db);
        // Under the write lock now: another IP Primer may have upgraded the file meanwhile.
        if (queryInt(db, "PRAGMA user_version") >= step.version) continue;
        try {
            db.exec(step.sql);
            if (step.then) step.then(db);
        } catch (const StoreError& error) {
            throw StoreError("could not upgrade " + db.path().string() + " to schema " +
                                 std::to_string(step.version) + ": " + error.what(),
                             error.code());
        }
        // PRAGMA takes no parameters; both values are integers of ours.
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId) +
                "; PRAGMA user_version = " + std::to_string(step.version));
        transaction.commit();
    }
}

void checkSteps(std::span<const Migration> steps) {
    if (steps.empty()) throw std::logic_error("no schema migrations given");
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (steps[i].version != static_cast<int>(i) + 1)
            throw std::logic_error("schema migrations must be numbered 1, 2, 3... in order");
}

std::string readOnlyFile(const std::filesystem::path& path) {
    return path.string() +
           " is read-only for this user, and IP Primer must write learning records "
           "to it; it was left untouched. Make it writable or choose another file.";
}

// A database is a regular file (a link to one will do): a device, a pipe or
// a folder is refused before SQLite opens it and leaves a journal beside it.
void checkRegularFile(const std::filesystem::path& path) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status) || std::filesystem::is_regular_file(status)) return;
    const char* kind = std::filesystem::is_directory(status)       ? "a folder"
                       : std::filesystem::is_character_file(status) ? "a device"
                       : std::filesystem::is_block_file(status)     ? "a device"
                       : std::filesystem::is_fifo(status)           ? "a pipe"
                       : std::filesystem::is_socket(status)         ? "a socket"
                                                                    : "not a regular file";
    throw StoreError(path.string() + " is " + kind +
                     ", not a file: IP Primer keeps its records in a regular file. Choose a file name; nothing "
                     "was written.");
}

// Where the file goes: its folder made when missing, and writable, since
// SQLite writes its journal (<file>-wal) beside the file.
void checkPlace(const std::filesystem::path& path) {
    checkRegularFile(path);
    if (std::filesystem::exists(path) && ::access(path.c_str(), W_OK) != 0 && (errno == EACCES || errno == EROFS))
        throw StoreError(readOnlyFile(path));
    const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error)
        throw StoreError("cannot create the folder " + folder.string() + " for " + path.string() + ": " +
                         (error.value() == ENOSPC ? std::string("the disk is full") : error.message()));
    if (::access(folder.c_str(), W_OK) != 0 && (errno == EACCES || errno == EROFS))
        throw StoreError("the folder " + folder.string() + " is read-only for this user, and IP Primer writes "
                         "its journal (" + path.filename().string() + "-wal) beside " + path.string() +
                         "; it was left untouched. Make the folder writable or choose a file in another folder.");
}

// From a connection to a file known to be ours, or new, to the current schema.
void bringUp(Database& db, const std::filesystem::path& path, std::span<const Migration> steps, bool in_memory) {
    const int known_version = steps.back().version;
    // Should this be the last connection to a WAL file, closing would
    // checkpoint it: not before the file is known to be ours.
    db.setCheckpointOnClose(false);
    const Header header = readHeader(db, path);
    checkHeader(header, path, known_version);

    const bool empty = header.schema_objects == 0 && header.user_version == 0;
    if (!empty && !in_memory && header.user_version < known_version) backUp(db, header.user_version);
    db.setCheckpointOnClose(true);

    db.exec("PRAGMA foreign_keys = ON");
    // FULL: in WAL mode, NORMAL may lose the last commits on a power cut; an
    // answer that was given must never be lost.
    db.exec("PRAGMA synchronous = FULL");
    if (header.user_version < known_version) migrate(db, steps, header.user_version);

    // WAL only once the schema is in place, so a file whose initialisation
    // fails keeps its journal mode. Where WAL is impossible (some network file
    // systems) SQLite keeps the rollback journal: as safe, only slower.
    if (!in_memory) Statement(db, "PRAGMA journal_mode = WAL").step();
}

}  // namespace

Database openDatabase(const std::filesystem::path& path) { return openDatabase(path, migrations()); }

Database openDatabase(const std::filesystem::path& path, std::span<const Migration> steps) {
    checkSteps(steps);
    const int known_version = steps.back().version;
    const bool in_memory = path == ":memory:";

    if (!in_memory) {
        checkPlace(path);
        // A first look that writes nothing, not even a -wal or -shm beside
        // it: a file that is refused is left exactly as it was found.
        if (std::filesystem::exists(path)) {
            Database glance(path, OpenMode::Glance);
            checkHeader(readHeader(glance, path), path, known_version);
        }
    }

    Database db(path, OpenMode::ReadWriteCreate);
    db.setBusyTimeout(kBusyTimeoutMs);
    if (db.readOnly()) throw StoreError(readOnlyFile(path));
    bringUp(db, path, steps, in_memory);
    return db;
}

Database openDatabaseToRead(const std::filesystem::path& path, bool private_copy) {
    const std::span<const Migration> steps = migrations();
    const int known_version = steps.back().version;
    if (path == ":memory:" || !std::filesystem::exists(path)) return openDatabase(":memory:");
    checkRegularFile(path);
    Database source(path, OpenMode::Glance);
    source.setBusyTimeout(kBusyTimeoutMs);
    const Header header = readHeader(source, path);
    checkHeader(header, path, known_version);
    if (!private_copy && header.user_version == known_version) return source;

    // Older (upgraded in memory only), empty, or asked for: a private copy.
    Database copy(":memory:", OpenMode::ReadWriteCreate);
    try {
        copyPages(source, copy);
    } catch (const StoreError& error) {
        throw StoreError("could not read " + path.string() + ": " + error.what(), error.code());
    }
    bringUp(copy, ":memory:", steps, true);
    return copy;
}

}  // namespace ipprimer::store
