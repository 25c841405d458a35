// What the window shows when a frame failed (the database turned out to be
// damaged half way through a session, a disk error): what happened, that
// nothing more is written, and what to do, instead of a crash.
#pragma once

#include "ui/view.h"

namespace ipprimer::ui {

class App;

// Not a screen of the table: it stands in for whichever screen failed.
class ProblemView : public View {
public:
    void drawContent(App& app) override;
};

}  // namespace ipprimer::ui
