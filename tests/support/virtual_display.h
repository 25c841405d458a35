// A private X server for one GUI test run.
#pragma once

#include <sys/types.h>

#include <string>

namespace ipprimer::testing {

// Starts Xvfb and waits until it accepts connections; stops it when destroyed.
// Xvfb's -displayfd makes the server choose a free display number itself and
// report it once it is ready, so parallel tests never race for a number and
// no wrapper script (xvfb-run) has temporary files of its own to clean up.
class VirtualDisplay {
public:
    VirtualDisplay(int width, int height);
    ~VirtualDisplay();
    VirtualDisplay(const VirtualDisplay&) = delete;
    VirtualDisplay& operator=(const VirtualDisplay&) = delete;

    bool ready() const { return !name_.empty(); }
    // ":N", the value for DISPLAY; empty when the server did not start.
    const std::string& name() const { return name_; }
    // Why the server did not start, for a test's failure message.
    const std::string& problem() const { return problem_; }

private:
    pid_t pid_ = 0;
    std::string name_;
    std::string problem_;
};

// Waits up to `seconds` for a shown (mapped) top-level window titled `title` on `display`
// (asking xwininfo) and returns its X id, or "" if none appeared.
std::string waitForWindow(const std::string& display, const std::string& title, int seconds = 10);

}  // namespace ipprimer::testing
