// The desktop's file chooser through xdg-desktop-portal, on a private D-Bus
// of the test's own: with no bus, and on a bus where no portal runs, the
// answer is "unavailable" (the screens then draw the built-in chooser); with
// a stand-in portal on the bus, the question reaches it and its file comes back;
// what the real portal answers when its dialog is closed, when it has no
// backend, and when it leaves the bus mid-question, is told apart.
#include <gtest/gtest.h>

#include <gio/gio.h>
#include <stdlib.h>

#include <chrono>
#include <string>
#include <thread>

#include "platform/portal_file_chooser.h"
#include "private_bus.h"
#include "temp_folder.h"

using namespace ipprimer;
using ipprimer::testing::PrivateBus;

namespace {

// The chooser's answer, while the test's own main context runs (the stand-in portal answers there).
ui::FileAnswer waitFor(platform::PortalFileChooser& chooser) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < until) {
        if (auto answer = chooser.answer()) return *answer;
        while (g_main_context_iteration(nullptr, FALSE)) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ADD_FAILURE() << "no answer in 20 s";
    return {};
}

ui::FileQuestion staffList(const std::filesystem::path& folder) {
    return {ui::FileQuestion::Kind::Open, "Choose the staff list", "CSV files", {".csv"}, folder, ""};
}

TEST(PortalFileChooser, WithNoSessionBusItIsUnavailableAndNotAskedAgain) {
    setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ipprimer-test-bus", 1);
    int woken = 0;
    platform::PortalFileChooser chooser("", [&] { ++woken; });
    chooser.ask(staffList("/tmp"));
    const ui::FileAnswer answer = waitFor(chooser);
    EXPECT_EQ(answer.kind, ui::FileAnswer::Kind::Unavailable);
    EXPECT_FALSE(answer.why.empty());
    EXPECT_EQ(woken, 1) << "the window is woken to draw the built-in chooser";
    chooser.ask(staffList("/tmp"));
    const auto again = chooser.answer();
    ASSERT_TRUE(again.has_value()) << "answered at once: the portal is not tried every time";
    EXPECT_EQ(again->kind, ui::FileAnswer::Kind::Unavailable);
}

TEST(PortalFileChooser, OnABusWithNoPortalItIsUnavailable) {
    const ipprimer::testing::TempFolder temp("ipprimer-bus");
    PrivateBus bus(temp.path());
    ASSERT_FALSE(bus.address().empty()) << "dbus-daemon did not start";
    setenv("DBUS_SESSION_BUS_ADDRESS", bus.address().c_str(), 1);
    platform::PortalFileChooser chooser("", {});
    chooser.ask(staffList(temp.path()));
    const ui::FileAnswer answer = waitFor(chooser);
    EXPECT_EQ(answer.kind, ui::FileAnswer::Kind::Unavailable);
    EXPECT_NE(answer.why.find("org.freedesktop.portal.Desktop"), std::string::npos) << answer.why;
}

// --- A stand-in portal ---------------------------------------------------------

constexpr const char* kPortalXml =
    "<node><interface name='org.freedesktop.portal.FileChooser'>"
    "<method name='OpenFile'><arg type='s' direction='in'/><arg type='s' direction='in'/>"
    "<arg type='a{sv}' direction='in'/><arg type='o' direction='out'/></method>"
    "<method name='SaveFile'><arg type='s' direction='in'/><arg type='s' direction='in'/>"
    "<arg type='a{sv}' direction='in'/><arg type='o' direction='out'/></method>"
    "</interface></node>";

struct StandInPortal {
    std::string method, title, folder, current_name, filter_pattern;
    std::string answer_uri;
    guint32 response = 0;
    bool silent = false;  // takes the question and never answers
    bool stuck = false;   // never even takes the question, as a portal whose backend hangs at its start
};

