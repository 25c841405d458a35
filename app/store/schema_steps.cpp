// The steps of the learning-records schema, oldest first (see schema.h).
// A released step is never edited: a change is a new step.
#include "store/schema.h"

#include <array>
#include <string>
#include <vector>

namespace ipprimer::store {
namespace {

// Version 1. Each event row is one xAPI statement: actor = learner_id, verb,
// object, result = score/response/duration_ms, context (JSON text), timestamp
// = at. Verbs: "opened" and "finished" (object = lesson id); to come:
// "answered" (object = question id), "attempt-started" / "attempt-finished"
// (object = quiz; attempt_id ties the answers of one attempt together),
// "attended" (object = workshop). Times are unix milliseconds, UTC.
constexpr std::string_view kSchemaVersion1 = R"sql(
CREATE TABLE learners (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (name <> ''),
    employee_id TEXT UNIQUE,
    email       TEXT,
    role        TEXT NOT NULL CHECK (role <> ''),
    department  TEXT NOT NULL DEFAULT '',
    start_date  TEXT,
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at  INTEGER NOT NULL
) STRICT;

CREATE TRIGGER learners_are_never_deleted BEFORE DELETE ON learners
BEGIN
    SELECT RAISE(ABORT, 'learners are never deleted; archive them instead');
END;

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    learner_id  INTEGER NOT NULL REFERENCES learners(id),
    verb        TEXT NOT NULL CHECK (verb <> ''),
    object      TEXT NOT NULL CHECK (object <> ''),
    attempt_id  INTEGER,
    score       REAL,
    response    TEXT,
    duration_ms INTEGER,
    context     TEXT,
    at          INTEGER NOT NULL
) STRICT;

CREATE INDEX events_by_learner_verb_object ON events(learner_id, verb, object);
CREATE INDEX events_by_object ON events(object);

CREATE TRIGGER events_are_never_updated BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'learning records are append-only: an event cannot be changed');
END;

CREATE TRIGGER events_are_never_deleted BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'learning records are append-only: an event cannot be deleted');
END;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
)sql";

// Workshops a trainer ran: the plan and the group quiz, which are not
// learning records. Who attended is not kept here: each attendee's
// "attended" event (object = the session id) and "finished" events (context
// {"workshop": id}) are the record.
constexpr std::string_view kWorkshops = R"sql(
CREATE TABLE workshops (
    id           INTEGER PRIMARY KEY,
    trainer      TEXT NOT NULL CHECK (trainer <> ''),
    lessons      TEXT NOT NULL,   -- JSON: [{"id": ..., "title": ...}] in the order presented
    started_at   INTEGER NOT NULL,
    confirmed_at INTEGER          -- attendance first confirmed
) STRICT;

CREATE TABLE workshop_expected (
    workshop_id INTEGER NOT NULL REFERENCES workshops(id),
    learner_id  INTEGER NOT NULL REFERENCES learners(id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, learner_id)
) STRICT;

CREATE TABLE workshop_questions (
    workshop_id INTEGER NOT NULL REFERENCES workshops(id),
    question_id TEXT NOT NULL CHECK (question_id <> ''),
    position    INTEGER NOT NULL,  -- the order asked
    title       TEXT NOT NULL,
    type        TEXT NOT NULL,
    options     TEXT NOT NULL,     -- JSON: [{"text": ..., "right": true|false, "count": N}]
    room_answer TEXT NOT NULL,
    room_right  INTEGER CHECK (room_right IN (0, 1)),
    at          INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, question_id)
) STRICT;
)sql";

// The manager's area (issue 5). Progress summaries: one row per learner and
// lesson, quiz, or question, kept by the triggers below in the same
// transaction as the event that changes them, and never written by the
// program. They are indexes of the events, not records: the dashboard reads
// them instead of scanning millions of events, and they can always be rebuilt
// from the events (the INSERT ... SELECT statements here do exactly that for
// a file that already holds events). Times are unix milliseconds, UTC.
constexpr std::string_view kManagerArea = R"sql(
CREATE TABLE lesson_progress (
    learner_id        INTEGER NOT NULL,
    lesson_id         TEXT NOT NULL,
    first_opened_at   INTEGER,
    first_finished_at INTEGER,
    PRIMARY KEY (learner_id, lesson_id)
) STRICT, WITHOUT ROWID;

