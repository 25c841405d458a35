// The trainer's views of `ipprimer screenshot`: workshop:<lesson-id> (the
// presenter on the lesson's first question, its answer revealed),
// group-quiz:<question-id> (a bank question put to the room, revealed),
// trainer (the trainer's area, planning a session), trainer:questions (its
// question statistics tab), trainer:<session-id> (a kept session's page:
// attendance, group quiz, export) and console:<lesson-id> (the presenter's
// console on the trainer's screen while the room sees workshop:<lesson-id>
// on the projector).
#pragma once

#include <string>

#include "course/course.h"

namespace ipprimer::ui {
class App;
}

namespace ipprimer::cli {

bool isWorkshopView(const std::string& view);
// The presenter's console: the picture is the console's window, not the slide's.
bool isConsoleView(const std::string& view);

// Puts the app on the view; on bad input prints why and returns false.
bool showWorkshopView(ui::App& app, const course::Course& course, const std::string& view);

}  // namespace ipprimer::cli
