#include "platform/window.h"

#define GLFW_INCLUDE_NONE
#include <GL/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>
#include <stb_image.h>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <future>
#include <string>
#include <utility>
#include <vector>

#include "platform/browser.h"
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

std::string g_glfw_error;
void onGlfwError(int, const char* description) { g_glfw_error = description ? description : "unknown error"; }

// The content scale of the monitor a new window opens on, as Surface::contentScale keeps it.
float primaryMonitorScale() {
    float x = 1, y = 1;
    if (GLFWmonitor* monitor = glfwGetPrimaryMonitor()) glfwGetMonitorContentScale(monitor, &x, &y);
    return std::clamp(std::max(x, y), 1.0f, 4.0f);
}

std::size_t mix(std::size_t hash, std::size_t value) { return hash ^ (value + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2)); }

}  // namespace

std::unique_ptr<Window> Window::create(const WindowOptions& options, std::string& error) {
    glfwSetErrorCallback(onGlfwError);
    if (!glfwInit()) {
        error = "cannot open a window: " + (g_glfw_error.empty() ? std::string("no display") : g_glfw_error) +
                " (is DISPLAY set? for a headless machine use xvfb-run -a)";
        return nullptr;
    }
    // The fonts bake beside the OpenGL driver's start, which takes longer,
    // at the scale of the monitor a new window opens on. No ImGui context
    // exists until the bake is done (Surface::create waits for it).
    const float scale = primaryMonitorScale();
    std::future<ui::BakedFonts> baking =
        std::async(std::launch::async, [scale, text_scale = options.text_scale, glyphs = options.glyphs] {
            std::vector<char32_t> extra;
            try {
                if (glyphs) extra = glyphs();
            } catch (const std::exception&) {
                // no characters known (the course could not be read): the base ranges, and more as text asks
            }
            return ui::bakeFonts(scale, text_scale, std::move(extra));
        });
    auto window = std::unique_ptr<Window>(new Window());
    SurfaceOptions surface{options.width, options.height, options.title, true, {}};
    surface.fonts = [&] {
        window->first_bake_ = baking.get();
        window->atlas_ = std::move(window->first_bake_->atlas);
        return window->atlas_.get();
    };
    std::string why;
    window->main_ = Surface::create(surface, nullptr, why);
    if (!window->main_) {
        error = "cannot create an OpenGL 3 window: " + g_glfw_error;
        glfwTerminate();
        return nullptr;
    }
    window->icon_folder_ = options.icon_folder;
    window->setIcon(window->main_->handle());
    glfwShowWindow(window->main_->handle());
    return window;
}

Window::~Window() {
    console_.reset();
    if (font_texture_) {
        main_->makeCurrent();
        glDeleteTextures(1, &font_texture_);
    }
    main_.reset();
    atlas_.reset();  // after the contexts that drew with it
    glfwTerminate();
}

void Window::setIcon(GLFWwindow* handle) {
    if (icon_folder_.empty()) return;
    std::vector<GLFWimage> images;
    std::vector<unsigned char*> pixels;
    for (int size : {16, 32, 48, 64, 128}) {
        const std::string file = (icon_folder_ / ("ipprimer-" + std::to_string(size) + ".png")).string();
        int w = 0, h = 0, channels = 0;
        if (unsigned char* data = stbi_load(file.c_str(), &w, &h, &channels, 4)) {
            pixels.push_back(data);
            images.push_back(GLFWimage{w, h, data});
        }
    }
    // Wayland has no window icons (the desktop file names the icon there);
    // GLFW reports that as an error, which is no reason to say anything.
    if (!images.empty()) glfwSetWindowIcon(handle, static_cast<int>(images.size()), images.data());
    g_glfw_error.clear();
    for (unsigned char* data : pixels) stbi_image_free(data);
}

