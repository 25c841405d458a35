// Creating, upgrading and checking the organisation server's schema (the SQL
// is in org_schema_sql.cpp).
#include "store/org_schema.h"

#include <string>

namespace ipprimer::store::org {
namespace {

// Made before the steps, so that a server of any version can say which it is.
constexpr std::string_view kVersionTable = R"sql(
CREATE SCHEMA IF NOT EXISTS ipprimer;
CREATE TABLE IF NOT EXISTS ipprimer.schema_version (
    version    integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by name NOT NULL DEFAULT session_user,
    program    text NOT NULL DEFAULT ''
);
)sql";

std::string where(const pg::Connection& connection) {
    const std::string text = connection.describe();
    return text.empty() ? "the organisation's server" : "the organisation's server (" + text + ")";
}

[[noreturn]] void refuseNewer(const pg::Connection& connection, int version) {
    throw pg::ServerError(where(connection) + " holds IP Primer's schema version " + std::to_string(version) +
                              ", newer than this IP Primer knows (up to " + std::to_string(serverSchemaVersion()) +
                              "). Update IP Primer on this computer; nothing was sent or changed, and the "
                              "records stay here until then.",
                          "IPP01");
}

}  // namespace

int readServerVersion(pg::Connection& connection) {
    try {
        const pg::Result result = connection.exec("SELECT coalesce(max(version), 0) FROM ipprimer.schema_version");
        return static_cast<int>(result.int64(0, 0));
    } catch (const pg::ServerError& error) {
        // No schema, or no version table: a server IP Primer was never set up on.
        if (error.sqlstate() == "3F000" || error.sqlstate() == "42P01") return 0;
        if (error.permissionDenied())
            throw pg::ServerError(where(connection) + " does not let the login '" + connection.user() +
                                      "' use IP Primer's records. IT adds it to a role: GRANT " +
                                      std::string(kDeviceRole) + " TO \"" + connection.user() +
                                      "\" (a PC), or GRANT " + std::string(kManagerRole) + " (a manager).",
                                  error.sqlstate());
        throw;
    }
}

void checkServerSchema(pg::Connection& connection) {
    const int version = readServerVersion(connection);
    const int known = serverSchemaVersion();
    if (version > known) refuseNewer(connection, version);
    if (version == 0)
        throw pg::ServerError(where(connection) + " has no IP Primer schema yet. IT sets it up with: ipprimer org init URL",
                              "IPP02");
    if (version < known)
        throw pg::ServerError(where(connection) + " holds IP Primer's schema version " + std::to_string(version) +
                                  ", older than this IP Primer's (" + std::to_string(known) +
                                  "). IT upgrades it with: ipprimer org init URL",
                              "IPP03");
}

InitResult initialiseServer(pg::Connection& connection) {
    InitResult result;
    try {
        // One transaction: the server has the whole new schema or none of it.
        pg::Transaction transaction(connection);
        // Two inits at once take turns; the second finds the work done.
        connection.exec("SELECT pg_advisory_xact_lock(hashtext('ipprimer.schema'))");
        connection.exec(kVersionTable);
        result.from_version = readServerVersion(connection);
        if (result.from_version > serverSchemaVersion()) refuseNewer(connection, result.from_version);
        for (const ServerMigration& step : serverMigrations()) {
            if (step.version <= result.from_version) continue;
            connection.exec(step.sql);
            connection.exec("INSERT INTO ipprimer.schema_version (version, program) VALUES ($1, 'ipprimer')",
                            pg::Params().add(step.version));
        }
        connection.exec(serverRolesSql());
        connection.exec(serverGrantsSql());
        transaction.commit();
    } catch (const pg::ServerError& error) {
        if (!error.permissionDenied()) throw;
        throw pg::ServerError(std::string(error.what()) + "\n`ipprimer org init` must run as the database's owner or "
                                  "a superuser: it creates the schema ipprimer and, when they are missing, the roles " +
                                  std::string(kDeviceRole) + " and " + std::string(kManagerRole) +
                                  " (which needs CREATEROLE). Nothing was changed.",
                              error.sqlstate());
    }
    result.to_version = serverSchemaVersion();
    return result;
}

}  // namespace ipprimer::store::org
