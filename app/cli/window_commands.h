// The commands that open a window: the program itself and `screenshot`.
#pragma once

#include "cli/options.h"

namespace ipprimer::cli {

int runGui(const GlobalOptions& options);

// Every view `screenshot` draws, as its help and its "unknown view" message say them.
inline constexpr const char* kScreenshotViews =
    "home, profiles, glossary, search[:<words>], lesson:<id>[#anchor], file:<path.md>, quiz:<role-or-module>, "
    "result:<role>, review:<role>, dashboard[:gate|:topics|:questions|:charts|:remind|:lms|:import[:<file.csv>]|"
    ":import-chooser|:learner:<employee-id>], workshop:<lesson-id>, console:<lesson-id>, group-quiz:<question-id>, "
    "group-quiz-summary:<session-id>, trainer[:<session-id>|:questions], register, selfcheck, selfcheck-report";

struct ScreenshotOptions {
    std::string view;  // one of kScreenshotViews
    std::string out;
    int width = 1280;
    int height = 820;
};
int runScreenshot(const GlobalOptions& options, const ScreenshotOptions& shot);

}  // namespace ipprimer::cli
