// The IP register as records: every change is an event that is never
// overwritten (an entry recorded with all its fields, a proposal from an
// employee, a manager's decision on it), each saying who and when. The
// register as it stands is replayed from those events here, as plain values;
// the store writes and reads the events (their verbs are in store/verbs.h).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "progress/asset_register.h"

namespace ipprimer::progress {

// An asset's fields as recorded (the export's keys; no id, which the event
// names). Bytes that are not UTF-8 become U+FFFD.
std::string assetJson(const Asset& asset);
// Reads assetJson's form back; none when it is not such an object (unknown
// keys are ignored, missing ones left empty, so older records still read).
std::optional<Asset> assetFromJson(std::string_view json);

enum class RegisterEventKind {
    Recorded,  // an entry added or changed: all its fields as they now are
    Removed,   // an entry taken off the register (a mistake; a right that ends is marked lapsed instead)
    Proposed,  // an employee proposes an entry, from a lesson task
    Accepted,  // a manager accepts a proposal; a Recorded event for the entry follows
    Declined,  // a manager declines a proposal
};

// One register event, as the store read it.
struct RegisterEvent {
    RegisterEventKind kind = RegisterEventKind::Recorded;
    std::string object;  // the entry's id (Recorded, Removed) or the proposal's (the others)
    std::string asset;   // Recorded, Proposed: assetJson
    std::string by;      // who did it, as they named themselves
    std::int64_t learner_id = 0;  // the person whose record it is (Proposed: the employee)
    std::string lesson;  // Proposed: the lesson whose task it came from
    std::string entry;   // Accepted: the id of the entry made from the proposal
    std::string reason;  // Declined: why, in the manager's words (may be empty)
    std::int64_t at = 0;  // unix milliseconds, UTC
};

// One change to an entry: when, by whom, and the columns that changed
// (empty for the change that added it).
struct EntryChange {
    std::int64_t at = 0;
    std::string by;
    std::vector<std::string> changed;
};

struct RegisterEntry {
    Asset asset;
    std::vector<EntryChange> history;  // oldest first; the first added it
};

struct Proposal {
    enum class State { Open, Accepted, Declined };
    std::string id;
    Asset asset;  // what the employee proposed
    std::int64_t learner_id = 0;
    std::string by;
    std::string lesson;
    std::int64_t at = 0;
    State state = State::Open;
    std::string decided_by;
    std::int64_t decided_at = 0;
    std::string entry;   // Accepted: the entry made from it
    std::string reason;  // Declined
};

struct RegisterState {
    std::vector<RegisterEntry> entries;  // in the order they were first recorded
    std::vector<Proposal> proposals;     // in the order they were made
    int unreadable = 0;                  // events whose fields could not be read, left out

    std::vector<Asset> assets() const;
    const RegisterEntry* entry(std::string_view id) const;
    const Proposal* proposal(std::string_view id) const;
    std::vector<const Proposal*> openProposals() const;
};

// The register as the events leave it, applied in the order given (the
// journal's order: later events win). A decision on an unknown or already
// decided proposal, and a removal of an unknown entry, change nothing.
RegisterState replayRegister(std::span<const RegisterEvent> events);

// The columns whose values differ between two versions of an entry, named as
// in progress::kRegisterColumns.
std::vector<std::string> changedColumns(const Asset& before, const Asset& after);

}  // namespace ipprimer::progress
