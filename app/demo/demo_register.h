// A plausible IP register and two takes of the self-check for the demo
// company, a maker of workshop clamps and vices, so the register, its
// deadlines and risks and the self-check's report have something to show.
#pragma once

#include <string>
#include <vector>

#include "base/dates.h"
#include "progress/asset_register.h"
#include "progress/selfcheck_answers.h"
#include "store/store.h"

namespace ipprimer::demo {

inline constexpr const char* kDemoCompany = "Brennan Machine Tools Ltd";

// The register as of `today`: dates fall so that some renewals are due in
// the next 90 days and one has just passed, and the risks show (a domain
// held by the web agency, an app a contractor owns, a mark missing in the
// United States, people with access to a secret who are untrained or
// unknown). `people` names staff who have access to the secrets (at least
// three; fewer leave those lists shorter).
std::vector<progress::Asset> demoRegister(Date today, const std::vector<std::string>& people);

// The demo company's answers to the bundled self-check: a first take that
// calls for many actions, and a later one after some were done.
progress::Answers demoFirstTake();
progress::Answers demoSecondTake();

struct DemoCompanyResult {
    int assets = 0;
    int takes = 0;
    int proposals = 0;
};

// Writes the demo company's records into a store that holds the demo
// learners: the first take of the self-check half a year ago, the second a
// fortnight ago and a third begun two days ago and not finished (all by the
// first owner on the staff list), the register
// as of today with three staff members given access to the heat-treatment
// recipe, and two open proposals from employees. The store's clock is set
// back for the older records and then runs on in real time from where it
// was. Throws
// StoreError when the store holds no learners.
DemoCompanyResult addDemoCompanyRecords(store::Store& store, const course::Course& course);

}  // namespace ipprimer::demo
