// The progress line of long work: on a terminal it says how far the work
// is, in place, and clears itself; into a pipe or a file it writes nothing.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "base/work_progress.h"

using namespace ipprimer;

namespace {

std::string readAvailable(int fd) {
    std::string text;
    char buffer[4096];
    const int flags = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) text.append(buffer, static_cast<std::size_t>(n));
    return text;
}

}  // namespace

TEST(WorkProgress, ALineSaysWhatHowManyOfHowManyAndThePercent) {
    EXPECT_EQ(progressLine("Writing learners", 4500, 10000), "Writing learners: 4,500 of 10,000 (45%)");
    EXPECT_EQ(progressLine("Reading the records", 0, 0), "Reading the records: 0");
    EXPECT_EQ(progressLine("Making up learners", 1234567, 1234567), "Making up learners: 1,234,567 of 1,234,567 (100%)");
}

TEST(WorkProgress, NothingGoesIntoAPipe) {
    int ends[2];
    ASSERT_EQ(pipe(ends), 0);
    std::FILE* out = fdopen(ends[1], "w");
    ASSERT_NE(out, nullptr);
    {
        TerminalProgress progress(out);
        EXPECT_FALSE(progress.onTerminal());
        for (int i = 0; i <= 10; ++i) progress.step("Writing learners", i, 10);
    }
    std::fclose(out);
    EXPECT_EQ(readAvailable(ends[0]), "") << "a log or a script never sees a progress line";
    close(ends[0]);
}

TEST(WorkProgress, ATerminalSeesTheLineInPlaceAndThenNoLine) {
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    ASSERT_GE(master, 0);
    ASSERT_EQ(grantpt(master), 0);
    ASSERT_EQ(unlockpt(master), 0);
    const int terminal = open(ptsname(master), O_RDWR | O_NOCTTY);
    ASSERT_GE(terminal, 0);
    std::FILE* out = fdopen(terminal, "w");
    ASSERT_NE(out, nullptr);
    {
        TerminalProgress progress(out);
        EXPECT_TRUE(progress.onTerminal());
        progress.step("Writing learners", 3, 10);
        progress.step("Writing learners", 4, 10);   // within a tenth of a second: not redrawn
        progress.step("Writing learners", 10, 10);  // the end always shows
    }
    std::fflush(out);
    const std::string seen = readAvailable(master);
    std::fclose(out);
    close(master);
    EXPECT_NE(seen.find("\rWriting learners: 3 of 10 (30%)"), std::string::npos) << seen;
    EXPECT_EQ(seen.find("4 of 10"), std::string::npos) << "redrawn at most ten times a second: " << seen;
    EXPECT_NE(seen.find("10 of 10 (100%)"), std::string::npos) << seen;
    EXPECT_TRUE(seen.ends_with("\r\033[K")) << "the line is cleared at the end, for what follows";
}

TEST(WorkProgress, SharedProgressHandsTheLastStepToAnotherThread) {
    SharedProgress shared;
    WorkProgress& progress = shared;
    progress.step("Writing learners", 250, 1000);
    const SharedProgress::State state = shared.state();
    EXPECT_EQ(state.what, "Writing learners");
    EXPECT_EQ(state.done, 250);
    EXPECT_FLOAT_EQ(state.fraction(), 0.25f);
}
