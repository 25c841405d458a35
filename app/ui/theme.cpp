// The three palettes, ImGui's style made from the one in use, and the pairs of
// text and background colours the screens draw (tests/ui/theme_test.cpp holds
// each pair to 4.5:1). A colour changed here is checked there.
#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace ipprimer::ui {
namespace {

constexpr ImU32 rgb(int r, int g, int b) { return IM_COL32(r, g, b, 255); }

constexpr Palette kLight{
    .text = rgb(28, 36, 48), .muted = rgb(86, 95, 110), .accent = rgb(31, 94, 168), .link = rgb(20, 90, 190),
    .done = rgb(28, 110, 60), .warn = rgb(140, 78, 0), .error = rgb(180, 40, 40),
    .window = rgb(255, 255, 255), .panel = rgb(243, 246, 250), .code = rgb(238, 241, 245), .popup = rgb(255, 255, 255),
    .rule = rgb(210, 216, 224), .quote_bar = rgb(160, 180, 205),
    .button = rgb(230, 237, 247), .button_hovered = rgb(204, 222, 242), .button_active = rgb(178, 204, 237),
    .primary = rgb(31, 94, 168), .primary_hovered = rgb(41, 110, 191), .primary_active = rgb(26, 80, 150),
    .on_primary = rgb(255, 255, 255),
    .field = rgb(242, 245, 250), .field_hovered = rgb(232, 238, 246), .field_active = rgb(222, 231, 243),
    .header = rgb(235, 242, 250), .header_hovered = rgb(214, 230, 247), .header_active = rgb(206, 225, 246),
    .selected = rgb(226, 236, 250), .row_alternate = rgb(240, 243, 247), .table_header = rgb(224, 233, 245),
    .progress = rgb(158, 214, 171), .focus = rgb(31, 94, 168), .border = 0,
};

constexpr Palette kDark{
    .text = rgb(232, 235, 240), .muted = rgb(170, 178, 190), .accent = rgb(120, 176, 245), .link = rgb(130, 185, 255),
    .done = rgb(110, 205, 140), .warn = rgb(240, 180, 90), .error = rgb(255, 140, 140),
    .window = rgb(22, 25, 30), .panel = rgb(32, 37, 45), .code = rgb(38, 43, 52), .popup = rgb(30, 34, 41),
    .rule = rgb(62, 70, 82), .quote_bar = rgb(80, 100, 130),
    .button = rgb(46, 54, 66), .button_hovered = rgb(60, 72, 90), .button_active = rgb(74, 90, 114),
    .primary = rgb(36, 92, 170), .primary_hovered = rgb(44, 102, 184), .primary_active = rgb(30, 80, 150),
    .on_primary = rgb(255, 255, 255),
    .field = rgb(36, 41, 50), .field_hovered = rgb(46, 53, 64), .field_active = rgb(56, 64, 78),
    .header = rgb(40, 48, 60), .header_hovered = rgb(52, 64, 82), .header_active = rgb(50, 60, 78),
    .selected = rgb(34, 52, 80), .row_alternate = rgb(28, 32, 38), .table_header = rgb(44, 52, 64),
    .progress = rgb(38, 100, 62), .focus = rgb(120, 176, 245), .border = 0,
};

// Black and white with yellow links and cyan accents, borders on every frame.
constexpr Palette kHighContrast{
    .text = rgb(255, 255, 255), .muted = rgb(220, 220, 220), .accent = rgb(0, 230, 255), .link = rgb(255, 235, 59),
    .done = rgb(80, 255, 120), .warn = rgb(255, 190, 60), .error = rgb(255, 150, 150),
    .window = rgb(0, 0, 0), .panel = rgb(16, 16, 16), .code = rgb(24, 24, 24), .popup = rgb(0, 0, 0),
    .rule = rgb(255, 255, 255), .quote_bar = rgb(200, 200, 200),
    .button = rgb(0, 0, 0), .button_hovered = rgb(50, 50, 50), .button_active = rgb(90, 90, 90),
    .primary = rgb(255, 235, 59), .primary_hovered = rgb(255, 245, 140), .primary_active = rgb(230, 210, 0),
    .on_primary = rgb(0, 0, 0),
    .field = rgb(0, 0, 0), .field_hovered = rgb(40, 40, 40), .field_active = rgb(70, 70, 70),
    .header = rgb(30, 30, 30), .header_hovered = rgb(60, 60, 60), .header_active = rgb(56, 56, 56),
    .selected = rgb(0, 50, 80), .row_alternate = rgb(20, 20, 20), .table_header = rgb(40, 40, 40),
    .progress = rgb(0, 100, 40), .focus = rgb(0, 255, 255), .border = 1,
};

constexpr ThemeChoice kChoices[] = {
    {ThemeId::Light, "light", "Light"},
    {ThemeId::Dark, "dark", "Dark"},
    {ThemeId::HighContrast, "high-contrast", "High contrast"},
};

}  // namespace

