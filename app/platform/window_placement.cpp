// Where the windows go while a trainer presents: the slide full screen on a
// monitor (F11 keeps it in a window), and with a second monitor the console
// on the other, maximized; both back as they were when the presenting ends.
#include "platform/window.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <vector>

#include "platform/monitors.h"
#include "ui/app.h"

namespace ipprimer::platform {
namespace {

struct Monitors {
    std::vector<GLFWmonitor*> handles;
    std::vector<MonitorArea> areas;
};

Monitors connectedMonitors() {
    Monitors monitors;
    int count = 0;
    GLFWmonitor** list = glfwGetMonitors(&count);
    for (int i = 0; i < count; ++i) {
        const GLFWvidmode* mode = glfwGetVideoMode(list[i]);
        if (!mode) continue;
        MonitorArea area;
        glfwGetMonitorPos(list[i], &area.x, &area.y);
        area.width = mode->width;
        area.height = mode->height;
        monitors.handles.push_back(list[i]);
        monitors.areas.push_back(area);
    }
    return monitors;
}

// The console fills the monitor's work area (less its panels), as a maximized window would.
void placeConsole(GLFWwindow* console, GLFWmonitor* monitor) {
    int x = 0, y = 0, width = 0, height = 0;
    glfwGetMonitorWorkarea(monitor, &x, &y, &width, &height);
    glfwRestoreWindow(console);
    glfwSetWindowPos(console, x, y);
    if (width > 0 && height > 0) glfwSetWindowSize(console, width, height);
    glfwMaximizeWindow(console);
}

}  // namespace

void Window::followPresenter(ui::App& app) {
    if (app.takeSwapScreens()) screens_swapped_ = !screens_swapped_;
    GLFWwindow* window = main_->handle();
    if (!app.presenting() || presenter_windowed_) {
        closeConsole(app);
        leaveFullScreen();
        console_failed_ = false;
        if (!app.presenting()) screens_swapped_ = false;
        return;
    }
    const bool full = glfwGetWindowMonitor(window) != nullptr;
    if (!full) {
        glfwGetWindowPos(window, &windowed_x_, &windowed_y_);
        glfwGetWindowSize(window, &windowed_width_, &windowed_height_);
    }
    const Monitors monitors = connectedMonitors();
    const PresenterScreens screens = choosePresenterScreens(monitors.areas, windowed_x_ + windowed_width_ / 2,
                                                            windowed_y_ + windowed_height_ / 2, screens_swapped_);
    if (screens.audience < 0) return;
    GLFWmonitor* audience = monitors.handles[static_cast<std::size_t>(screens.audience)];
    if (glfwGetWindowMonitor(window) != audience) {
        const GLFWvidmode* mode = glfwGetVideoMode(audience);
        glfwSetWindowMonitor(window, audience, 0, 0, mode->width, mode->height, mode->refreshRate);
    }
    // One monitor (or the projector unplugged): the slide's window holds it all.
    if (screens.console < 0) {
        closeConsole(app);
        return;
    }
    GLFWmonitor* laptop = monitors.handles[static_cast<std::size_t>(screens.console)];
    if (!console_ && !console_failed_) {
        std::string error;
        const MonitorArea& area = monitors.areas[static_cast<std::size_t>(screens.console)];
        if (!makeConsole(app, area.width, area.height, error)) {
            console_failed_ = true;  // asked once per presentation, not every frame
            app.setStatus("The presenter's console could not open (" + error + "): notes and controls stay on the slide.");
            return;
        }
        placeConsole(console_->handle(), laptop);
        glfwShowWindow(console_->handle());
        glfwFocusWindow(console_->handle());  // the trainer's keys go to the laptop's window
        console_monitor_ = laptop;
    } else if (console_ && console_monitor_ != laptop) {
        placeConsole(console_->handle(), laptop);
        console_monitor_ = laptop;
    }
}

void Window::leaveFullScreen() {
    GLFWwindow* window = main_->handle();
    if (glfwGetWindowMonitor(window))
        glfwSetWindowMonitor(window, nullptr, windowed_x_, windowed_y_, windowed_width_, windowed_height_, 0);
}

}  // namespace ipprimer::platform
