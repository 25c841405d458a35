// What a screenshot's end spends encoding the window as PNG: a real screen
// (docs/home.png, decoded) deflated in strips on the machine's cores.
#include <benchmark/benchmark.h>
#include <stb_image.h>

#include <cstring>
#include <string>
#include <vector>

#include "platform/png_encoder.h"

namespace {

void BM_EncodeScreenshotPng(benchmark::State& state) {
    int width = 0, height = 0, channels = 0;
    unsigned char* data = stbi_load(IPPRIMER_SOURCE_DIR "/docs/home.png", &width, &height, &channels, 3);
    if (!data) {
        state.SkipWithError("docs/home.png could not be read");
        return;
    }
    // Bottom row first, as OpenGL reads the window.
    const std::size_t stride = static_cast<std::size_t>(width) * 3;
    std::vector<unsigned char> bottom_up(stride * static_cast<std::size_t>(height));
    for (int y = 0; y < height; ++y)
        std::memcpy(&bottom_up[stride * static_cast<std::size_t>(height - 1 - y)], data + stride * static_cast<std::size_t>(y), stride);
    stbi_image_free(data);
    std::size_t bytes = 0;
    for (auto _ : state) {
        const std::string png = ipprimer::platform::encodePng(bottom_up.data(), width, height);
        bytes = png.size();
        benchmark::DoNotOptimize(png.data());
    }
    state.counters["pixels_k"] = static_cast<double>(width) * height / 1000.0;
    state.counters["png_kB"] = static_cast<double>(bytes) / 1000.0;
}
BENCHMARK(BM_EncodeScreenshotPng)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
