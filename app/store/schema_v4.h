// Schema version 4 (issue 13): a workshop session's date, time and place as
// the trainer planned them, and a trainer's withdrawal of a session's credit.
// Included by schema.cpp only; kept apart so that file stays one screenful.
#pragma once

#include <string_view>

namespace ipprimer::store {

// A withdrawal is an event like any other ("credit-withdrawn", object: the
// session id as text; see the record contract in docs/design-notes.md). The
// trigger keeps lesson_progress as progress/workshop_credit.h says: a finish
// that a session credited stops counting once that session's credit was
// withdrawn after it, so the learner's first finish of each lesson is found
// again among the finishes that still count (none: not finished). Sessions
// planned before this version have an empty date, time and place.
constexpr std::string_view kSchemaVersion4 = R"sql(
ALTER TABLE workshops ADD COLUMN date TEXT NOT NULL DEFAULT '';   -- YYYY-MM-DD, as planned
ALTER TABLE workshops ADD COLUMN time TEXT NOT NULL DEFAULT '';   -- HH:MM, local
ALTER TABLE workshops ADD COLUMN place TEXT NOT NULL DEFAULT '';

CREATE TRIGGER lesson_progress_follows_withdrawals AFTER INSERT ON events
WHEN NEW.verb = 'credit-withdrawn'
BEGIN
    UPDATE lesson_progress SET first_finished_at = (
        SELECT min(f.at) FROM events f
        WHERE f.learner_id = NEW.learner_id AND f.verb = 'finished' AND f.object = lesson_progress.lesson_id
          AND NOT EXISTS (
              SELECT 1 FROM events w
              WHERE w.learner_id = f.learner_id AND w.verb = 'credit-withdrawn' AND w.id > f.id
                AND w.object = CAST((CASE WHEN json_valid(f.context) THEN json_extract(f.context, '$.workshop') END) AS TEXT)))
    WHERE learner_id = NEW.learner_id AND first_finished_at IS NOT NULL;
END;
)sql";

}  // namespace ipprimer::store
