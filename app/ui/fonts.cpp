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

ImFont* addFont(const char* pattern, float size, std::string& missing) {
    ImGuiIO& io = ImGui::GetIO();
    std::string file = findFontFile(pattern);
    ImFontConfig config;
    config.OversampleH = 2;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    if (!file.empty()) {
        if (ImFont* font = io.Fonts->AddFontFromFileTTF(file.c_str(), size, &config, kGlyphRanges)) return font;
    }
    // No system font: ImGui's built-in one keeps the program usable.
    if (!missing.empty()) missing += ", ";
    missing += pattern;
    config.SizePixels = size;
    return io.Fonts->AddFontDefault(&config);
}

}  // namespace

FontSet buildFonts(float display_scale, float text_scale) {
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
    set.presenter = addFont("DejaVu Sans", std::round(px * 2.2f), set.missing);
    io.Fonts->Build();
    io.FontDefault = set.body;
    return set;
}

}  // namespace ipprimer::ui
