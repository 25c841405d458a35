// What `check` asks of the register tasks in content/selfcheck.toml beyond
// loading: a kind the register knows (the kinds are progress's, above course).
#pragma once

#include "base/diagnostic.h"
#include "course/course.h"

namespace ipprimer::progress {

void checkRegisterTasks(const course::Course& course, Diagnostics& diagnostics);

}  // namespace ipprimer::progress
