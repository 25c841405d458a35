#include "cli/window_commands.h"

#include <chrono>
#include <cstdio>
#include <functional>
#include <future>
#include <memory>
#include <thread>

#include "cli/manager_screenshots.h"
#include "cli/quiz_screenshots.h"
#include "cli/workshop_screenshots.h"
#include "course/course.h"
#include "platform/textures.h"
#include "platform/portal_file_chooser.h"
#include "platform/window.h"
#include "store/org_background.h"
#include "store/paths.h"
#include "store/sqlite_store.h"
#include "ui/app.h"
#include "ui/glyphs.h"
#include "ui/manager_view.h"
#include "ui/search_view.h"
#include "ui/reader_view.h"

namespace ipprimer::cli {
namespace {

std::string databasePath(const GlobalOptions& options) {
    return options.db_path.empty() ? store::defaultDatabasePath().string() : options.db_path;
}

void reportSkipped(const course::Course& course) {
    for (const Diagnostic& d : course.diagnostics) std::fprintf(stderr, "%s\n", d.format().c_str());
}

// The learner a screenshot shows: the last one of the database, or a sample
// profile in a database of its own.
void pickScreenshotLearner(ui::App& app, store::Store& store, const course::Course& course) {
    auto learners = store.roster().list();
    if (learners.empty()) {
        store::NewLearner sample;
        sample.name = "Alex Martin";
        sample.role = course.role("all-staff") ? "all-staff" : (course.roles.empty() ? "all-staff" : course.roles.front().id);
        sample.department = "Production";
        app.selectLearner(store.roster().add(sample));
        return;
    }
    std::int64_t id = learners.front().id;
    if (auto last = store.settings().value("last_learner")) {
        for (const auto& l : learners)
            if (std::to_string(l.id) == *last) id = l.id;
    }
    app.selectLearner(id);
}

// The course, read on a thread of its own while the window opens: the two
// take about as long each, and a second core does one while the first waits
// for the X server and the OpenGL driver. The characters its text needs are
// handed on as soon as they are known, so the fonts bake meanwhile too.
struct CourseLoading {
    std::future<course::Course> course;
    std::shared_future<std::vector<char32_t>> glyphs;