// Light until a theme is applied, so nothing is ever drawn in no colour.
namespace colors {
ImU32 kText = kLight.text, kMuted = kLight.muted, kAccent = kLight.accent, kLink = kLight.link, kDone = kLight.done,
      kWarn = kLight.warn, kError = kLight.error, kPanel = kLight.panel, kRule = kLight.rule, kCodeBg = kLight.code,
      kQuoteBar = kLight.quote_bar;
}  // namespace colors

namespace {

ThemeId g_theme = ThemeId::Light;
float g_display_scale = 1.0f;

ImVec4 vec(ImU32 color, float alpha = 1.0f) {
    ImVec4 v = ImGui::ColorConvertU32ToFloat4(color);
    v.w = alpha;
    return v;
}

void setNamedColors(const Palette& p) {
    colors::kText = p.text;
    colors::kMuted = p.muted;
    colors::kAccent = p.accent;
    colors::kLink = p.link;
    colors::kDone = p.done;
    colors::kWarn = p.warn;
    colors::kError = p.error;
    colors::kPanel = p.panel;
    colors::kRule = p.rule;
    colors::kCodeBg = p.code;
    colors::kQuoteBar = p.quote_bar;
}

void setStyleColors(const Palette& p, ImVec4* c) {
    c[ImGuiCol_Text] = vec(p.text);
    c[ImGuiCol_TextDisabled] = vec(p.muted);
    c[ImGuiCol_WindowBg] = vec(p.window);
    c[ImGuiCol_ChildBg] = vec(p.window, 0);
    // Opaque: a tooltip or a drop-down list over text must not let it show through.
    c[ImGuiCol_PopupBg] = vec(p.popup);
    c[ImGuiCol_Border] = vec(p.rule);
    c[ImGuiCol_BorderShadow] = vec(p.window, 0);
    c[ImGuiCol_FrameBg] = vec(p.field);
    c[ImGuiCol_FrameBgHovered] = vec(p.field_hovered);
    c[ImGuiCol_FrameBgActive] = vec(p.field_active);
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = c[ImGuiCol_TitleBgCollapsed] = vec(p.table_header);
    c[ImGuiCol_MenuBarBg] = vec(p.panel);
    c[ImGuiCol_ScrollbarBg] = vec(p.panel);
    c[ImGuiCol_ScrollbarGrab] = vec(p.button_active);
    c[ImGuiCol_ScrollbarGrabHovered] = vec(p.primary_hovered);
    c[ImGuiCol_ScrollbarGrabActive] = vec(p.primary_active);
    c[ImGuiCol_CheckMark] = vec(p.accent);
    c[ImGuiCol_SliderGrab] = vec(p.accent);
    c[ImGuiCol_SliderGrabActive] = vec(p.primary_active);
    c[ImGuiCol_Button] = vec(p.button);
    c[ImGuiCol_ButtonHovered] = vec(p.button_hovered);
    c[ImGuiCol_ButtonActive] = vec(p.button_active);
    c[ImGuiCol_Header] = vec(p.header);
    c[ImGuiCol_HeaderHovered] = vec(p.header_hovered);
    c[ImGuiCol_HeaderActive] = vec(p.header_active);
    c[ImGuiCol_Separator] = c[ImGuiCol_SeparatorHovered] = c[ImGuiCol_SeparatorActive] = vec(p.rule);
    c[ImGuiCol_ResizeGrip] = c[ImGuiCol_ResizeGripHovered] = c[ImGuiCol_ResizeGripActive] = vec(p.rule, 0);
    c[ImGuiCol_Tab] = vec(p.button);
    c[ImGuiCol_TabHovered] = vec(p.button_hovered);
    c[ImGuiCol_TabActive] = c[ImGuiCol_TabUnfocusedActive] = vec(p.button_active);
    c[ImGuiCol_TabUnfocused] = vec(p.button);
    c[ImGuiCol_PlotLines] = c[ImGuiCol_PlotLinesHovered] = vec(p.accent);
    c[ImGuiCol_PlotHistogram] = c[ImGuiCol_PlotHistogramHovered] = vec(p.progress);
    c[ImGuiCol_TableHeaderBg] = vec(p.table_header);
    c[ImGuiCol_TableBorderStrong] = c[ImGuiCol_TableBorderLight] = vec(p.rule);
    c[ImGuiCol_TableRowBg] = vec(p.window, 0);
    c[ImGuiCol_TableRowBgAlt] = vec(p.row_alternate);
    c[ImGuiCol_TextSelectedBg] = vec(p.accent, 0.35f);
    c[ImGuiCol_DragDropTarget] = vec(p.focus);
    c[ImGuiCol_NavHighlight] = vec(p.focus);
    c[ImGuiCol_NavWindowingHighlight] = vec(p.focus, 0.7f);
    c[ImGuiCol_NavWindowingDimBg] = c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.45f);
}

}  // namespace

