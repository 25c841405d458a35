// The commands that open a window: the program itself and `screenshot`.
#pragma once

#include "cli/options.h"

namespace ipprimer::cli {

int runGui(const GlobalOptions& options);

struct ScreenshotOptions {
    std::string view;  // home, glossary, profiles, lesson:<id>[#anchor], file:<path.md>
    std::string out;
    int width = 1280;
    int height = 820;
};
int runScreenshot(const GlobalOptions& options, const ScreenshotOptions& shot);

}  // namespace ipprimer::cli
