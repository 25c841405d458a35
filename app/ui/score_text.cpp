#include "ui/score_text.h"

#include <cmath>
#include <cstdio>

namespace ipprimer::ui {

std::string pointsText(double points) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", std::round(points * 100) / 100);
    std::string out = text;
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
    return out == "-0" ? "0" : out;
}

std::string markText(double fraction) { return pointsText(fraction) + " of 1 point"; }

std::string verdictText(double fraction, bool answered) {
    if (fraction >= 0.999) return "Right";
    if (fraction > 0) return "Partly right: " + markText(fraction);
    return answered ? "Not right" : "Not answered";
}

std::string percentText(double percent) { return std::to_string(static_cast<int>(std::lround(percent))) + "%"; }

}  // namespace ipprimer::ui
