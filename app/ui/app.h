// The whole interface: which screen is up, who is learning, and what the
// platform must do for it (open a URL, rebuild fonts). Knows ImGui, not GLFW.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "course/course.h"
#include "ui/fonts.h"
#include "ui/markdown_view.h"

namespace ipprimer::store {
class Store;
}

namespace ipprimer::ui {

enum class Screen { Profiles, Home, Reader, Glossary, File };

class ProfileView;
class HomeView;
class ReaderView;
class GlossaryView;

class App {
public:
    App(const course::Course& course, store::Store& store, ImageProvider* images);
    ~App();

    // One frame of the interface, filling the main viewport.
    void frame();
    // After the platform (or a test) built fonts.
    void setFonts(const FontSet& fonts);

    // Navigation, used by the views, the screenshot command and tests.
    void selectLearner(std::int64_t learner_id);
    void showProfiles();
    void goHome();
    void showGlossary();
    void openLesson(const std::string& lesson_id, const std::string& anchor = {});
    // Any Markdown file, shown as the reader shows a lesson (no records kept).
    void openFile(const std::string& path);
    // A link the user clicked in a lesson: lesson: navigates, https: asks first.
    void followLink(const std::string& url);

    Screen screen() const { return screen_; }
    std::optional<std::int64_t> learner() const { return learner_; }
    const course::Course& course() const { return course_; }
    store::Store& store() { return store_; }
    const FontSet& fonts() const { return fonts_; }
    ImageProvider* images() const { return images_; }
    ReaderView& reader() { return *reader_; }
    const std::string& statusMessage() const { return status_; }
    void setStatus(std::string message) { status_ = std::move(message); }

    // Text size: Ctrl+plus / Ctrl+minus (the platform maps the keys) or the A+/A- buttons.
    float textScale() const { return text_scale_; }
    void changeTextScale(int direction);
    // True once after the text scale changed: the platform rebuilds the font atlas.
    bool takeFontRebuild();
    // A https URL the user confirmed; the platform hands it to the browser.
    std::string takeUrlToOpen();

private:
    void drawTopBar();
    void drawLinkConfirmation();

    const course::Course& course_;
    store::Store& store_;
    ImageProvider* images_;
    FontSet fonts_;
    Screen screen_ = Screen::Profiles;
    std::optional<std::int64_t> learner_;
    float text_scale_ = 1.0f;
    bool font_rebuild_ = false;
    std::string pending_url_;   // waiting for the user's confirmation
    std::string url_to_open_;   // confirmed
    std::string status_;
    std::unique_ptr<ProfileView> profiles_;
    std::unique_ptr<HomeView> home_;
    std::unique_ptr<ReaderView> reader_;
    std::unique_ptr<GlossaryView> glossary_;
};

}  // namespace ipprimer::ui
