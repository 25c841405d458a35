// The app's named fonts (Tracy's Fonts.cpp idea): found through fontconfig,
// baked into ImGui's atlas at the display scale times the user's text scale,
// with the characters of other scripts that the text needs (ui/glyphs.h).
#pragma once

#include <imgui.h>

#include <memory>
#include <string>
#include <vector>

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
    // The presenter's faces, sized from the window's height so a projected
    // lesson reads from the back of a room; null until a presenter asks.
    ImFont* presenter = nullptr;  // body text
    ImFont* presenter_bold = nullptr;
    ImFont* presenter_italic = nullptr;
    ImFont* presenter_mono = nullptr;
    ImFont* presenter_heading = nullptr;  // a question on screen
    ImFont* presenter_title = nullptr;    // a lesson's title
    float presenter_size = 0;             // pixels of the presenter's body text
    float presenter_for_height = 0;       // the window height it was sized for
    float body_size = 0;          // pixels, after scaling
    std::string missing;          // faces fontconfig could not find (we fell back)
};

// Point sizes before scaling.
constexpr float kBodySize = 17.0f;

// Text scale steps for Ctrl+plus / Ctrl+minus.
constexpr float kMinTextScale = 0.7f;
constexpr float kMaxTextScale = 2.5f;
float nextTextScale(float scale, int direction);

// Clears the current ImGui context's font atlas and bakes every font of the
// set, with the characters noted so far (takeNotedGlyphs) merged in from the
// fonts that cover them.
// The caller uploads the atlas texture (the platform) or leaves it for a
// headless test. display_scale is the monitor's content scale. With a
// window height, the presenter's faces are baked too (see presenterTextSize).
FontSet buildFonts(float display_scale, float text_scale, float presenter_window_height = 0);

// A first atlas, baked before any ImGui context exists: the window's start
// bakes it on a thread of its own while the OpenGL driver loads (which takes
// longer), and ImGui's context is then made with it. No context may exist
// while it bakes: ImGui counts its allocations in the current context.
struct BakedFonts {
    std::unique_ptr<ImFontAtlas> atlas;
    FontSet set;  // its faces, without the presenter's
    float display_scale = 1.0f;
    float text_scale = 1.0f;
    std::vector<char32_t> glyphs;  // the characters beyond the base ranges it holds
};
BakedFonts bakeFonts(float display_scale, float text_scale, std::vector<char32_t> glyphs);

// The presenter's body text in pixels: about 1/28 of the window's height
// (38 px at 1080, 26 px at 720), times the user's text scale, within limits
// that keep the font atlas small.
float presenterTextSize(float window_height, float text_scale);

// The presenter's faces arranged as a FontSet, for a MarkdownView; the
// regular faces where the presenter's were not baked.
FontSet presenterFontSet(const FontSet& fonts);

// True for the characters every build bakes: Latin, punctuation and the
// interface's symbols. Others are baked once noted (ui/glyphs.h), from the
// fonts fontconfig finds covering them.
bool inBaseRanges(char32_t code_point);

// A font file fontconfig picks for a pattern like "DejaVu Sans:bold", or "".
std::string findFontFile(const std::string& pattern);

}  // namespace ipprimer::ui