INSERT INTO lesson_progress (learner_id, lesson_id, first_opened_at, first_finished_at)
SELECT learner_id, object, min(CASE verb WHEN 'opened' THEN at END), min(CASE verb WHEN 'finished' THEN at END)
FROM events WHERE verb IN ('opened', 'finished') GROUP BY learner_id, object;

CREATE TRIGGER lesson_progress_follows_events AFTER INSERT ON events
WHEN NEW.verb IN ('opened', 'finished')
BEGIN
    INSERT INTO lesson_progress (learner_id, lesson_id, first_opened_at, first_finished_at)
    VALUES (NEW.learner_id, NEW.object,
            CASE NEW.verb WHEN 'opened' THEN NEW.at END,
            CASE NEW.verb WHEN 'finished' THEN NEW.at END)
    ON CONFLICT (learner_id, lesson_id) DO UPDATE SET
        first_opened_at = coalesce(min(first_opened_at, excluded.first_opened_at), first_opened_at, excluded.first_opened_at),
        first_finished_at = coalesce(min(first_finished_at, excluded.first_finished_at), first_finished_at, excluded.first_finished_at);
END;

-- quiz: "role:<role-id>" or "module:<module-id>". last_passed: whether the
-- most recent finished attempt passed ("last" grading); last_passed_at: the
-- most recent attempt that passed ("highest" grading).
CREATE TABLE quiz_progress (
    learner_id        INTEGER NOT NULL,
    quiz              TEXT NOT NULL,
    first_started_at  INTEGER,
    attempts_started  INTEGER NOT NULL DEFAULT 0,
    attempts_finished INTEGER NOT NULL DEFAULT 0,
    last_finished_at  INTEGER,
    last_passed       INTEGER NOT NULL DEFAULT 0,
    last_passed_at    INTEGER,
    best_score        REAL,
    PRIMARY KEY (learner_id, quiz)
) STRICT, WITHOUT ROWID;

INSERT INTO quiz_progress (learner_id, quiz, first_started_at, attempts_started, attempts_finished,
                           last_finished_at, last_passed_at, best_score)
SELECT learner_id, object,
       min(CASE verb WHEN 'attempt-started' THEN at END),
       count(CASE verb WHEN 'attempt-started' THEN 1 END),
       count(CASE verb WHEN 'attempt-finished' THEN 1 END),
       max(CASE verb WHEN 'attempt-finished' THEN at END),
       max(CASE WHEN verb = 'attempt-finished'
                 AND (CASE WHEN json_valid(context) THEN json_extract(context, '$.passed') END) IS 1 THEN at END),
       max(CASE verb WHEN 'attempt-finished' THEN score END)
FROM events WHERE verb IN ('attempt-started', 'attempt-finished') GROUP BY learner_id, object;

UPDATE quiz_progress SET last_passed = coalesce((
    SELECT (CASE WHEN json_valid(context) THEN json_extract(context, '$.passed') END) IS 1
    FROM events
    WHERE events.learner_id = quiz_progress.learner_id AND events.verb = 'attempt-finished'
      AND events.object = quiz_progress.quiz
    ORDER BY at DESC, id DESC LIMIT 1), 0);

CREATE TRIGGER quiz_progress_follows_starts AFTER INSERT ON events
WHEN NEW.verb = 'attempt-started'
BEGIN
    INSERT INTO quiz_progress (learner_id, quiz, first_started_at, attempts_started)
    VALUES (NEW.learner_id, NEW.object, NEW.at, 1)
    ON CONFLICT (learner_id, quiz) DO UPDATE SET
        first_started_at = coalesce(min(first_started_at, excluded.first_started_at), first_started_at, excluded.first_started_at),
        attempts_started = attempts_started + 1;
END;

