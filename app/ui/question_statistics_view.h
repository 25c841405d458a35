// The question statistics in the manager's area (the trainer's area shows the
// same panel on a tab of its own).
#pragma once

#include "ui/question_statistics_panel.h"
#include "ui/screens.h"

namespace ipprimer::ui {
class App;

class QuestionStatisticsView : public View {
public:
    static constexpr Screen kScreen = Screen::QuestionStatistics;

    // Reads the attempts again.
    bool open(App& app) override;
    void drawContent(App& app) override;

    QuestionStatisticsPanel& panel() { return panel_; }

private:
    QuestionStatisticsPanel panel_;
};

}  // namespace ipprimer::ui
