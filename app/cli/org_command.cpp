// The org command: set up the organisation's server, link this PC to it, and
// say how the link stands.
#include "cli/org_command.h"

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "base/dates.h"
#include "base/wording.h"
#include "cli/store_access.h"
#include "store/org_folder.h"
#include "store/org_schema.h"
#include "store/org_sync.h"
#include "store/postgres.h"

namespace ipprimer::cli {
namespace {

constexpr const char* kTargetHelp =
    "The server: a postgresql:// URL, key=value pairs, or service=NAME (libpq's conventions; the password "
    "comes from ~/.pgpass or PGPASSWORD, never from IP Primer)";
constexpr const char* kJoinTargetHelp =
    "The organisation's server (a postgresql:// URL, key=value pairs or service=NAME; the password comes from "
    "~/.pgpass or PGPASSWORD, never from IP Primer), or a shared folder (/path or file:///path) for a company "
    "without a server";

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

int runJoin(const GlobalOptions& global, const OrgOptions& options) {
    auto store = openStoreFor(global, "org join");
    if (!store) return kExitBadInput;
    // A folder named from here is kept by its whole path, as a link must be.
    std::error_code ignored;
    const std::string folder = !store::org::isFolderTarget(options.url) && std::filesystem::is_directory(options.url, ignored)
                                   ? std::filesystem::absolute(options.url).lexically_normal().string()
                                   : options.url;
    if (store::org::isFolderTarget(folder)) {
        store::org::joinFolder(*store, folder);
        std::printf("%s (installation %s) is linked to the shared folder %s.\n", store->path().c_str(),
                    store->journal().installation().c_str(), store::org::folderOf(folder).c_str());
        std::printf("Run `ipprimer sync` (the window syncs by itself); every linked computer reads the others' "
                    "records there.\n");
        return kExitOk;
    }
    if (store::pg::holdsPassword(options.url)) {
        std::fprintf(stderr, "ipprimer org join: the connection given holds a password, and IP Primer keeps none. "
                             "Give it without the password, and put the password in ~/.pgpass (mode 0600) or the "
                             "PGPASSWORD variable.\n");
        return kExitBadArguments;
    }
    store::pg::Connection server(options.url);
    store::org::join(*store, server, options.url, computerName());
    const store::org::LinkStatus status = store::org::linkStatus(*store);
    std::printf("%s (installation %s) is linked to %s.\n", store->path().c_str(),
                store->journal().installation().c_str(), server.describe().c_str());
    if (status.waiting > 0)
        std::printf("%s to be sent: run `ipprimer sync` (the window syncs by itself).\n",
                    (countText(status.waiting, "record waits", "records wait")).c_str());
    return kExitOk;
}

std::string howLongAgo(std::int64_t then, std::int64_t now) {
    const std::int64_t minutes = (now - then) / 60'000;
    if (minutes < 1) return "just now";
    if (minutes < 120) return countText(minutes, "minute", "minutes") + " ago";
    if (minutes < 48 * 60) return std::to_string(minutes / 60) + " hours ago";
    return std::to_string(minutes / (24 * 60)) + " days ago";
}

int runStatus(const GlobalOptions& global) {
    auto store = openStoreFor(global, "org status");
    if (!store) return kExitBadInput;
    const store::org::LinkStatus status = store::org::linkStatus(*store);
    if (status.server.empty()) {
        std::printf("%s is not linked to an organisation's server (ipprimer org join URL links it).\n",
                    store->path().c_str());
        return kExitOk;
    }
    std::printf("Linked to: %s\n", status.server.c_str());
    std::printf("Installation: %s\n", store->journal().installation().c_str());
    if (status.last_sync)
        std::printf("Last sync: %s (%s)\n", localTimeText(*status.last_sync, "%Y-%m-%d %H:%M").c_str(),
                    howLongAgo(*status.last_sync, store->now()).c_str());
    else
        std::printf("Last sync: never\n");
    std::printf("Waiting to be sent: %s\n", countText(status.waiting, "record", "records").c_str());
    if (status.held > 0)
        std::printf("Of these, %s for a manager's login (ipprimer sync --server ...).\n",
                    countText(status.held, "manager's action waits", "managers' actions wait").c_str());
    return kExitOk;
}

}  // namespace

std::string computerName() {
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0) return "";
    return name;
}

CLI::App* addOrgCommand(CLI::App& cli, OrgOptions& options) {
    CLI::App* org = cli.add_subcommand("org", "The organisation's server: set it up, link this PC to it, see the link");
    org->require_subcommand(1);
    CLI::App* init = org->add_subcommand("init", "Create or upgrade IP Primer's schema and roles on a PostgreSQL server (IT, once)");
    init->add_option("URL", options.url, kTargetHelp)->required();
    init->footer("Run as the database's owner or a superuser. Running it again is harmless; a server whose schema "
                 "is newer than this IP Primer is refused untouched.");
    CLI::App* join = org->add_subcommand("join", "Link this computer's records (--db) to the organisation's server");
    join->add_option("URL", options.url, kJoinTargetHelp)->required();
    join->footer("The computer is given an installation id; the connection is kept, never a password. The next "
                 "sync sends every record already here, and learners are matched by employee id.");
    org->add_subcommand("status", "Say which server this computer is linked to, when it last synced, what waits");
    return org;
}

int runOrg(const GlobalOptions& global, const OrgOptions& options, const CLI::App& org) {
    const char* name = "org";
    try {
        if (org.got_subcommand("init")) {
            name = "org init";
            return runInit(options);
        }
        if (org.got_subcommand("join")) {
            name = "org join";
            return runJoin(global, options);
        }
        if (org.got_subcommand("status")) {
            name = "org status";
            return runStatus(global);
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer %s: %s\n", name, error.what());
        return kExitBadInput;
    }
    return kExitBadArguments;
}

}  // namespace ipprimer::cli
