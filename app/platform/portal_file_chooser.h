// The desktop's own file chooser through xdg-desktop-portal's FileChooser
// interface on the session D-Bus (GDBus from GLib's gio). Each question runs
// on a thread of its own, so no frame waits for the user or for D-Bus.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "ui/file_question.h"

namespace ipprimer::platform {

class PortalFileChooser : public ui::DesktopFileChooser {
public:
    // `parent_window` is the portal's name for our window ("x11:1a00003"),
    // or empty; `wake` is called from the chooser's thread when an answer
    // came, so the window draws it (platform::Window::wake).
    PortalFileChooser(std::string parent_window, std::function<void()> wake);
    ~PortalFileChooser() override;

    // A question asked while another is open replaces nothing: the first one
    // is answered first, the second is answered "unavailable".
    void ask(const ui::FileQuestion& question) override;
    std::optional<ui::FileAnswer> answer() override;

private:
    struct Exchange;  // what the thread and the frames share
    std::string parent_window_;
    std::function<void()> wake_;
    std::shared_ptr<Exchange> exchange_;
    std::thread thread_;
};

}  // namespace ipprimer::platform
