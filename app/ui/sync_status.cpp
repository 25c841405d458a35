// The sync's state in words.
#include "ui/sync_status.h"

#include "base/dates.h"
#include "base/wording.h"

namespace ipprimer::ui {
namespace {

using Kind = store::org::BackgroundState::Kind;

std::string ago(std::int64_t then, std::int64_t now) {
    const std::int64_t minutes = (now - then) / 60'000;
    if (minutes < 1) return "just now";
    if (minutes == 1) return "a minute ago";
    if (minutes < 60) return std::to_string(minutes) + " minutes ago";
    if (minutes < 24 * 60 && localDate(then) == localDate(now)) return "at " + localTimeText(then, "%H:%M");
    return "on " + localTimeText(then, "%Y-%m-%d");
}

std::string records(std::int64_t count) { return countText(count, "record", "records"); }

std::string heldNote(std::int64_t held) {
    if (held == 0) return "";
    return "\n" + std::to_string(held) + (held == 1 ? " manager's action (a due date or archiving) waits"
                                                    : " managers' actions (due dates, archiving) wait") +
           " for a manager's login: ipprimer sync --server <the manager's connection>.";
}

}  // namespace

SyncStatusLine syncStatusLine(const store::org::BackgroundState& state, std::int64_t now) {
    SyncStatusLine line;
    switch (state.kind) {
    case Kind::NotLinked: break;
    case Kind::Syncing:
        line.text = "syncing...";
        line.tooltip = "Sending this computer's records to the organisation's server.";
        break;
    case Kind::Synced:
        line.text = "synced " + ago(state.last_sync, now);
        line.tooltip = "This computer's records are on the organisation's server, and its learners' records from "
                       "other computers are here." + heldNote(state.held);
        break;
    case Kind::Offline:
        line.text = state.waiting > 0 ? "offline: " + records(state.waiting) + " waiting" : "offline";
        line.tooltip = "The organisation's server cannot be reached. Nothing is lost: records stay on this computer "
                       "and are sent when it is back." +
                       std::string(state.last_sync > 0 ? "\nLast synced " + ago(state.last_sync, now) + "." : "") +
                       heldNote(state.held) + "\n\n" + state.message;
        line.warning = state.waiting > 0;
        break;
    case Kind::Refused:
        line.text = "the server refused the sync";
        line.tooltip = state.message + "\n\nRecords stay on this computer (" + records(state.waiting) +
                       " waiting). Show this to IT.";
        line.warning = true;
        break;
    }
    return line;
}

}  // namespace ipprimer::ui
