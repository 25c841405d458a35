#include "ui/fonts.h"

#include <fontconfig/fontconfig.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <list>
#include <map>
#include <vector>

#include "ui/glyphs.h"

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

// Baked into every face: Latin-1 and Latin Extended-A (French, Spanish,
// Central European names), and the punctuation and symbols the interface's
// own strings use. Every other character is baked when some text needs it
// (ui/glyphs.h): the course's and the roster's at the start, others as they
// are drawn or typed. Fewer glyphs per face make a smaller atlas, baked faster.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x017F,  // Basic Latin, Latin-1 Supplement, Latin Extended-A
    0x2010, 0x2027,  // dashes, quotes, bullet, ellipsis
    0x2030, 0x203A,  // per mille, primes, angle quotes
    0x20AC, 0x20AC,  // euro
    0x2122, 0x2122,  // trade mark sign
    0x2190, 0x2193,  // arrows
    0x21BB, 0x21BB,  // reload arrow
    0x25B2, 0x25BE,  // triangles (fold markers)
    0x25CB, 0x25D0,  // circles (theme sign)
    0x25E6, 0x25E6,  // white bullet
    0x2713, 0x2718,  // check and cross marks
    0,
};

// What one build needs kept alive until ImGui has baked the atlas: each font
// file read once (however many faces and sizes use it) and the glyph ranges.
struct BuildInputs {
    std::vector<char32_t> extra;  // noted characters beyond the base ranges
    std::map<std::string, std::vector<char>> files;
    std::list<std::vector<ImWchar>> ranges;

    std::vector<char>* file(const std::string& path) {
        auto found = files.find(path);
        if (found != files.end()) return found->second.empty() ? nullptr : &found->second;
        std::vector<char>& bytes = files[path];
        std::ifstream in(path, std::ios::binary | std::ios::ate);
        const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : 0;
        bytes.resize(static_cast<std::size_t>(std::max<std::streamoff>(size, 0)));
        in.seekg(0);
        if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) bytes.clear();
        return bytes.empty() ? nullptr : &bytes;
    }
    // The base ranges followed by single characters, as ImGui reads ranges.
    const ImWchar* rangesOf(const ImWchar* base, const std::vector<char32_t>& characters) {
        std::vector<ImWchar>& out = ranges.emplace_back();
        for (const ImWchar* r = base; r && *r; ++r) out.push_back(*r);
        for (char32_t c : characters) out.insert(out.end(), {static_cast<ImWchar>(c), static_cast<ImWchar>(c)});
        out.push_back(0);
        return out.data();
    }
};

// fontconfig's fonts for a pattern, best first (fc-match -s), asked once per pattern.
FcFontSet* sortedFonts(const std::string& pattern) {
    static std::map<std::string, FcFontSet*> sorted;
    auto found = sorted.find(pattern);
    if (found != sorted.end()) return found->second;
    FcFontSet* set = nullptr;
    if (FcPattern* pat = FcNameParse(reinterpret_cast<const FcChar8*>(pattern.c_str()))) {
        FcConfigSubstitute(nullptr, pat, FcMatchPattern);
        FcDefaultSubstitute(pat);
        FcResult result = FcResultNoMatch;
        set = FcFontSort(nullptr, pat, FcFalse, nullptr, &result);
        FcPatternDestroy(pat);
    }
    return sorted[pattern] = set;
}

// Which file bakes which of `characters` for a face: the first font in
// fontconfig's order for the pattern that covers each. Characters no font
// covers are left out (they show as ImGui's fallback sign).
std::map<std::string, std::vector<char32_t>> coveringFiles(const std::string& pattern,
                                                           const std::vector<char32_t>& characters) {
    std::map<std::string, std::vector<char32_t>> by_file;
    FcFontSet* set = characters.empty() ? nullptr : sortedFonts(pattern);
    if (!set) return by_file;
    for (char32_t c : characters) {
        for (int i = 0; i < set->nfont; ++i) {
            FcCharSet* charset = nullptr;
            FcChar8* file = nullptr;
            if (FcPatternGetCharSet(set->fonts[i], FC_CHARSET, 0, &charset) != FcResultMatch ||
                FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) != FcResultMatch || !FcCharSetHasChar(charset, c))
                continue;
            by_file[reinterpret_cast<const char*>(file)].push_back(c);
            break;
        }
    }
    return by_file;
}

