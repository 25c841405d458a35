// A real LRS of the test's own: Learning Locker's statement service
// (npm package xapi-statements, installed by tools/install-deps) run by
// node with its models in memory, on a loopback port, stopped when the
// object goes. Its statements resource checks statements with Learning
// Locker's own xAPI validation, as a company's LRS would.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>

namespace ipprimer::testing {

// Where tools/install-deps puts the service (IPPRIMER_LRS_SERVICE overrides).
std::filesystem::path lrsServiceFolder();

class LrsService {
public:
    LrsService();
    ~LrsService();
    LrsService(const LrsService&) = delete;
    LrsService& operator=(const LrsService&) = delete;

    bool ready() const { return ready_; }
    const std::string& problem() const { return problem_; }
    std::string endpoint() const;  // http://127.0.0.1:PORT/xAPI

private:
    pid_t pid_ = 0;
    int port_ = 0;
    bool ready_ = false;
    std::string problem_;
    std::filesystem::path folder_;  // its working folder (storage, logs)
};

}  // namespace ipprimer::testing
