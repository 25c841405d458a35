// Long work started from a screen (an export of 10,000 learners), run on a
// thread of its own so that frames go on; each frame reads how far it is (for
// a bar) and, once it ended, what it says. The work must own what it reads:
// copies made on the frame's thread, never a screen's members or the store.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "base/work_progress.h"

namespace ipprimer::ui {

class BackgroundJob {
public:
    // Returns what to tell the user; throws with a message on failure.
    using Work = std::function<std::string(WorkProgress& progress)>;
    struct Outcome {
        std::string message;
        bool failed = false;
    };

    BackgroundJob() = default;
    ~BackgroundJob();  // waits for work still running: a file is never left half written
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;

    // Starts `work`; false (and nothing started) while earlier work still runs.
    bool start(Work work);
    bool running() const { return thread_.joinable() && !outcome_ready_; }
    SharedProgress::State progress() const { return progress_.state(); }
    // Once, after the work ended: its message or its error.
    std::optional<Outcome> takeOutcome();

    // True while any job of the program runs: the platform keeps drawing
    // frames (a few a second) instead of sleeping until an event.
    static bool anyRunning() { return running_jobs_.load() > 0; }

private:
    std::thread thread_;
    SharedProgress progress_;
    std::atomic<bool> outcome_ready_{false};
    Outcome outcome_;  // written by the work's thread before outcome_ready_ is set
    static std::atomic<int> running_jobs_;
};

}  // namespace ipprimer::ui
