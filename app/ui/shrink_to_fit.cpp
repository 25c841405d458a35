#include "ui/shrink_to_fit.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace ipprimer::ui {

void ShrinkToFit::show(std::size_t what) {
    if (what == what_) return;
    what_ = what;
    scale_ = 1.0f;
    overflowing_ = false;
}

void ShrinkToFit::measured(float height, float room) {
    if (room <= 0 || height <= room + 0.5f) {
        overflowing_ = false;
        return;
    }
    if (scale_ <= kSmallestFit) {
        overflowing_ = true;
        return;
    }
    // Smaller letters make shorter lines and fit more words on each, so a
    // wrapped text's height goes with the square of its size: one step lands
    // near the fit. Text that wraps less shrinks more slowly and takes
    // another step in the next frame; the scale only ever goes down.
    const float step = std::sqrt(room / height) * 0.99f;
    scale_ = std::max(kSmallestFit, std::floor(scale_ * step * 100.0f) / 100.0f);
}

std::size_t mixKey(std::size_t key, std::size_t value) {
    return key ^ (value + 0x9e3779b97f4a7c15ULL + (key << 6) + (key >> 2));
}

std::size_t mixKey(std::size_t key, float value) { return mixKey(key, std::hash<float>{}(std::round(value))); }

}  // namespace ipprimer::ui
