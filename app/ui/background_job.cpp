// A job's thread: runs the work, keeps its outcome, counts itself while it runs.
#include "ui/background_job.h"

#include <exception>

namespace ipprimer::ui {

std::atomic<int> BackgroundJob::running_jobs_{0};

BackgroundJob::~BackgroundJob() {
    if (thread_.joinable()) thread_.join();
}

bool BackgroundJob::start(Work work) {
    if (running()) return false;
    if (thread_.joinable()) thread_.join();  // an earlier job whose outcome nobody took
    outcome_ready_ = false;
    outcome_ = {};
    progress_.step("", 0, 0);
    ++running_jobs_;
    thread_ = std::thread([this, work = std::move(work)] {
        Outcome outcome;
        try {
            outcome.message = work(progress_);
        } catch (const std::exception& error) {
            outcome = {error.what(), true};
        } catch (...) {
            outcome = {"the work stopped with an unknown error", true};
        }
        outcome_ = std::move(outcome);
        outcome_ready_ = true;
        --running_jobs_;
    });
    return true;
}

std::optional<BackgroundJob::Outcome> BackgroundJob::takeOutcome() {
    if (!thread_.joinable() || !outcome_ready_) return std::nullopt;
    thread_.join();
    return std::move(outcome_);
}

}  // namespace ipprimer::ui
