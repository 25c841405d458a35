#include "platform/surface.h"

#define GLFW_INCLUDE_NONE
#include <GL/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <algorithm>
#include <string_view>
#include <utility>

#include "export/atomic_file.h"
#include "platform/png_encoder.h"
#include "ui/glyphs.h"

namespace ipprimer::platform {
namespace {

static_assert(kLeftControl == GLFW_KEY_LEFT_CONTROL && kRightSuper == GLFW_KEY_RIGHT_SUPER &&
              kLeftShift == GLFW_KEY_LEFT_SHIFT && kRightAlt == GLFW_KEY_RIGHT_ALT);

// ImGui's modifier flags from its keys, held ones included (ImGui's backend
// sets them only when a key event arrives).
void setModifiers(ImGuiIO& io) {
    const Modifiers held = modifiersOf(io.KeysDown);
    io.KeyCtrl = held.control;
    io.KeyShift = held.shift;
    io.KeyAlt = held.alt;
    io.KeySuper = held.super;
}

// Runs `action` with `surface`'s ImGui context current, and puts back the one
// that was: GLFW delivers every window's events from one glfwPollEvents.
template <class Action>
void inContextOf(GLFWwindow* window, Action&& action) {
    auto* self = static_cast<Surface*>(glfwGetWindowUserPointer(window));
    if (!self) return;
    ImGuiContext* previous = ImGui::GetCurrentContext();
    action(*self);
    ImGui::SetCurrentContext(previous);
}

}  // namespace

std::unique_ptr<Surface> Surface::create(const SurfaceOptions& options, Surface* share, std::string& error) {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);  // shown by the owner, once it has its icon and place
    GLFWwindow* window = glfwCreateWindow(options.width, options.height, options.title.c_str(), nullptr,
                                          share ? share->window_ : nullptr);
    if (!window) {
        error = "cannot create an OpenGL 3 window";
        return nullptr;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(options.vsync ? 1 : 0);
    glfwSetWindowSizeLimits(window, 480, 360, GLFW_DONT_CARE, GLFW_DONT_CARE);

    ImGuiContext* context = ImGui::CreateContext(options.fonts ? options.fonts() : nullptr);
    ImGui::SetCurrentContext(context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // preferences live in the database, not in imgui.ini
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    auto surface = std::unique_ptr<Surface>(new Surface(window, context));
    glfwSetWindowUserPointer(window, surface.get());
    // Our callbacks, which choose the context, then ImGui's backend.
    ImGui_ImplGlfw_InitForOpenGL(window, false);
    glfwSetKeyCallback(window, onKey);
    glfwSetCharCallback(window, onChar);
    glfwSetMouseButtonCallback(window, onMouseButton);
    glfwSetScrollCallback(window, onScroll);
    glfwSetCursorEnterCallback(window, onCursorEnter);
    glfwSetWindowFocusCallback(window, onFocus);
    glfwSetWindowContentScaleCallback(window, onContentScale);
    ImGui_ImplOpenGL3_Init("#version 130");
    // The backend's objects now, with no font texture: left to the first
    // frame, they would upload a second copy of the atlas beside the one the
    // window uploads (Window::uploadFontAtlas).
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    return surface;
}

Surface::~Surface() {
    makeCurrent();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext(context_);
    glfwDestroyWindow(window_);
}

void Surface::makeCurrent() {
    glfwMakeContextCurrent(window_);
    ImGui::SetCurrentContext(context_);
}

bool Surface::wantsTextInput() const {
    ImGuiContext* previous = ImGui::GetCurrentContext();
    ImGui::SetCurrentContext(context_);
    const bool typing = ImGui::GetIO().WantTextInput;
    ImGui::SetCurrentContext(previous);
    return typing;
}

bool Surface::closeRequested() const { return glfwWindowShouldClose(window_); }

float Surface::contentScale() const {
    float x = 1, y = 1;
    glfwGetWindowContentScale(window_, &x, &y);
    return std::clamp(std::max(x, y), 1.0f, 4.0f);
}

KeyRequests Surface::takeKeyRequests() { return std::exchange(requests_, {}); }

bool Surface::takeScaleChange() { return std::exchange(scale_changed_, false); }

void Surface::reloadFontsTexture() {
    makeCurrent();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void Surface::onKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
    inContextOf(window, [&](Surface& self) {
        ImGui::SetCurrentContext(self.context_);
        ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
        // ImGui 1.86 reads key state, not key events: a press and release that
        // arrive between two frames (a presentation clicker, a quick tap) would
        // be lost. Such a key is held down for one frame instead.
        if (action == GLFW_PRESS) self.keys_.pressed(key);
        if (action == GLFW_RELEASE) self.keys_.released(key);
        KeyRequests& asked = self.requests_;
        if (action == GLFW_PRESS && key == GLFW_KEY_F11) asked.toggle_windowed = !asked.toggle_windowed;
        if (action == GLFW_PRESS && key == GLFW_KEY_F5) asked.reload = true;
        if (action == GLFW_RELEASE || !(mods & GLFW_MOD_CONTROL)) return;
        if (key == GLFW_KEY_EQUAL || key == GLFW_KEY_KP_ADD) asked.text_scale_step += 1;
        if (key == GLFW_KEY_MINUS || key == GLFW_KEY_KP_SUBTRACT) asked.text_scale_step -= 1;
        if (key == GLFW_KEY_0 || key == GLFW_KEY_KP_0) asked.reset_text_scale = true;
        if (key == GLFW_KEY_F) asked.search = true;
    });
}

void Surface::onChar(GLFWwindow* window, unsigned int c) {
    // A letter typed that the atlas lacks (a name in Greek) is baked before the next frame.
    ui::noteGlyph(c);
    inContextOf(window, [&](Surface& self) {
        ImGui::SetCurrentContext(self.context_);
        ImGui_ImplGlfw_CharCallback(window, c);
    });
}

void Surface::onMouseButton(GLFWwindow* window, int button, int action, int mods) {
    inContextOf(window, [&](Surface& self) {
        ImGui::SetCurrentContext(self.context_);
        ImGui_ImplGlfw_MouseButtonCallback(window, button, action, mods);
        // A quick click, as a quick key: held down for one frame (ImGui's
        // backend keeps its own state of the button).
        if (action == GLFW_PRESS) self.buttons_.pressed(button);
        if (action == GLFW_RELEASE) self.buttons_.released(button);
    });
}

void Surface::onScroll(GLFWwindow* window, double x, double y) {
    inContextOf(window, [&](Surface& self) {
        ImGui::SetCurrentContext(self.context_);
        ImGui_ImplGlfw_ScrollCallback(window, x, y);
    });
}

void Surface::onCursorEnter(GLFWwindow* window, int entered) {
    inContextOf(window, [&](Surface& self) {
        ImGui::SetCurrentContext(self.context_);
        ImGui_ImplGlfw_CursorEnterCallback(window, entered);
    });
}

void Surface::onFocus(GLFWwindow* window, int focused) {
    inContextOf(window, [&](Surface& self) {
        ImGui::SetCurrentContext(self.context_);
        ImGui_ImplGlfw_WindowFocusCallback(window, focused);
    });
}

void Surface::onContentScale(GLFWwindow* window, float, float) {
    if (auto* self = static_cast<Surface*>(glfwGetWindowUserPointer(window))) self->scale_changed_ = true;
}

void Surface::drawFrame(const std::function<void()>& draw, Output output) {
    makeCurrent();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    keys_.holdDown(io.KeysDown);
    buttons_.holdDown(io.MouseDown);
    setModifiers(io);
    ImGui::NewFrame();
    draw();
    ImGui::Render();
    keys_.letGo(io.KeysDown);
    buttons_.letGo(io.MouseDown);
    setModifiers(io);
    last_picture_ = drawDataHash();
    if (output == Output::LayoutOnly) return;
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(1, 1, 1, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (output == Output::Present) glfwSwapBuffers(window_);
}

std::size_t Surface::drawDataHash() const {
    // What the frame drew: every vertex and index, hashed as bytes.
    const ImDrawData* data = ImGui::GetDrawData();
    std::size_t hash = 0;
    if (!data) return hash;
    auto mix = [&](const void* bytes, std::size_t size) {
        hash ^= std::hash<std::string_view>{}(std::string_view(static_cast<const char*>(bytes), size)) + 0x9e3779b97f4a7c15ULL +
                (hash << 6) + (hash >> 2);
    };
    for (int i = 0; i < data->CmdListsCount; ++i) {
        const ImDrawList* list = data->CmdLists[i];
        mix(list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.Size) * sizeof(ImDrawVert));
        mix(list->IdxBuffer.Data, static_cast<std::size_t>(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
    }
    return hash;
}

bool Surface::writePng(const std::string& path, std::string& error) {
    makeCurrent();
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    // RGB: the window is opaque, and a quarter less to compress.
    std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * h * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    const std::string png = encodePng(pixels.data(), w, h);
    if (png.empty()) {
        error = "cannot write " + path + ": the picture could not be encoded as PNG";
        return false;
    }
    // Like every file that leaves the program: whole, and never through a
    // link; not flushed to the disk, since a screenshot is made again at will.
    try {
        exports::writeFileAtomically(path, png, exports::Readers::Everyone, exports::Flush::Later);
    } catch (const exports::WriteError& failure) {
        error = failure.what();
        return false;
    }
    return true;
}

}  // namespace ipprimer::platform
