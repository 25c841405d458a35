// The watchers of long work: none, a terminal's line, a bar's shared state.
#include "base/work_progress.h"

#include <unistd.h>

namespace ipprimer {
namespace {

class NoProgress : public WorkProgress {
public:
    void step(std::string_view, std::int64_t, std::int64_t) override {}
};

// 10000 as "10,000", as the screens write counts (ui's thousands() sits above base).
std::string grouped(std::int64_t number) {
    std::string digits = std::to_string(number < 0 ? -number : number);
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), ",");
    return number < 0 ? "-" + digits : digits;
}

constexpr auto kRedrawEvery = std::chrono::milliseconds(100);

}  // namespace

WorkProgress& noProgress() {
    static NoProgress none;
    return none;
}

std::string progressLine(std::string_view what, std::int64_t done, std::int64_t total) {
    std::string line = std::string(what) + ": " + grouped(done);
    if (total > 0) line += " of " + grouped(total) + " (" + std::to_string(done * 100 / total) + "%)";
    return line;
}

TerminalProgress::TerminalProgress(std::FILE* out) : out_(out), terminal_(out && isatty(fileno(out)) == 1) {}

TerminalProgress::~TerminalProgress() { clear(); }

void TerminalProgress::step(std::string_view what, std::int64_t done, std::int64_t total) {
    if (!terminal_) return;
    const auto now = std::chrono::steady_clock::now();
    const bool last = total > 0 && done >= total;
    if (shown_ && !last && now - last_ < kRedrawEvery) return;
    last_ = now;
    shown_ = true;
    // \r back to the line's start, \033[K erases what a longer line left.
    std::fprintf(out_, "\r%s\033[K", progressLine(what, done, total).c_str());
    std::fflush(out_);
}

void TerminalProgress::clear() {
    if (!shown_) return;
    shown_ = false;
    std::fprintf(out_, "\r\033[K");
    std::fflush(out_);
}

void SharedProgress::step(std::string_view what, std::int64_t done, std::int64_t total) {
    std::lock_guard lock(mutex_);
    if (state_.what != what) state_.what = what;
    state_.done = done;
    state_.total = total;
}

SharedProgress::State SharedProgress::state() const {
    std::lock_guard lock(mutex_);
    return state_;
}

}  // namespace ipprimer
