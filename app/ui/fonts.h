// The app's named fonts (Tracy's Fonts.cpp idea): found through fontconfig,
// baked into ImGui's atlas at the display scale times the user's text scale.
#pragma once

#include <string>

struct ImFont;

namespace ipprimer::ui {

struct FontSet {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* italic = nullptr;
    ImFont* bold_italic = nullptr;
    ImFont* mono = nullptr;
    ImFont* heading1 = nullptr;
    ImFont* heading2 = nullptr;
    ImFont* heading3 = nullptr;
    ImFont* presenter = nullptr;  // large text for a projector
    float body_size = 0;          // pixels, after scaling
    std::string missing;          // faces fontconfig could not find (we fell back)
};

// Point sizes before scaling.
constexpr float kBodySize = 17.0f;

// Text scale steps for Ctrl+plus / Ctrl+minus.
constexpr float kMinTextScale = 0.7f;
constexpr float kMaxTextScale = 2.5f;
float nextTextScale(float scale, int direction);

// Clears the current ImGui context's font atlas and bakes every font of the set.
// The caller uploads the atlas texture (the platform) or leaves it for a
// headless test. display_scale is the monitor's content scale.
FontSet buildFonts(float display_scale, float text_scale);

// A font file fontconfig picks for a pattern like "DejaVu Sans:bold", or "".
std::string findFontFile(const std::string& pattern);

}  // namespace ipprimer::ui
