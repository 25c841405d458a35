#include "cli/options.h"

#include <unistd.h>

namespace ipprimer::cli {
namespace fs = std::filesystem;

namespace {
bool hasCourse(const fs::path& dir) {
    std::error_code ec;
    return fs::exists(dir / "content" / "course.toml", ec);
}

fs::path executableDir() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
}
}  // namespace

fs::path resolveCourseDir(const GlobalOptions& options) {
    if (!options.course_dir.empty()) return fs::path(options.course_dir);
    fs::path exe_dir = executableDir();
    fs::path source = IPPRIMER_SOURCE_DIR;
    // A binary built inside the source tree reads the course it was built with.
    if (!exe_dir.empty() && exe_dir.native().starts_with(source.native()) && hasCourse(source)) return source;
    for (const fs::path& candidate : {exe_dir / ".." / "share" / "ipprimer", fs::path(IPPRIMER_DATA_DIR)})
        if (hasCourse(candidate)) return fs::weakly_canonical(candidate);
    if (hasCourse(source)) return source;
    return fs::path(IPPRIMER_DATA_DIR);
}

}  // namespace ipprimer::cli
