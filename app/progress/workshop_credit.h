// Workshop credit and its withdrawal (docs/statuses.md, "Workshop credit"):
// which of a learner's records still count once a trainer has taken back a
// session's credit. Records are never changed; a withdrawal is a record too,
// and cancels what the session credited before it, not what came after.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

namespace ipprimer::progress {

// A "finished" record of one lesson. `sequence` is the order the records were
// written in (the events' row ids); `workshop` the session that credited it,
// 0 when the learner finished the lesson by reading. A session's number is
// its installation's own (each PC numbers its sessions from 1), so a
// withdrawal concerns the records of the installation that wrote it alone:
// `installation` says which (any number the reader uses for it alike).
struct FinishedRecord {
    std::int64_t sequence = 0;
    std::int64_t at = 0;  // unix milliseconds
    std::int64_t workshop = 0;
    std::int64_t installation = 0;
};

// A "credit-withdrawn" record: the learner's credit from `workshop` of
// `installation` no longer counts.
struct Withdrawal {
    std::int64_t sequence = 0;
    std::int64_t workshop = 0;
    std::int64_t installation = 0;
};

// A finish counts unless a workshop credited it and that workshop's credit
// was withdrawn after it (a session credited again after a withdrawal counts).
bool counts(const FinishedRecord& finished, std::span<const Withdrawal> withdrawals);

// The earliest finish of one lesson that counts, or none: the lesson's
// "first finished" for every status of docs/statuses.md.
std::optional<FinishedRecord> firstCountedFinish(std::span<const FinishedRecord> finished,
                                                 std::span<const Withdrawal> withdrawals);

// Whether a learner's credit from one session stands: it was given (an
// "attended" record at `attended`) and not withdrawn since.
// (Both of one installation: the withdrawals' `installation` is not compared.)
bool creditStands(std::int64_t workshop, std::span<const std::int64_t> attended_sequences,
                  std::span<const Withdrawal> withdrawals);

}  // namespace ipprimer::progress
