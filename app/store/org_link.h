// The server's side of a sync, in plain values: an installation joins,
// registers its learners, pushes its events and pulls the roster and the
// records of its learners that other PCs wrote. The local side (which events
// wait, what was pulled) is org_sync.h's.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "store/postgres.h"

namespace ipprimer::store::org {

// An event as the server keeps it: learners are named by their UUID there.
struct ServerEvent {
    std::string uuid;
    std::string installation;
    std::string learner;  // the learner's UUID on the server
    std::string verb;
    std::string object;
    std::string attempt;  // the UUID of the attempt's `attempt-started` event; empty: none
    std::optional<double> score;
    std::string response;  // JSON text; empty: none
    std::optional<std::int64_t> duration_ms;
    std::string context;   // JSON text; empty: none
    std::int64_t at = 0;   // unix milliseconds, UTC
};

// A learner on the organisation's roster.
struct ServerLearner {
    std::string uuid;
    std::string name, employee_id, email, role, department, start_date;
    bool archived = false;
    std::int64_t created_at = 0;
};

// Read from a row of the server's tables, the columns in the order the
// server's reads select them: an event's from column `first` (uuid,
// installation, learner, verb, object, attempt, score, response, duration_ms,
// context, at); a learner's from column 0 (uuid, name, employee_id, email,
// role, department, start_date, archived, created_at).
ServerEvent readServerEvent(const pg::Result& rows, int row, int first = 0);
ServerLearner readServerLearner(const pg::Result& rows, int row);

// Verbs that only a manager's login may send (row-level security on the
// server refuses them from a device).
bool isManagerAction(std::string_view verb);

// Where a pull resumes: transaction ids of the server, as text ("0": from the
// beginning). Everything below it was pulled.
struct Pulled {
    std::vector<ServerLearner> roster;  // learners added or changed since
    std::vector<ServerEvent> events;    // in the order the server committed them
    std::string horizon;                // where the next pull resumes
};

class ServerLink {
public:
    explicit ServerLink(pg::Connection& connection) : connection_(connection) {}

    // Registers this installation (again: harmless) under the connection's
    // login. Returns the login it joined with (the first time it joined).
    std::string join(const std::string& installation, const std::string& name);
    // Whether this login may send managers' actions.
    bool mayRecordManagerActions();

    // The learner as the organisation knows them: their UUID, which is
    // `learner.uuid` for a new person, or that of the learner with the same
    // employee id already on the roster. Safe to call again.
    std::string registerLearner(const ServerLearner& learner, const std::string& installation, std::int64_t at);

    // Sends events in one transaction; returns how many were new to the
    // server (an event it already holds is skipped). When this returns, the
    // server has committed them all.
    std::int64_t push(std::span<const ServerEvent> events);

    // The roster changed since `roster_since`, and the events other
    // installations wrote of `learners` since `events_since` (`new_learners`:
    // all of theirs), in one snapshot. `learners` must use this installation
    // (it pushed records of theirs), or the server returns nothing of them.
    Pulled pull(const std::string& installation, const std::string& roster_since,
                std::span<const std::string> learners, const std::string& events_since,
                std::span<const std::string> new_learners);

    // Notes a finished sync on the server, for IT's view of the PCs.
    void recordSync(const std::string& installation, std::int64_t pushed, std::int64_t pulled);

private:
    void pullEvents(const std::string& installation, std::span<const std::string> learners, const std::string& since,
                    const std::string& horizon, std::vector<ServerEvent>& into);

    pg::Connection& connection_;
};

}  // namespace ipprimer::store::org
