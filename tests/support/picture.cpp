#include "picture.h"

#include <stb_image.h>

#include <algorithm>
#include <cstdlib>

namespace ipprimer::testing {

bool Picture::load(const std::string& path) {
    int channels = 0;
    unsigned char* data = stbi_load(path.c_str(), &width, &height, &channels, 4);
    if (!data) return false;
    rgba.assign(data, data + static_cast<std::size_t>(width) * height * 4);
    stbi_image_free(data);
    return true;
}

bool Picture::dark(int x, int y) const {
    const unsigned char* p = &rgba[(static_cast<std::size_t>(y) * width + x) * 4];
    return (p[0] + p[1] + p[2]) / 3 < 100;
}

double Picture::inkShare(int x0, int y0, int x1, int y1) const {
    long ink = 0, all = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) {
            const unsigned char* p = &rgba[(static_cast<std::size_t>(y) * width + x) * 4];
            ink += (p[0] + p[1] + p[2]) / 3 < 140;
            ++all;
        }
    return all ? static_cast<double>(ink) / static_cast<double>(all) : 0;
}

int Picture::near(unsigned char r, unsigned char g, unsigned char b) const {
    int count = 0;
    for (std::size_t i = 0; i + 3 < rgba.size(); i += 4)
        count += std::abs(rgba[i] - r) < 12 && std::abs(rgba[i + 1] - g) < 12 && std::abs(rgba[i + 2] - b) < 12;
    return count;
}

std::vector<int> Picture::lineHeights(int x0, int y0, int x1, int y1) const {
    std::vector<int> runs;
    int run = 0;
    for (int y = y0; y < y1; ++y) {
        bool any = false;
        for (int x = x0; x < x1 && !any; ++x) any = dark(x, y);
        if (any) {
            ++run;
        } else if (run > 0) {
            runs.push_back(run);
            run = 0;
        }
    }
    if (run > 0) runs.push_back(run);
    return runs;
}

int Picture::typicalTextHeight(int x0, int y0, int x1, int y1) const {
    std::vector<int> runs = lineHeights(x0, y0, x1, y1);
    runs.erase(std::remove_if(runs.begin(), runs.end(), [](int h) { return h < 4; }), runs.end());  // underlines, rules
    if (runs.empty()) return 0;
    std::nth_element(runs.begin(), runs.begin() + static_cast<std::ptrdiff_t>(runs.size() / 2), runs.end());
    return runs[runs.size() / 2];
}

int Picture::tallestGlyphRun(int x0, int y0, int x1, int y1) const {
    std::vector<int> runs = lineHeights(x0, y0, x1, y1);
    return runs.empty() ? 0 : *std::max_element(runs.begin(), runs.end());
}

}  // namespace ipprimer::testing