void Window::rebuildFonts(ui::App& app) {
    // One atlas for both windows, baked in the program window's context at its
    // monitor's scale; the presenter's large faces are sized from its height,
    // and baked only while presenting.
    main_->makeCurrent();
    int width = 0, height = 0;
    glfwGetWindowSize(main_->handle(), &width, &height);
    const float scale = main_->contentScale();
    if (!app.fonts().body && adoptFirstBake(app, scale)) return;
    first_bake_.reset();  // its faces go with this build
    if (!app.fonts().body) {
        // A new App (a reload): the characters its course and people need, baked at once.
        ui::noteCourseGlyphs(app.course());
        ui::noteRosterGlyphs(app.store());
    }
    ui::FontSet fonts = ui::buildFonts(scale, app.textScale(), app.presenting() ? static_cast<float>(height) : 0.0f);
    ui::applyTheme(scale);
    uploadFontAtlas();
    if (console_) {
        console_->makeCurrent();
        ui::applyTheme(console_->contentScale());
    }
    app.setFonts(fonts);
}

bool Window::adoptFirstBake(ui::App& app, float scale) {
    if (!first_bake_ || first_bake_->display_scale != scale || first_bake_->text_scale != app.textScale() ||
        app.presenting())
        return false;
    // The bake holds the course's characters; the roster's are noted now, and
    // a name in a script the course does not use asks for a build after all.
    ui::adoptBakedGlyphs(first_bake_->glyphs);
    ui::noteRosterGlyphs(app.store());
    if (ui::glyphsWanted()) return false;
    ImGui::GetIO().FontDefault = first_bake_->set.body;
    ui::applyTheme(scale);
    uploadFontAtlas();
    app.setFonts(first_bake_->set);
    first_bake_.reset();
    return true;
}

