#include "process.h"

#include "virtual_display.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <thread>

extern char** environ;

namespace ipprimer::testing {

namespace {
// The current environment with `overrides` ("NAME=value") put in place.
std::vector<std::string> environmentWith(const std::vector<std::string>& overrides) {
    std::vector<std::string> result;
    for (char** e = environ; *e; ++e) {
        std::string entry = *e;
        std::string name = entry.substr(0, entry.find('='));
        bool replaced = false;
        for (const std::string& o : overrides) replaced = replaced || o.substr(0, o.find('=')) == name;
        if (!replaced) result.push_back(entry);
    }
    result.insert(result.end(), overrides.begin(), overrides.end());
    return result;
}
// posix_spawn's argument and environment arrays, pointing into strings kept here.
struct SpawnArguments {
    std::vector<std::string> words, environment;
    std::vector<char*> argv, envp;

    SpawnArguments(const std::string& program, const std::vector<std::string>& args,
                   const std::vector<std::string>& overrides)
        : environment(environmentWith(overrides)) {
        words.push_back(program);
        words.insert(words.end(), args.begin(), args.end());
        for (std::string& word : words) argv.push_back(word.data());
        argv.push_back(nullptr);
        for (std::string& variable : environment) envp.push_back(variable.data());
        envp.push_back(nullptr);
    }
};

}  // namespace

ProcessResult run(const std::string& program, const std::vector<std::string>& args, const std::string& input,
                  const std::vector<std::string>& environment) {
    int in_pipe[2], out_pipe[2], err_pipe[2];
    if (pipe(in_pipe) || pipe(out_pipe) || pipe(err_pipe)) return {};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in_pipe[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]})
        posix_spawn_file_actions_addclose(&actions, fd);
    SpawnArguments arguments(program, args, environment);
    pid_t pid = 0;
    int spawned = posix_spawnp(&pid, program.c_str(), &actions, nullptr, arguments.argv.data(), arguments.envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(in_pipe[0]);
    close(out_pipe[1]);
    close(err_pipe[1]);
    ProcessResult result;
    if (spawned != 0) {
        close(in_pipe[1]);
        close(out_pipe[0]);
        close(err_pipe[0]);
        result.err = "cannot start " + program;
        return result;
    }
    if (!input.empty()) {
        ssize_t ignored = write(in_pipe[1], input.data(), input.size());
        (void)ignored;
    }
    close(in_pipe[1]);
    // Read both pipes until they close, so a chatty child never blocks.
    pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
    std::string* sinks[2] = {&result.out, &result.err};
    int open_count = 2;
    char buffer[4096];
    while (open_count > 0) {
        if (poll(fds, 2, -1) < 0) break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
            ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                sinks[i]->append(buffer, static_cast<std::size_t>(n));
            } else {
                close(fds[i].fd);
                fds[i].fd = -1;
                --open_count;
            }
        }
    }
    int status = 0;
    waitpid(pid, &status, 0);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

ProcessResult runIpprimer(const std::vector<std::string>& args, const std::string& input) {
    return run(IPPRIMER_BINARY, args, input);
}

ProcessResult runIpprimerOnDisplay(const std::vector<std::string>& args) {
    VirtualDisplay display(1920, 1080);
    if (!display.ready()) {
        ProcessResult failed;
        failed.err = display.problem();
        return failed;
    }
    return run(IPPRIMER_BINARY, args, "", {"DISPLAY=" + display.name()});
}

BackgroundIpprimer::BackgroundIpprimer(const std::vector<std::string>& args,
                                       const std::vector<std::string>& environment) {
    SpawnArguments spawned(IPPRIMER_BINARY, args, environment);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    if (posix_spawn(&pid_, IPPRIMER_BINARY, &actions, nullptr, spawned.argv.data(), spawned.envp.data()) != 0) pid_ = 0;
    posix_spawn_file_actions_destroy(&actions);
}

BackgroundIpprimer::~BackgroundIpprimer() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
}

bool BackgroundIpprimer::running() const {
    if (pid_ <= 0) return false;
    int status = 0;
    return waitpid(pid_, &status, WNOHANG) == 0;
}

BackgroundProcess::BackgroundProcess(const std::string& program, const std::vector<std::string>& args,
                                     const std::vector<std::string>& environment, const std::string& log) {
    SpawnArguments spawned(program, args, environment);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    if (posix_spawnp(&pid_, program.c_str(), &actions, nullptr, spawned.argv.data(), spawned.envp.data()) != 0) pid_ = 0;
    posix_spawn_file_actions_destroy(&actions);
}

BackgroundProcess::~BackgroundProcess() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    for (int tenth = 0; tenth < 50; ++tenth) {
        if (waitpid(pid_, nullptr, WNOHANG) != 0) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
}

bool BackgroundProcess::running() const {
    if (pid_ <= 0) return false;
    int status = 0;
    return waitpid(pid_, &status, WNOHANG) == 0;
}

}  // namespace ipprimer::testing
