// Starting the service: a free port, node with the service's settings in its
// environment, then waiting until its about resource answers.
#include "lrs_service.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fcntl.h>
#include <thread>
#include <vector>

extern char** environ;

namespace ipprimer::testing {
namespace {

int freePort() {
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(probe);
    return ntohs(address.sin_port);
}

bool answers(int port) {
    const int connection = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    const bool connected = ::connect(connection, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(connection);
    return connected;
}

}  // namespace

std::filesystem::path lrsServiceFolder() {
    if (const char* folder = getenv("IPPRIMER_LRS_SERVICE"); folder && *folder) return folder;
    return "/opt/ipprimer-test/lrs";
}

LrsService::LrsService() {
    const std::filesystem::path script = lrsServiceFolder() / "node_modules/xapi-statements/dist/index.js";
    if (!std::filesystem::exists(script)) {
        problem_ = "the LRS is not installed (" + script.string() + " is missing); run tools/install-deps";
        return;
    }
    char pattern[] = "/tmp/ipprimer-lrs-XXXXXX";
    if (!mkdtemp(pattern)) {
        problem_ = "cannot make a folder for the LRS";
        return;
    }
    folder_ = pattern;
    port_ = freePort();
    std::vector<std::string> environment;
    for (char** e = environ; *e; ++e) environment.emplace_back(*e);
    for (std::string setting : {"AUTH_REPO=test", "EVENTS_REPO=test", "MODELS_REPO=memory", "STORAGE_REPO=local",
                                "WINSTON_CONSOLE_LEVEL=error"})
        environment.push_back(setting);
    environment.push_back("EXPRESS_PORT=" + std::to_string(port_));
    environment.push_back("FS_LOCAL_STORAGE_DIR=" + (folder_ / "storage").string());
    std::vector<char*> env;
    for (std::string& entry : environment) env.push_back(entry.data());
    env.push_back(nullptr);
    std::string node = "node", path = script.string();
    std::vector<char*> argv = {node.data(), path.data(), nullptr};

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addchdir_np(&actions, folder_.c_str());
    const std::string log = (folder_ / "lrs.log").string();
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    const int spawned = posix_spawnp(&pid_, "node", &actions, nullptr, argv.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        pid_ = 0;
        problem_ = "cannot start node (is nodejs installed? run tools/install-deps)";
        return;
    }
    for (int waited = 0; waited < 600; ++waited) {  // up to a minute on a loaded machine
        if (answers(port_)) {
            ready_ = true;
            return;
        }
        if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
            pid_ = 0;
            problem_ = "the LRS stopped at start; see " + log;
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    problem_ = "the LRS did not listen on port " + std::to_string(port_) + " within a minute; see " + log;
}

LrsService::~LrsService() {
    if (pid_ > 0) {
        kill(pid_, SIGTERM);
        waitpid(pid_, nullptr, 0);
    }
    std::error_code ignored;
    if (!folder_.empty()) std::filesystem::remove_all(folder_, ignored);
}

std::string LrsService::endpoint() const { return "http://127.0.0.1:" + std::to_string(port_) + "/xAPI"; }

}  // namespace ipprimer::testing
