// The sync command: one sync with the server this PC joined.
#include "cli/sync_command.h"

#include <CLI/CLI.hpp>

#include <cstdio>

#include "base/wording.h"
#include "cli/store_access.h"
#include "store/org_folder_sync.h"
#include "store/org_sync.h"
#include "store/postgres.h"

namespace ipprimer::cli {

CLI::App* addSyncCommand(CLI::App& cli, SyncOptions& options) {
    CLI::App* sync = cli.add_subcommand("sync", "Send this computer's records to the organisation's server and receive "
                                                "its learners' records from other computers, once");
    sync->add_option("--batch-size", options.batch_size, "Records sent per transaction (default 1000)")
        ->check(CLI::Range(1, 100000));
    sync->add_option("--server", options.server,
                     "Use this connection for this sync only, not the one joined with: a manager's login, say, to "
                     "send the managers' actions recorded on this computer");
    sync->footer("Link the computer first with `ipprimer org join URL`. Stopping a sync at any point loses nothing: "
                 "the next one goes on from what the server confirmed.");
    return sync;
}

int runSync(const GlobalOptions& global, const SyncOptions& options) {
    auto store = openStoreFor(global, "sync");
    if (!store) return kExitBadInput;
    try {
        const std::optional<std::string> target = store::org::linkedServer(*store);
        if (!target) {
            std::fprintf(stderr, "ipprimer sync: %s is not linked to an organisation's server; link it with: "
                                 "ipprimer org join URL\n",
                         store->path().c_str());
            return kExitBadInput;
        }
        const std::string& with = options.server.empty() ? *target : options.server;
        store::org::SyncOptions sync_options;
        sync_options.batch_size = options.batch_size;
        store::org::SyncReport report;
        if (store::org::isFolderTarget(with)) {
            report = store::org::synchroniseWithFolder(*store, store::org::folderOf(with), sync_options);
            std::printf("Synced with the shared folder %s.\n", store::org::folderOf(with).c_str());
        } else {
            store::pg::Connection server(with);
            report = store::org::synchronise(*store, server, sync_options);
            std::printf("Synced with %s.\n", server.describe().c_str());
        }
        std::printf("Sent %s (%lld new to the %s); received %s from other computers and %s.\n",
                    countText(report.sent, "record", "records").c_str(), static_cast<long long>(report.new_on_server),
                    store::org::isFolderTarget(with) ? "folder" : "server",
                    countText(report.received, "record", "records").c_str(),
                    countText(report.roster, "roster change", "roster changes").c_str());
        if (report.registered > 0)
            std::printf("%s of this computer joined the organisation's roster.\n",
                        countText(report.registered, "learner", "learners").c_str());
        if (report.held > 0)
            std::printf("%s for a manager's login (a device login may not send due dates or archiving): run "
                        "ipprimer sync --server <the manager's connection>\n",
                        countText(report.held, "manager's action waits", "managers' actions wait").c_str());
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer sync: %s\n", error.what());
        return kExitBadInput;
    }
    return kExitOk;
}

}  // namespace ipprimer::cli
