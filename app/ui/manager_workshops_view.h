// The workshop sessions as the manager sees them: who attended, who did not,
// what the room found hard, and each session's export. Taking a session up
// again is the trainer's, not offered here.
#pragma once

#include "ui/screens.h"
#include "ui/workshop_sessions_view.h"

namespace ipprimer::ui {
class App;

class ManagerWorkshopsView : public View {
public:
    static constexpr Screen kScreen = Screen::ManagerWorkshops;

    // Reads the list of sessions again.
    bool open(App& app) override;
    void drawContent(App& app) override;

private:
    WorkshopSessionsView sessions_;
};

}  // namespace ipprimer::ui
