// Loading content/selfcheck.toml into course::SelfCheck, and what `check`
// asks of it beyond loading (lesson links, roles).
#pragma once

#include <filesystem>

#include "course/course.h"

namespace ipprimer::course {

// A missing file is fine (no self-check); every problem in a present one is
// reported as path:line:col and the entry concerned is left out, so the rest
// still loads.
SelfCheck loadSelfCheck(const std::filesystem::path& path, const Course& course, Diagnostics& diagnostics);

// The links and names that need the whole course: every action's lesson link
// (and its anchor), every `who` role, the confidentiality lessons.
void checkSelfCheck(const Course& course, Diagnostics& diagnostics);

}  // namespace ipprimer::course
