// A D-Bus session bus of a test's own (dbus-daemon with a configuration the
// test writes), so what the test starts on it meets nothing of the machine's.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>

namespace ipprimer::testing {

class PrivateBus {
public:
    // Listens in `folder`; starts no services by itself: the test starts each one.
    explicit PrivateBus(const std::filesystem::path& folder);
    ~PrivateBus();
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;

    // The value for DBUS_SESSION_BUS_ADDRESS; empty when dbus-daemon did not start.
    const std::string& address() const { return address_; }

private:
    std::string address_;
    pid_t pid_ = 0;
};

// Waits up to `seconds` for `name` to have an owner on the bus at `address`
// (asking with dbus-send); true when it has.
bool waitForBusName(const std::string& address, const std::string& name, int seconds);

}  // namespace ipprimer::testing
