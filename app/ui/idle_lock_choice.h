// The manager's choice of how many idle minutes lock the areas (App::idleLockMinutes).
#pragma once

namespace ipprimer::ui {
class App;

// A button saying the choice ("Locks after 10 idle minutes") that opens a
// small box to change it. Drawn in the manager's area.
void drawIdleLockChoice(App& app);

}  // namespace ipprimer::ui
