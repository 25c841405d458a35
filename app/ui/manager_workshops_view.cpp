#include "ui/manager_workshops_view.h"

#include <imgui.h>

#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

bool ManagerWorkshopsView::open(App& app) {
    sessions_.refresh(app);
    return true;
}

void ManagerWorkshopsView::drawContent(App& app) {
    if (button("\xE2\x86\x90 Team training")) app.navigate(Screen::Manager);
    ImGui::SameLine();
    heading(app.fonts().heading2, "Workshops");
    textMuted("Sessions trainers ran: who attended (each was credited with the session's lessons), who did not, "
              "and what the room found hard.");
    gap(0.3f);
    sessions_.drawContent(app, false);
}

}  // namespace ipprimer::ui
