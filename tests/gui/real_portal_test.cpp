// The desktop's file chooser against the real xdg-desktop-portal and its GTK
// backend (Debian 12: 1.16 and 1.14), each test with a desktop session of its
// own: Xvfb, a private session bus, xdg-desktop-portal-gtk and
// xdg-desktop-portal on it. The GTK dialog is answered with xdotool as a
// person would: a path typed after Ctrl+L, a name typed over the proposed
// one, Escape.
#include <gtest/gtest.h>

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "platform/portal_file_chooser.h"
#include "private_bus.h"
#include "process.h"
#include "temp_folder.h"
#include "virtual_display.h"

using namespace ipprimer;
using namespace ipprimer::testing;
namespace fs = std::filesystem;

namespace {

constexpr const char* kPortal = "/usr/libexec/xdg-desktop-portal";
constexpr const char* kGtkBackend = "/usr/libexec/xdg-desktop-portal-gtk";
constexpr const char* kGtkPortalFile = "/usr/share/xdg-desktop-portal/portals/gtk.portal";
// The desktop this session claims to be, so the portal picks the GTK backend
// and no other portal file of the machine's.
constexpr const char* kDesktop = "ipprimer-test";

bool onPath(const std::string& program) {
    std::stringstream path(getenv("PATH") ? getenv("PATH") : "");
    for (std::string folder; std::getline(path, folder, ':');)
        if (access((fs::path(folder) / program).c_str(), X_OK) == 0) return true;
    return false;
}

// What tools/install-deps installs for these tests and is not here.
std::string missingPackages() {
    std::string missing;
    if (access(kPortal, X_OK) != 0) missing += " xdg-desktop-portal";
    if (access(kGtkBackend, X_OK) != 0 || access(kGtkPortalFile, R_OK) != 0) missing += " xdg-desktop-portal-gtk";
    if (!onPath("xdotool")) missing += " xdotool";
    if (!onPath("dbus-daemon") || !onPath("dbus-send")) missing += " dbus";
    return missing;
}

// A desktop session of the test's own with the real portal. Members go in
// reverse order: the portal and its backend (and so their dialogs) first,
// then the bus, the X server last.
class PortalSession {
public:
    PortalSession(const fs::path& folder, bool with_backend) : display_(1280, 1024), bus_(folder) {
        if (!display_.ready()) {
            problem_ = display_.problem();
            return;
        }
        if (bus_.address().empty()) {
            problem_ = "dbus-daemon did not start";
            return;
        }
        // The portal's configuration: the GTK backend's own portal file, for this session's desktop.
        fs::create_directories(folder / "portals");
        std::ifstream system_file(kGtkPortalFile);
        std::ofstream portal_file(folder / "portals" / "gtk.portal");
        for (std::string line; std::getline(system_file, line);)
            portal_file << (line.starts_with("UseIn=") ? std::string("UseIn=") + kDesktop : line) << '\n';
        portal_file.close();
        // Their homes are the test's: GTK keeps a list of recent files there.
        const fs::path home = folder / "home";
        const fs::path runtime = folder / "run";
        fs::create_directories(home);
        fs::create_directories(runtime);
        chmod(runtime.c_str(), 0700);
        environment_ = {"DISPLAY=" + display_.name(),
                        "DBUS_SESSION_BUS_ADDRESS=" + bus_.address(),
                        "HOME=" + home.string(),
                        "XDG_DATA_HOME=" + (home / "data").string(),
                        "XDG_CONFIG_HOME=" + (home / "config").string(),
                        "XDG_CACHE_HOME=" + (home / "cache").string(),
                        "XDG_RUNTIME_DIR=" + runtime.string(),
                        "XDG_CURRENT_DESKTOP=" + std::string(kDesktop),
                        "XDG_DESKTOP_PORTAL_DIR=" + (folder / "portals").string(),
                        "GDK_BACKEND=x11",
                        "GSETTINGS_BACKEND=memory",  // no dconf service on this bus
                        "NO_AT_BRIDGE=1",            // no accessibility bus either
                        "LC_ALL=C.UTF-8"};
        backend_log_ = (folder / "backend.log").string();
        portal_log_ = (folder / "portal.log").string();
        // Generous limits: on a loaded 2-core machine GTK takes seconds to start.
        if (with_backend) {
            backend_ = std::make_unique<BackgroundProcess>(kGtkBackend, std::vector<std::string>{}, environment_, backend_log_);
            if (!waitForBusName(bus_.address(), "org.freedesktop.impl.portal.desktop.gtk", 60)) {
                problem_ = "xdg-desktop-portal-gtk did not come onto the bus in 60 s";
                return;
            }
        }
        portal_ = std::make_unique<BackgroundProcess>(kPortal, std::vector<std::string>{"--verbose"}, environment_, portal_log_);
        if (!waitForBusName(bus_.address(), "org.freedesktop.portal.Desktop", 60))
            problem_ = "xdg-desktop-portal did not come onto the bus in 60 s";
    }

