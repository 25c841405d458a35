// The background sync's thread: wait, sync once, publish what happened.
#include "store/org_background.h"

#include "store/org_sync.h"
#include "store/postgres.h"
#include "store/sqlite_store.h"

namespace ipprimer::store::org {
BackgroundSync::BackgroundSync(std::filesystem::path database, std::function<void()> changed, Timing timing)
    : database_(std::move(database)), changed_(std::move(changed)), timing_(timing), thread_([this] { run(); }) {}

BackgroundSync::~BackgroundSync() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void BackgroundSync::syncSoon() {
    {
        std::lock_guard lock(mutex_);
        soon_ = true;
    }
    wake_.notify_all();
}

BackgroundState BackgroundSync::state() const {
    std::lock_guard lock(mutex_);
    return state_;
}

void BackgroundSync::publish(BackgroundState state) {
    {
        std::lock_guard lock(mutex_);
        if (state == state_) return;  // nothing new to show: the window sleeps on
        state_ = std::move(state);
    }
    if (changed_) changed_();
}

void BackgroundSync::run() {
    using Clock = std::chrono::steady_clock;
    Clock::time_point last_try{};
    bool first = true;
    for (;;) {
        const bool offline = state().kind == BackgroundState::Kind::Offline;
        const auto since = Clock::now() - last_try;
        bool asked = false;
        {
            std::lock_guard lock(mutex_);
            asked = soon_;
            soon_ = false;
        }
        // Records a learner just wrote go within a look; offline, not more
        // often than the retry pause, so an unreachable server costs little.
        if (first || asked || since >= timing_.period ||
            ((!offline || since >= timing_.retry) && recordsWaiting())) {
            syncOnce();
            last_try = Clock::now();
            first = false;
        }
        std::unique_lock lock(mutex_);
        wake_.wait_for(lock, timing_.look, [this] { return stop_ || soon_; });
        if (stop_) return;
    }
}

bool BackgroundSync::recordsWaiting() {
    try {
        SqliteStore store(database_);
        if (!linkedServer(store)) return false;
        const LinkStatus status = linkStatus(store);
        return status.waiting > status.held;  // held actions wait for a manager, not for a sync
    } catch (const std::exception&) {
        return false;  // syncOnce says what is wrong with the file
    }
}

void BackgroundSync::syncOnce() {
    BackgroundState next;
    try {
        SqliteStore store(database_);
        const std::optional<std::string> target = linkedServer(store);
        if (!target) {
            publish(next);  // NotLinked
            return;
        }
        {
            BackgroundState current = state();
            if (current.kind == BackgroundState::Kind::NotLinked) {
                current.kind = BackgroundState::Kind::Syncing;
                publish(current);
            }
        }
        try {
            synchronise(store, *target);
            next.kind = BackgroundState::Kind::Synced;
        } catch (const pg::ServerError& error) {
            next.kind = error.connectionLost() ? BackgroundState::Kind::Offline : BackgroundState::Kind::Refused;
            next.message = error.what();
        }
        const LinkStatus status = linkStatus(store);
        next.last_sync = status.last_sync.value_or(0);
        next.waiting = status.waiting;
        next.held = status.held;
    } catch (const std::exception& error) {
        next.kind = BackgroundState::Kind::Refused;
        next.message = error.what();
    }
    publish(next);
}

}  // namespace ipprimer::store::org
