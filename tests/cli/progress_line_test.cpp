// demo-data for many learners says how far it is on a terminal, and says
// nothing of the kind when its output goes to a pipe or a file.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>

#include "process.h"
#include "temp_folder.h"

using namespace ipprimer::testing;

TEST(ProgressLine, NoneWhenTheOutputIsNotATerminal) {
    const TempFolder temp("ipprimer-progress");
    const std::string db = (temp.path() / "demo.db").string();
    const ProcessResult r = runIpprimer({"demo-data", "--learners", "600", "--db", db});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("Wrote 600 learners"), std::string::npos) << r.out;
    for (const std::string* text : {&r.out, &r.err}) {
        EXPECT_EQ(text->find('\r'), std::string::npos) << *text;
        EXPECT_EQ(text->find("Making up learners"), std::string::npos) << *text;
    }
}

TEST(ProgressLine, ATerminalSeesHowFarDemoDataIs) {
    const TempFolder temp("ipprimer-progress");
    const std::string db = (temp.path() / "demo.db").string();
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    ASSERT_GE(master, 0);
    ASSERT_EQ(grantpt(master), 0);
    ASSERT_EQ(unlockpt(master), 0);
    const std::string terminal = ptsname(master);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        const int tty = open(terminal.c_str(), O_RDWR);
        const int nothing = open("/dev/null", O_WRONLY);
        dup2(nothing, 1);  // the summary elsewhere: only the progress line on the terminal
        dup2(tty, 2);
        execl(IPPRIMER_BINARY, IPPRIMER_BINARY, "--course", IPPRIMER_SOURCE_DIR, "demo-data", "--learners", "600",
              "--db", db.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    std::string seen;
    char buffer[4096];
    for (ssize_t n; (n = read(master, buffer, sizeof buffer)) > 0;) seen.append(buffer, static_cast<std::size_t>(n));
    int status = 0;
    waitpid(child, &status, 0);
    close(master);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << seen;
    EXPECT_NE(seen.find("Making up learners: "), std::string::npos) << seen;
    EXPECT_NE(seen.find(" of 600 ("), std::string::npos) << seen;
}
