// Finding the learner a command names: by employee id, else by name.
#pragma once

#include <optional>
#include <string>

#include "store/roster.h"

namespace ipprimer::cli {

// The learner whose employee id is `named` exactly, else whose name is it
// (any case), else the one whose name contains it (any case). Archived
// learners are found too. nullopt after printing why to stderr (nobody, or
// several, listed with their employee ids) as "ipprimer COMMAND: ...".
std::optional<store::Learner> findLearner(store::Roster& roster, const std::string& named, const char* command);

}  // namespace ipprimer::cli
