// The one unobtrusive place where the window says how its sync stands:
// "synced 2 minutes ago", "offline: 14 records waiting", "the server refused
// the sync", with what to do in the tooltip. Plain text in, plain text out.
#pragma once

#include <cstdint>
#include <string>

#include "store/org_background.h"

namespace ipprimer::ui {

struct SyncStatusLine {
    std::string text;     // empty: nothing to show (not linked)
    std::string tooltip;  // what it means and what to do
    bool warning = false;
};

SyncStatusLine syncStatusLine(const store::org::BackgroundState& state, std::int64_t now);

}  // namespace ipprimer::ui
