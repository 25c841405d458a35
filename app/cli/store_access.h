// What the manager's commands share: the database they work on, and the
// course whose roles and modules give the records their meaning.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include "cli/options.h"
#include "course/course.h"
#include "store/store.h"

namespace ipprimer::cli {

// --db, or the default path under $XDG_DATA_HOME.
std::filesystem::path databasePath(const GlobalOptions& options);

// Opens the database; on failure prints `ipprimer <command>: <why>` to stderr
// and returns null (the caller exits with kExitBadInput).
std::unique_ptr<store::Store> openStoreFor(const GlobalOptions& options, const char* command);

// Loads the course; nullopt (after saying why) when it has no roles, since
// then no learner's status means anything.
std::optional<course::Course> loadCourseFor(const GlobalOptions& options, const char* command);

}  // namespace ipprimer::cli
