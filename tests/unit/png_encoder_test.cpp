// The screenshots' PNG files: what a viewer decodes is exactly what the window
// drew, whatever the size, however many strips the picture was deflated in.
#include <gtest/gtest.h>
#include <stb_image.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "platform/png_encoder.h"

namespace {

using ipprimer::platform::encodePng;

// RGB rows bottom-up, as OpenGL reads them: flat areas, lines of "text" and noise.
std::vector<unsigned char> picture(int width, int height, unsigned seed) {
    std::vector<unsigned char> rgb(static_cast<std::size_t>(width) * height * 3, 255);
    std::mt19937 random(seed);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            unsigned char* p = &rgb[(static_cast<std::size_t>(y) * width + x) * 3];
            if (y % 17 < 9 && x % 23 < 15) p[0] = p[1] = p[2] = static_cast<unsigned char>(random() % 256);  // glyph-like
            if (x > width / 2 && y < height / 3) p[2] = 40;  // a coloured panel
        }
    return rgb;
}

// The decoded pixels, top row first.
std::vector<unsigned char> decode(const std::string& png, int& width, int& height) {
    int channels = 0;
    unsigned char* data = stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(png.data()), static_cast<int>(png.size()),
                                                &width, &height, &channels, 3);
    if (!data) return {};
    std::vector<unsigned char> pixels(data, data + static_cast<std::size_t>(width) * height * 3);
    stbi_image_free(data);
    return pixels;
}

void expectSamePicture(int width, int height) {
    const std::vector<unsigned char> drawn = picture(width, height, static_cast<unsigned>(width * 31 + height));
    const std::string png = encodePng(drawn.data(), width, height);
    ASSERT_FALSE(png.empty());
    int w = 0, h = 0;
    const std::vector<unsigned char> seen = decode(png, w, h);
    ASSERT_EQ(w, width);
    ASSERT_EQ(h, height);
    const std::size_t stride = static_cast<std::size_t>(width) * 3;
    for (int y = 0; y < height; ++y) {
        const unsigned char* expected = &drawn[stride * static_cast<std::size_t>(height - 1 - y)];
        const unsigned char* got = &seen[stride * static_cast<std::size_t>(y)];
        ASSERT_EQ(std::string(reinterpret_cast<const char*>(expected), stride), std::string(reinterpret_cast<const char*>(got), stride))
            << "row " << y << " of " << width << "x" << height;
    }
}

TEST(PngEncoder, AWindowSizedPictureDecodesToTheSamePixels) { expectSamePicture(1280, 820); }

TEST(PngEncoder, PicturesTooSmallToSplitDecodeToTheSamePixels) {
    expectSamePicture(1, 1);
    expectSamePicture(2, 63);
    expectSamePicture(5, 64);
}

TEST(PngEncoder, RowsThatDoNotDivideEvenlyIntoStripsKeepTheirOrder) {
    expectSamePicture(333, 257);
    expectSamePicture(1920, 1081);
}

TEST(PngEncoder, AFlatScreenCompressesToAFractionOfItsPixels) {
    const int width = 1280, height = 820;
    std::vector<unsigned char> white(static_cast<std::size_t>(width) * height * 3, 255);
    const std::string png = encodePng(white.data(), width, height);
    EXPECT_LT(png.size(), white.size() / 100);
}

TEST(PngEncoder, NoPictureGivesNoFile) { EXPECT_TRUE(encodePng(nullptr, 0, 0).empty()); }

}  // namespace
