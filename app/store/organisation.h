// What ties this installation's records to its organisation's: which learner
// of the organisation's roster each local learner is, who of them uses this
// PC, and the records and roster that came from the organisation. The sync
// (org_sync.h) is written on this and the journal; a store keeps it beside
// its records, so that a crash never separates the two.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "store/journal.h"
#include "store/roster.h"

namespace ipprimer::store {

// A local learner and their id on the organisation's roster.
struct OrganisationLearner {
    std::int64_t learner_id = 0;
    std::string uuid;
};

// A learner as the organisation's roster has them.
struct RosterEntry {
    std::string uuid;
    std::string name, employee_id, email, role, department, start_date;
    bool archived = false;
    std::int64_t created_at = 0;
};

class Organisation {
public:
    virtual ~Organisation() = default;

    // Local learners the organisation does not know yet, each with the UUID
    // proposed for them (made once and kept, so proposing again after a
    // crash proposes the same). Learners added since the last call included.
    virtual std::vector<OrganisationLearner> unregistered() = 0;
    // The organisation took the learner, as `uuid` (the proposed one, or
    // that of the person with the same employee id already on its roster).
    virtual void registered(std::int64_t learner_id, std::string_view uuid) = 0;

    // The learner's UUID on the roster, once registered.
    virtual std::optional<std::string> uuidOf(std::int64_t learner_id) = 0;
    // The local learner with that UUID.
    virtual std::optional<std::int64_t> learnerWith(std::string_view uuid) = 0;

    // Takes the organisation's word on a learner: their details and whether
    // they are archived (no event is recorded: the record was made
    // elsewhere). A learner not here yet is added, matched first by employee
    // id. Returns the local id.
    virtual std::int64_t takeRosterEntry(const RosterEntry& entry) = 0;

    // Learners this PC sent records of, so it receives theirs from others.
    virtual void markUsedHere(std::span<const std::int64_t> learner_ids) = 0;
    // Those whose records from elsewhere were never pulled (false) or were (true).
    virtual std::vector<OrganisationLearner> usedHere(bool history_pulled) = 0;
    virtual void markHistoryPulled(std::span<const std::int64_t> learner_ids) = 0;

    // Adds events written on other installations (their UUID, installation
    // and times kept; learner_id already local; `attempt` by UUID), skipping
    // any already held, in one transaction. Returns how many were new.
    virtual std::size_t takeEvents(std::span<const Event> events) = 0;

    // Sets each learner's archived flag from their latest `archived` or
    // `restored` event (by when it was done): for records that met in a
    // shared folder, where no server settles it.
    virtual void settleArchiving(std::span<const std::int64_t> learner_ids) = 0;

    // How many events this installation wrote after `position`.
    virtual std::int64_t ownEventsAfter(std::int64_t position) = 0;
};

}  // namespace ipprimer::store
