// The organisation's server: its schema, its versions and its two roles.
// `ipprimer org init` creates or upgrades them; every other use checks the
// version first and refuses a server it does not know.
#pragma once

#include <span>
#include <string_view>

#include "store/postgres.h"

namespace ipprimer::store::org {

// Everything IP Primer keeps on the server lives in this schema.
inline constexpr std::string_view kSchema = "ipprimer";
// The group roles `org init` creates (NOLOGIN). IT makes login roles members
// of them: every PC's connection in the device role, a manager's in both.
// A device may add learning records, register a new learner, read the roster
// and pull the records of the learners who use it; it may not read other
// learners' answers, nor change or delete anything. A manager reads
// everything and records managers' actions.
inline constexpr std::string_view kDeviceRole = "ipprimer_device";
inline constexpr std::string_view kManagerRole = "ipprimer_manager";

// One step of the server's schema, in order from 1.
struct ServerMigration {
    int version;
    std::string_view sql;
};
std::span<const ServerMigration> serverMigrations();
// The newest schema this program knows.
int serverSchemaVersion();
// Run after every init: the roles (created when missing) and their grants,
// policies included. Written to be run again and again.
std::string_view serverRolesSql();
std::string_view serverGrantsSql();

struct InitResult {
    int from_version = 0;  // 0: the server had no IP Primer schema
    int to_version = 0;
};

// Creates or upgrades the schema, then the roles and grants, each step in a
// transaction under a lock, so two inits at once do each step once. Running
// it on an up-to-date server changes nothing. Throws ServerError: for a
// newer schema (nothing is touched), or when the connection's user may not
// create the schema or the roles (with what IT must do).
InitResult initialiseServer(pg::Connection& connection);

// The schema's version on the server, 0 when it has none. Throws ServerError
// when the connection's user may not read it (not in either role).
int readServerVersion(pg::Connection& connection);

// Checks that the server holds this program's schema: throws ServerError,
// with what to do, when it has none, an older one (run `org init`) or a
// newer one (update IP Primer). Every command that uses a server calls it
// before anything else.
void checkServerSchema(pg::Connection& connection);

}  // namespace ipprimer::store::org
