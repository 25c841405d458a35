// How far long work has come (demo data for 10,000 learners, an import, an
// export, a report file, a sync), told to whoever started it: a line on a
// terminal, a bar in the window, or no one. The work says what it is doing
// and how many of how many steps are done; the watcher decides how to show it.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <string>
#include <string_view>

namespace ipprimer {

class WorkProgress {
public:
    virtual ~WorkProgress() = default;
    // `done` of `total` steps of `what` ("Writing learners"); total 0 when
    // not known. Called often: a watcher keeps it cheap.
    virtual void step(std::string_view what, std::int64_t done, std::int64_t total) = 0;
};

// Tells no one: the default for work nobody watches.
WorkProgress& noProgress();

// A line on a terminal, "Writing learners: 4,500 of 10,000 (45%)", rewritten
// in place at most ten times a second and cleared at the end; nothing at all
// when `out` is not a terminal (a pipe, a file, a test), so logs and scripts
// never see it.
class TerminalProgress : public WorkProgress {
public:
    explicit TerminalProgress(std::FILE* out = stderr);
    ~TerminalProgress() override;  // clears the line
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;
    void step(std::string_view what, std::int64_t done, std::int64_t total) override;
    // Clears the line, so that what the command prints next starts clean.
    void clear();
    bool onTerminal() const { return terminal_; }

private:
    std::FILE* out_;
    bool terminal_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point last_{};
};

// For work on a thread of its own: the last step, read by the frame that
// draws the bar (or by a test) from another thread.
class SharedProgress : public WorkProgress {
public:
    struct State {
        std::string what;
        std::int64_t done = 0;
        std::int64_t total = 0;
        // 0 to 1; 0 while the total is not known.
        float fraction() const { return total > 0 ? static_cast<float>(done) / static_cast<float>(total) : 0.0f; }
    };
    void step(std::string_view what, std::int64_t done, std::int64_t total) override;
    State state() const;

private:
    mutable std::mutex mutex_;
    State state_;
};

// "Writing learners: 4,500 of 10,000 (45%)", or "Writing learners: 4,500" with no total.
std::string progressLine(std::string_view what, std::int64_t done, std::int64_t total);

}  // namespace ipprimer