    // Empty when the session runs.
    const std::string& problem() const { return problem_; }
    const std::string& display() const { return display_.name(); }
    const std::string& busAddress() const { return bus_.address(); }
    const std::vector<std::string>& environment() const { return environment_; }

    // What the portal and its backend said, for a failure's message.
    std::string logs() const {
        std::string text;
        for (const std::string& log : {portal_log_, backend_log_}) {
            std::ifstream in(log);
            if (!in) continue;
            std::stringstream content;
            content << in.rdbuf();
            text += "--- " + log + "\n" + content.str();
        }
        return text;
    }

    // xdotool on this session's display, cut off after 20 s.
    ProcessResult xdotool(const std::vector<std::string>& args) const {
        std::vector<std::string> all = {"20", "xdotool"};
        all.insert(all.end(), args.begin(), args.end());
        return run("timeout", all, "", {"DISPLAY=" + display_.name()});
    }

private:
    VirtualDisplay display_;
    PrivateBus bus_;
    std::vector<std::string> environment_;
    std::string backend_log_, portal_log_;
    std::unique_ptr<BackgroundProcess> backend_;
    std::unique_ptr<BackgroundProcess> portal_;
    std::string problem_;
};

ui::FileAnswer waitFor(platform::PortalFileChooser& chooser, int seconds) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < until) {
        if (auto answer = chooser.answer()) return *answer;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ADD_FAILURE() << "no answer from the portal in " << seconds << " s";
    return {ui::FileAnswer::Kind::Unavailable, {}, "no answer"};
}

// Gives the dialog the keyboard, as a click on it would.
void focus(const PortalSession& session, const std::string& window) {
    session.xdotool({"windowfocus", window});
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
}

class RealPortal : public ::testing::Test {
protected:
    void SetUp() override {
        const std::string missing = missingPackages();
        ASSERT_TRUE(missing.empty()) << "Missing:" << missing
                                     << ". These tests run the real xdg-desktop-portal; run tools/install-deps.";
        files_ = temp_.path() / "files";
        fs::create_directories(files_);
    }
    void start(bool with_backend) {
        fs::create_directories(temp_.path() / "session");
        session_ = std::make_unique<PortalSession>(temp_.path() / "session", with_backend);
        setenv("DBUS_SESSION_BUS_ADDRESS", session_->busAddress().c_str(), 1);
    }

    TempFolder temp_{"ipprimer-portal"};
    fs::path files_;
    std::unique_ptr<PortalSession> session_;
};

// A name with a space, letters beyond ASCII and the characters a file: URI
// escapes: the portal's answer is percent-encoded and must come back as the path.
constexpr const char* kStaffList = "staff list #1 ü 100%.csv";

