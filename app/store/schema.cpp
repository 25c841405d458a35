// The opening sequence of schema.h (the steps are in schema_steps.cpp). Until
// a file is known to be ours and not too new, nothing is written to it.
#include "store/schema.h"

#include <sqlite3.h>

#include <cstdio>
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

std::filesystem::path freeBackupPath(const std::filesystem::path& path, std::int64_t version) {
    const std::string stem = path.string() + ".v" + std::to_string(version);
    std::filesystem::path candidate = stem + ".bak";
    for (int n = 2; std::filesystem::exists(candidate); ++n)
        candidate = stem + "-" + std::to_string(n) + ".bak";
    return candidate;
}

// Copies the database through SQLite's backup API, which reads what the
// connection sees, pages still in the WAL included; a plain file copy would not.
void backUp(Database& source, std::int64_t version) {
    const std::filesystem::path target = freeBackupPath(source.path(), version);
    try {
        Database copy(target, OpenMode::ReadWriteCreate);
        sqlite3_backup* backup = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
        if (!backup)
            throw StoreError(std::string(sqlite3_errmsg(copy.handle())), sqlite3_extended_errcode(copy.handle()));
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) throw StoreError(sqlite3_errstr(rc), rc);
    } catch (const StoreError& error) {
        std::error_code ignored;
        std::filesystem::remove(target, ignored);
        throw StoreError("could not copy " + source.path().string() + " to " + target.string() +
                             " before upgrading it, so it was left untouched: " + error.what(),
                         error.code());
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

}  // namespace

Database openDatabase(const std::filesystem::path& path) { return openDatabase(path, migrations()); }

Database openDatabase(const std::filesystem::path& path, std::span<const Migration> steps) {
    checkSteps(steps);
    const int known_version = steps.back().version;
    const bool in_memory = path == ":memory:";

    if (!in_memory && path.has_parent_path()) {
        std::error_code error;
        std::filesystem::create_directories(path.parent_path(), error);
        if (error)
            throw StoreError("cannot create the folder " + path.parent_path().string() + " for " +
                             path.string() + ": " + error.message());
    }

    Database db(path, OpenMode::ReadWriteCreate);
    db.setBusyTimeout(kBusyTimeoutMs);
    if (db.readOnly())
        throw StoreError(path.string() +
                         " is read-only for this user, and IP Primer must write learning records "
                         "to it; it was left untouched. Make it writable or choose another file.");

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
    return db;
}

}  // namespace ipprimer::store