CREATE TRIGGER quiz_progress_follows_finishes AFTER INSERT ON events
WHEN NEW.verb = 'attempt-finished'
BEGIN
    INSERT INTO quiz_progress (learner_id, quiz, attempts_finished, last_finished_at, last_passed, last_passed_at, best_score)
    VALUES (NEW.learner_id, NEW.object, 1, NEW.at,
            (CASE WHEN json_valid(NEW.context) THEN json_extract(NEW.context, '$.passed') END) IS 1,
            CASE WHEN (CASE WHEN json_valid(NEW.context) THEN json_extract(NEW.context, '$.passed') END) IS 1
                 THEN NEW.at END,
            NEW.score)
    ON CONFLICT (learner_id, quiz) DO UPDATE SET
        attempts_finished = attempts_finished + 1,
        last_passed = CASE WHEN last_finished_at IS NULL OR excluded.last_finished_at >= last_finished_at
                           THEN excluded.last_passed ELSE last_passed END,
        last_finished_at = coalesce(max(last_finished_at, excluded.last_finished_at), last_finished_at, excluded.last_finished_at),
        last_passed_at = coalesce(max(last_passed_at, excluded.last_passed_at), last_passed_at, excluded.last_passed_at),
        best_score = coalesce(max(best_score, excluded.best_score), best_score, excluded.best_score);
END;

-- Each learner's first answer to each question, for the topics the team gets wrong.
CREATE TABLE first_answers (
    learner_id  INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    score       REAL,
    at          INTEGER NOT NULL,
    PRIMARY KEY (learner_id, question_id)
) STRICT, WITHOUT ROWID;

INSERT INTO first_answers (learner_id, question_id, score, at)
SELECT learner_id, object, score, at FROM events WHERE verb = 'answered' ORDER BY at, id
ON CONFLICT (learner_id, question_id) DO NOTHING;

CREATE TRIGGER first_answers_follow_events AFTER INSERT ON events
WHEN NEW.verb = 'answered'
BEGIN
    INSERT INTO first_answers (learner_id, question_id, score, at)
    VALUES (NEW.learner_id, NEW.object, NEW.score, NEW.at)
    ON CONFLICT (learner_id, question_id) DO UPDATE SET score = excluded.score, at = excluded.at
        WHERE excluded.at < first_answers.at;
END;

-- Managers' due-date extensions, found without walking the events.
CREATE INDEX events_due_extensions ON events(verb, learner_id, object, at) WHERE verb = 'due-extended';
)sql";

// Schema 4 (issue 9): every event carries a globally unique id, a UUID v4
// as text, and the installation that wrote it, so that the organisation's
// store can merge the journals of many computers by id. The program makes the
// UUID when it writes an event (uuid.h); the column's default makes one for
// an event written without (another tool), so none is ever missing.
// Installation 1 is this file's own, made here once.
//
// SQLite cannot add a NOT NULL UNIQUE column to a table that holds rows, so
// the events table is rebuilt: its rows are copied with their ids (attempts
// refer to them) and each given a new UUID, and the old table goes (DROP
// TABLE fires no trigger). Its indexes and triggers (append-only, and those
// that keep the summaries) are then made again from their own text, read from
// the file first (keepEventIndexesAndTriggers). The summaries do not change:
// they hold the same events.
#define IPPRIMER_SQL_UUID_V4                                                                        \
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||"                     \
    " substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||"     \
    " substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))"
constexpr std::string_view kEventIds =
"CREATE TABLE installations (\n"
"    id   INTEGER PRIMARY KEY,\n"
"    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36)\n"
") STRICT;\n"
"INSERT INTO installations (id, uuid) VALUES (1, " IPPRIMER_SQL_UUID_V4 ");\n"
R"sql(
CREATE TRIGGER installations_are_never_updated BEFORE UPDATE ON installations
BEGIN
    SELECT RAISE(ABORT, 'an installation id never changes');
END;

CREATE TRIGGER installations_are_never_deleted BEFORE DELETE ON installations
BEGIN
    SELECT RAISE(ABORT, 'an installation id is never deleted');
END;

CREATE TABLE events_with_ids (
    id              INTEGER PRIMARY KEY,
    learner_id      INTEGER NOT NULL REFERENCES learners(id),
    verb            TEXT NOT NULL CHECK (verb <> ''),
    object          TEXT NOT NULL CHECK (object <> ''),
    attempt_id      INTEGER,
    score           REAL,
    response        TEXT,
    duration_ms     INTEGER,
    context         TEXT,
    at              INTEGER NOT NULL,
)sql"
"    uuid            TEXT NOT NULL DEFAULT (" IPPRIMER_SQL_UUID_V4 ") CHECK (length(uuid) = 36),\n"
R"sql(    installation_id INTEGER NOT NULL DEFAULT 1 REFERENCES installations(id)
) STRICT;

