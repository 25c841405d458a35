// The sync between this installation and its organisation's server: push the
// events the server has not acknowledged, in batches, then pull the roster
// and the records of this PC's learners that other PCs wrote. Safe to stop at
// any point and run again: the server keeps an event once by its UUID, and an
// event counts as sent only after the server committed it.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "store/postgres.h"
#include "store/store.h"

namespace ipprimer::store::org {

// Where the link is kept in the local store's settings.
inline constexpr std::string_view kServerSetting = "organisation.server";      // the target, never a password
inline constexpr std::string_view kPushedSetting = "organisation.pushed";      // journal position sent up to
inline constexpr std::string_view kPulledSetting = "organisation.pulled";      // the server's horizon pulled up to
inline constexpr std::string_view kHeldSetting = "organisation.held";          // managers' actions waiting (JSON)
inline constexpr std::string_view kLastSyncSetting = "organisation.last_sync";  // unix ms of the last whole sync

struct SyncReport {
    std::int64_t registered = 0;     // learners the organisation did not know
    std::int64_t sent = 0;           // events sent
    std::int64_t new_on_server = 0;  // of those, the ones the server did not have
    std::int64_t held = 0;           // managers' actions waiting for a manager's login
    std::int64_t received = 0;       // events of this PC's learners from other PCs
    std::int64_t roster = 0;         // learners added or changed on the roster
};

struct SyncOptions {
    std::size_t batch_size = 1000;
    // Called after each batch the server committed (for a progress line).
    std::function<void(const SyncReport&)> progress;
};

// The server's connection text this store is linked to, or nullopt.
std::optional<std::string> linkedServer(Store& store);

// Links the store to a server: remembers `target` (refused when it holds a
// password: libpq reads those from ~/.pgpass or PGPASSWORD), and registers
// this installation there. Throws ServerError or StoreError.
void join(Store& store, pg::Connection& server, const std::string& target, const std::string& computer_name);

// Links the store to a shared folder instead (an absolute path or a file://
// URL; see org_folder.h). Throws when the folder cannot be reached.
void joinFolder(Store& store, const std::string& target);

// One sync. Throws ServerError when the server cannot be reached or refuses,
// having kept whatever was committed before (the next sync goes on from there).
SyncReport synchronise(Store& store, pg::Connection& server, const SyncOptions& options = {});
// One sync with what `target` names: a shared folder, or a server to connect to.
SyncReport synchronise(Store& store, const std::string& target, const SyncOptions& options = {});

struct LinkStatus {
    std::string server;                   // empty: not linked
    std::optional<std::int64_t> last_sync;  // unix ms
    std::int64_t waiting = 0;             // events not yet sent
    std::int64_t held = 0;                // of those, managers' actions waiting for a manager's login
};
LinkStatus linkStatus(Store& store);

}  // namespace ipprimer::store::org
