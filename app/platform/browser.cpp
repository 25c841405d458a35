#include "platform/browser.h"

#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <thread>
#include <vector>

extern char** environ;

namespace ipprimer::platform {

bool openInBrowser(const std::string& url, std::string& error) {
    if (!url.starts_with("https://")) {
        error = "Only https: links are opened.";
        return false;
    }
    std::vector<char*> argv = {const_cast<char*>("xdg-open"), const_cast<char*>(url.c_str()), nullptr};
    pid_t pid = 0;
    if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, argv.data(), environ) != 0) {
        error = "Could not start a browser (xdg-open is missing). The address is: " + url;
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
                error = "The browser did not open. The address is: " + url;
                return false;
            }
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    std::thread([pid] { waitpid(pid, nullptr, 0); }).detach();
    return true;
}

}  // namespace ipprimer::platform
