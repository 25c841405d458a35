// Opening a lesson's https: link: the address reaches xdg-open as one
// argument (no shell), a refusal is said with the address, and a desktop
// whose xdg-open waits for the browser to close does not freeze the program.
#include <gtest/gtest.h>

#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "platform/browser.h"
#include "temp_folder.h"

using ipprimer::platform::openInBrowser;
using ipprimer::testing::TempFolder;

namespace {

// A folder holding a fake xdg-open with `script` as its body, first on PATH.
struct FakeXdgOpen {
    TempFolder folder{"ipprimer-browser"};
    std::string old_path = getenv("PATH") ? getenv("PATH") : "";

    explicit FakeXdgOpen(const std::string& script) {
        const auto path = folder.path() / "xdg-open";
        std::ofstream(path) << "#!/bin/sh\n" << script << "\n";
        chmod(path.c_str(), 0755);
        setenv("PATH", (folder.path().string() + ":" + old_path).c_str(), 1);
    }
    ~FakeXdgOpen() { setenv("PATH", old_path.c_str(), 1); }

    std::string file(const std::string& name) const { return (folder.path() / name).string(); }
    std::string read(const std::string& name) const {
        std::ifstream in(file(name));
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    }
};

}  // namespace

TEST(Browser, TheAddressReachesXdgOpenWhole) {
    FakeXdgOpen fake("printf '%s|%s' \"$#\" \"$1\" > \"$(dirname \"$0\")/asked\"");
    std::string error;
    const std::string url = "https://www.wipo.int/sme/en/?a=1&b=$(touch x) 'q'";
    EXPECT_TRUE(openInBrowser(url, error)) << error;
    EXPECT_EQ(fake.read("asked"), "1|" + url) << "one argument, nothing interpreted by a shell";
}

TEST(Browser, OnlyHttpsIsOpened) {
    FakeXdgOpen fake("touch \"$(dirname \"$0\")/asked\"");
    std::string error;
    EXPECT_FALSE(openInBrowser("file:///etc/passwd", error));
    EXPECT_NE(error.find("Only https"), std::string::npos) << error;
    EXPECT_FALSE(std::filesystem::exists(fake.file("asked")));
}

TEST(Browser, ARefusalOrAMissingXdgOpenIsSaidWithTheAddress) {
    {
        FakeXdgOpen fake("exit 3");
        std::string error;
        EXPECT_FALSE(openInBrowser("https://example.org/guide", error));
        EXPECT_NE(error.find("did not open"), std::string::npos) << error;
        EXPECT_NE(error.find("https://example.org/guide"), std::string::npos) << error;
    }
    const TempFolder empty("ipprimer-no-path");
    const std::string old_path = getenv("PATH");
    setenv("PATH", empty.path().c_str(), 1);
    std::string error;
    EXPECT_FALSE(openInBrowser("https://example.org/guide", error));
    setenv("PATH", old_path.c_str(), 1);
    EXPECT_NE(error.find("xdg-open is missing"), std::string::npos) << error;
    EXPECT_NE(error.find("https://example.org/guide"), std::string::npos) << error;
}

TEST(Browser, AnXdgOpenThatWaitsForTheBrowserDoesNotHoldTheProgram) {
    // Like a desktop where xdg-open runs the browser and waits until it closes.
    FakeXdgOpen fake("echo $$ > \"$(dirname \"$0\")/pid\"; exec sleep 30 >/dev/null 2>&1");
    std::string error;
    EXPECT_TRUE(openInBrowser("https://example.org/guide", error)) << error;
    // On a loaded machine the fake may not have written its pid yet.
    for (int i = 0; i < 100 && fake.read("pid").empty(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    const pid_t browser = static_cast<pid_t>(std::stol("0" + fake.read("pid")));
    ASSERT_GT(browser, 0) << "the fake xdg-open did not start";
    EXPECT_EQ(kill(browser, 0), 0) << "the call returned while the browser was still open";
    kill(browser, SIGTERM);
}

TEST(Browser, AReminderReachesTheMailProgramWholeAndOnlyAsMailto) {
    FakeXdgOpen fake("printf '%s|%s' \"$#\" \"$1\" > \"$(dirname \"$0\")/asked\"");
    std::string error;
    const std::string mailto = "mailto:?bcc=ann@example.com,bo@example.com&subject=Due%20now&body=Hello%0D%0A%24(touch%20x)";
    EXPECT_TRUE(ipprimer::platform::openMailMessage(mailto, error)) << error;
    EXPECT_EQ(fake.read("asked"), "1|" + mailto);
    std::filesystem::remove(fake.file("asked"));
    EXPECT_FALSE(ipprimer::platform::openMailMessage("https://example.org/?mailto:", error));
    EXPECT_NE(error.find("Only mailto:"), std::string::npos) << error;
    EXPECT_FALSE(std::filesystem::exists(fake.file("asked")));
}