TEST_F(RealPortal, AFileChosenInTheGtkDialogComesBackAsItsPathOverOurWindow) {
    std::ofstream(files_ / kStaffList) << "name,email\n";
    start(true);
    ASSERT_TRUE(session_->problem().empty()) << session_->problem() << "\n" << session_->logs();
    // A real GLFW window to be the dialog's parent, as the program's window is.
    BackgroundIpprimer app({"--db", (temp_.path() / "progress.db").string()},
                           {"DISPLAY=" + session_->display(), "XDG_DATA_HOME=" + temp_.path().string(),
                            "DBUS_SESSION_BUS_ADDRESS=" + session_->busAddress()});
    const std::string window = waitForWindow(session_->display(), "IP Primer", 60);
    ASSERT_FALSE(window.empty()) << "no IP Primer window appeared";
    char parent[32];
    std::snprintf(parent, sizeof parent, "x11:%lx", std::stoul(window, nullptr, 16));  // as window_handle.cpp writes it

    platform::PortalFileChooser chooser(parent, {});
    chooser.ask({ui::FileQuestion::Kind::Open, "Choose the staff list to import", "CSV files", {".csv"}, files_, ""});
    const std::string dialog = waitForWindow(session_->display(), "Choose the staff list to import", 60);
    ASSERT_FALSE(dialog.empty()) << "the GTK dialog did not appear\n" << session_->logs();
    const ProcessResult transient =
        run("xprop", {"-display", session_->display(), "-id", dialog, "WM_TRANSIENT_FOR"});
    EXPECT_NE(transient.out.find("window id # " + window), std::string::npos)
        << "the dialog belongs to IP Primer's window: " << transient.out;

    focus(*session_, dialog);
    session_->xdotool({"key", "ctrl+l"});
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    session_->xdotool({"type", "--delay", "40", (files_ / kStaffList).string()});
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    session_->xdotool({"key", "Return"});
    const ui::FileAnswer answer = waitFor(chooser, 60);
    ASSERT_EQ(answer.kind, ui::FileAnswer::Kind::Chosen) << answer.why << "\n" << session_->logs();
    EXPECT_EQ(answer.path, files_ / kStaffList);
}

TEST_F(RealPortal, TheSaveDialogStartsInTheFolderAndItsNameComesBack) {
    start(true);
    ASSERT_TRUE(session_->problem().empty()) << session_->problem() << "\n" << session_->logs();
    platform::PortalFileChooser chooser("", {});
    chooser.ask({ui::FileQuestion::Kind::Save, "Save the export as", "CSV files", {".csv"}, files_, "team.csv"});
    const std::string dialog = waitForWindow(session_->display(), "Save the export as", 60);
    ASSERT_FALSE(dialog.empty()) << "the GTK dialog did not appear\n" << session_->logs();
    focus(*session_, dialog);
    // The name field has the keyboard; only a name is typed, so the folder is the one asked for.
    session_->xdotool({"key", "ctrl+a"});
    session_->xdotool({"type", "--delay", "40", "report ü #2.csv"});
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    session_->xdotool({"key", "Return"});
    const ui::FileAnswer answer = waitFor(chooser, 60);
    ASSERT_EQ(answer.kind, ui::FileAnswer::Kind::Chosen) << answer.why << "\n" << session_->logs();
    EXPECT_EQ(answer.path, files_ / "report ü #2.csv");
}

// xdg-desktop-portal-gtk answers Escape with "ended otherwise" (2), as it
// answers a missing backend: the user's Escape must not bring up a second chooser.
TEST_F(RealPortal, EscapeInTheGtkDialogIsCancelled) {
    start(true);
    ASSERT_TRUE(session_->problem().empty()) << session_->problem() << "\n" << session_->logs();
    platform::PortalFileChooser chooser("", {});
    chooser.ask({ui::FileQuestion::Kind::Open, "Choose the register spreadsheet", "CSV files", {".csv"}, files_, ""});
    const std::string dialog = waitForWindow(session_->display(), "Choose the register spreadsheet", 60);
    ASSERT_FALSE(dialog.empty()) << "the GTK dialog did not appear\n" << session_->logs();
    focus(*session_, dialog);
    session_->xdotool({"key", "Escape"});
    const ui::FileAnswer answer = waitFor(chooser, 60);
    EXPECT_EQ(answer.kind, ui::FileAnswer::Kind::Cancelled) << answer.why << "\n" << session_->logs();
}

// The portal runs but its GTK backend does not: the built-in chooser must ask
// at once, not after a wait.
TEST_F(RealPortal, APortalWithoutItsBackendIsUnavailableAtOnce) {
    start(false);
    ASSERT_TRUE(session_->problem().empty()) << session_->problem() << "\n" << session_->logs();
    platform::PortalFileChooser chooser("", {});
    const auto asked = std::chrono::steady_clock::now();
    chooser.ask({ui::FileQuestion::Kind::Open, "Choose the staff list to import", "CSV files", {".csv"}, files_, ""});
    const ui::FileAnswer answer = waitFor(chooser, 30);
    EXPECT_EQ(answer.kind, ui::FileAnswer::Kind::Unavailable);
    EXPECT_NE(answer.why.find("backend"), std::string::npos) << answer.why;
    EXPECT_LT(std::chrono::steady_clock::now() - asked, std::chrono::seconds(5));
}

}  // namespace
