// Runs the ipprimer binary as a user would, capturing what it prints.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace ipprimer::testing {

struct ProcessResult {
    int exit_code = -1;  // -1 when it did not exit normally
    std::string out;
    std::string err;
};

// Runs `program` with `args` (no shell), waits, returns exit code and output.
// `input` is written to its standard input; `environment` ("NAME=value")
// is added to, or replaces entries of, the test's own environment.
ProcessResult run(const std::string& program, const std::vector<std::string>& args, const std::string& input = "",
                  const std::vector<std::string>& environment = {});

// The binary under test with its arguments.
ProcessResult runIpprimer(const std::vector<std::string>& args, const std::string& input = "");

// Runs the binary on a private 1920x1080 X server of its own (Xvfb).
ProcessResult runIpprimerOnDisplay(const std::vector<std::string>& args);

// The binary started in the background with `environment` added (see run),
// its output discarded, for tests that watch a running window; stopped with
// SIGTERM when the object goes.
class BackgroundIpprimer {
public:
    BackgroundIpprimer(const std::vector<std::string>& args, const std::vector<std::string>& environment);
    ~BackgroundIpprimer();
    BackgroundIpprimer(const BackgroundIpprimer&) = delete;
    BackgroundIpprimer& operator=(const BackgroundIpprimer&) = delete;

    pid_t pid() const { return pid_; }  // 0 when it could not start
    bool running() const;                // still alive (not exited, not a zombie)

private:
    pid_t pid_ = 0;
};

// Any program started in the background with `environment` added (see run),
// its output (both streams) into `log`, for services a test starts for itself;
// stopped with SIGTERM (SIGKILL after 5 s) when the object goes, so a failed
// ASSERT leaves nothing running.
class BackgroundProcess {
public:
    BackgroundProcess(const std::string& program, const std::vector<std::string>& args,
                      const std::vector<std::string>& environment, const std::string& log);
    ~BackgroundProcess();
    BackgroundProcess(const BackgroundProcess&) = delete;
    BackgroundProcess& operator=(const BackgroundProcess&) = delete;

    pid_t pid() const { return pid_; }  // 0 when it could not start
    bool running() const;                // still alive (not exited, not a zombie)

private:
    pid_t pid_ = 0;
};

}  // namespace ipprimer::testing
