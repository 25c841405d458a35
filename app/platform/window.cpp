#include "platform/window.h"

#define GLFW_INCLUDE_NONE
#include <GL/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <stb_image.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "export/atomic_file.h"
#include "platform/browser.h"
#include "platform/png_encoder.h"
#include "ui/app.h"
#include "ui/background_job.h"
#include "ui/glyphs.h"
#include "ui/widgets.h"

// OpenGL 3.3 (and ARB_texture_swizzle) names, for headers that stop at an older version.
#ifndef GL_R8
#define GL_R8 0x8229
#endif
#ifndef GL_TEXTURE_SWIZZLE_RGBA
#define GL_TEXTURE_SWIZZLE_RGBA 0x8E46
#endif

namespace ipprimer::platform {
namespace {

static_assert(platform::kLeftControl == GLFW_KEY_LEFT_CONTROL && platform::kRightSuper == GLFW_KEY_RIGHT_SUPER &&
              platform::kLeftShift == GLFW_KEY_LEFT_SHIFT && platform::kRightAlt == GLFW_KEY_RIGHT_ALT);

// ImGui's modifier flags from its keys, held ones included (ImGui's backend
// sets them only when a key event arrives).
void setModifiers(ImGuiIO& io) {
    const platform::Modifiers held = platform::modifiersOf(io.KeysDown);
    io.KeyCtrl = held.control;
    io.KeyShift = held.shift;
    io.KeyAlt = held.alt;
    io.KeySuper = held.super;
}

std::string g_glfw_error;
void onGlfwError(int, const char* description) { g_glfw_error = description ? description : "unknown error"; }

}  // namespace

std::unique_ptr<Window> Window::create(const WindowOptions& options, std::string& error) {
    glfwSetErrorCallback(onGlfwError);
    if (!glfwInit()) {
        error = "cannot open a window: " + (g_glfw_error.empty() ? std::string("no display") : g_glfw_error) +
                " (is DISPLAY set? for a headless machine use xvfb-run -a)";
        return nullptr;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);  // shown below, once it has its icon
    GLFWwindow* handle = glfwCreateWindow(options.width, options.height, options.title.c_str(), nullptr, nullptr);
    if (!handle) {
        error = "cannot create an OpenGL 3 window: " + g_glfw_error;
        glfwTerminate();
        return nullptr;
    }
    glfwMakeContextCurrent(handle);
    glfwSwapInterval(1);
    glfwSetWindowSizeLimits(handle, 480, 360, GLFW_DONT_CARE, GLFW_DONT_CARE);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // preferences live in the database, not in imgui.ini
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // Our callbacks first: ImGui's backend chains to them.
    glfwSetKeyCallback(handle, onKey);
    glfwSetMouseButtonCallback(handle, onMouseButton);
    glfwSetWindowContentScaleCallback(handle, onContentScale);
    glfwSetCharCallback(handle, onChar);
    ImGui_ImplGlfw_InitForOpenGL(handle, true);
    ImGui_ImplOpenGL3_Init("#version 130");
    // The backend's objects now, with ImGui's tiny built-in font: left to the
    // first frame, they would upload a second copy of our atlas beside ours.
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    auto window = std::unique_ptr<Window>(new Window(handle));
    glfwSetWindowUserPointer(handle, window.get());
    if (!options.icon_folder.empty()) window->setIcon(options.icon_folder);
    glfwShowWindow(handle);
    return window;
}

Window::Window(GLFWwindow* window) : window_(window) {}

void Window::setIcon(const std::filesystem::path& assets) {
    std::vector<GLFWimage> images;
    std::vector<unsigned char*> pixels;
    for (int size : {16, 32, 48, 64, 128}) {
        const std::string file = (assets / ("ipprimer-" + std::to_string(size) + ".png")).string();
        int w = 0, h = 0, channels = 0;
        if (unsigned char* data = stbi_load(file.c_str(), &w, &h, &channels, 4)) {
            pixels.push_back(data);
            images.push_back(GLFWimage{w, h, data});
        }
    }
    // Wayland has no window icons (the desktop file names the icon there);
    // GLFW reports that as an error, which is no reason to say anything.
    if (!images.empty()) glfwSetWindowIcon(window_, static_cast<int>(images.size()), images.data());
    g_glfw_error.clear();
    for (unsigned char* data : pixels) stbi_image_free(data);
}

Window::~Window() {
    if (font_texture_) glDeleteTextures(1, &font_texture_);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window_);
    glfwTerminate();
}

float Window::contentScale() const {
    float x = 1, y = 1;
    glfwGetWindowContentScale(window_, &x, &y);
    return std::clamp(std::max(x, y), 1.0f, 4.0f);
}

