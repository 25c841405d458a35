// Lesson statuses once a workshop's credit was withdrawn, by the rule of
// progress/workshop_credit.h (see lesson_credit.h).
#include "store/lesson_credit.h"

#include <map>
#include <vector>

#include "progress/workshop_credit.h"
#include "store/verbs.h"

namespace ipprimer::store {

std::optional<std::unordered_map<std::string, LessonStatus>> statusesAfterWithdrawals(Database& db,
                                                                                      std::int64_t learner_id) {
    std::vector<progress::Withdrawal> withdrawals;
    {
        Statement select(db,
                         "SELECT id, CAST(object AS INTEGER), installation_id FROM events WHERE learner_id = ?1 AND verb = ?2"
                         " AND object GLOB '[0-9]*'");
        select.bind(1, learner_id).bind(2, verbs::kCreditWithdrawn);
        while (select.step())
            withdrawals.push_back({select.columnInt64(0), select.columnInt64(1), select.columnInt64(2)});
    }
    if (withdrawals.empty()) return std::nullopt;

    std::unordered_map<std::string, LessonStatus> statuses;
    std::map<std::string, std::vector<progress::FinishedRecord>> finished;
    Statement select(db,
                     "SELECT verb, object, id, at, CASE WHEN json_valid(context) THEN json_extract(context, '$.workshop') END,"
                     " installation_id FROM events WHERE learner_id = ?1 AND verb IN (?2, ?3)");
    select.bind(1, learner_id).bind(2, verbs::kOpened).bind(3, verbs::kFinished);
    while (select.step()) {
        const std::string lesson = select.columnText(1);
        if (select.columnView(0) == verbs::kOpened) {
            statuses.try_emplace(lesson, LessonStatus::InProgress);
            continue;
        }
        const std::int64_t workshop = select.columnIsNull(4) ? 0 : select.columnInt64(4);
        finished[lesson].push_back({select.columnInt64(2), select.columnInt64(3), workshop, select.columnInt64(5)});
    }
    for (const auto& [lesson, records] : finished)
        if (progress::firstCountedFinish(records, withdrawals)) statuses[lesson] = LessonStatus::Finished;
    return statuses;
}

}  // namespace ipprimer::store
