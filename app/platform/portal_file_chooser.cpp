// One question to the portal: a private connection to the session bus, the
// Request's Response signal subscribed before the call (the portal may answer
// at once), the call itself, then a main loop of the thread's own until the
// Response comes or the portal leaves the bus. Any failure is answered
// "unavailable": the built-in chooser then asks instead.
#include "platform/portal_file_chooser.h"

#include <gio/gio.h>

#include <atomic>
#include <utility>

namespace ipprimer::platform {

struct PortalFileChooser::Exchange {
    std::mutex mutex;
    std::optional<ui::FileAnswer> answer;
    bool busy = false;
    std::string gone;  // why the portal could not be reached: later questions are not sent
    GMainContext* context = nullptr;  // the question's thread's, while it waits
    GCancellable* cancel = g_cancellable_new();
    ~Exchange() { g_object_unref(cancel); }
};

namespace {

ui::FileAnswer unavailable(std::string why) { return {ui::FileAnswer::Kind::Unavailable, {}, std::move(why)}; }

// The Response signal's (u a{sv}): 0 chosen (its "uris"), 1 cancelled, 2 ended otherwise.
ui::FileAnswer readResponse(GVariant* parameters) {
    guint32 response = 2;
    GVariant* results = nullptr;
    g_variant_get(parameters, "(u@a{sv})", &response, &results);
    ui::FileAnswer answer = response == 1 ? ui::FileAnswer{ui::FileAnswer::Kind::Cancelled, {}, {}}
                                          : unavailable("the desktop's chooser ended without an answer");
    const gchar** uris = nullptr;
    if (response == 0 && results && g_variant_lookup(results, "uris", "^a&s", &uris) && uris && uris[0]) {
        if (gchar* file = g_filename_from_uri(uris[0], nullptr, nullptr)) {
            answer = {ui::FileAnswer::Kind::Chosen, file, {}};
            g_free(file);
        } else {
            answer = unavailable(std::string("the desktop chose a file that is not on this computer: ") + uris[0]);
        }
    }
    g_free(uris);
    if (results) g_variant_unref(results);
    return answer;
}

struct Waiting {
    bool done = false;
    bool ended_otherwise = false;  // response 2: closed by the user, or the portal's backend failed
    ui::FileAnswer answer = unavailable("no answer");
};

void onResponse(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar*, GVariant* parameters,
                gpointer data) {
    auto* waiting = static_cast<Waiting*>(data);
    guint32 response = 2;
    g_variant_get_child(parameters, 0, "u", &response);
    waiting->answer = readResponse(parameters);
    waiting->ended_otherwise = response == 2;
    waiting->done = true;
}

// A portal that crashes or is stopped while its chooser is open never answers.
void onPortalOwner(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar*, GVariant* parameters,
                   gpointer data) {
    const gchar* new_owner = "";
    g_variant_get(parameters, "(&s&s&s)", nullptr, nullptr, &new_owner);
    auto* waiting = static_cast<Waiting*>(data);
    if (new_owner[0] != '\0' || waiting->done) return;
    waiting->answer = unavailable("the desktop's portal left the session bus before it answered");
    waiting->done = true;
}

// The portal answers 2 both when its backend (the program that draws the
// dialog: xdg-desktop-portal-gtk, -gnome, -kde, ...) is missing or failed,
// and when the user closed the dialog with Escape or the window's close
// button (xdg-desktop-portal-gtk does so; only its Cancel button gives 1). A
// backend still on the bus means the dialog was shown and closed.
bool portalBackendRunning(GDBusConnection* bus) {
    GVariant* names = g_dbus_connection_call_sync(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                  "org.freedesktop.DBus", "ListNames", nullptr, G_VARIANT_TYPE("(as)"),
                                                  G_DBUS_CALL_FLAGS_NONE, 5'000, nullptr, nullptr);
    if (!names) return false;
    bool running = false;
    GVariantIter* iter = nullptr;
    const gchar* name = nullptr;
    g_variant_get(names, "(as)", &iter);
    while (!running && g_variant_iter_next(iter, "&s", &name))
        running = g_str_has_prefix(name, "org.freedesktop.impl.portal.desktop.");
    g_variant_iter_free(iter);
    g_variant_unref(names);
    return running;
}

GVariant* options(const ui::FileQuestion& question, const std::string& token) {
    GVariantBuilder builder;
    g_variant_builder_init(&builder, G_VARIANT_TYPE("a{sv}"));
    g_variant_builder_add(&builder, "{sv}", "handle_token", g_variant_new_string(token.c_str()));
    g_variant_builder_add(&builder, "{sv}", "modal", g_variant_new_boolean(TRUE));
    if (!question.extensions.empty()) {
        // a(sa(us)): the question's kind of file, then every file; 0 means a glob pattern.
        GVariantBuilder patterns;
        g_variant_builder_init(&patterns, G_VARIANT_TYPE("a(us)"));
        for (const std::string& extension : question.extensions)
            g_variant_builder_add(&patterns, "(us)", 0u, ("*" + extension).c_str());
        GVariant* only = g_variant_ref_sink(g_variant_new("(sa(us))", question.filter_name.c_str(), &patterns));
        GVariantBuilder filters;
        g_variant_builder_init(&filters, G_VARIANT_TYPE("a(sa(us))"));
        g_variant_builder_add_value(&filters, only);
        g_variant_builder_add_parsed(&filters, "('All files', [(uint32 0, '*')])");
        g_variant_builder_add(&builder, "{sv}", "filters", g_variant_builder_end(&filters));
        g_variant_builder_add(&builder, "{sv}", "current_filter", only);
        g_variant_unref(only);
    }
    if (!question.folder.empty())  // a byte string with its NUL, as the portal wants
        g_variant_builder_add(&builder, "{sv}", "current_folder", g_variant_new_bytestring(question.folder.c_str()));
    if (question.kind == ui::FileQuestion::Kind::Save && !question.proposed_name.empty())
        g_variant_builder_add(&builder, "{sv}", "current_name", g_variant_new_string(question.proposed_name.c_str()));
    return g_variant_builder_end(&builder);
}

// The path the portal gives the Request of `token`: the sender's unique name without its ':' and with '_' for '.'.
std::string requestPath(GDBusConnection* bus, const std::string& token) {
    std::string sender = g_dbus_connection_get_unique_name(bus);
    if (!sender.empty() && sender[0] == ':') sender.erase(0, 1);
    for (char& c : sender)
        if (c == '.') c = '_';
    return "/org/freedesktop/portal/desktop/request/" + sender + "/" + token;
}

struct PortalAnswer {
    ui::FileAnswer answer;
    bool reached = true;  // false: no bus, no portal, or no backend behind it
};

// How long the portal may take to take the question (not to be answered: the
// user takes their time). A session bus starting a portal whose backend hangs
// holds the call for its activation limit (25 s); nothing shows meanwhile.
constexpr int kPortalReplyMilliseconds = 8'000;

PortalAnswer askPortal(const ui::FileQuestion& question, const std::string& parent, GMainContext* context,
                       GCancellable* cancel) {
    static std::atomic<unsigned> questions{0};
    GError* error = nullptr;
    gchar* address = g_dbus_address_get_for_bus_sync(G_BUS_TYPE_SESSION, cancel, &error);
    GDBusConnection* bus = address ? g_dbus_connection_new_for_address_sync(
                                         address,
                                         static_cast<GDBusConnectionFlags>(G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                                           G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION),
                                         nullptr, cancel, &error)
                                   : nullptr;
    g_free(address);
    if (!bus) {
        PortalAnswer answer{unavailable(std::string("no session bus: ") + (error ? error->message : "unknown")), false};
        g_clear_error(&error);
        return answer;
    }
    const std::string token = "ipprimer" + std::to_string(++questions);
    Waiting waiting;
    const guint subscription = g_dbus_connection_signal_subscribe(
        bus, "org.freedesktop.portal.Desktop", "org.freedesktop.portal.Request", "Response",
        requestPath(bus, token).c_str(), nullptr, G_DBUS_SIGNAL_FLAGS_NONE,
        onResponse, &waiting, nullptr);
    const guint owner_subscription = g_dbus_connection_signal_subscribe(
        bus, "org.freedesktop.DBus", "org.freedesktop.DBus", "NameOwnerChanged", "/org/freedesktop/DBus",
        "org.freedesktop.portal.Desktop", G_DBUS_SIGNAL_FLAGS_NONE, onPortalOwner, &waiting, nullptr);
    const char* method = question.kind == ui::FileQuestion::Kind::Save ? "SaveFile" : "OpenFile";
    GVariant* reply = g_dbus_connection_call_sync(
        bus, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop", "org.freedesktop.portal.FileChooser",
        method, g_variant_new("(ss@a{sv})", parent.c_str(), question.title.c_str(), options(question, token)),
        G_VARIANT_TYPE("(o)"), G_DBUS_CALL_FLAGS_NONE, kPortalReplyMilliseconds, cancel, &error);
    PortalAnswer answer;
    if (!reply) {
        answer = {unavailable(error ? error->message : "no reply"), false};
        g_clear_error(&error);
    } else {
        g_variant_unref(reply);
        // Until the user answers, or the program ends (the destructor cancels and wakes the context).
        while (!waiting.done && !g_cancellable_is_cancelled(cancel)) g_main_context_iteration(context, TRUE);
        answer.answer = waiting.answer;  // a portal that left is asked again next time: the bus may start it anew
        if (waiting.ended_otherwise && portalBackendRunning(bus))
            answer.answer = {ui::FileAnswer::Kind::Cancelled, {}, {}};
        else if (waiting.ended_otherwise)
            answer = {unavailable("the desktop's portal runs without a backend to draw its chooser"), false};
    }
    g_dbus_connection_signal_unsubscribe(bus, owner_subscription);
    g_dbus_connection_signal_unsubscribe(bus, subscription);
    g_dbus_connection_close_sync(bus, nullptr, nullptr);
    g_object_unref(bus);
    return answer;
}

}  // namespace

PortalFileChooser::PortalFileChooser(std::string parent_window, std::function<void()> wake)
    : parent_window_(std::move(parent_window)), wake_(std::move(wake)), exchange_(std::make_shared<Exchange>()) {}

PortalFileChooser::~PortalFileChooser() {
    {
        std::lock_guard lock(exchange_->mutex);
        g_cancellable_cancel(exchange_->cancel);
        if (exchange_->context) g_main_context_wakeup(exchange_->context);
    }
    if (thread_.joinable()) thread_.join();
}

void PortalFileChooser::ask(const ui::FileQuestion& question) {
    {
        std::lock_guard lock(exchange_->mutex);
        if (exchange_->busy) {
            exchange_->answer = unavailable("the desktop's chooser is still open for another question");
            return;
        }
        if (!exchange_->gone.empty()) {
            exchange_->answer = unavailable(exchange_->gone);
            return;
        }
        exchange_->busy = true;
        exchange_->answer.reset();
    }
    if (thread_.joinable()) thread_.join();  // the last question's thread, finished
    thread_ = std::thread([exchange = exchange_, question, parent = parent_window_, wake = wake_] {
        GMainContext* context = g_main_context_new();
        g_main_context_push_thread_default(context);
        {
            std::lock_guard lock(exchange->mutex);
            exchange->context = context;
        }
        PortalAnswer answer = askPortal(question, parent, context, exchange->cancel);
        {
            std::lock_guard lock(exchange->mutex);
            exchange->context = nullptr;
            if (!answer.reached) exchange->gone = answer.answer.why;
            exchange->answer = std::move(answer.answer);
            exchange->busy = false;
        }
        g_main_context_pop_thread_default(context);
        g_main_context_unref(context);
        if (wake) wake();
    });
}

std::optional<ui::FileAnswer> PortalFileChooser::answer() {
    std::lock_guard lock(exchange_->mutex);
    return std::exchange(exchange_->answer, std::nullopt);
}

}  // namespace ipprimer::platform