void onPortalCall(GDBusConnection* bus, const gchar* sender, const gchar*, const gchar*, const gchar* method,
                  GVariant* parameters, GDBusMethodInvocation* invocation, gpointer data) {
    auto* portal = static_cast<StandInPortal*>(data);
    const gchar* parent = nullptr;
    const gchar* title = nullptr;
    GVariant* options = nullptr;
    g_variant_get(parameters, "(&s&s@a{sv})", &parent, &title, &options);
    portal->method = method;
    portal->title = title;
    const gchar* token = "";
    g_variant_lookup(options, "handle_token", "&s", &token);
    if (GVariant* folder = g_variant_lookup_value(options, "current_folder", G_VARIANT_TYPE_BYTESTRING)) {
        portal->folder = g_variant_get_bytestring(folder);
        g_variant_unref(folder);
    }
    const gchar* name = nullptr;
    if (g_variant_lookup(options, "current_name", "&s", &name)) portal->current_name = name;
    if (GVariant* filter = g_variant_lookup_value(options, "current_filter", G_VARIANT_TYPE("(sa(us))"))) {
        GVariant* patterns = g_variant_get_child_value(filter, 1);
        if (g_variant_n_children(patterns) > 0) g_variant_get_child(patterns, 0, "(u&s)", nullptr, &name), portal->filter_pattern = name;
        g_variant_unref(patterns);
        g_variant_unref(filter);
    }
    g_variant_unref(options);
    if (portal->stuck) return;  // the invocation is never returned, as a hung service's
    std::string unique = sender + 1;
    for (char& c : unique)
        if (c == '.') c = '_';
    const std::string handle = "/org/freedesktop/portal/desktop/request/" + unique + "/" + token;
    g_dbus_method_invocation_return_value(invocation, g_variant_new("(o)", handle.c_str()));
    if (portal->silent) return;
    GVariantBuilder results;
    g_variant_builder_init(&results, G_VARIANT_TYPE("a{sv}"));
    const gchar* uris[] = {portal->answer_uri.c_str(), nullptr};
    g_variant_builder_add(&results, "{sv}", "uris", g_variant_new_strv(uris, 1));
    g_dbus_connection_emit_signal(bus, sender, handle.c_str(), "org.freedesktop.portal.Request", "Response",
                                  g_variant_new("(ua{sv})", portal->response, &results), nullptr);
}

class PortalOnBus {
public:
    PortalOnBus(const std::string& address, StandInPortal& portal) {
        bus_ = g_dbus_connection_new_for_address_sync(
            address.c_str(),
            static_cast<GDBusConnectionFlags>(G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                              G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION),
            nullptr, nullptr, nullptr);
        if (!bus_) return;
        GVariant* owned = g_dbus_connection_call_sync(bus_, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                      "org.freedesktop.DBus", "RequestName",
                                                      g_variant_new("(su)", "org.freedesktop.portal.Desktop", 0u),
                                                      nullptr, G_DBUS_CALL_FLAGS_NONE, -1, nullptr, nullptr);
        if (owned) g_variant_unref(owned);
        info_ = g_dbus_node_info_new_for_xml(kPortalXml, nullptr);
        static const GDBusInterfaceVTable vtable{onPortalCall, nullptr, nullptr, {}};
        g_dbus_connection_register_object(bus_, "/org/freedesktop/portal/desktop", info_->interfaces[0], &vtable,
                                          &portal, nullptr, nullptr);
    }
    ~PortalOnBus() {
        if (info_) g_dbus_node_info_unref(info_);
        if (bus_) g_object_unref(bus_);
    }
    bool ready() const { return bus_ && info_; }
    // Another name of the stand-in's, such as a portal backend's.
    void own(const char* name) {
        GVariant* owned = g_dbus_connection_call_sync(bus_, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                      "org.freedesktop.DBus", "RequestName", g_variant_new("(su)", name, 0u),
                                                      nullptr, G_DBUS_CALL_FLAGS_NONE, -1, nullptr, nullptr);
        if (owned) g_variant_unref(owned);
    }
    // As a portal that crashes: off the bus, its names gone.
    void leave() { g_dbus_connection_close_sync(bus_, nullptr, nullptr); }

private:
    GDBusConnection* bus_ = nullptr;
    GDBusNodeInfo* info_ = nullptr;
};

// A private session bus of the test's own with the stand-in portal on it;
// each test sets how the portal answers before it asks.
struct StandInPortalOnBus : ::testing::Test {
    const ipprimer::testing::TempFolder temp{"ipprimer-bus"};
    PrivateBus bus{temp.path()};
    StandInPortal portal;
    std::unique_ptr<PortalOnBus> on_bus;

    void SetUp() override {
        ASSERT_FALSE(bus.address().empty()) << "dbus-daemon did not start";
        setenv("DBUS_SESSION_BUS_ADDRESS", bus.address().c_str(), 1);
        on_bus = std::make_unique<PortalOnBus>(bus.address(), portal);
        ASSERT_TRUE(on_bus->ready());
    }
};

