#include "platform/browser.h"

#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <thread>
#include <vector>

extern char** environ;

namespace ipprimer::platform {

namespace {

// `shown` is how a message names the address (a long mailto: link is cut).
bool handToDesktop(const std::string& url, const std::string& program, const std::string& shown, std::string& error) {
    std::vector<char*> argv = {const_cast<char*>("xdg-open"), const_cast<char*>(url.c_str()), nullptr};
    pid_t pid = 0;
    if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, argv.data(), environ) != 0) {
        error = "Could not start " + program + " (xdg-open is missing). The address is: " + shown;
        return false;
    }
    // xdg-open usually hands the address to a running browser and exits at
    // once, which tells whether it worked. On some desktops it runs the
    // browser itself and waits for it; the window must not freeze meanwhile,
    // so after two seconds a thread of its own waits for it instead.
    int status = 0;
    for (int waited_ms = 0; waited_ms < 2000; waited_ms += 20) {
        if (waitpid(pid, &status, WNOHANG) == pid) {
            if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
                error = "The " + program.substr(program.find(' ') + 1) + " did not open. The address is: " + shown;
                return false;
            }
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    std::thread([pid] { waitpid(pid, nullptr, 0); }).detach();
    return true;
}

}  // namespace

bool openInBrowser(const std::string& url, std::string& error) {
    if (!url.starts_with("https://")) {
        error = "Only https: links are opened.";
        return false;
    }
    return handToDesktop(url, "a browser", url, error);
}

bool openMailMessage(const std::string& mailto, std::string& error) {
    if (!mailto.starts_with("mailto:")) {
        error = "Only mailto: links open the mail program.";
        return false;
    }
    const std::string shown = mailto.size() > 120 ? mailto.substr(0, 117) + "..." : mailto;
    return handToDesktop(mailto, "a mail program", shown, error);
}

}  // namespace ipprimer::platform
