// The sync and the organisation's report through a shared folder (see
// org_folder.h), for companies without a server: the same steps as with a
// server, on the same interfaces of the store.
#pragma once

#include <filesystem>

#include "base/dates.h"
#include "progress/status.h"
#include "store/dashboard.h"
#include "store/org_folder.h"
#include "store/org_sync.h"

namespace ipprimer::store::org {

// Writes this installation's new records as a segment of its own, then takes
// every other installation's new segments. Throws pg::ServerError (cannot be
// reached) when the folder is missing, StoreError when a file cannot be
// written or read; whatever was taken before stays taken.
SyncReport synchroniseWithFolder(Store& store, const std::filesystem::path& folder, const SyncOptions& options = {});

// The organisation's dashboard from every installation's segments, by the
// same rules as a PC's (the records gathered into a store in memory).
Dashboard loadFolderDashboard(const std::filesystem::path& folder, const progress::Curriculum& curriculum, Date today,
                              bool include_archived = false);

}  // namespace ipprimer::store::org