void Window::onKey(GLFWwindow* handle, int key, int, int action, int mods) {
    auto* self = static_cast<Window*>(glfwGetWindowUserPointer(handle));
    // ImGui 1.86 reads key state, not key events: a press and release that
    // arrive between two frames (a presentation clicker, a quick tap) would be
    // lost. Such a key is held down for one frame instead.
    if (self && action == GLFW_PRESS) self->keys_.pressed(key);
    if (self && action == GLFW_RELEASE) self->keys_.released(key);
    if (self && action == GLFW_PRESS && key == GLFW_KEY_F11) self->presenter_windowed_ = !self->presenter_windowed_;
    if (self && action == GLFW_PRESS && key == GLFW_KEY_F5) self->reload_requested_ = true;
    if (!self || action == GLFW_RELEASE || !(mods & GLFW_MOD_CONTROL)) return;
    if (key == GLFW_KEY_EQUAL || key == GLFW_KEY_KP_ADD) self->text_scale_step_ += 1;
    if (key == GLFW_KEY_MINUS || key == GLFW_KEY_KP_SUBTRACT) self->text_scale_step_ -= 1;
    if (key == GLFW_KEY_0 || key == GLFW_KEY_KP_0) self->reset_text_scale_ = true;
    if (key == GLFW_KEY_F) self->search_requested_ = true;
}

void Window::onMouseButton(GLFWwindow* handle, int button, int action, int) {
    // A quick click, as a quick key: held down for one frame (ImGui's
    // backend, called after this, keeps its own state of the button).
    auto* self = static_cast<Window*>(glfwGetWindowUserPointer(handle));
    if (self && action == GLFW_PRESS) self->buttons_.pressed(button);
    if (self && action == GLFW_RELEASE) self->buttons_.released(button);
}

void Window::onChar(GLFWwindow*, unsigned int code_point) {
    // A letter typed that the atlas lacks (a name in Greek) is baked before the next frame.
    ui::noteGlyph(code_point);
}

void Window::onContentScale(GLFWwindow* handle, float, float) {
    if (auto* self = static_cast<Window*>(glfwGetWindowUserPointer(handle))) self->scale_changed_ = true;
}

void Window::rebuildFonts(ui::App& app) {
    float scale = contentScale();
    // The presenter's large faces are sized from the window's height, and baked only while presenting.
    int width = 0, height = 0;
    glfwGetWindowSize(window_, &width, &height);
    if (!app.fonts().body) {
        // A new App (the start, a reload): the characters its course and people need, baked at once.
        ui::noteCourseGlyphs(app.course());
        ui::noteRosterGlyphs(app.store());
    }
    ui::FontSet fonts = ui::buildFonts(scale, app.textScale(), app.presenting() ? static_cast<float>(height) : 0.0f);
    ui::applyTheme(scale);
    uploadFontAtlas();
    app.setFonts(fonts);
}

void Window::uploadFontAtlas() {
    ImGuiIO& io = ImGui::GetIO();
    if (font_texture_) glDeleteTextures(1, &font_texture_);
    font_texture_ = 0;
    GLint major = 0, minor = 0;
    glGetIntegerv(GL_MAJOR_VERSION, &major);
    glGetIntegerv(GL_MINOR_VERSION, &minor);
    if (major * 10 + minor < 33) {
        // No texture swizzle: ImGui's own upload, four bytes a pixel.
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        io.Fonts->ClearTexData();
        return;
    }
    // One byte a pixel, read as white with that alpha: a quarter of ImGui's
    // RGBA upload, in the driver's memory (a software renderer's is ours).
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    GLint last_texture = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &last_texture);
    glGenTextures(1, &font_texture_);
    glBindTexture(GL_TEXTURE_2D, font_texture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    const GLint swizzle[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
    glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(last_texture));
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(font_texture_)));
    // The atlas's pixels live in the texture now; the next build makes new ones.
    io.Fonts->ClearTexData();
}

