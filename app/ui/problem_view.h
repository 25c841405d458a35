// What the window shows when a frame failed (the database turned out to be
// damaged half way through a session, a disk error): what happened, that
// nothing more is written, and what to do, instead of a crash.
#pragma once

#include <string>

namespace ipprimer::ui {

class App;

class ProblemView {
public:
    void drawContent(App& app, const std::string& problem);
};

}  // namespace ipprimer::ui