void Window::uploadFontAtlas() {
    main_->makeCurrent();
    ImGuiIO& io = ImGui::GetIO();
    if (font_texture_) glDeleteTextures(1, &font_texture_);
    font_texture_ = 0;
    GLint major = 0, minor = 0;
    glGetIntegerv(GL_MAJOR_VERSION, &major);
    glGetIntegerv(GL_MINOR_VERSION, &minor);
    if (major * 10 + minor < 33) {
        // No texture swizzle: ImGui's own upload, four bytes a pixel.
        main_->reloadFontsTexture();
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

void Window::takeKeyRequests(ui::App& app, Surface& surface) {
    const KeyRequests asked = surface.takeKeyRequests();
    if (asked.search) app.navigate(ui::Screen::Search);
    if (asked.reload) app.requestReload();
    if (asked.toggle_windowed) presenter_windowed_ = !presenter_windowed_;
    if (asked.reset_text_scale)
        while (app.textScale() != 1.0f) app.changeTextScale(app.textScale() > 1.0f ? -1 : 1);
    if (asked.text_scale_step != 0) app.changeTextScale(asked.text_scale_step);
}

void Window::drawFrame(ui::App& app, Output output) {
    takeKeyRequests(app, *main_);
    if (console_) takeKeyRequests(app, *console_);
    const bool scale_changed = main_->takeScaleChange();
    if (app.takeFontRebuild() || scale_changed || !app.fonts().body || ui::glyphsWanted()) rebuildFonts(app);
    main_->drawFrame([&] { app.frame(); }, output);
    if (console_) console_->drawFrame([&] { app.consoleFrame(); }, output);

    std::string url = app.takeUrlToOpen();
    if (!url.empty()) {
        std::string error;
        app.setStatus(openInBrowser(url, error) ? "Opened in your browser: " + url : error);
    }
}

void Window::run(ui::App& app) {
    // Event-driven: draw a few frames after each input so ImGui settles, then
    // sleep in glfwWaitEvents until something happens. One queue serves both
    // windows, so the console wakes the loop as the slide's window does.
    int frames_left = 3;
    bool woke = true;  // this frame follows a sleep: it differs from the last by design
    while (!main_->closeRequested() && !app.reloadRequested()) {
        if (frames_left > 0) {
            glfwPollEvents();
        } else {
            woke = true;
            // A text field's caret blinks, so it wakes twice a second; the
            // presenter's clock once a second; otherwise sleep.
            frames_left = 3;
            if (ui::BackgroundJob::anyRunning()) {
                glfwWaitEventsTimeout(0.1);  // long work's bar moves ten times a second
            } else if (main_->wantsTextInput() || (console_ && console_->wantsTextInput())) {
                glfwWaitEventsTimeout(0.5);
            } else if (app.wantsTimer()) {
                const double before = glfwGetTime();
                glfwWaitEventsTimeout(1.0);
                if (glfwGetTime() - before >= 0.99) frames_left = 1;  // only the clock moved: one frame
            } else {
                glfwWaitEvents();
            }
        }
        // Closing the console ends the presentation, as its Leave button does.
        if (console_ && console_->closeRequested()) app.navigate(ui::Screen::Trainer);
        drawFrame(app, Output::Present);
        followPresenter(app);
        if (app.quitRequested()) glfwSetWindowShouldClose(main_->handle(), GLFW_TRUE);
        if (app.takeKeepDrawing()) frames_left = std::max(frames_left, 2);
        --frames_left;
        // Three frames settle most changes; one that needs more (a layout
        // measured in one frame and used in the next, a scroll applied late)
        // keeps drawing while the picture still changes, up to ten more. The
        // first frame after a sleep (the presenter's clock ticking) is not
        // compared: it shows what woke the window.
        const std::size_t picture = mix(main_->lastPicture(), console_ ? console_->lastPicture() : 0);
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
    closeConsole(app);
}

void Window::drawFrames(ui::App& app, int frames, Output last) {
    // A screenshot shows the view as it is, not what the pointer happens to hover.
    for (Surface* surface : {main_.get(), console_.get()}) {
        if (!surface) continue;
        surface->makeCurrent();
        ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouse;
    }
    for (int i = 0; i < frames; ++i) {
        glfwPollEvents();
        // Frames before the last only settle the layout: the picture is the
        // last one's, read from the back buffer (a software renderer spends
        // as long drawing a frame as ImGui spends laying out ten).
        drawFrame(app, i + 1 < frames ? Output::LayoutOnly : last);
    }
}

bool Window::openConsole(ui::App& app, int width, int height, std::string& error) {
    if (!makeConsole(app, width, height, error)) return false;
    glfwShowWindow(console_->handle());
    return true;
}

bool Window::makeConsole(ui::App& app, int width, int height, std::string& error) {
    console_ = Surface::create({width, height, "IP Primer: presenter's console", false, [this] { return atlas_.get(); }},
                               main_.get(), error);
    if (!console_) {
        error += g_glfw_error.empty() ? "" : ": " + g_glfw_error;
        main_->makeCurrent();
        return false;
    }
    ui::applyTheme(console_->contentScale());
    setIcon(console_->handle());
    // The new context's backend made a font texture of its own on the shared
    // atlas and let it go again: the atlas points to ours once more.
    uploadFontAtlas();
    app.setConsoleAttached(true);
    return true;
}

void Window::closeConsole(ui::App& app) {
    if (!console_) return;
    console_.reset();
    app.setConsoleAttached(false);
    glfwFocusWindow(main_->handle());  // the keys come back to the program's window
}

bool Window::writePng(const std::string& path, std::string& error, bool console) {
    Surface* surface = console ? console_.get() : main_.get();
    if (!surface) {
        error = "cannot write " + path + ": no presenter's console is open";
        return false;
    }
    return surface->writePng(path, error);
}

void Window::wake() { glfwPostEmptyEvent(); }

std::string portalParentOf(GLFWwindow* window);  // window_handle.cpp

std::string Window::portalParent() const { return portalParentOf(main_->handle()); }

}  // namespace ipprimer::platform