    // What the window's start bakes from: the course's characters (none when
    // it could not be read; they are noted again as text is drawn).
    std::function<std::vector<char32_t>()> glyphSource() const {
        return [glyphs = glyphs] { return glyphs.get(); };
    }
};

CourseLoading loadCourseBeside(const std::filesystem::path& root) {
    auto glyphs = std::make_shared<std::promise<std::vector<char32_t>>>();
    CourseLoading loading;
    loading.glyphs = glyphs->get_future().share();
    loading.course = std::async(std::launch::async, [root, glyphs] {
        course::Course course = course::loadCourse(root);
        glyphs->set_value(ui::courseGlyphs(course).list());
        return course;
    });
    return loading;
}

}  // namespace

int runGui(const GlobalOptions& options) {
    CourseLoading loading = loadCourseBeside(resolveCourseDir(options));
    std::string db = databasePath(options);
    std::unique_ptr<store::Store> store;
    std::string refused;
    try {
        store = std::make_unique<store::SqliteStore>(db);
    } catch (const std::exception& e) {
        // Started from the desktop there is no terminal to read stderr: the
        // window shows the problem screen instead, over a stand-in store.
        std::fprintf(stderr, "ipprimer: %s\n", e.what());
        refused = e.what();
        store = std::make_unique<store::SqliteStore>(":memory:");
    }
    std::string error;
    platform::WindowOptions window_options;
    window_options.icon_folder = resolveCourseDir(options) / "assets";
    window_options.text_scale = ui::App::storedTextScale(store->settings());
    window_options.glyphs = loading.glyphSource();
    auto window = platform::Window::create(window_options, error);
    course::Course course = loading.course.get();
    reportSkipped(course);
    if (!window) {
        std::fprintf(stderr, "ipprimer: %s\n", error.c_str());
        return kExitBadInput;
    }
    if (!refused.empty()) {
        platform::TextureCache textures(course.root);
        ui::App app(course, *store, &textures);
        app.refuseDatabase(refused, db);
        window->run(app);
        return kExitBadInput;
    }
    // The sync runs beside the window (when this computer joined a server)
    // and wakes it to show a change; it stops before the window goes.
    store::org::BackgroundSync sync(db, [] { platform::Window::wake(); });
    // Imports and exports ask the desktop's file chooser; without one the screens draw their own.
    platform::PortalFileChooser file_chooser(window->portalParent(), [] { platform::Window::wake(); });
    // Each turn of the loop is one loading of the course; F5 ends a turn so
    // that a trainer sees the files they just edited, at the same place.
    std::optional<ui::App::Place> place;
    for (;;) {
        {
            platform::TextureCache textures(course.root);  // images may have changed too
            ui::App app(course, *store, &textures);
            app.setSyncState([&sync] { return sync.state(); });
            app.setWake([] { platform::Window::wake(); });
            app.setDesktopChooser(&file_chooser);
            if (place) app.returnTo(*place);
            window->run(app);
            if (!app.reloadRequested()) break;
            place = app.place();
        }  // the App and its textures go before the course they point into
        course = course::loadCourse(course.root);
        reportSkipped(course);
    }
    return kExitOk;
}

int runScreenshot(const GlobalOptions& options, const ScreenshotOptions& shot) {
    CourseLoading loading = loadCourseBeside(resolveCourseDir(options));
    std::unique_ptr<store::Store> store;
    std::string refused;
    try {
        // A screenshot draws what a database holds but never writes to it
        // (a quiz view records an attempt, home a sample learner): it draws
        // on a private copy in memory.
        store = options.db_path.empty()
                    ? std::make_unique<store::SqliteStore>(":memory:")
                    : std::make_unique<store::SqliteStore>(options.db_path, store::Opening::PrivateCopy);
    } catch (const std::exception& e) {
        // Said at once (a script may have no display); the picture shows the
        // problem screen the window would.
        std::fprintf(stderr, "ipprimer screenshot: %s\n", e.what());
        refused = e.what();
        store = std::make_unique<store::SqliteStore>(":memory:");
    }
    std::string error;
    // The console's picture is of its own window; the slide's beside it has a projector's size.
    const bool console = isConsoleView(shot.view);
    platform::WindowOptions window_options;
    window_options.width = console ? 1280 : shot.width;
    window_options.height = console ? 720 : shot.height;
    window_options.text_scale = ui::App::storedTextScale(store->settings());
    window_options.glyphs = loading.glyphSource();
    auto window = platform::Window::create(window_options, error);
    const course::Course course = loading.course.get();
    if (!window) {
        std::fprintf(stderr, "ipprimer screenshot: %s\n", error.c_str());
        return kExitBadInput;
    }
    platform::TextureCache textures(course.root);
    ui::App app(course, *store, &textures);
    const std::string& view = shot.view;
    if (!refused.empty()) {
        app.refuseDatabase(refused, options.db_path);
    } else if (view == "profiles") {
        app.navigate(ui::Screen::Profiles);
    } else if (isManagerView(view)) {
        if (!showManagerView(app, *store, view)) return kExitBadInput;
    } else {
        pickScreenshotLearner(app, *store, course);
        if (view == "home") {
            app.navigate(ui::Screen::Home);
        } else if (view == "glossary") {
            app.navigate(ui::Screen::Glossary);
        } else if (view == "search" || view.starts_with("search:")) {
            app.navigate(ui::Screen::Search);
            if (view.size() > 7) app.view<ui::SearchView>().setQuery(view.substr(7));
        } else if (view.starts_with("lesson:")) {
            std::string target = view.substr(7);
            auto hash = target.find('#');
            std::string id = target.substr(0, hash);
            if (!course.lesson(id)) {
                std::fprintf(stderr, "ipprimer screenshot: no lesson '%s' in %s\n", id.c_str(), course.root.c_str());
                return kExitBadInput;
            }
            app.openLesson(id, hash == std::string::npos ? "" : target.substr(hash + 1));
            // Without an anchor, show every answer so the whole lesson can be read.
            if (hash == std::string::npos) app.view<ui::ReaderView>().setShowAll(true);
        } else if (view.starts_with("file:")) {
            std::string path = view.substr(5);
            if (!std::filesystem::exists(path)) {
                std::fprintf(stderr, "ipprimer screenshot: %s: no such file\n", path.c_str());
                return kExitBadInput;
            }
            app.openFile(path);
            app.view<ui::FileView>().setShowAll(true);
        } else if (isQuizView(view)) {
            if (!showQuizView(app, *store, course, view)) return kExitBadInput;
        } else if (isWorkshopView(view)) {
            if (!showWorkshopView(app, course, view)) return kExitBadInput;
        } else {
            std::fprintf(stderr, "ipprimer screenshot: unknown view '%s' (%s)\n", view.c_str(), kScreenshotViews);
            return kExitBadArguments;
        }
    }
    if (console && !window->openConsole(app, shot.width, shot.height, error)) {
        std::fprintf(stderr, "ipprimer screenshot: the presenter's console could not open: %s\n", error.c_str());
        return kExitBadInput;
    }
    // Frames that settle the layout are not drawn: a software renderer
    // spends longer drawing one than ImGui spends laying out ten.
    window->drawFrames(app, 6, platform::Output::LayoutOnly);
    // The organisation's picture is read off the frame: the shot waits for it (at most 15 s).
    for (int wait = 0; wait < 300 && app.screen() == ui::Screen::Manager &&
                       app.view<ui::ManagerView>().organisation().reading();
         ++wait) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        window->drawFrames(app, 1, platform::Output::LayoutOnly);
    }
    window->drawFrames(app, 3);
    if (!window->writePng(shot.out, error, console)) {
        std::fprintf(stderr, "ipprimer screenshot: %s\n", error.c_str());
        return kExitBadInput;
    }
    std::printf("%s\n", shot.out.c_str());
    // The picture shows the problem screen; the exit code tells a script.
    if (!app.problem().empty()) {
        if (refused.empty()) std::fprintf(stderr, "ipprimer screenshot: %s\n", app.problem().c_str());
        return kExitBadInput;
    }
    return kExitOk;
}

}  // namespace ipprimer::cli
