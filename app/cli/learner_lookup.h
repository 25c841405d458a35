// Finding the learner a command names: by employee id, else by name; and the
// person a command records its work in the name of (--by).
#pragma once

#include <optional>
#include <span>
#include <string>

#include "store/roster.h"

namespace ipprimer::cli {

// The learner whose employee id is `named` exactly, else whose name is it
// (any case), else the one whose name contains it (any case). Archived
// learners are found too. nullopt after printing why to stderr (nobody, or
// several, listed with their employee ids) as "ipprimer COMMAND: ...".
std::optional<store::Learner> findLearner(store::Roster& roster, const std::string& named, const char* command);

// The one person of `learners` that `by` names (store::learnersNamed: an
// employee id, or a whole name), in whose name the command records what it
// does. nullopt after printing why to stderr as "ipprimer COMMAND: ...": no
// --by ("say who is DOING with --by ...: every RECORD is recorded in a
// person's name"), nobody, or several people of that name.
std::optional<store::Learner> actingPerson(std::span<const store::Learner> learners, const std::string& by,
                                           const char* command, const char* doing, const char* record);

}  // namespace ipprimer::cli
