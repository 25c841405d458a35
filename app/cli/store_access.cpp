// Opening the database and the course for the manager's commands, with a clear
// message on stderr when either cannot be used.
#include "cli/store_access.h"

#include <cstdio>

#include "store/paths.h"
#include "store/sqlite_store.h"

namespace ipprimer::cli {

std::filesystem::path databasePath(const GlobalOptions& options) {
    return options.db_path.empty() ? store::defaultDatabasePath() : std::filesystem::path(options.db_path);
}

std::unique_ptr<store::Store> openStoreFor(const GlobalOptions& options, const char* command) {
    try {
        return std::make_unique<store::SqliteStore>(databasePath(options));
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer %s: %s\n", command, error.what());
        return nullptr;
    }
}

std::optional<course::Course> loadCourseFor(const GlobalOptions& options, const char* command) {
    const std::filesystem::path root = resolveCourseDir(options);
    course::Course course = course::loadCourse(root);
    if (course.roles.empty()) {
        for (const Diagnostic& d : course.diagnostics)
            if (d.severity == Severity::Error) std::fprintf(stderr, "%s\n", d.format().c_str());
        std::fprintf(stderr, "ipprimer %s: the course in %s has no roles, so no one's training can be judged (see ipprimer check)\n",
                     command, root.string().c_str());
        return std::nullopt;
    }
    return course;
}

}  // namespace ipprimer::cli
