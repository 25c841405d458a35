// The whole interface: which screen is up, who is learning, and what the
// platform must do for it (open a URL, rebuild fonts). Knows ImGui, not GLFW.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "course/course.h"
#include "store/org_background.h"
#include "ui/fonts.h"
#include "ui/markdown_view.h"
#include "ui/pin_gate.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/view.h"

namespace ipprimer::store {
class Settings;
class Store;
}

namespace ipprimer::ui {
class ActingPerson;
class DesktopFileChooser;

class App {
public:
    App(const course::Course& course, store::Store& store, ImageProvider* images);
    ~App();

    // One frame of the interface, filling the main viewport. An exception
    // from a screen (a database found damaged half way through a session)
    // ends that frame cleanly and turns the window into a problem screen.
    void frame();
    // One frame of the presenter's console, filling the main viewport of the
    // ImGui context that is current (the console window's own; see
    // consoleAttached). Failures end in the problem screen as frame()'s do.
    void consoleFrame();
    // What went wrong, while the problem screen is up; empty otherwise.
    const std::string& problem() const { return problem_; }
    void clearProblem();
    // The window's start could not open the records (`database` refused
    // with `problem`): the problem screen says why and what to do instead,
    // for good (the store behind the App is a stand-in that nothing reads).
    void refuseDatabase(std::string problem, std::string database);
    // The refused file; empty when the records were opened.
    const std::string& refusedDatabase() const { return refused_database_; }
    // True once the user asked to close the program from the problem screen.
    bool quitRequested() const { return quit_requested_; }
    void requestQuit() { quit_requested_ = true; }

    // Reloading the course after a trainer edited its files (F5): the
    // platform ends this App, loads the course again and makes a new App
    // that returns to the same place.
    struct Place {
        std::optional<std::int64_t> learner;
        Screen screen = Screen::Profiles;
        std::string lesson;  // the lesson or file open in the reader
        std::string anchor;  // the question last unfolded there
        bool trainer_unlocked = false;  // a trainer editing lessons need not type the PIN again
    };
    void requestReload();
    bool reloadRequested() const { return reload_requested_; }
    Place place() const;
    // Goes back to `place` as far as the reloaded course allows (a lesson
    // that is gone leaves the learner at home) and says what was loaded.
    void returnTo(const Place& place);
    // After the platform (or a test) built fonts.
    void setFonts(const FontSet& fonts);

    // Shows `screen` (the table in screens.cpp): its view opens, reading
    // afresh what it shows. A screen that shows something chosen elsewhere
    // (a lesson, a learner's record, an attempt) is told what by a call on
    // its view first, e.g. view<ResultView>().setAttempt(id). A learner's
    // screen with no learner chosen shows the profiles; a screen of a locked
    // area shows the area's gate on its entrance; leaving an area locks it.
    // False when the view refused to open: the screen stays as it was.
    bool navigate(Screen screen);
    Screen screen() const { return screen_; }
    // The view of a screen, for what it is to show and for tests: view<QuizView>().
    template <class V>
    V& view() {
        return static_cast<V&>(*views_[static_cast<std::size_t>(V::kScreen)]);
    }
    template <class V>
    const V& view() const {
        return static_cast<const V&>(*views_[static_cast<std::size_t>(V::kScreen)]);
    }

    // The areas behind a PIN (Area::Trainer, Area::Manager).
    bool unlocked(Area area) const;
    // Locks the area now (its Lock button). This ends the sitting: the other
    // area locks too. Leaving both areas for any other screen does the same.
    void lock(Area area);
    // A sitting (sitting.cpp): from a PIN typed at a gate until both areas
    // lock. Within it, moving between the trainer's and the manager's areas
    // asks for no PIN again when the one typed opens both (the manager's
    // does; a trainer PIN of its own opens only the trainer's area).
    // After some idle minutes both areas lock, a learner with a PIN of their
    // own is signed out, and the window returns home; 0 minutes: never.
    int idleLockMinutes() const { return idle_lock_minutes_; }
    void setIdleLockMinutes(int minutes);
    // Opens an area without its PIN: for the screenshot command, tests and
    // a course reload by a trainer who had typed the PIN. `who` is recorded
    // with the changes made in the manager's area.
    void unlockWithoutPin(Area area, const std::string& who = "");
    // The gate of an area; null for an area with no gate.
    PinGate* gate(Area area);
    const PinGate* gate(Area area) const;

    // Who is learning. Choosing a learner shows their home.
    void selectLearner(std::int64_t learner_id);
    std::optional<std::int64_t> learner() const { return learner_; }
    // Nobody is learning: the start screen, for the next person.
    void signOut();
    // Where a link leads, said for people ("Opens the lesson ..."), never its address inside the course.
    std::string linkDescription(const std::string& url) const;
    // The reader, on a lesson of the course; anchor unfolds a question.
    void openLesson(const std::string& lesson_id, const std::string& anchor = {});
    // Any Markdown file, shown as the reader shows a lesson (no records kept).
    void openFile(const std::string& path);
    // A link the user clicked in a lesson: lesson: navigates, https: asks first.
    void followLink(const std::string& url);

    // Quizzes (app_quiz.cpp). A quiz id is "role:<id>" or "module:<id>"; an
    // unfinished attempt of that quiz is resumed rather than a second begun.
    // `seed` fixes the draw (screenshots, tests); by default a fresh one.
    void startQuiz(const std::string& quiz_id, std::optional<std::uint64_t> seed = std::nullopt);
    void resumeAttempt(std::int64_t attempt_id);
    // True once after a learner was chosen: home offers an unfinished attempt.
    bool takeResumeOffer() { return std::exchange(offer_resume_, false); }