std::span<const ThemeChoice> themeChoices() { return kChoices; }

const ThemeChoice& themeChoice(ThemeId id) {
    for (const ThemeChoice& choice : kChoices)
        if (choice.id == id) return choice;
    return kChoices[0];
}

std::optional<ThemeId> themeFromKey(std::string_view key) {
    for (const ThemeChoice& choice : kChoices)
        if (key == choice.key) return choice.id;
    return std::nullopt;
}

const Palette& palette(ThemeId id) {
    switch (id) {
        case ThemeId::Dark: return kDark;
        case ThemeId::HighContrast: return kHighContrast;
        case ThemeId::Light: break;
    }
    return kLight;
}

ThemeId currentTheme() { return g_theme; }

void applyTheme(float display_scale) {
    g_display_scale = display_scale;
    const Palette& p = palette(g_theme);
    setNamedColors(p);
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(16, 14);
    style.FramePadding = ImVec2(10, 6);
    style.ItemSpacing = ImVec2(10, 8);
    style.FrameRounding = 5;
    style.GrabRounding = 5;
    style.ChildRounding = 6;
    style.PopupRounding = 6;
    style.WindowRounding = 0;
    style.WindowBorderSize = 0;  // the main window fills the viewport; no frame around it
    style.PopupBorderSize = 1;
    style.FrameBorderSize = p.border;
    style.ScrollbarSize = 16;
    setStyleColors(p, style.Colors);
    style.ScaleAllSizes(display_scale);
}

void setTheme(ThemeId id) {
    g_theme = id;
    applyTheme(g_display_scale);
}

std::vector<ColorPair> textPairs(const Palette& p) {
    std::vector<ColorPair> pairs;
    auto on = [&](const char* what, ImU32 text, std::initializer_list<ImU32> backgrounds) {
        for (ImU32 background : backgrounds) pairs.push_back({what, text, background});
    };
    // Body text goes on every surface there is.
    on("text", p.text,
       {p.window, p.panel, p.code, p.popup, p.button, p.button_hovered, p.button_active, p.field, p.field_hovered,
        p.field_active, p.header, p.header_hovered, p.header_active, p.selected, p.row_alternate, p.table_header,
        p.progress});
    // Secondary text, and the hints in empty text fields.
    on("muted", p.muted,
       {p.window, p.panel, p.code, p.popup, p.field, p.row_alternate, p.table_header, p.header, p.header_hovered});
    // Coloured text: headings, links (and a link button while hovered or
    // pressed), states in tables, marks on a question's options.
    const std::initializer_list<ImU32> coloured_on = {p.window, p.panel, p.code, p.popup, p.row_alternate,
                                                      p.header, p.header_hovered, p.header_active, p.selected};
    on("accent", p.accent, coloured_on);
    on("link", p.link, coloured_on);
    on("done", p.done, coloured_on);
    on("warn", p.warn, coloured_on);
    on("error", p.error, coloured_on);
    // A badge ("Finished") is its colour on a tint of the same colour.
    for (ImU32 colour : {p.muted, p.accent, p.done, p.warn, p.error})
        pairs.push_back({"badge", colour, blend(colour, p.window, 0.14f)});
    on("primary button", p.on_primary, {p.primary, p.primary_hovered, p.primary_active});
    return pairs;
}

ImU32 blend(ImU32 color, ImU32 below, float alpha) {
    const ImVec4 a = ImGui::ColorConvertU32ToFloat4(color), b = ImGui::ColorConvertU32ToFloat4(below);
    auto mix = [&](float x, float y) { return x * alpha + y * (1 - alpha); };
    return ImGui::ColorConvertFloat4ToU32(ImVec4(mix(a.x, b.x), mix(a.y, b.y), mix(a.z, b.z), 1));
}

double contrastRatio(ImU32 a, ImU32 b) {
    // Relative luminance of sRGB, as WCAG 2 defines it.
    auto luminance = [](ImU32 color) {
        auto channel = [](unsigned value) {
            const double c = value / 255.0;
            return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel((color >> IM_COL32_R_SHIFT) & 0xFF) + 0.7152 * channel((color >> IM_COL32_G_SHIFT) & 0xFF) +
               0.0722 * channel((color >> IM_COL32_B_SHIFT) & 0xFF);
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace ipprimer::ui