void Window::drawFrame(ui::App& app, Output output) {
    if (std::exchange(search_requested_, false)) app.navigate(ui::Screen::Search);
    if (std::exchange(reload_requested_, false)) app.requestReload();
    if (text_scale_step_ != 0 || reset_text_scale_) {
        if (reset_text_scale_)
            while (app.textScale() != 1.0f) app.changeTextScale(app.textScale() > 1.0f ? -1 : 1);
        app.changeTextScale(text_scale_step_);
        text_scale_step_ = 0;
        reset_text_scale_ = false;
    }
    if (app.takeFontRebuild() || scale_changed_ || !app.fonts().body || ui::glyphsWanted()) {
        scale_changed_ = false;
        rebuildFonts(app);
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    keys_.holdDown(io.KeysDown);
    buttons_.holdDown(io.MouseDown);
    setModifiers(io);
    ImGui::NewFrame();
    app.frame();
    ImGui::Render();
    keys_.letGo(io.KeysDown);
    buttons_.letGo(io.MouseDown);
    setModifiers(io);
    if (output != Output::LayoutOnly) {
        int w = 0, h = 0;
        glfwGetFramebufferSize(window_, &w, &h);
        glViewport(0, 0, w, h);
        glClearColor(1, 1, 1, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (output == Output::Present) glfwSwapBuffers(window_);
    }

    std::string url = app.takeUrlToOpen();
    if (!url.empty()) {
        std::string error;
        if (url.starts_with("mailto:"))
            app.setStatus(openMailMessage(url, error) ? "Opened a new message in your mail program." : error);
        else
            app.setStatus(openInBrowser(url, error) ? "Opened in your browser: " + url : error);
    }
}

void Window::followPresenter(ui::App& app) {
    const bool want = app.presenting() && !presenter_windowed_;
    const bool is = glfwGetWindowMonitor(window_) != nullptr;
    if (want == is) return;
    if (!want) {
        glfwSetWindowMonitor(window_, nullptr, windowed_x_, windowed_y_, windowed_width_, windowed_height_, 0);
        return;
    }
    glfwGetWindowPos(window_, &windowed_x_, &windowed_y_);
    glfwGetWindowSize(window_, &windowed_width_, &windowed_height_);
    // The monitor under the window's centre: the projector, once the trainer dragged the window there.
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    GLFWmonitor* chosen = glfwGetPrimaryMonitor();
    int cx = windowed_x_ + windowed_width_ / 2, cy = windowed_y_ + windowed_height_ / 2;
    for (int i = 0; i < count; ++i) {
        int mx = 0, my = 0;
        glfwGetMonitorPos(monitors[i], &mx, &my);
        const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
        if (mode && cx >= mx && cx < mx + mode->width && cy >= my && cy < my + mode->height) chosen = monitors[i];
    }
    const GLFWvidmode* mode = chosen ? glfwGetVideoMode(chosen) : nullptr;
    if (mode) glfwSetWindowMonitor(window_, chosen, 0, 0, mode->width, mode->height, mode->refreshRate);
}

void Window::run(ui::App& app) {
    // Event-driven: draw a few frames after each input so ImGui settles, then
    // sleep in glfwWaitEvents until something happens.
    int frames_left = 3;
    bool woke = true;  // this frame follows a sleep: it differs from the last by design
    while (!glfwWindowShouldClose(window_) && !app.reloadRequested()) {
        if (frames_left > 0) {
            glfwPollEvents();
        } else {
            woke = true;
            // A text field's caret blinks, so it wakes twice a second; the
            // presenter's clock once a second; otherwise sleep.
            frames_left = 3;
            if (ui::BackgroundJob::anyRunning()) {
                glfwWaitEventsTimeout(0.1);  // long work's bar moves ten times a second
            } else if (ImGui::GetIO().WantTextInput) {
                glfwWaitEventsTimeout(0.5);
            } else if (app.wantsTimer()) {
                const double before = glfwGetTime();
                glfwWaitEventsTimeout(1.0);
                if (glfwGetTime() - before >= 0.99) frames_left = 1;  // only the clock moved: one frame
            } else {
                glfwWaitEvents();
            }
        }
        drawFrame(app, Output::Present);
        followPresenter(app);
        if (app.quitRequested()) glfwSetWindowShouldClose(window_, GLFW_TRUE);
        if (app.takeKeepDrawing()) frames_left = std::max(frames_left, 2);
        --frames_left;
        // Three frames settle most changes; one that needs more (a layout
        // measured in one frame and used in the next, a scroll applied late)
        // keeps drawing while the picture still changes, up to ten more. The
        // first frame after a sleep (the presenter's clock ticking) is not
        // compared: it shows what woke the window.
        const std::size_t picture = drawDataHash();
        if (frames_left == 0 && !woke && picture != last_picture_ && extra_frames_ < 10) {
            frames_left = 1;
            ++extra_frames_;
        } else if (frames_left == 0) {
            extra_frames_ = 0;
        }
        last_picture_ = picture;
        woke = false;
        // Text drawn with characters the atlas lacks: one more frame, after the rebuild.
        if (frames_left == 0 && ui::glyphsWanted()) frames_left = 1;
    }
}

std::size_t Window::drawDataHash() {
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

void Window::drawFrames(ui::App& app, int frames) {
    // A screenshot shows the view as it is, not what the pointer happens to hover.
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouse;
    for (int i = 0; i < frames; ++i) {
        glfwPollEvents();
        // Frames before the last only settle the layout: the picture is the
        // last one's, read from the back buffer (a software renderer spends
        // as long drawing a frame as ImGui spends laying out ten).
        drawFrame(app, i + 1 < frames ? Output::LayoutOnly : Output::Render);
    }
}

bool Window::writePng(const std::string& path, std::string& error) {
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

void Window::wake() { glfwPostEmptyEvent(); }

std::string portalParentOf(GLFWwindow* window);  // window_handle.cpp

std::string Window::portalParent() const { return portalParentOf(window_); }

}  // namespace ipprimer::platform
