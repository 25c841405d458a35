// The org command: set up the organisation's server, link this PC to it, and
// say how the link stands.
#include "cli/org_command.h"

#include <CLI/CLI.hpp>

#include <cstdio>

#include "store/org_schema.h"
#include "store/postgres.h"

namespace ipprimer::cli {
namespace {

constexpr const char* kTargetHelp =
    "The server: a postgresql:// URL, key=value pairs, or service=NAME (libpq's conventions; the password "
    "comes from ~/.pgpass or PGPASSWORD, never from IP Primer)";

int runInit(const OrgOptions& options) {
    store::pg::Connection connection(options.url);
    const store::org::InitResult result = store::org::initialiseServer(connection);
    const std::string where = connection.describe();
    if (result.from_version == 0)
        std::printf("Created IP Primer's schema (version %d) in %s.\n", result.to_version, where.c_str());
    else if (result.from_version < result.to_version)
        std::printf("Upgraded IP Primer's schema in %s from version %d to %d.\n", where.c_str(), result.from_version,
                    result.to_version);
    else
        std::printf("IP Primer's schema in %s is up to date (version %d); roles and grants checked.\n", where.c_str(),
                    result.to_version);
    std::printf("\nThe roles are ready: %s for every PC, %s for managers. Give them logins, for example in psql:\n"
                "  CREATE ROLE laptops LOGIN IN ROLE %s;  \\password laptops\n"
                "  CREATE ROLE pat LOGIN IN ROLE %s, %s;  \\password pat\n"
                "Then hand out the device connection (without the password in it) for `ipprimer org join`.\n",
                store::org::kDeviceRole.data(), store::org::kManagerRole.data(), store::org::kDeviceRole.data(),
                store::org::kDeviceRole.data(), store::org::kManagerRole.data());
    return kExitOk;
}

}  // namespace

CLI::App* addOrgCommand(CLI::App& cli, OrgOptions& options) {
    CLI::App* org = cli.add_subcommand("org", "The organisation's server: set it up, link this PC to it, see the link");
    org->require_subcommand(1);
    CLI::App* init = org->add_subcommand("init", "Create or upgrade IP Primer's schema and roles on a PostgreSQL server (IT, once)");
    init->add_option("URL", options.url, kTargetHelp)->required();
    init->footer("Run as the database's owner or a superuser. Running it again is harmless; a server whose schema "
                 "is newer than this IP Primer is refused untouched.");
    return org;
}

int runOrg(const GlobalOptions& /*global*/, const OrgOptions& options, const CLI::App& org) {
    const char* name = "org";
    try {
        if (org.got_subcommand("init")) {
            name = "org init";
            return runInit(options);
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer %s: %s\n", name, error.what());
        return kExitBadInput;
    }
    return kExitBadArguments;
}

}  // namespace ipprimer::cli
