// The XDG base directory rules for the default database path.
#include "store/paths.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

#include "store/sqlite.h"

namespace ipprimer::store {
namespace {

std::filesystem::path absoluteFromEnvironment(const char* name) {
    const char* value = std::getenv(name);
    if (!value || !*value) return {};
    std::filesystem::path path(value);
    return path.is_absolute() ? path : std::filesystem::path();
}

std::filesystem::path homeFolder() {
    if (auto home = absoluteFromEnvironment("HOME"); !home.empty()) return home;
    // Services and some sandboxes run without HOME; the password database knows.
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_dir && *entry->pw_dir)
        return entry->pw_dir;
    return {};
}

}  // namespace

std::filesystem::path defaultDatabasePath() {
    std::filesystem::path data = absoluteFromEnvironment("XDG_DATA_HOME");
    if (data.empty()) {
        const std::filesystem::path home = homeFolder();
        if (home.empty())
            throw StoreError("cannot choose where to keep learning records: neither XDG_DATA_HOME "
                             "nor HOME is set; give a file with --db PATH");
        data = home / ".local" / "share";
    }
    return data / "ipprimer" / "progress.db";
}

}  // namespace ipprimer::store
