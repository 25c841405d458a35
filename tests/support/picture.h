// A PNG the program wrote, read back so a test can check what a person sees:
// that text is drawn, how tall it is, which theme colours show.
#pragma once

#include <string>
#include <vector>

namespace ipprimer::testing {

struct Picture {
    int width = 0, height = 0;
    std::vector<unsigned char> rgba;

    bool load(const std::string& path);
    // A pixel clearly dark: the body of a glyph, not anti-aliasing.
    bool dark(int x, int y) const;
    // Share of pixels darker than the white page (text, rules, boxes) in a box, or in all of it.
    double inkShare(int x0, int y0, int x1, int y1) const;
    double inkShare() const { return inkShare(0, 0, width, height); }
    // Pixels close to a colour of the theme (colors::kDone, kError...).
    int near(unsigned char r, unsigned char g, unsigned char b) const;
    // Heights of the runs of rows holding dark pixels inside a box: one per line of text.
    std::vector<int> lineHeights(int x0, int y0, int x1, int y1) const;
    // The median line height, so a heading or a rule does not decide it.
    int typicalTextHeight(int x0, int y0, int x1, int y1) const;
    // The tallest run: how big the largest text is drawn.
    int tallestGlyphRun(int x0, int y0, int x1, int y1) const;
};

}  // namespace ipprimer::testing
