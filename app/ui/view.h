// What every screen is: a view the App opens when it is navigated to, and
// draws inside the App's one window (which also draws the top bar).
#pragma once

namespace ipprimer::ui {
class App;

class View {
public:
    virtual ~View() = default;

    // The screen is being shown (App::navigate): read afresh what it shows.
    // What it shows was given before, by a call on the view (a lesson, a
    // learner, an attempt). False keeps the screen that was up; a view that
    // refuses says why in the app's status line.
    virtual bool open(App&) { return true; }
    // The screen's content, below the top bar; called once per frame.
    virtual void drawContent(App& app) = 0;
    // A projected screen's console, in a window of its own on the trainer's
    // screen (App::consoleFrame); other screens have none.
    virtual void drawConsole(App&) {}
    // The fonts were baked again (text size, DPI, the presenter's window):
    // forget what was measured with the old ones.
    virtual void fontsChanged() {}
    // The view's area (the manager's, the trainer's) was locked, by leaving it
    // or by its Lock button: drop what should not outlive the visit.
    virtual void areaLocked() {}
};

}  // namespace ipprimer::ui
