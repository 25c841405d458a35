#include "virtual_display.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <regex>
#include <thread>
#include <vector>

#include "process.h"

extern char** environ;

namespace ipprimer::testing {

VirtualDisplay::VirtualDisplay(int width, int height) {
    int ready_pipe[2];
    if (pipe(ready_pipe) != 0) {
        problem_ = "cannot make a pipe for Xvfb";
        return;
    }
    std::vector<std::string> args = {"Xvfb", "-displayfd", std::to_string(ready_pipe[1]), "-screen", "0",
                                     std::to_string(width) + "x" + std::to_string(height) + "x24", "-nolisten", "tcp"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    // The server's own chatter (font path warnings and such) is not the test's output.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addclose(&actions, ready_pipe[0]);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    int spawned = posix_spawnp(&pid_, "Xvfb", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(ready_pipe[1]);
    if (spawned != 0) {
        pid_ = 0;
        close(ready_pipe[0]);
        problem_ = "cannot start Xvfb (is the xvfb package installed?)";
        return;
    }
    // Xvfb writes "N\n" when it listens; a generous limit for a loaded CI machine.
    std::string number;
    pollfd fd = {ready_pipe[0], POLLIN, 0};
    while (number.find('\n') == std::string::npos && poll(&fd, 1, 30000) > 0) {
        char buffer[16];
        ssize_t n = read(ready_pipe[0], buffer, sizeof buffer);
        if (n <= 0) break;
        number.append(buffer, static_cast<std::size_t>(n));
    }
    close(ready_pipe[0]);
    if (number.find('\n') == std::string::npos) {
        problem_ = "Xvfb did not report a display within 30 s";
        return;
    }
    name_ = ":" + number.substr(0, number.find('\n'));
}

VirtualDisplay::~VirtualDisplay() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
}

std::string waitForWindow(const std::string& display, const std::string& title, int seconds) {
    const std::regex line("(0x[0-9a-f]+) \"" + title + "\"");
    for (int tenth = 0; tenth < seconds * 10; ++tenth) {
        std::smatch found;
        const std::string tree = run("xwininfo", {"-display", display, "-root", "-tree"}).out;
        // A window exists before it is shown; a person sees it once it is mapped.
        if (std::regex_search(tree, found, line) &&
            run("xwininfo", {"-display", display, "-id", found[1].str()}).out.find("IsViewable") != std::string::npos)
            return found[1].str();
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return "";
}

}  // namespace ipprimer::testing
