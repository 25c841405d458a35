// One window of the program: a GLFW window with its OpenGL context and a Dear
// ImGui context of its own (ImGui 1.86 keeps one set of windows per context),
// its GLFW and OpenGL3 backends, and the input quirks handled once. A second
// surface (the presenter's console) shares the first one's OpenGL objects;
// both draw with the window's one font atlas. The only place besides window.cpp that knows GLFW.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "platform/held_presses.h"

struct GLFWwindow;
struct ImGuiContext;
struct ImFontAtlas;

namespace ipprimer::platform {

struct SurfaceOptions {
    int width = 1280;
    int height = 820;
    std::string title = "IP Primer";
    bool vsync = true;  // the console does without, so two windows never wait twice per frame
    // The atlas its ImGui context draws with, asked for once the window and
    // its OpenGL context exist, just before ImGui's context is made (the
    // window's start bakes the atlas meanwhile). Owned by the caller.
    std::function<ImFontAtlas*()> fonts;
};

// What a key asked of the program rather than of the screen under it,
// gathered between frames for the window's owner to act on.
struct KeyRequests {
    int text_scale_step = 0;  // Ctrl+plus / Ctrl+minus
    bool reset_text_scale = false;  // Ctrl+0
    bool search = false;            // Ctrl+F
    bool reload = false;            // F5
    bool toggle_windowed = false;   // F11
};

// What a frame does with what ImGui laid out.
enum class Output {
    Present,     // drawn and shown
    Render,      // drawn into the back buffer, for a screenshot
    LayoutOnly,  // ImGui's frame without drawing: settles a screenshot's layout
};

class Surface {
public:
    // `share`: the surface whose OpenGL objects this one uses (null for the first). Shown only once `prepare` (the icon) has run. nullptr
    // with a message in `error` when no window could be made.
    static std::unique_ptr<Surface> create(const SurfaceOptions& options, Surface* share, std::string& error);
    ~Surface();
    Surface(const Surface&) = delete;
    Surface& operator=(const Surface&) = delete;

    GLFWwindow* handle() const { return window_; }
    // Makes this window's OpenGL and ImGui contexts the current ones.
    void makeCurrent();
    // One frame: `draw` between ImGui's NewFrame and Render, then drawn (or
    // not) and shown (or not) as `output` says.
    void drawFrame(const std::function<void()>& draw, Output output);
    // The vertices and indices the last frame drew, hashed: a frame that
    // draws the same picture changes nothing on screen.
    std::size_t lastPicture() const { return last_picture_; }
    // A text field is being typed in: its caret blinks.
    bool wantsTextInput() const;
    bool closeRequested() const;
    float contentScale() const;
    KeyRequests takeKeyRequests();
    // The monitor's content scale changed since the last call.
    bool takeScaleChange();
    // ImGui's backend's own upload of the font atlas, four bytes a pixel:
    // only where OpenGL lacks texture swizzle (the window uploads one byte a pixel).
    void reloadFontsTexture();
    // What the last frame drew, as a PNG.
    bool writePng(const std::string& path, std::string& error);

private:
    Surface(GLFWwindow* window, ImGuiContext* context) : window_(window), context_(context) {}
    std::size_t drawDataHash() const;
    // GLFW calls these for this window; they make its ImGui context current
    // before handing the event to ImGui's backend, which serves one context.
    static void onKey(GLFWwindow* window, int key, int scancode, int action, int mods);
    static void onChar(GLFWwindow* window, unsigned int c);
    static void onMouseButton(GLFWwindow* window, int button, int action, int mods);
    static void onScroll(GLFWwindow* window, double x, double y);
    static void onCursorEnter(GLFWwindow* window, int entered);
    static void onFocus(GLFWwindow* window, int focused);
    static void onContentScale(GLFWwindow* window, float x, float y);

    GLFWwindow* window_;
    ImGuiContext* context_;
    KeyRequests requests_;
    bool scale_changed_ = false;
    HeldPresses<512> keys_;   // GLFW key codes pressed and released between two frames
    HeldPresses<5> buttons_;  // mouse buttons, likewise (ImGui's io.MouseDown)
    std::size_t last_picture_ = 0;
};

}  // namespace ipprimer::platform