    // The presenter and the group quiz fill the window, for a projector.
    bool presenting() const { return screenRow(screen_).layout == Layout::Projected; }
    // While true the platform wakes once a second to redraw (the presenter's clock).
    // Also while something would lock when idle (an area, a learner's PIN).
    bool wantsTimer() const { return presenting() || idleWatched(); }
    // A screen with work under way (saving many certificates) asks for the
    // next frame at once instead of waiting for input.
    void keepDrawing() { keep_drawing_ = true; }
    bool takeKeepDrawing() { return std::exchange(keep_drawing_, false); }
    // The presenter's console: the platform opens it in a window of its own on
    // the trainer's screen while presenting on a second monitor, and says so
    // here; the projected views then leave the trainer's parts to it.
    bool consoleAttached() const { return console_attached_; }
    void setConsoleAttached(bool attached) { console_attached_ = attached; }
    // Whether the window being drawn is where the trainer's controls and
    // notes go: the one window, or the console while it is being drawn.
    bool controlsHere() const { return !console_attached_ || drawing_console_; }
    // The trainer asked for the slide and the console to change screens.
    void requestSwapScreens() { swap_screens_ = true; }
    bool takeSwapScreens() { return std::exchange(swap_screens_, false); }

    const course::Course& course() const { return course_; }
    store::Store& store() { return store_; }
    // Who the company records made in the manager's area are written for.
    ActingPerson& actingPerson() { return *acting_person_; }
    const FontSet& fonts() const { return fonts_; }
    ImageProvider* images() const { return images_; }
    // How the background sync stands, for the top bar; none when not given.
    void setSyncState(std::function<store::org::BackgroundState()> state) { sync_state_ = std::move(state); }
    // How work done off the frame (the organisation's picture) wakes the
    // window to show its result; nothing when not given (tests draw anyway).
    void setWake(std::function<void()> wake) { wake_ = std::move(wake); }
    const std::function<void()>& wake() const { return wake_; }
    // The desktop's file chooser (the platform's xdg portal), or none: the
    // screens' FileChooser then draws its own.
    void setDesktopChooser(DesktopFileChooser* chooser) { desktop_chooser_ = chooser; }
    DesktopFileChooser* desktopChooser() const { return desktop_chooser_; }
    const std::string& statusMessage() const { return status_; }
    void setStatus(std::string message) { status_ = std::move(message); }

    // Text size: Ctrl+plus / Ctrl+minus (the platform maps the keys) or the A+/A- buttons.
    float textScale() const { return text_scale_; }
    // The text scale the settings remember (1 when none, or a bad one): the
    // window's start bakes its fonts at it before the App exists.
    static float storedTextScale(store::Settings& settings);
    void changeTextScale(int direction);
    // True once after the text scale changed: the platform rebuilds the font atlas.
    bool takeFontRebuild();
    // The theme (light, dark, high contrast), remembered in the settings; a
    // new choice takes effect from the next frame.
    ThemeId theme() const { return theme_; }
    void chooseTheme(ThemeId theme);
    // A https URL the user confirmed, or a mailto: link the user asked for;
    // the platform hands it to the browser or the mail program.
    std::string takeUrlToOpen();
    void openMailMessage(std::string mailto) { url_to_open_ = std::move(mailto); }

private:
    void drawScreen();
    void drawConsoleWindow();
    void drawView();
    void drawPage();
    void askForPresenterFonts();
    void drawTopBar();             // top_bar.cpp
    void drawAreaButtons();        // top_bar.cpp
    void drawBackToQuiz();         // top_bar.cpp
    void drawThemeMenu();          // top_bar.cpp
    void drawLinkConfirmation();
    void learnerChangedForQuizzes();  // app_quiz.cpp
    void lockArea(Area area);
    void endSitting();                // sitting.cpp
    void openBySitting(Area area);    // sitting.cpp
    void noteProof(const PinGate& gate);  // sitting.cpp
    void watchIdle();                 // sitting.cpp
    bool idleWatched() const;         // sitting.cpp

    const course::Course& course_;
    store::Store& store_;
    ImageProvider* images_;
    FontSet fonts_;
    Screen screen_ = Screen::Profiles;
    std::optional<std::int64_t> learner_;
    float text_scale_ = 1.0f;
    ThemeId theme_ = ThemeId::Light;
    bool theme_changed_ = false;
    bool font_rebuild_ = false;
    std::string pending_url_;   // waiting for the user's confirmation
    std::string url_to_open_;   // confirmed
    std::string status_;
    std::function<store::org::BackgroundState()> sync_state_;
    std::function<void()> wake_;
    DesktopFileChooser* desktop_chooser_ = nullptr;
    Area proved_ = Area::None;     // the strongest PIN typed in this sitting
    int idle_lock_minutes_ = 10;
    std::int64_t last_input_ = 0;  // store clock; 0 before the first frame
    bool guarded_learner_ = false; // the learner on screen has a PIN of their own
    std::string problem_;
    std::string refused_database_;
    bool quit_requested_ = false;
    bool keep_drawing_ = false;
    bool reload_requested_ = false;
    bool offer_resume_ = false;
    bool console_attached_ = false;
    bool swap_screens_ = false;
    bool drawing_console_ = false;
    std::vector<std::unique_ptr<View>> views_;  // one per screen, in the table's order
    std::vector<PinGate> gates_;                // one per gated area
    std::unique_ptr<View> problem_view_;
    std::unique_ptr<ActingPerson> acting_person_;
};

}  // namespace ipprimer::ui
