// The learning-records schema, its migrations, and the careful opening of a
// database file: refuse what is not ours or is too new, back up, then upgrade.
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string_view>

#include "store/sqlite.h"

namespace ipprimer::store {

// PRAGMA application_id of every IP Primer database: "IPPr" in ASCII.
inline constexpr std::int32_t kApplicationId = 0x49505072;

// One step of the schema's history. The steps run in order, each in its own
// transaction that also sets PRAGMA user_version to `version`.
struct Migration {
    int version;           // the schema version once this step has run; 1, 2, 3...
    std::string_view sql;  // one or more statements
    // A step SQL alone cannot say runs this after its SQL, in the same transaction.
    void (*then)(Database& db) = nullptr;
};

// This program's migrations, oldest first. Never edit a released step: add one.
std::span<const Migration> migrations();
// The schema version this program writes: the last step's version.
int currentSchemaVersion();

// Opens the learning-records database at `path`, creating it and its folder
// when missing (":memory:" opens a private in-memory one), and brings it to
// the current schema. The connection has a 5 s busy timeout, foreign keys on,
// synchronous=FULL, and a file is in WAL mode.
//
// Throws StoreError, naming the file, when the file is not an SQLite database,
// belongs to another program, was written by a newer IP Primer, or cannot be
// written; such a file is left byte for byte as it was. Before upgrading a
// file from an older schema, copies it to `<file>.v<old>.bak` (or
// `<file>.v<old>-2.bak`... when that name is taken).
Database openDatabase(const std::filesystem::path& path);

// The same with another list of steps, so tests can play an older or a newer
// program. `steps` must be non-empty with versions 1, 2, 3... in order.
Database openDatabase(const std::filesystem::path& path, std::span<const Migration> steps);

}  // namespace ipprimer::store
