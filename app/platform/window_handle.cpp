// The window's name for xdg-desktop-portal ("x11:<hex id>"), so the desktop's
// file chooser opens over our window.
#include <GLFW/glfw3.h>

#include <cstdio>
#include <string>

// From glfw3native.h, declared here: that header needs the Xrandr headers,
// which Debian's GLFW package does not pull in. An X11 Window is an XID.
extern "C" unsigned long glfwGetX11Window(GLFWwindow* window);

namespace ipprimer::platform {

std::string portalParentOf(GLFWwindow* window) {
    const unsigned long id = glfwGetX11Window(window);
    if (id == 0) return "";  // not on X11: the portal places its dialog itself
    char text[32];
    std::snprintf(text, sizeof text, "x11:%lx", id);
    return text;
}

}  // namespace ipprimer::platform
