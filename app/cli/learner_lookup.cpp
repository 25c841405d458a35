// Finding a learner by employee id or name, with a word when it is unclear.
#include "cli/learner_lookup.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "base/text.h"
#include "store/company_records.h"

namespace ipprimer::cli {

std::optional<store::Learner> findLearner(store::Roster& roster, const std::string& named, const char* command) {
    const std::string wanted = trimmed(named);
    const std::string lowered = asciiLowered(wanted);
    const std::vector<store::Learner> learners = roster.list(true);
    std::vector<store::Learner> same_name, containing;
    for (const store::Learner& learner : learners) {
        if (!wanted.empty() && learner.employee_id == wanted) return learner;
        const std::string name = asciiLowered(learner.name);
        if (name == lowered) same_name.push_back(learner);
        else if (!lowered.empty() && name.find(lowered) != std::string::npos) containing.push_back(learner);
    }
    const std::vector<store::Learner>& found = same_name.empty() ? containing : same_name;
    if (found.size() == 1) return found.front();
    if (found.empty()) {
        std::fprintf(stderr, "ipprimer %s: no learner has the employee id or name '%s' (see: ipprimer learners list --all)\n",
                     command, wanted.c_str());
        return std::nullopt;
    }
    std::fprintf(stderr, "ipprimer %s: '%s' names %zu learners; give one's employee id:\n", command, wanted.c_str(),
                 found.size());
    constexpr std::size_t kListed = 10;
    for (std::size_t i = 0; i < std::min(found.size(), kListed); ++i) {
        const store::Learner& learner = found[i];
        std::fprintf(stderr, "  %s  %s%s\n", learner.employee_id.empty() ? "(no employee id)" : learner.employee_id.c_str(),
                     learner.name.c_str(), learner.archived ? " (archived)" : "");
    }
    if (found.size() > kListed) std::fprintf(stderr, "  and %zu more\n", found.size() - kListed);
    return std::nullopt;
}

std::optional<store::Learner> actingPerson(std::span<const store::Learner> learners, const std::string& by,
                                           const char* command, const char* doing, const char* record) {
    if (by.empty()) {
        std::fprintf(stderr,
                     "ipprimer %s: say who is %s with --by NAME or --by EMPLOYEE-ID (someone on the staff list): every "
                     "%s is recorded in a person's name\n",
                     command, doing, record);
        return std::nullopt;
    }
    const std::vector<store::Learner> named = store::learnersNamed(learners, by);
    if (named.size() == 1) return named.front();
    std::fprintf(stderr,
                 named.empty() ? "ipprimer %s: nobody on the staff list is named or numbered '%s'\n"
                               : "ipprimer %s: several people are named '%s'; give an employee id\n",
                 command, by.c_str());
    return std::nullopt;
}

}  // namespace ipprimer::cli
