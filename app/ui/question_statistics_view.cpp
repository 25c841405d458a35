// The manager's screen of question statistics: a way back and the panel.
#include "ui/question_statistics_view.h"

#include "ui/app.h"
#include "ui/manager_text.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

bool QuestionStatisticsView::open(App& app) {
    panel_.refresh(app);
    return true;
}

void QuestionStatisticsView::drawContent(App& app) {
    if (button("\xE2\x86\x90 Team training") || escapePressed()) {
        app.navigate(Screen::Manager);
        return;
    }
    recordItem("Back to the team");
    ImGui::SameLine();
    heading(app.fonts().heading2, "Question statistics");
    panel_.draw(app);
}

}  // namespace ipprimer::ui
