#include "private_bus.h"

#include <signal.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <thread>

#include "process.h"

namespace ipprimer::testing {

PrivateBus::PrivateBus(const std::filesystem::path& folder) {
    const auto config = folder / "bus.conf";
    std::ofstream(config) << "<busconfig><type>session</type><listen>unix:dir=" << folder.string()
                          << "</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                             "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                             "<allow own=\"*\"/></policy></busconfig>\n";
    // --fork: the daemon is not our child; its pid is printed, and stopped by it.
    const std::string command = "dbus-daemon --config-file=" + config.string() + " --fork --print-address=1 --print-pid=1";
    if (FILE* out = popen(command.c_str(), "r")) {
        char line[512];
        if (std::fgets(line, sizeof line, out)) address_ = line;
        if (std::fgets(line, sizeof line, out)) pid_ = std::atoi(line);
        pclose(out);
    }
    while (!address_.empty() && address_.back() == '\n') address_.pop_back();
}

PrivateBus::~PrivateBus() {
    if (pid_ > 0) kill(pid_, SIGTERM);
}

bool waitForBusName(const std::string& address, const std::string& name, int seconds) {
    for (int tenth = 0; tenth < seconds * 10; ++tenth) {
        const ProcessResult owner = run("dbus-send", {"--bus=" + address, "--print-reply", "--dest=org.freedesktop.DBus",
                                                      "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                                                      "string:" + name});
        if (owner.out.find("boolean true") != std::string::npos) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

}  // namespace ipprimer::testing
