// The company's own records: its IP self-check and its IP register (issue 14).
// Every answer and every change is an event, never overwritten, written by
// the person who made it (a learner of the roster, whose name the event also
// keeps), so the takes and the register are replayed from the events
// (progress/selfcheck_takes.h, progress/register_records.h) and reach the
// organisation's store with the other records. Verbs in verbs.h.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "course/course.h"
#include "progress/register_import.h"
#include "progress/register_records.h"
#include "progress/register_rules.h"
#include "progress/selfcheck_takes.h"
#include "store/roster.h"
#include "store/store_error.h"

namespace ipprimer::store {

struct RegisterImportResult {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

class CompanyRecords {
public:
    virtual ~CompanyRecords() = default;

    // --- the self-check -------------------------------------------------------
    // Every take, in the order started (progress::replaySelfChecks).
    virtual std::vector<progress::SelfCheckTakeRecord> selfCheckTakes() = 0;
    // Starts a take for the learner answering; returns its id (a UUID).
    virtual std::string startSelfCheck(std::int64_t learner_id) = 0;
    // Records an answer the moment it is given (none: the answer is withdrawn).
    // Throws StoreError for an unknown or finished take, or an unknown learner.
    virtual void recordSelfCheckAnswer(std::int64_t learner_id, std::string_view take, std::string_view question,
                                       const std::optional<progress::Answer>& answer) = 0;
    virtual void finishSelfCheck(std::int64_t learner_id, std::string_view take) = 0;

    // --- the register ---------------------------------------------------------
    // The register as its events leave it (progress::replayRegister).
    virtual progress::RegisterState registerState() = 0;
    // Records entries as they now are, in one transaction: all or none. An
    // entry without an id is new and is given one. Returns the ids in the
    // order given. Throws StoreError for an entry with problems
    // (progress::assetProblems), naming it.
    virtual std::vector<std::string> recordAssets(std::int64_t learner_id, std::span<const progress::Asset> assets) = 0;
    std::string recordAsset(std::int64_t learner_id, const progress::Asset& asset) {
        return recordAssets(learner_id, std::span(&asset, 1)).front();
    }
    // Takes an entry off the register (a mistake; a right that ends is marked
    // lapsed instead). Throws StoreError for an unknown entry.
    virtual void removeAsset(std::int64_t learner_id, std::string_view asset_id) = 0;
    // An employee's proposal, from a lesson's register task; returns its id.
    virtual std::string proposeAsset(std::int64_t learner_id, const progress::Asset& asset, std::string_view lesson) = 0;
    // A manager accepts a proposal as `entry` (perhaps edited), in one
    // transaction with the entry's record; returns the entry's id. Throws
    // StoreError for an unknown or already decided proposal.
    virtual std::string acceptProposal(std::int64_t learner_id, std::string_view proposal, const progress::Asset& entry) = 0;
    virtual void declineProposal(std::int64_t learner_id, std::string_view proposal, std::string_view reason) = 0;

    // Writes a register import plan in one transaction: the added and changed
    // entries (unchanged ones write nothing). Throws StoreError, writing
    // nothing, when the plan has errors.
    RegisterImportResult applyRegisterImport(std::int64_t learner_id, const progress::RegisterImportPlan& plan);
};

// The learners a person's words name: the one whose employee id it is, or
// else those whose name it is (without regard to ASCII case or surrounding
// spaces). Company records are written in a learner's name, so the caller
// asks again when this is not exactly one.
std::vector<Learner> learnersNamed(std::span<const Learner> learners, std::string_view name_or_employee_id);

// What the register's risk rules need to know: the company's name and
// markets as the last finished take gave them (the take under way when none
// is finished), and the learners a secret's access list names, each with
// whether `trained` says they finished the course's confidentiality lessons.
progress::RiskInputs riskInputs(const course::Course& course, const std::vector<progress::SelfCheckTakeRecord>& takes,
                                std::span<const progress::Asset> assets, std::span<const Learner> learners,
                                const std::function<bool(std::int64_t learner_id)>& trained, Date today);

}  // namespace ipprimer::store
