// The screens of the program, in one table: for each, its view, the area it
// belongs to and whether it needs a chosen learner. App::navigate() reads it.
#pragma once

#include <memory>
#include <span>

#include "ui/view.h"

namespace ipprimer::ui {

// In the table's order (screens.cpp).
enum class Screen { Profiles, Home, Reader, Glossary, Search, File, Quiz, Result, Review, Trainer, Presenter, GroupQuiz,
                    Manager, LearnerRecord, Topics, StaffImport, ManagerWorkshops, SelfCheck, SelfCheckReport, Register };

// Who a screen is for. The trainer's and the manager's areas are behind a PIN
// (pin_gate.h); leaving one locks it.
enum class Area { None, Learner, Trainer, Manager };

// How a screen uses the window.
enum class Layout {
    Page,       // below the top bar; the window scrolls
    OwnScroll,  // below the top bar; the view scrolls its own parts (the reader)
    Projected,  // the whole window, for a projector: no top bar, keys are the view's own
};

struct ScreenRow {
    Screen screen;
    Area area;
    bool needs_learner;  // without one, navigating there shows the profiles
    Layout layout;
    std::unique_ptr<View> (*make)();
};

const ScreenRow& screenRow(Screen screen);
std::span<const ScreenRow> screenRows();

// An area behind a PIN, and the screen it is entered by: while the area is
// locked, that screen shows the area's gate, and every other screen of the
// area leads there.
struct GatedArea {
    Area area;
    Screen entrance;
};

std::span<const GatedArea> gatedAreas();
// The row of `area`, or null for an area with no gate.
const GatedArea* gatedArea(Area area);

}  // namespace ipprimer::ui
