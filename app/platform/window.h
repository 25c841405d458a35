// The platform behind one small face (Tracy's Backend idea): the program's
// window, and while a trainer presents on a second monitor the console
// beside it, each a Surface; the event-driven loop that draws them, fonts
// baked at the monitor's content scale, and PNG capture. With window.cpp and
// surface.cpp the only part that knows GLFW and OpenGL.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "platform/surface.h"
#include "ui/fonts.h"

struct GLFWwindow;
struct GLFWmonitor;

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
    // The fonts' first bake, done on a thread of its own while the OpenGL
    // driver loads: at the user's text scale, with the characters beyond the
    // base ranges that `glyphs` gives (called on that thread; the course's).
    float text_scale = 1.0f;
    std::function<std::vector<char32_t>()> glyphs;
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
    // Draws `frames` frames of the interface at once (for screenshots), the
    // console's too when one is open: each only laid out, the last one `last`.
    void drawFrames(ui::App& app, int frames, Output last = Output::Render);
    // Opens the presenter's console in a window of the given size, as a
    // second monitor would have it (for screenshots).
    bool openConsole(ui::App& app, int width, int height, std::string& error);
    // Writes what the last frame drew as a PNG: the program's window, or the console.
    bool writePng(const std::string& path, std::string& error, bool console = false);

    float contentScale() const { return main_->contentScale(); }
    // The window as xdg-desktop-portal names a parent ("x11:1a00003"), or empty.
    std::string portalParent() const;
    // Wakes the loop from any thread, to draw a change made elsewhere (the
    // background sync's state).
    static void wake();

private:
    Window() = default;
    // The title-bar and task-bar icon, from the ipprimer-<size>.png files in
    // `assets` (the same picture as ipprimer.svg at sizes a window manager
    // asks for). Missing files mean the desktop's default icon, nothing worse.
    void setIcon(GLFWwindow* window);
    void rebuildFonts(ui::App& app);
    // Takes the start's bake for a new App when it fits (same scales, not
    // presenting, no other characters wanted); false when a build is needed.
    bool adoptFirstBake(ui::App& app, float scale);
    void takeKeyRequests(ui::App& app, Surface& surface);
    // Hands the atlas ImGui just baked to OpenGL (one texture, both windows) and frees ImGui's copy.
    void uploadFontAtlas();
    void drawFrame(ui::App& app, Output output);
    // Full screen on a monitor while the presenter is up (F11 opts out), and
    // with a second monitor the console on the other (window_placement.cpp).
    void followPresenter(ui::App& app);
    void leaveFullScreen();
    bool makeConsole(ui::App& app, int width, int height, std::string& error);
    void closeConsole(ui::App& app);

    // The one font atlas both windows draw with; made before them, gone after.
    std::unique_ptr<ImFontAtlas> atlas_;
    // The start's bake while no App has taken it: its faces and what it was baked for.
    std::optional<ui::BakedFonts> first_bake_;
    std::unique_ptr<Surface> main_;
    std::unique_ptr<Surface> console_;
    unsigned int font_texture_ = 0;  // the font atlas, one byte a pixel (GLuint), shared by both contexts
    std::filesystem::path icon_folder_;
    GLFWmonitor* console_monitor_ = nullptr;  // where the console was put
    bool console_failed_ = false;             // it could not open: not asked again until the next presentation
    std::size_t last_picture_ = 0;  // hash of the last frame's draw data, both windows
    int extra_frames_ = 0;          // drawn after the usual three, while the picture changed
    bool presenter_windowed_ = false;  // the trainer pressed F11 to present in a window
    bool screens_swapped_ = false;     // the console's "Swap screens"
    int windowed_x_ = 0, windowed_y_ = 0, windowed_width_ = 0, windowed_height_ = 0;
};

}  // namespace ipprimer::platform