ImFont* addFont(ImFontAtlas& atlas, BuildInputs& inputs, const char* pattern, float size, std::string& missing) {
    const std::string file = findFontFile(pattern);
    ImFontConfig config;
    // Glyphs snap to whole pixels, so oversampling would only make the atlas larger.
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    config.FontDataOwnedByAtlas = false;  // BuildInputs keeps each file once
    std::vector<char>* data = file.empty() ? nullptr : inputs.file(file);
    if (!data) {
        // No system font: ImGui's built-in one keeps the program usable.
        if (!missing.empty()) missing += ", ";
        missing += pattern;
        config.SizePixels = size;
        return atlas.AddFontDefault(&config);
    }
    // The face's own file first, then for each character it lacks the font
    // fontconfig prefers for it, merged into the same ImFont.
    auto by_file = coveringFiles(pattern, inputs.extra);
    auto own = by_file.find(file);
    const std::vector<char32_t> none;
    ImFont* font = atlas.AddFontFromMemoryTTF(data->data(), static_cast<int>(data->size()), size, &config,
                                                  inputs.rangesOf(kGlyphRanges, own == by_file.end() ? none : own->second));
    if (!font) return atlas.AddFontDefault(&config);
    config.MergeMode = true;
    for (const auto& [other, characters] : by_file) {
        std::vector<char>* bytes = other == file ? nullptr : inputs.file(other);
        if (!bytes) continue;
        atlas.AddFontFromMemoryTTF(bytes->data(), static_cast<int>(bytes->size()), size, &config,
                                       inputs.rangesOf(nullptr, characters));
    }
    return font;
}

}  // namespace

bool inBaseRanges(char32_t code_point) {
    for (const ImWchar* r = kGlyphRanges; *r; r += 2)
        if (code_point >= r[0] && code_point <= r[1]) return true;
    return false;
}

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

namespace {

// Clears `atlas` and bakes every face of the set into it, with `extra`
// characters merged in from the fonts that cover them.
FontSet bakeInto(ImFontAtlas& atlas, float display_scale, float text_scale, float presenter_window_height,
                 std::vector<char32_t> extra) {
    atlas.Clear();
    BuildInputs inputs;
    inputs.extra = std::move(extra);
    float px = std::round(kBodySize * display_scale * text_scale);
    FontSet set;
    auto add = [&](const char* pattern, float size) { return addFont(atlas, inputs, pattern, size, set.missing); };
    set.body_size = px;
    set.body = add("DejaVu Sans", px);
    set.bold = add("DejaVu Sans:bold", px);
    set.italic = add("DejaVu Sans:italic", px);
    set.bold_italic = add("DejaVu Sans:bold:italic", px);
    set.mono = add("DejaVu Sans Mono", std::round(px * 0.92f));
    set.heading1 = add("DejaVu Sans:bold", std::round(px * 1.75f));
    set.heading2 = add("DejaVu Sans:bold", std::round(px * 1.35f));
    set.heading3 = add("DejaVu Sans:bold", std::round(px * 1.15f));
    if (presenter_window_height > 0) {
        float big = presenterTextSize(presenter_window_height, text_scale);
        set.presenter_size = big;
        set.presenter_for_height = presenter_window_height;
        set.presenter = add("DejaVu Sans", big);
        set.presenter_bold = add("DejaVu Sans:bold", big);
        set.presenter_italic = add("DejaVu Sans:italic", big);
        set.presenter_mono = add("DejaVu Sans Mono", std::round(big * 0.85f));
        set.presenter_heading = add("DejaVu Sans:bold", std::round(big * 1.3f));
        set.presenter_title = add("DejaVu Sans:bold", std::round(big * 1.6f));
    }
    atlas.Build();
    // The font files and ranges are no longer needed: the atlas holds the glyphs.
    atlas.ClearInputData();
    return set;
}

}  // namespace

FontSet buildFonts(float display_scale, float text_scale, float presenter_window_height) {
    ImGuiIO& io = ImGui::GetIO();
    FontSet set = bakeInto(*io.Fonts, display_scale, text_scale, presenter_window_height, takeNotedGlyphs());
    io.FontDefault = set.body;
    return set;
}

BakedFonts bakeFonts(float display_scale, float text_scale, std::vector<char32_t> glyphs) {
    BakedFonts baked;
    baked.atlas = std::make_unique<ImFontAtlas>();
    baked.display_scale = display_scale;
    baked.text_scale = text_scale;
    baked.glyphs = glyphs;
    baked.set = bakeInto(*baked.atlas, display_scale, text_scale, 0.0f, std::move(glyphs));
    return baked;
}

}  // namespace ipprimer::ui
