// Pushing through COPY into a temporary table (one round trip per batch, and
// one INSERT ... ON CONFLICT DO NOTHING so the server's triggers see the
// batch at once); pulling by transaction ids (see pull below).
#include "store/org_link.h"

#include <array>
#include <charconv>

namespace ipprimer::store::org {
namespace {

constexpr std::array kManagerVerbs{std::string_view("learner-added"), std::string_view("learner-changed"),
                                   std::string_view("due-extended"), std::string_view("archived"),
                                   std::string_view("restored")};

constexpr int kPullPage = 5000;

// {a,b,c}: UUIDs need no quoting.
std::string uuidArray(std::span<const std::string> uuids) {
    std::string text = "{";
    for (const std::string& uuid : uuids) text += (text.size() > 1 ? "," : "") + uuid;
    return text + "}";
}

void field(std::string& line, std::string_view value, bool null_when_empty = false) {
    if (value.empty() && null_when_empty) line += pg::kCopyNull;
    else pg::appendCopyField(line, value);
    line += '\t';
}

}  // namespace

ServerEvent readServerEvent(const pg::Result& rows, int row, int first) {
    ServerEvent event;
    event.uuid = rows.text(row, first);
    event.installation = rows.text(row, first + 1);
    event.learner = rows.text(row, first + 2);
    event.verb = rows.text(row, first + 3);
    event.object = rows.text(row, first + 4);
    event.attempt = rows.text(row, first + 5);
    event.score = rows.optionalNumber(row, first + 6);
    event.response = rows.text(row, first + 7);
    event.duration_ms = rows.optionalInt64(row, first + 8);
    event.context = rows.text(row, first + 9);
    event.at = rows.int64(row, first + 10);
    return event;
}

ServerLearner readServerLearner(const pg::Result& rows, int row) {
    ServerLearner learner;
    learner.uuid = rows.text(row, 0);
    learner.name = rows.text(row, 1);
    learner.employee_id = rows.text(row, 2);
    learner.email = rows.text(row, 3);
    learner.role = rows.text(row, 4);
    learner.department = rows.text(row, 5);
    learner.start_date = rows.text(row, 6);
    learner.archived = rows.boolean(row, 7);
    learner.created_at = rows.int64(row, 8);
    return learner;
}

bool isManagerAction(std::string_view verb) {
    for (std::string_view manager_verb : kManagerVerbs)
        if (verb == manager_verb) return true;
    return false;
}

std::string ServerLink::join(const std::string& installation, const std::string& name) {
    const pg::Result result =
        connection_.exec("SELECT ipprimer.join_installation($1, $2)", pg::Params().add(installation).add(name));
    return std::string(result.text(0, 0));
}

bool ServerLink::mayRecordManagerActions() {
    return connection_.exec("SELECT pg_has_role('ipprimer_manager', 'MEMBER')").boolean(0, 0);
}

std::string ServerLink::registerLearner(const ServerLearner& learner, const std::string& installation,
                                        std::int64_t at) {
    const pg::Result result = connection_.exec(
        "SELECT ipprimer.register_learner($1, gen_random_uuid(), $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        pg::Params()
            .add(learner.uuid)
            .add(installation)
            .add(learner.name)
            .addOrNull(learner.employee_id)
            .add(learner.email)
            .add(learner.role)
            .add(learner.department)
            .add(learner.start_date)
            .add(learner.created_at)
            .add(at));
    return std::string(result.text(0, 0));
}

std::int64_t ServerLink::push(std::span<const ServerEvent> events) {
    if (events.empty()) return 0;
    std::string data;
    data.reserve(events.size() * 160);
    std::int64_t order = 0;
    for (const ServerEvent& event : events) {
        data += std::to_string(order++) + '\t';
        field(data, event.uuid);
        field(data, event.installation);
        field(data, event.learner);
        field(data, event.verb);
        field(data, event.object);
        field(data, event.attempt, true);
        if (event.score) {
            char number[32];
            const auto written = std::to_chars(number, number + sizeof number, *event.score);
            data.append(number, written.ptr);
            data += '\t';
        } else {
            field(data, "", true);
        }
        field(data, event.response, true);
        field(data, event.duration_ms ? std::to_string(*event.duration_ms) : "", true);
        field(data, event.context, true);
        data += std::to_string(event.at);
        data += '\n';
    }
    pg::Transaction transaction(connection_);
    // Dropped at commit: nothing of a session is kept, so a pooler (PgBouncer
    // in transaction mode) may hand each batch another server connection.
    connection_.exec(
        "CREATE TEMPORARY TABLE incoming_events (position bigint, uuid uuid, installation uuid, learner uuid,"
        " verb text, object text, attempt uuid, score double precision, response text, duration_ms bigint,"
        " context text, at bigint) ON COMMIT DROP");
    connection_.copyIn("COPY incoming_events FROM STDIN", data);
    const pg::Result inserted = connection_.exec(
        "INSERT INTO ipprimer.events (uuid, installation, learner, verb, object, attempt, score, response,"
        " duration_ms, context, at)"
        " SELECT uuid, installation, learner, verb, object, attempt, score, response, duration_ms, context, at"
        " FROM incoming_events ORDER BY position ON CONFLICT DO NOTHING");
    transaction.commit();
    return inserted.affected();
}

// A pull reads in one REPEATABLE READ snapshot. Its horizon is the oldest
// transaction still running when the snapshot was taken: every transaction
// below it has ended, so whatever it committed is in the snapshot, and
// nothing below it can still appear later. Reading [since, horizon) and
// resuming at the horizon next time therefore misses no row, even one that
// a slow transaction commits after later ones; a sequence number could not
// promise that.
Pulled ServerLink::pull(const std::string& installation, const std::string& roster_since,
                        std::span<const std::string> learners, const std::string& events_since,
                        std::span<const std::string> new_learners) {
    Pulled pulled;
    pg::Transaction transaction(connection_, "ISOLATION LEVEL REPEATABLE READ READ ONLY");
    pulled.horizon = connection_.exec("SELECT pg_snapshot_xmin(pg_current_snapshot())").text(0, 0);
    const pg::Result roster = connection_.exec(
        "SELECT uuid, name, coalesce(employee_id, ''), email, role, department, start_date, archived, created_at"
        " FROM ipprimer.learners WHERE changed >= $1::xid8 AND changed < $2::xid8 ORDER BY id",
        pg::Params().add(roster_since).add(pulled.horizon));
    for (int row = 0; row < roster.rows(); ++row) pulled.roster.push_back(readServerLearner(roster, row));
    if (!learners.empty()) pullEvents(installation, learners, events_since, pulled.horizon, pulled.events);
    if (!new_learners.empty()) pullEvents(installation, new_learners, "0", pulled.horizon, pulled.events);
    transaction.commit();
    return pulled;
}

void ServerLink::pullEvents(const std::string& installation, std::span<const std::string> learners,
                            const std::string& since, const std::string& horizon, std::vector<ServerEvent>& into) {
    std::string after_xid = since;
    std::int64_t after_received = -1;
    const std::string learner_array = uuidArray(learners);
    for (;;) {
        const pg::Result page = connection_.exec(
            "SELECT xid, received, uuid, installation, learner, verb, object, coalesce(attempt::text, ''), score,"
            " coalesce(response, ''), duration_ms, coalesce(context, ''), at"
            " FROM ipprimer.pull_events($1, $2::uuid[], $3::xid8, $4, $5::xid8, $6)",
            pg::Params().add(installation).add(learner_array).add(after_xid).add(after_received).add(horizon).add(kPullPage));
        for (int row = 0; row < page.rows(); ++row) into.push_back(readServerEvent(page, row, 2));
        if (page.rows() < kPullPage) return;
        after_xid = page.text(page.rows() - 1, 0);
        after_received = page.int64(page.rows() - 1, 1);
    }
}

void ServerLink::recordSync(const std::string& installation, std::int64_t pushed, std::int64_t pulled) {
    connection_.exec("SELECT ipprimer.record_sync($1, $2, $3)",
                     pg::Params().add(installation).add(pushed).add(pulled));
}

}  // namespace ipprimer::store::org
