// The dashboard's charts: compliance over the last twelve months as columns,
// and compliance by department and by role as bars, for the rows the tiles
// count. The same figures as the board report's PDF (store/board_figures.h).
#pragma once

#include <string>
#include <vector>

#include "store/board_figures.h"

namespace ipprimer::ui {

struct DashboardCharts {
    std::vector<store::MonthFigure> trend;
    std::vector<store::GroupFigure> departments;  // keys as shown
    std::vector<store::GroupFigure> roles;        // keys: the roles' titles
};

// Draws the three side by side (the bars under the trend in a narrow window).
void drawDashboardCharts(const DashboardCharts& charts);

}  // namespace ipprimer::ui
