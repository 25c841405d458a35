// Options every subcommand shares, and where the course and database are found.
#pragma once

#include <filesystem>
#include <string>

namespace ipprimer::cli {

struct GlobalOptions {
    std::string course_dir;  // --course; empty: the bundled course
    std::string db_path;     // --db; empty: the default under $XDG_DATA_HOME
};

// The course to use: --course, else the course installed beside the binary,
// else the source tree's (a developer's build).
std::filesystem::path resolveCourseDir(const GlobalOptions& options);

// Exit codes of DESIGN.md.
constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitBadArguments = 2;

}  // namespace ipprimer::cli
