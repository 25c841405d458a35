// Lessons opened and finished in the SQLite store: one event each, and the
// statuses read back along events_by_learner_verb_object.
#include "store/sqlite_parts.h"

#include "store/lesson_credit.h"
#include "store/verbs.h"

namespace ipprimer::store {

using verbs::kFinished;
using verbs::kOpened;

// A single INSERT outside BEGIN is a transaction of its own: with
// synchronous=FULL it is on disk when the call returns.
void SqliteLessons::record(std::int64_t learner_id, std::string_view verb, std::string_view lesson_id) {
    if (lesson_id.empty()) throw StoreError("cannot record \"" + std::string(verb) + "\" without a lesson id");
    NewEvent event;
    event.learner_id = learner_id;
    event.verb = verb;
    event.object = lesson_id;
    events_.insert(event, std::nullopt, {});
}

void SqliteLessons::recordOpened(std::int64_t learner_id, std::string_view lesson_id) {
    record(learner_id, kOpened, lesson_id);
}

void SqliteLessons::recordFinished(std::int64_t learner_id, std::string_view lesson_id) {
    record(learner_id, kFinished, lesson_id);
}

std::unordered_map<std::string, LessonStatus> SqliteLessons::statuses(std::int64_t learner_id) {
    // A workshop's credit taken back: only the finishes that still count.
    if (auto counted = statusesAfterWithdrawals(context_.db, learner_id)) return std::move(*counted);
    // Two walks along events_by_learner_verb_object, each already in lesson
    // order, so neither needs sorting: three times faster than one GROUP BY
    // over both verbs (see BM_LessonStatuses).
    Statement select(context_.db,
                     "SELECT object, 1 FROM events WHERE learner_id = ?1 AND verb = ?3 GROUP BY object"
                     " UNION ALL "
                     "SELECT object, 0 FROM events WHERE learner_id = ?1 AND verb = ?2 GROUP BY object");
    select.bind(1, learner_id).bind(2, kOpened).bind(3, kFinished);
    std::unordered_map<std::string, LessonStatus> statuses;
    while (select.step()) {
        if (select.columnInt64(1))
            statuses[select.columnText(0)] = LessonStatus::Finished;
        else
            statuses.try_emplace(select.columnText(0), LessonStatus::InProgress);
    }
    return statuses;
}

LessonStatus SqliteLessons::status(std::int64_t learner_id, std::string_view lesson_id) {
    if (auto counted = statusesAfterWithdrawals(context_.db, learner_id)) {
        auto found = counted->find(std::string(lesson_id));
        return found == counted->end() ? LessonStatus::NotStarted : found->second;
    }
    Statement select(context_.db,
                     "SELECT max(verb = ?4) FROM events"
                     " WHERE learner_id = ?1 AND object = ?2 AND verb IN (?3, ?4)");
    select.bind(1, learner_id).bind(2, lesson_id).bind(3, kOpened).bind(4, kFinished);
    // An aggregate always yields one row; NULL when there were no events.
    select.step();
    if (select.columnIsNull(0)) return LessonStatus::NotStarted;
    return select.columnInt64(0) ? LessonStatus::Finished : LessonStatus::InProgress;
}

std::optional<std::string> SqliteLessons::lastOpened(std::int64_t learner_id) {
    // By id, the order of recording, so a clock set back does not reorder.
    Statement select(context_.db,
                     "SELECT object FROM events WHERE learner_id = ?1 AND verb = ?2"
                     " ORDER BY id DESC LIMIT 1");
    select.bind(1, learner_id).bind(2, kOpened);
    if (!select.step()) return std::nullopt;
    return select.columnText(0);
}

}  // namespace ipprimer::store
