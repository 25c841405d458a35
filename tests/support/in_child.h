// Runs a piece of a test in a forked child, as another user or on a file
// system of its own, and hands back the text it produced: what a test needs
// to see a read-only file or a full disk as a user would, when the test runs
// as root (who may write anything) on a disk with room.
#pragma once

#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace ipprimer::testing {

// The text `work` returns, run in a child process; nullopt when the child
// failed to run it (`prepare` returned false, or it crashed).
inline std::optional<std::string> inChild(const std::function<bool()>& prepare,
                                          const std::function<std::string()>& work) {
    int ends[2];
    if (pipe(ends) != 0) return std::nullopt;
    const pid_t child = fork();
    if (child < 0) return std::nullopt;
    if (child == 0) {
        close(ends[0]);
        if (!prepare()) _exit(3);
        std::string result;
        try {
            result = work();
        } catch (const std::exception& error) {
            result = error.what();
        }
        const ssize_t written = write(ends[1], result.data(), result.size());
        _exit(written == static_cast<ssize_t>(result.size()) ? 0 : 1);
    }
    close(ends[1]);
    std::string text;
    char buffer[4096];
    for (ssize_t n; (n = read(ends[0], buffer, sizeof buffer)) > 0;) text.append(buffer, static_cast<std::size_t>(n));
    close(ends[0]);
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
    return text;
}

// As the unprivileged user "nobody" (when the test runs as root; as itself otherwise).
inline bool becomeNobody() { return geteuid() != 0 || (setgid(65534) == 0 && setuid(65534) == 0); }

// With a `kilobytes` tmpfs mounted on `folder`, seen by this process alone:
// a disk that fills up. False where mount namespaces are not allowed.
inline bool onTinyDisk(const std::filesystem::path& folder, int kilobytes) {
    if (unshare(CLONE_NEWNS) != 0 && (unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)) return false;
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) return false;
    const std::string options = "size=" + std::to_string(kilobytes) + "k";
    return mount("tmpfs", folder.c_str(), "tmpfs", 0, options.c_str()) == 0;
}

}  // namespace ipprimer::testing