TEST_F(StandInPortalOnBus, ThePortalIsAskedWhereToStartAndItsFileComesBack) {
    portal.answer_uri = "file://" + (temp.path() / "my staff.csv").string();

    platform::PortalFileChooser chooser("x11:1a00003", {});
    chooser.ask(staffList(temp.path()));
    const ui::FileAnswer answer = waitFor(chooser);
    ASSERT_EQ(answer.kind, ui::FileAnswer::Kind::Chosen) << answer.why;
    EXPECT_EQ(answer.path, temp.path() / "my staff.csv") << "a file: URI with a space, as a path";
    EXPECT_EQ(portal.method, "OpenFile");
    EXPECT_EQ(portal.title, "Choose the staff list");
    EXPECT_EQ(portal.folder, temp.path().string());
    EXPECT_EQ(portal.filter_pattern, "*.csv");

    portal.response = 1;  // the user pressed Cancel
    ui::FileQuestion save{ui::FileQuestion::Kind::Save, "Save the report", "CSV files", {".csv"}, temp.path(), "team.csv"};
    chooser.ask(save);
    EXPECT_EQ(waitFor(chooser).kind, ui::FileAnswer::Kind::Cancelled);
    EXPECT_EQ(portal.method, "SaveFile");
    EXPECT_EQ(portal.current_name, "team.csv");
}

// xdg-desktop-portal answers 2 ("ended otherwise") both when its GTK dialog is
// closed with Escape or the close button and when it has no backend to draw a
// dialog. The first is the user's Cancel (no second chooser pops up); the
// second is "unavailable", so IP Primer's own chooser asks instead.
TEST_F(StandInPortalOnBus, ADialogClosedWithEscapeIsCancelledWhileTheBackendRuns) {
    portal.response = 2;
    on_bus->own("org.freedesktop.impl.portal.desktop.gtk");

    platform::PortalFileChooser chooser("", {});
    chooser.ask(staffList(temp.path()));
    const ui::FileAnswer answer = waitFor(chooser);
    EXPECT_EQ(answer.kind, ui::FileAnswer::Kind::Cancelled) << answer.why;
}

TEST_F(StandInPortalOnBus, APortalWithNoBackendIsUnavailableAndNotAskedAgain) {
    portal.response = 2;

    platform::PortalFileChooser chooser("", {});
    chooser.ask(staffList(temp.path()));
    const ui::FileAnswer answer = waitFor(chooser);
    EXPECT_EQ(answer.kind, ui::FileAnswer::Kind::Unavailable);
    EXPECT_NE(answer.why.find("backend"), std::string::npos) << answer.why;
    chooser.ask(staffList(temp.path()));
    const auto again = chooser.answer();
    ASSERT_TRUE(again.has_value()) << "answered at once: the portal is not tried every time";
    EXPECT_EQ(again->kind, ui::FileAnswer::Kind::Unavailable);
}

TEST_F(StandInPortalOnBus, APortalThatLeavesTheBusMidQuestionIsUnavailableAtOnce) {
    portal.silent = true;

    platform::PortalFileChooser chooser("", {});
    chooser.ask(staffList(temp.path()));
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (portal.method.empty() && std::chrono::steady_clock::now() < until) {
        g_main_context_iteration(nullptr, FALSE);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ASSERT_EQ(portal.method, "OpenFile") << "the question did not reach the stand-in";
    EXPECT_FALSE(chooser.answer().has_value()) << "the user is still choosing";
    const auto left = std::chrono::steady_clock::now();
    on_bus->leave();
    const ui::FileAnswer answer = waitFor(chooser);
    EXPECT_EQ(answer.kind, ui::FileAnswer::Kind::Unavailable);
    EXPECT_NE(answer.why.find("left the session bus"), std::string::npos) << answer.why;
    EXPECT_LT(std::chrono::steady_clock::now() - left, std::chrono::seconds(3)) << "not waiting for an answer that never comes";
}

TEST_F(StandInPortalOnBus, APortalThatDoesNotTakeTheQuestionIsUnavailableWithinSeconds) {
    portal.stuck = true;

    platform::PortalFileChooser chooser("", {});
    const auto asked = std::chrono::steady_clock::now();
    chooser.ask(staffList(temp.path()));
    const ui::FileAnswer answer = waitFor(chooser);
    EXPECT_EQ(answer.kind, ui::FileAnswer::Kind::Unavailable);
    EXPECT_LT(std::chrono::steady_clock::now() - asked, std::chrono::seconds(12))
        << "the built-in chooser asks instead soon (a session bus gives up starting a service after 25 s)";
}

}  // namespace
