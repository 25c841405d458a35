// The register's dates due and its risks, as lines a screen shows: on the
// manager's dashboard (the next 90 days) and at the top of the register.
#pragma once

#include <string>
#include <vector>

#include "progress/register_rules.h"

namespace ipprimer::ui {
class App;

struct RegisterSummary {
    struct Due {
        std::string date;   // YYYY-MM-DD
        std::string when;   // "today", "in 12 days"
        std::string what;   // "Renewal" or "Expiry"
        std::string kind;   // "Trademark"
        std::string title;
    };
    struct RiskLine {
        progress::RiskKind kind;
        std::string title;  // the entry's, or "The register"
        std::string message;
    };
    int entries = 0;
    int open_proposals = 0;
    std::vector<Due> due;
    std::vector<RiskLine> risks;
};

inline constexpr int kDashboardDays = 90;

// Reads the register and the training records as of today. A problem
// reading them becomes the app's status line and an empty summary.
RegisterSummary loadRegisterSummary(App& app, int days = kDashboardDays);

// Draws the dates due and the risks, at most `lines` of each (0: all), with a
// note of how many more there are, in a column `width` wide.
void drawRegisterSummary(const RegisterSummary& summary, int lines, float width);

}  // namespace ipprimer::ui
