// The sync in the background while the window is open: a thread of its own,
// with its own connection to the records file and to the server, so that no
// frame ever waits for the network. It syncs at start, then whenever records
// wait to be sent (it looks every few seconds) and every few minutes to
// receive what others wrote; the window reads its state.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace ipprimer::store::org {

struct BackgroundState {
    enum class Kind {
        NotLinked,  // this computer has not joined a server: nothing to show
        Syncing,    // the first sync has not ended yet
        Synced,     // the last sync went through
        Offline,    // the server could not be reached: records wait here
        Refused,    // the server (or the file) refused: `message` says why
    };
    Kind kind = Kind::NotLinked;
    std::int64_t last_sync = 0;  // unix ms of the last sync that went through; 0: none
    std::int64_t waiting = 0;    // records not yet sent
    std::int64_t held = 0;       // of those, managers' actions waiting for a manager's login
    std::string message;         // Refused and Offline: what the server or the file said

    bool operator==(const BackgroundState&) const = default;
};

class BackgroundSync {
public:
    struct Timing {
        std::chrono::milliseconds look = std::chrono::seconds(10);     // for records waiting to be sent
        std::chrono::milliseconds period = std::chrono::minutes(2);    // a sync at least this often
        std::chrono::milliseconds retry = std::chrono::seconds(30);    // after the server could not be reached
    };
    // `changed` is called from the sync's thread whenever the state changes
    // (the window wakes up to show it). Starts the thread at once.
    BackgroundSync(std::filesystem::path database, std::function<void()> changed, Timing timing);
    BackgroundSync(std::filesystem::path database, std::function<void()> changed)
        : BackgroundSync(std::move(database), std::move(changed), Timing{}) {}
    // Stops the thread, waiting for a sync under way to end its batch.
    ~BackgroundSync();
    BackgroundSync(const BackgroundSync&) = delete;
    BackgroundSync& operator=(const BackgroundSync&) = delete;

    // Sync now rather than at the next look (the user asked).
    void syncSoon();
    BackgroundState state() const;

private:
    void run();
    // Whether the store is linked and has records waiting.
    bool recordsWaiting();
    void syncOnce();
    void publish(BackgroundState state);

    std::filesystem::path database_;
    std::function<void()> changed_;
    Timing timing_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool stop_ = false;
    bool soon_ = false;
    BackgroundState state_;
    std::thread thread_;  // last: started once everything above is ready
};

}  // namespace ipprimer::store::org
