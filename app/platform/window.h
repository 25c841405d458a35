// The platform behind one small face (Tracy's Backend idea): a GLFW window
// with an OpenGL3 ImGui backend, an event-driven loop, fonts baked at the
// monitor's content scale, and PNG capture. The only part that knows GLFW/GL.
#pragma once

#include <array>
#include <filesystem>
#include <memory>
#include <vector>
#include <string>

#include "platform/held_presses.h"
#include "ui/fonts.h"

struct GLFWwindow;

namespace ipprimer::ui {
class App;
}

namespace ipprimer::platform {

struct WindowOptions {
    int width = 1280;
    int height = 820;
    std::string title = "IP Primer";
    // Where the ipprimer-<size>.png icons are; the window is shown only once
    // it carries them, so a task bar never sees it without its icon.
    std::filesystem::path icon_folder;
};

class Window {
public:
    // nullptr with a message in `error` when there is no display or no OpenGL 3.
    static std::unique_ptr<Window> create(const WindowOptions& options, std::string& error);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    // Runs the interface until the window is closed or the app asks for its
    // course to be reloaded. Sleeps while nothing happens.
    void run(ui::App& app);
    // Draws `frames` frames of the interface at once (for screenshots).
    void drawFrames(ui::App& app, int frames);
    // Writes what the last frame drew as a PNG.
    bool writePng(const std::string& path, std::string& error);

    float contentScale() const;
    // The window as xdg-desktop-portal names a parent ("x11:1a00003"), or empty.
    std::string portalParent() const;
    // Wakes the loop from any thread, to draw a change made elsewhere (the
    // background sync's state).
    static void wake();

private:
    // The title-bar and task-bar icon, from the ipprimer-<size>.png files in
    // `assets` (the same picture as ipprimer.svg at sizes a window manager
    // asks for). Missing files mean the desktop's default icon, nothing worse.
    void setIcon(const std::filesystem::path& assets);
    explicit Window(GLFWwindow* window);
    void rebuildFonts(ui::App& app);
    // Hands the atlas ImGui just baked to OpenGL and frees ImGui's copy.
    void uploadFontAtlas();
    enum class Output {
        Present,     // drawn and shown
        Render,      // drawn into the back buffer, for a screenshot
        LayoutOnly,  // ImGui's frame without drawing: settles a screenshot's layout
    };
    void drawFrame(ui::App& app, Output output);
    std::size_t drawDataHash();
    // Full screen on the window's monitor while the presenter is up (F11 opts out).
    void followPresenter(ui::App& app);
    static void onKey(GLFWwindow* window, int key, int scancode, int action, int mods);
    static void onMouseButton(GLFWwindow* window, int button, int action, int mods);
    static void onContentScale(GLFWwindow* window, float x, float y);
    static void onChar(GLFWwindow* window, unsigned int code_point);

    GLFWwindow* window_;
    unsigned int font_texture_ = 0;  // the font atlas, one byte a pixel (GLuint)
    bool scale_changed_ = false;
    HeldPresses<512> keys_;   // GLFW key codes pressed and released between two frames
    HeldPresses<5> buttons_;  // mouse buttons, likewise (ImGui's io.MouseDown)
    int text_scale_step_ = 0;  // from Ctrl+plus / Ctrl+minus, handed to the app
    bool reset_text_scale_ = false;
    bool search_requested_ = false;  // Ctrl+F, handed to the app
    bool reload_requested_ = false;  // F5, handed to the app
    std::size_t last_picture_ = 0;   // hash of the last frame's draw data
    int extra_frames_ = 0;           // drawn after the usual three, while the picture changed
    bool presenter_windowed_ = false;  // the trainer pressed F11 to present in a window
    int windowed_x_ = 0, windowed_y_ = 0, windowed_width_ = 0, windowed_height_ = 0;
};

}  // namespace ipprimer::platform
