#include "progress/workshop_credit.h"

#include <algorithm>

namespace ipprimer::progress {
namespace {

bool withdrawnAfter(std::int64_t workshop, std::int64_t sequence, std::span<const Withdrawal> withdrawals,
                    std::optional<std::int64_t> installation) {
    return std::any_of(withdrawals.begin(), withdrawals.end(), [&](const Withdrawal& withdrawal) {
        return withdrawal.workshop == workshop && withdrawal.sequence > sequence &&
               (!installation || withdrawal.installation == *installation);
    });
}

}  // namespace

bool counts(const FinishedRecord& finished, std::span<const Withdrawal> withdrawals) {
    return finished.workshop == 0 ||
           !withdrawnAfter(finished.workshop, finished.sequence, withdrawals, finished.installation);
}

std::optional<FinishedRecord> firstCountedFinish(std::span<const FinishedRecord> finished,
                                                 std::span<const Withdrawal> withdrawals) {
    std::optional<FinishedRecord> first;
    for (const FinishedRecord& record : finished)
        if (counts(record, withdrawals) && (!first || record.at < first->at)) first = record;
    return first;
}

bool creditStands(std::int64_t workshop, std::span<const std::int64_t> attended_sequences,
                  std::span<const Withdrawal> withdrawals) {
    return std::any_of(attended_sequences.begin(), attended_sequences.end(),
                       [&](std::int64_t sequence) { return !withdrawnAfter(workshop, sequence, withdrawals, std::nullopt); });
}

}  // namespace ipprimer::progress
