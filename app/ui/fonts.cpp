#include "ui/fonts.h"

#include <fontconfig/fontconfig.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace ipprimer::ui {

std::string findFontFile(const std::string& pattern) {
    static bool ready = FcInit();
    if (!ready) return {};
    FcPattern* pat = FcNameParse(reinterpret_cast<const FcChar8*>(pattern.c_str()));
    if (!pat) return {};
    FcConfigSubstitute(nullptr, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(nullptr, pat, &result);
    std::string file;
    if (match) {
        FcChar8* path = nullptr;
        if (FcPatternGetString(match, FC_FILE, 0, &path) == FcResultMatch && path)
            file = reinterpret_cast<const char*>(path);
        FcPatternDestroy(match);
    }
    FcPatternDestroy(pat);
    return file;
}

float nextTextScale(float scale, int direction) {
    float next = std::round((scale + 0.1f * static_cast<float>(direction)) * 10.0f) / 10.0f;
    return std::clamp(next, kMinTextScale, kMaxTextScale);
}

namespace {

// Latin-1, Latin Extended-A (French, Spanish, Central European names), and the
// punctuation, currency, arrows and shapes the lessons and the interface use.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x017F,  // Basic Latin, Latin-1 Supplement, Latin Extended-A
    0x2010, 0x205E,  // dashes, quotes, bullet, ellipsis
    0x20A0, 0x20CF,  // currency (euro)
    0x2100, 0x214F,  // letterlike (trade mark sign)
    0x2190, 0x21FF,  // arrows
    0x2500, 0x25FF,  // box drawing, geometric shapes (fold triangles)
    0x2713, 0x2718,  // check and cross marks
    0,
};

// The presenter's large faces take fewer glyphs (letters of the course's
// languages, punctuation, the few symbols its screens use) so the atlas stays
// small; large glyphs need no horizontal oversampling.
const ImWchar kPresenterGlyphRanges[] = {
    0x0020, 0x017F,  // Basic Latin, Latin-1 Supplement, Latin Extended-A
    0x2010, 0x2027,  // dashes, quotes, bullet, ellipsis
    0x20AC, 0x20AC,  // euro
    0x2122, 0x2122,  // trade mark sign
    0x2190, 0x2193,  // arrows
    0x25B2, 0x25BE,  // triangles
    0x2713, 0x2718,  // check and cross marks
    0,
};

ImFont* addFont(const char* pattern, float size, std::string& missing, const ImWchar* ranges = kGlyphRanges) {
    ImGuiIO& io = ImGui::GetIO();
    std::string file = findFontFile(pattern);
    ImFontConfig config;
    config.OversampleH = ranges == kGlyphRanges ? 2 : 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    if (!file.empty()) {
        if (ImFont* font = io.Fonts->AddFontFromFileTTF(file.c_str(), size, &config, ranges)) return font;
    }
    // No system font: ImGui's built-in one keeps the program usable.
    if (!missing.empty()) missing += ", ";
    missing += pattern;
    config.SizePixels = size;
    return io.Fonts->AddFontDefault(&config);
}

}  // namespace

float presenterTextSize(float window_height, float text_scale) {
    return std::clamp(std::round(window_height / 28.0f * text_scale), 16.0f, 60.0f);
}

FontSet presenterFontSet(const FontSet& fonts) {
    if (!fonts.presenter) return fonts;
    FontSet set = fonts;
    set.body = fonts.presenter;
    set.bold = fonts.presenter_bold;
    set.italic = fonts.presenter_italic;
    set.bold_italic = fonts.presenter_bold;  // not baked: rare, and bold reads better from afar
    set.mono = fonts.presenter_mono;
    set.heading1 = fonts.presenter_title;
    set.heading2 = fonts.presenter_heading;
    set.heading3 = fonts.presenter_bold;
    set.body_size = fonts.presenter_size;
    return set;
}

FontSet buildFonts(float display_scale, float text_scale, float presenter_window_height) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    float px = std::round(kBodySize * display_scale * text_scale);
    FontSet set;
    set.body_size = px;
    set.body = addFont("DejaVu Sans", px, set.missing);
    set.bold = addFont("DejaVu Sans:bold", px, set.missing);
    set.italic = addFont("DejaVu Sans:italic", px, set.missing);
    set.bold_italic = addFont("DejaVu Sans:bold:italic", px, set.missing);
    set.mono = addFont("DejaVu Sans Mono", std::round(px * 0.92f), set.missing);
    set.heading1 = addFont("DejaVu Sans:bold", std::round(px * 1.75f), set.missing);
    set.heading2 = addFont("DejaVu Sans:bold", std::round(px * 1.35f), set.missing);
    set.heading3 = addFont("DejaVu Sans:bold", std::round(px * 1.15f), set.missing);
    if (presenter_window_height > 0) {
        float big = presenterTextSize(presenter_window_height, text_scale);
        set.presenter_size = big;
        set.presenter_for_height = presenter_window_height;
        set.presenter = addFont("DejaVu Sans", big, set.missing, kPresenterGlyphRanges);
        set.presenter_bold = addFont("DejaVu Sans:bold", big, set.missing, kPresenterGlyphRanges);
        set.presenter_italic = addFont("DejaVu Sans:italic", big, set.missing, kPresenterGlyphRanges);
        set.presenter_mono = addFont("DejaVu Sans Mono", std::round(big * 0.85f), set.missing, kPresenterGlyphRanges);
        set.presenter_heading = addFont("DejaVu Sans:bold", std::round(big * 1.3f), set.missing, kPresenterGlyphRanges);
        set.presenter_title = addFont("DejaVu Sans:bold", std::round(big * 1.6f), set.missing, kPresenterGlyphRanges);
    }
    io.Fonts->Build();
    io.FontDefault = set.body;
    return set;
}

}  // namespace ipprimer::ui