INSERT INTO events_with_ids (id, learner_id, verb, object, attempt_id, score, response, duration_ms, context, at)
SELECT id, learner_id, verb, object, attempt_id, score, response, duration_ms, context, at FROM events ORDER BY id;
)sql";
#undef IPPRIMER_SQL_UUID_V4

// The rest of step 4: the events table's indexes and triggers as the file
// has them, the old table swapped for the new, and those made again on it
// word for word, with the index that keeps UUIDs unique.
void keepEventIndexesAndTriggers(Database& db) {
    std::vector<std::string> kept;
    {
        Statement select(db,
                         "SELECT sql FROM sqlite_schema WHERE tbl_name = 'events' AND type IN ('index', 'trigger')"
                         " AND sql IS NOT NULL ORDER BY type, name");
        while (select.step()) kept.push_back(select.columnText(0));
    }
    db.exec("DROP TABLE events; ALTER TABLE events_with_ids RENAME TO events");
    for (const std::string& sql : kept) db.exec(sql);
    db.exec("CREATE UNIQUE INDEX events_by_uuid ON events(uuid)");
}

// Schema 5 (issue 14): the company's records (the IP self-check and the IP
// register) are events like the others; these indexes find them without
// walking the learners' events, for the register and the dashboard. SQLite
// uses a partial index only for a query with the same condition, so
// sqlite_company_records.cpp asks with these very lists (kSelfCheckVerbs,
// kRegisterVerbs).
constexpr std::string_view kCompanyRecords = R"sql(
CREATE INDEX events_selfcheck ON events(verb, id)
WHERE verb IN ('selfcheck-started', 'selfcheck-answered', 'selfcheck-finished');
CREATE INDEX events_register ON events(verb, id)
WHERE verb IN ('asset-recorded', 'asset-removed', 'asset-proposed', 'proposal-accepted', 'proposal-declined');
)sql";

// Schema 6 (issue 10): which learner of the organisation's roster each local
// learner is. A learner gets a row when the sync first proposes them to the
// organisation (`uuid` then holds the proposal, kept so that proposing again
// after a crash proposes the same); `registered` once the server answered
// (the UUID may then be another, of the person with the same employee id).
// `used_here`: this PC sent records of theirs, so it receives their records
// from other PCs; `history_pulled`: their earlier records were received.
constexpr std::string_view kOrganisation = R"sql(
CREATE TABLE organisation_learners (
    learner_id     INTEGER PRIMARY KEY REFERENCES learners(id),
    uuid           TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    registered     INTEGER NOT NULL DEFAULT 0 CHECK (registered IN (0, 1)),
    used_here      INTEGER NOT NULL DEFAULT 0 CHECK (used_here IN (0, 1)),
    history_pulled INTEGER NOT NULL DEFAULT 0 CHECK (history_pulled IN (0, 1))
) STRICT;
)sql";

// Schema 7 (issue 13): a workshop session's date, time and place as the
// trainer planned them (empty for sessions planned before), and a trainer's
// withdrawal of a session's credit. A withdrawal is an event like any other
// ("credit-withdrawn", object: the session id as text; see the record
// contract in docs/design-notes.md). The trigger keeps lesson_progress as
// progress/workshop_credit.h says: a finish that a session credited stops
// counting once that session's credit was withdrawn after it, so the
// learner's first finish of each lesson is found again among the finishes
// that still count (none: not finished). Session numbers are each PC's own,
// so a withdrawal concerns only the records of the installation that wrote
// it (the events' installation_id, schema 4). No existing event is touched:
// there was no withdrawal before this step.
constexpr std::string_view kWorkshopCredit = R"sql(
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
                AND w.installation_id = f.installation_id
                AND w.object = CAST((CASE WHEN json_valid(f.context) THEN json_extract(f.context, '$.workshop') END) AS TEXT)))
    WHERE learner_id = NEW.learner_id AND first_finished_at IS NOT NULL;
END;
)sql";

constexpr std::array kMigrations{
    Migration{1, kSchemaVersion1},
    Migration{2, kWorkshops},
    Migration{3, kManagerArea},
    Migration{4, kEventIds, keepEventIndexesAndTriggers},
    Migration{5, kCompanyRecords},
    Migration{6, kOrganisation},
    Migration{7, kWorkshopCredit},
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

int currentSchemaVersion() { return kMigrations.back().version; }

}  // namespace ipprimer::store
