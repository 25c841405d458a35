// Projected text that does not fit its box is drawn smaller, as presentation
// programs shrink a long slide: measured in one frame, drawn smaller in the
// next, down to a size still read from the back of a room; below that it
// scrolls, and says so.
#pragma once

#include <cstddef>

namespace ipprimer::ui {

// The smallest share of the projected size text is shrunk to: 60% of 1/28
// of the window's height is still 21 px on a 1000-pixel projector.
inline constexpr float kSmallestFit = 0.6f;

class ShrinkToFit {
public:
    // What is on screen (a slide, whether its answer shows, the box's size and
    // the font's): when it changes, the text starts again at full size.
    void show(std::size_t what);
    // The font scale to draw at (ImGui::SetWindowFontScale), 1 at most.
    float scale() const { return scale_; }
    // After drawing at scale(): how tall the text came out and how much room
    // it had. A text too tall is drawn smaller in the next frame.
    void measured(float height, float room);
    // True when even the smallest size does not fit: the box scrolls.
    bool overflowing() const { return overflowing_; }

private:
    std::size_t what_ = 0;
    float scale_ = 1.0f;
    bool overflowing_ = false;
};

// Mixes a value into a key for ShrinkToFit::show.
std::size_t mixKey(std::size_t key, std::size_t value);
std::size_t mixKey(std::size_t key, float value);

}  // namespace ipprimer::ui
