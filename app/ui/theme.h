// The themes the learner chooses between (light, dark, high contrast): each a
// palette of named colours, ImGui's style made from it, and the list of the
// text and background colours the screens put together, which a test holds to
// WCAG's 4.5:1.
#pragma once

#include <imgui.h>

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace ipprimer::ui {

enum class ThemeId { Light, Dark, HighContrast };

struct ThemeChoice {
    ThemeId id;
    const char* key;   // as remembered in the settings ("light")
    const char* name;  // as shown ("Light")
};
std::span<const ThemeChoice> themeChoices();
const ThemeChoice& themeChoice(ThemeId id);
std::optional<ThemeId> themeFromKey(std::string_view key);

// Every colour a screen uses by name.
struct Palette {
    ImU32 text, muted, accent, link, done, warn, error;  // text colours
    ImU32 window, panel, code, popup;                    // backgrounds of text
    ImU32 rule, quote_bar;                               // lines
    ImU32 button, button_hovered, button_active;         // plain buttons, with `text` on them
    ImU32 primary, primary_hovered, primary_active;      // the main button of a screen...
    ImU32 on_primary;                                    // ...and the text on it
    ImU32 field, field_hovered, field_active;            // text fields, drop-downs, progress bars
    ImU32 header, header_hovered, header_active;         // selectable rows
    ImU32 selected;                                      // a chosen option of a question
    ImU32 row_alternate, table_header;                   // tables
    ImU32 progress;                                      // a progress bar's filled part
    ImU32 focus;                                         // the keyboard focus ring
    float border = 0;                                    // frame borders (high contrast draws them)
};
const Palette& palette(ThemeId id);

// The theme in use, and ImGui's style made from it. applyTheme is called by
// the platform after the fonts are baked (the sizes follow the display
// scale); setTheme changes the theme between two frames, at the last scale.
ThemeId currentTheme();
void applyTheme(float display_scale);
void setTheme(ThemeId id);

// A colour of text on a background it is drawn on, somewhere on a screen.
struct ColorPair {
    const char* what;
    ImU32 text;
    ImU32 background;
};
// Every such pair of a palette: text and each text colour on the backgrounds
// they appear on, badges on their tint, the primary button's text.
std::vector<ColorPair> textPairs(const Palette& colors);
// `color` laid over `below` at `alpha` (0..1): what the screen shows.
ImU32 blend(ImU32 color, ImU32 below, float alpha);
// WCAG 2's contrast ratio of two opaque colours, 1 to 21.
double contrastRatio(ImU32 a, ImU32 b);

// The current theme's colours by name, for screens that draw them directly.
// They change only between frames (setTheme), so within a frame a screen
// may treat them as constants, as their names say.
namespace colors {
extern ImU32 kText;
extern ImU32 kMuted;
extern ImU32 kAccent;
extern ImU32 kLink;
extern ImU32 kDone;
extern ImU32 kWarn;
extern ImU32 kError;
extern ImU32 kPanel;
extern ImU32 kRule;
extern ImU32 kCodeBg;
extern ImU32 kQuoteBar;
}  // namespace colors

}  // namespace ipprimer::ui
