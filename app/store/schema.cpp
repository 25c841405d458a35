// Schema version 1 and the opening sequence of schema.h. Until a file is known
// to be ours and not too new, nothing is written to it.
#include "store/schema.h"
#include "store/schema_v4.h"

#include <sqlite3.h>

#include <array>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <system_error>

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

constexpr std::array kMigrations{
    Migration{1, kSchemaVersion1},
    Migration{2, kWorkshops},
    Migration{3, kManagerArea},
    Migration{4, kSchemaVersion4},
};

constexpr int kBusyTimeoutMs = 5000;

std::int64_t queryInt(Database& db, std::string_view sql) {
    Statement statement(db, sql);
    return statement.step() ? statement.columnInt64(0) : 0;
}

struct Header {
    std::int64_t application_id = 0;
    std::int64_t user_version = 0;
    std::int64_t schema_objects = 0;  // tables, indexes, triggers, views
};

[[noreturn]] void refuse(const std::filesystem::path& path, const std::string& reason) {
    throw StoreError(path.string() + " is not an IP Primer database (" + reason +
                     "); it was left untouched");
}

Header readHeader(Database& db, const std::filesystem::path& path) {
    try {
        Header header;
        header.application_id = queryInt(db, "PRAGMA application_id");
        header.user_version = queryInt(db, "PRAGMA user_version");
        header.schema_objects = queryInt(db, "SELECT count(*) FROM sqlite_schema");
        return header;
    } catch (const StoreError& error) {
        if ((error.code() & 0xff) == SQLITE_NOTADB) refuse(path, "file is not a database");
        throw;
    }
}

void checkHeader(const Header& header, const std::filesystem::path& path, int known_version) {
    const bool empty = header.schema_objects == 0 && header.user_version == 0;
    if (header.application_id != kApplicationId) {
        if (header.application_id != 0) {
            char id[16];
            std::snprintf(id, sizeof id, "0x%08x", static_cast<unsigned>(header.application_id));
            refuse(path, std::string("it belongs to another program, application id ") + id);
        }
        if (!empty) refuse(path, "it holds another program's tables");
        return;  // a new, empty database
    }
    if (header.user_version > known_version) {
        throw StoreError(path.string() + " was written by a newer version of IP Primer (schema " +
                         std::to_string(header.user_version) + "; this version knows up to " +
                         std::to_string(known_version) +
                         "). Update IP Primer; the file was left untouched.");
    }
    if (header.user_version == 0 && !empty)
        throw StoreError(path.string() +
                         " is damaged (it is marked as IP Primer's but has no schema version); "
                         "it was left untouched");
}

std::filesystem::path freeBackupPath(const std::filesystem::path& path, std::int64_t version) {
    const std::string stem = path.string() + ".v" + std::to_string(version);
    std::filesystem::path candidate = stem + ".bak";
    for (int n = 2; std::filesystem::exists(candidate); ++n)
        candidate = stem + "-" + std::to_string(n) + ".bak";
    return candidate;
}

// Copies the database through SQLite's backup API, which reads what the
// connection sees, pages still in the WAL included; a plain file copy would not.
void backUp(Database& source, std::int64_t version) {
    const std::filesystem::path target = freeBackupPath(source.path(), version);
    try {
        Database copy(target, OpenMode::ReadWriteCreate);
        sqlite3_backup* backup = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
        if (!backup)
            throw StoreError(std::string(sqlite3_errmsg(copy.handle())), sqlite3_extended_errcode(copy.handle()));
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) throw StoreError(sqlite3_errstr(rc), rc);
    } catch (const StoreError& error) {
        std::error_code ignored;
        std::filesystem::remove(target, ignored);
        throw StoreError("could not copy " + source.path().string() + " to " + target.string() +
                             " before upgrading it, so it was left untouched: " + error.what(),
                         error.code());
    }
}

void migrate(Database& db, std::span<const Migration> steps, std::int64_t from_version) {
    for (const Migration& step : steps) {
        if (step.version <= from_version) continue;
        Transaction transaction(db);
        // Under the write lock now: another IP Primer may have upgraded the file meanwhile.
        if (queryInt(db, "PRAGMA user_version") >= step.version) continue;
        try {
            db.exec(step.sql);
        } catch (const StoreError& error) {
            throw StoreError("could not upgrade " + db.path().string() + " to schema " +
                                 std::to_string(step.version) + ": " + error.what(),
                             error.code());
        }
        // PRAGMA takes no parameters; both values are integers of ours.
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId) +
                "; PRAGMA user_version = " + std::to_string(step.version));
        transaction.commit();
    }
}

void checkSteps(std::span<const Migration> steps) {
    if (steps.empty()) throw std::logic_error("no schema migrations given");
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (steps[i].version != static_cast<int>(i) + 1)
            throw std::logic_error("schema migrations must be numbered 1, 2, 3... in order");
}

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

int currentSchemaVersion() { return kMigrations.back().version; }

Database openDatabase(const std::filesystem::path& path) { return openDatabase(path, migrations()); }

Database openDatabase(const std::filesystem::path& path, std::span<const Migration> steps) {
    checkSteps(steps);
    const int known_version = steps.back().version;
    const bool in_memory = path == ":memory:";

    if (!in_memory && path.has_parent_path()) {
        std::error_code error;
        std::filesystem::create_directories(path.parent_path(), error);
        if (error)
            throw StoreError("cannot create the folder " + path.parent_path().string() + " for " +
                             path.string() + ": " + error.message());
    }

    Database db(path, OpenMode::ReadWriteCreate);
    db.setBusyTimeout(kBusyTimeoutMs);
    if (db.readOnly())
        throw StoreError(path.string() +
                         " is read-only for this user, and IP Primer must write learning records "
                         "to it; it was left untouched. Make it writable or choose another file.");

    // Should this be the last connection to a WAL file, closing would
    // checkpoint it: not before the file is known to be ours.
    db.setCheckpointOnClose(false);
    const Header header = readHeader(db, path);
    checkHeader(header, path, known_version);

    const bool empty = header.schema_objects == 0 && header.user_version == 0;
    if (!empty && !in_memory && header.user_version < known_version) backUp(db, header.user_version);
    db.setCheckpointOnClose(true);

    db.exec("PRAGMA foreign_keys = ON");
    // FULL: in WAL mode, NORMAL may lose the last commits on a power cut; an
    // answer that was given must never be lost.
    db.exec("PRAGMA synchronous = FULL");
    if (header.user_version < known_version) migrate(db, steps, header.user_version);

    // WAL only once the schema is in place, so a file whose initialisation
    // fails keeps its journal mode. Where WAL is impossible (some network file
    // systems) SQLite keeps the rollback journal: as safe, only slower.
    if (!in_memory) Statement(db, "PRAGMA journal_mode = WAL").step();
    return db;
}

}  // namespace ipprimer::store
