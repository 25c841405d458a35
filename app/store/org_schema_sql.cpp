// The organisation server's schema, step by step, and the roles' grants and
// row-level security. PostgreSQL 13 or newer (xid8, pg_current_xact_id).
#include <array>

#include "store/org_schema.h"

namespace ipprimer::store::org {
namespace {

// Version 1.
//
// events: every record of every installation, keyed by the UUID its PC gave
// it, so a batch sent twice adds nothing (INSERT ... ON CONFLICT DO NOTHING).
// `received` numbers them in the order the server took them: roster changes
// and managers' actions go by it (the last received wins). `xid` is the
// transaction that wrote the row: a PC pulls what committed since its last
// pull by transaction, which, unlike a sequence, never skips a row that
// committed late (see ServerLink::pull in org_link.cpp).
//
// learners: the roster, kept by the triggers from the roster events
// (learner-added, learner-changed, archived, restored); nobody writes it
// directly but register_learner. `changed` is the transaction of the last
// change, for pulling the roster the same way.
//
// The summaries (lesson_progress, quiz_progress, first_answers) are those of
// the local store (schema 3 there): indexes of the events kept in the same
// transaction, so the dashboard never walks millions of events.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE ipprimer.installations (
    uuid      uuid PRIMARY KEY,
    name      text NOT NULL DEFAULT '',
    db_role   name NOT NULL DEFAULT session_user,
    joined_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ipprimer.syncs (
    installation uuid NOT NULL REFERENCES ipprimer.installations (uuid),
    at           timestamptz NOT NULL DEFAULT now(),
    pushed       integer NOT NULL,
    pulled       integer NOT NULL
);
CREATE INDEX syncs_by_installation ON ipprimer.syncs (installation, at);

CREATE TABLE ipprimer.learners (
    id               bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    uuid             uuid PRIMARY KEY,
    name             text NOT NULL CHECK (name <> ''),
    employee_id      text UNIQUE CHECK (employee_id <> ''),
    email            text NOT NULL DEFAULT '',
    role             text NOT NULL CHECK (role <> ''),
    department       text NOT NULL DEFAULT '',
    start_date       text NOT NULL DEFAULT '',
    archived         boolean NOT NULL DEFAULT false,
    created_at       bigint NOT NULL,
    roster_received  bigint NOT NULL DEFAULT 0,
    archive_received bigint NOT NULL DEFAULT 0,
    changed          xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX learners_by_change ON ipprimer.learners (changed);

CREATE TABLE ipprimer.events (
    received     bigint GENERATED ALWAYS AS IDENTITY,
    uuid         uuid PRIMARY KEY,
    installation uuid NOT NULL,
    learner      uuid NOT NULL REFERENCES ipprimer.learners (uuid),
    verb         text NOT NULL CHECK (verb <> ''),
    object       text NOT NULL CHECK (object <> ''),
    attempt      uuid,
    score        double precision,
    response     text,
    duration_ms  bigint,
    context      text,
    at           bigint NOT NULL,
    written_by   name NOT NULL DEFAULT session_user,
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX events_by_learner ON ipprimer.events (learner, xid, received);
CREATE INDEX events_due_extensions ON ipprimer.events (learner, object, at) WHERE verb = 'due-extended';

-- Which learners use which installation: what an installation may pull.
CREATE TABLE ipprimer.installation_learners (
    installation uuid NOT NULL,
    learner      uuid NOT NULL,
    PRIMARY KEY (installation, learner)
);

CREATE TABLE ipprimer.lesson_progress (
    learner_id        bigint NOT NULL,
    lesson_id         text NOT NULL,
    first_opened_at   bigint,
    first_finished_at bigint,
    PRIMARY KEY (learner_id, lesson_id)
);

CREATE TABLE ipprimer.quiz_progress (
    learner_id        bigint NOT NULL,
    quiz              text NOT NULL,
    first_started_at  bigint,
    attempts_started  integer NOT NULL DEFAULT 0,
    attempts_finished integer NOT NULL DEFAULT 0,
    last_finished_at  bigint,
    last_passed       boolean NOT NULL DEFAULT false,
    last_passed_at    bigint,
    best_score        double precision,
    PRIMARY KEY (learner_id, quiz)
);

CREATE TABLE ipprimer.first_answers (
    learner_id  bigint NOT NULL,
    question_id text NOT NULL,
    score       double precision,
    at          bigint NOT NULL,
    PRIMARY KEY (learner_id, question_id)
);

-- A JSON text's field, or NULL when the text is not JSON: one bad record
-- must not stop a whole batch.
CREATE FUNCTION ipprimer.json_or_null(document text) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN document::jsonb;
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$;

CREATE FUNCTION ipprimer.refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER events_are_never_changed BEFORE UPDATE OR DELETE ON ipprimer.events
FOR EACH ROW EXECUTE FUNCTION ipprimer.refuse_change('learning records are append-only: an event cannot be changed or deleted');
CREATE TRIGGER learners_are_never_deleted BEFORE DELETE ON ipprimer.learners
FOR EACH ROW EXECUTE FUNCTION ipprimer.refuse_change('learners are never deleted; archive them instead');

-- Everything an event changes, for all the events of one statement at once
-- (a pushed batch is one statement). Rows skipped by ON CONFLICT DO NOTHING
-- are not in `inserted`, so a batch sent again changes nothing. The
-- summaries are keyed by the learner's number (learners.id), which is
-- smaller to read for a dashboard than the UUID.
CREATE FUNCTION ipprimer.events_received() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ipprimer, pg_temp AS $$
BEGIN
    INSERT INTO installation_learners (installation, learner)
    SELECT DISTINCT i.installation, i.learner FROM inserted i
    ON CONFLICT DO NOTHING;

    INSERT INTO lesson_progress AS p (learner_id, lesson_id, first_opened_at, first_finished_at)
    SELECT l.id, i.object, min(i.at) FILTER (WHERE i.verb = 'opened'), min(i.at) FILTER (WHERE i.verb = 'finished')
    FROM inserted i JOIN learners l ON l.uuid = i.learner
    WHERE i.verb IN ('opened', 'finished') GROUP BY l.id, i.object
    ON CONFLICT (learner_id, lesson_id) DO UPDATE SET
        first_opened_at = least(p.first_opened_at, excluded.first_opened_at),
        first_finished_at = least(p.first_finished_at, excluded.first_finished_at);

    INSERT INTO quiz_progress AS p (learner_id, quiz, first_started_at, attempts_started, attempts_finished,
                                    last_finished_at, last_passed, last_passed_at, best_score)
    SELECT q.learner_id, q.object,
           min(q.at) FILTER (WHERE q.verb = 'attempt-started'),
           count(*) FILTER (WHERE q.verb = 'attempt-started'),
           count(*) FILTER (WHERE q.verb = 'attempt-finished'),
           max(q.at) FILTER (WHERE q.verb = 'attempt-finished'),
           coalesce((array_agg(q.passed ORDER BY q.at DESC, q.received DESC)
                     FILTER (WHERE q.verb = 'attempt-finished'))[1], false),
           max(q.at) FILTER (WHERE q.verb = 'attempt-finished' AND q.passed),
           max(q.score) FILTER (WHERE q.verb = 'attempt-finished')
    FROM (SELECT l.id AS learner_id, i.object, i.verb, i.at, i.received, i.score,
                 i.verb = 'attempt-finished'
                 AND coalesce(json_or_null(i.context) -> 'passed' = 'true'::jsonb, false) AS passed
          FROM inserted i JOIN learners l ON l.uuid = i.learner
          WHERE i.verb IN ('attempt-started', 'attempt-finished')) q
    GROUP BY q.learner_id, q.object
    ON CONFLICT (learner_id, quiz) DO UPDATE SET
        first_started_at = least(p.first_started_at, excluded.first_started_at),
        attempts_started = p.attempts_started + excluded.attempts_started,
        attempts_finished = p.attempts_finished + excluded.attempts_finished,
        last_passed = CASE WHEN excluded.last_finished_at IS NULL THEN p.last_passed
                           WHEN p.last_finished_at IS NULL OR excluded.last_finished_at >= p.last_finished_at
                           THEN excluded.last_passed ELSE p.last_passed END,
        last_finished_at = greatest(p.last_finished_at, excluded.last_finished_at),
        last_passed_at = greatest(p.last_passed_at, excluded.last_passed_at),
        best_score = greatest(p.best_score, excluded.best_score);

    INSERT INTO first_answers AS f (learner_id, question_id, score, at)
    SELECT DISTINCT ON (l.id, i.object) l.id, i.object, i.score, i.at
    FROM inserted i JOIN learners l ON l.uuid = i.learner
    WHERE i.verb = 'answered' ORDER BY l.id, i.object, i.at, i.received
    ON CONFLICT (learner_id, question_id) DO UPDATE SET score = excluded.score, at = excluded.at
        WHERE excluded.at < f.at;

    -- Roster changes and archiving: the one the server received last wins.
    UPDATE learners l SET
        name = coalesce(nullif(c.fields ->> 'name', ''), l.name),
        email = coalesce(c.fields ->> 'email', l.email),
        role = coalesce(nullif(c.fields ->> 'role', ''), l.role),
        department = coalesce(c.fields ->> 'department', l.department),
        start_date = coalesce(c.fields ->> 'start_date', l.start_date),
        roster_received = c.received,
        changed = pg_current_xact_id()
    FROM (SELECT DISTINCT ON (i.learner) i.learner, i.received, json_or_null(i.context) AS fields
          FROM inserted i WHERE i.verb IN ('learner-added', 'learner-changed')
          ORDER BY i.learner, i.received DESC) c
    WHERE l.uuid = c.learner AND l.roster_received < c.received AND jsonb_typeof(c.fields) = 'object';

    UPDATE learners l SET archived = (a.verb = 'archived'), archive_received = a.received,
                          changed = pg_current_xact_id()
    FROM (SELECT DISTINCT ON (i.learner) i.learner, i.verb, i.received
          FROM inserted i WHERE i.verb IN ('archived', 'restored')
          ORDER BY i.learner, i.received DESC) a
    WHERE l.uuid = a.learner AND l.archive_received < a.received;
    RETURN NULL;
END $$;

CREATE TRIGGER events_change_summaries AFTER INSERT ON ipprimer.events
REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION ipprimer.events_received();

-- A learner a PC added, as the organisation knows them: the same person when
-- the employee id is already on the roster (their UUID is returned), a new
-- one otherwise. Calling it again with the same learner does nothing more.
CREATE FUNCTION ipprimer.register_learner(
    learner_uuid uuid, event_uuid uuid, from_installation uuid, learner_name text, learner_employee_id text,
    learner_email text, learner_role text, learner_department text, learner_start_date text,
    learner_created_at bigint, event_at bigint) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ipprimer, pg_temp AS $$
DECLARE
    known uuid;
BEGIN
    SELECT l.uuid INTO known FROM learners l WHERE l.uuid = learner_uuid;
    IF known IS NOT NULL THEN
        RETURN known;
    END IF;
    IF nullif(learner_employee_id, '') IS NOT NULL THEN
        -- Two PCs adding the same person at once: one adds, the other finds.
        PERFORM pg_advisory_xact_lock(hashtext('ipprimer.employee_id'), hashtext(learner_employee_id));
        SELECT l.uuid INTO known FROM learners l WHERE l.employee_id = learner_employee_id;
        IF known IS NOT NULL THEN
            RETURN known;
        END IF;
    END IF;
    INSERT INTO learners (uuid, name, employee_id, email, role, department, start_date, created_at)
    VALUES (learner_uuid, learner_name, nullif(learner_employee_id, ''), coalesce(learner_email, ''), learner_role,
            coalesce(learner_department, ''), coalesce(learner_start_date, ''), learner_created_at);
    INSERT INTO events (uuid, installation, learner, verb, object, context, at)
    VALUES (event_uuid, from_installation, learner_uuid, 'learner-added', learner_uuid::text,
            json_build_object('name', learner_name, 'employee_id', coalesce(learner_employee_id, ''),
                              'email', coalesce(learner_email, ''), 'role', learner_role,
                              'department', coalesce(learner_department, ''),
                              'start_date', coalesce(learner_start_date, ''))::text,
            event_at)
    ON CONFLICT DO NOTHING;
    RETURN learner_uuid;
END $$;

-- A PC joins: its installation id, kept with the login it came with (never
-- changed after). Only that login may pull the records of its learners.
-- Returns the login the installation joined with.
CREATE FUNCTION ipprimer.join_installation(installation_uuid uuid, installation_name text) RETURNS name
LANGUAGE sql SECURITY DEFINER SET search_path = ipprimer, pg_temp AS $$
    INSERT INTO installations (uuid, name) VALUES (installation_uuid, coalesce(installation_name, ''))
    ON CONFLICT DO NOTHING;
    SELECT i.db_role FROM installations i WHERE i.uuid = installation_uuid;
$$;

CREATE FUNCTION ipprimer.record_sync(installation_uuid uuid, pushed_count integer, pulled_count integer) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = ipprimer, pg_temp AS $$
    INSERT INTO syncs (installation, pushed, pulled)
    SELECT i.uuid, pushed_count, pulled_count FROM installations i
    WHERE i.uuid = installation_uuid AND i.db_role = session_user;
$$;

-- The records of the given learners that other installations wrote, for an
-- installation those learners use, in transactions between two points
-- (after_xid, after_received exclusive; below horizon), a page at a time.
-- Roster events are left out: a PC takes the roster itself. Only the login
-- the installation joined with may ask (or a manager, who reads all); any
-- other is refused rather than answered with nothing, so that a PC never
-- believes it has pulled what it was not given.
CREATE FUNCTION ipprimer.pull_events(
    installation_uuid uuid, for_learners uuid[], after_xid xid8, after_received bigint, horizon xid8,
    max_rows integer)
RETURNS TABLE (xid xid8, received bigint, uuid uuid, installation uuid, learner uuid, verb text, object text,
               attempt uuid, score double precision, response text, duration_ms bigint, context text, at bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ipprimer, pg_temp AS $$
#variable_conflict use_column
BEGIN
    IF NOT EXISTS (SELECT FROM installations i WHERE i.uuid = installation_uuid
                   AND (i.db_role = session_user OR pg_has_role(session_user, 'ipprimer_manager', 'MEMBER'))) THEN
        RAISE EXCEPTION 'installation % has not joined as %; join again (ipprimer org join) with the login it uses',
            installation_uuid, session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
    SELECT e.xid, e.received, e.uuid, e.installation, e.learner, e.verb, e.object, e.attempt, e.score,
           e.response, e.duration_ms, e.context, e.at
    FROM events e
    WHERE e.learner = ANY (for_learners)
      AND e.learner IN (SELECT il.learner FROM installation_learners il WHERE il.installation = installation_uuid)
      AND e.installation <> installation_uuid
      AND e.verb NOT IN ('learner-added', 'learner-changed')
      AND (e.xid, e.received) > (after_xid, after_received)
      AND e.xid < horizon
    ORDER BY e.xid, e.received
    LIMIT max_rows;
END $$;
)sql";

// Version 2 (issue 13): a trainer's withdrawal of a workshop's credit
// ("credit-withdrawn", object: the session's number on the PC that ran it)
// counts here as on a PC (progress/workshop_credit.h, and the trigger of the
// local schema's step 7): a finish that session credited stops counting once
// the credit was withdrawn after it, so the learner's first finish of each
// lesson is found again among those that still count. Session numbers are
// each installation's own. PostgreSQL fires a statement's triggers in the
// order of their names, so this runs after events_change_summaries has
// taken the same statement's finishes.
constexpr std::string_view kVersion2 = R"sql(
CREATE INDEX events_credit_withdrawn ON ipprimer.events (learner, installation, object) WHERE verb = 'credit-withdrawn';

CREATE FUNCTION ipprimer.credit_withdrawn() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ipprimer, pg_temp AS $$
BEGIN
    UPDATE lesson_progress p SET first_finished_at = (
        SELECT min(f.at) FROM events f
        WHERE f.learner = l.uuid AND f.verb = 'finished' AND f.object = p.lesson_id
          AND NOT EXISTS (
              SELECT FROM events w
              WHERE w.learner = f.learner AND w.verb = 'credit-withdrawn' AND w.installation = f.installation
                AND w.received > f.received AND w.object = json_or_null(f.context) ->> 'workshop'))
    FROM learners l
    WHERE l.id = p.learner_id AND p.first_finished_at IS NOT NULL
      AND l.uuid IN (SELECT i.learner FROM inserted i WHERE i.verb = 'credit-withdrawn');
    RETURN NULL;
END $$;

CREATE TRIGGER events_withdraw_credit AFTER INSERT ON ipprimer.events
REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION ipprimer.credit_withdrawn();
)sql";

constexpr std::array kMigrations{
    ServerMigration{1, kVersion1},
    ServerMigration{2, kVersion2},
};

constexpr std::string_view kRoles = R"sql(
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ipprimer_device') THEN
        CREATE ROLE ipprimer_device NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ipprimer_manager') THEN
        CREATE ROLE ipprimer_manager NOLOGIN;
    END IF;
END $$;
)sql";

// Functions may be run by PUBLIC unless told otherwise: not these, which run
// with the owner's rights. Events are guarded by row-level security as well
// as grants, so a device's INSERT of a manager's action is refused by the
// server whatever the program does.
constexpr std::string_view kGrants = R"sql(
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ipprimer FROM PUBLIC;
GRANT USAGE ON SCHEMA ipprimer TO ipprimer_device, ipprimer_manager;
GRANT SELECT ON ipprimer.schema_version TO ipprimer_device, ipprimer_manager;
GRANT SELECT ON ipprimer.learners TO ipprimer_device;
GRANT INSERT (uuid, installation, learner, verb, object, attempt, score, response, duration_ms, context, at)
    ON ipprimer.events TO ipprimer_device, ipprimer_manager;
GRANT EXECUTE ON FUNCTION ipprimer.register_learner(uuid, uuid, uuid, text, text, text, text, text, text, bigint, bigint),
                          ipprimer.join_installation(uuid, text),
                          ipprimer.record_sync(uuid, integer, integer),
                          ipprimer.pull_events(uuid, uuid[], xid8, bigint, xid8, integer)
    TO ipprimer_device, ipprimer_manager;
GRANT SELECT ON ALL TABLES IN SCHEMA ipprimer TO ipprimer_manager;
GRANT EXECUTE ON FUNCTION ipprimer.json_or_null(text) TO ipprimer_manager;

ALTER TABLE ipprimer.events ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS devices_add_learning_records ON ipprimer.events;
CREATE POLICY devices_add_learning_records ON ipprimer.events FOR INSERT TO ipprimer_device
    WITH CHECK (verb NOT IN ('learner-added', 'learner-changed', 'due-extended', 'archived', 'restored'));
DROP POLICY IF EXISTS managers_add_records ON ipprimer.events;
CREATE POLICY managers_add_records ON ipprimer.events FOR INSERT TO ipprimer_manager WITH CHECK (true);
DROP POLICY IF EXISTS managers_read_records ON ipprimer.events;
CREATE POLICY managers_read_records ON ipprimer.events FOR SELECT TO ipprimer_manager USING (true);
)sql";

}  // namespace

std::span<const ServerMigration> serverMigrations() { return kMigrations; }
int serverSchemaVersion() { return kMigrations.back().version; }
std::string_view serverRolesSql() { return kRoles; }
std::string_view serverGrantsSql() { return kGrants; }

}  // namespace ipprimer::store::org
