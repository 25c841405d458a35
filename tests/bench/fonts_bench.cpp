// What the window's start spends on fonts: baking the atlas with the base
// characters, and with the letters of a roster in other scripts merged in
// from the fonts fontconfig finds (docs/design-notes.md, Memory and start).
#include <benchmark/benchmark.h>

#include <imgui.h>

#include <string>
#include <vector>

#include "course/course.h"
#include "ui/fonts.h"
#include "ui/glyphs.h"

namespace {

using namespace ipprimer;

void bakeAtlas(benchmark::State& state, const std::vector<std::string>& names) {
    ImGuiContext* context = ImGui::CreateContext();
    int width = 0, height = 0;
    for (auto _ : state) {
        ui::forgetNotedGlyphs();
        for (const std::string& name : names) ui::noteGlyphs(name);
        ui::FontSet fonts = ui::buildFonts(1.0f, 1.0f);
        unsigned char* pixels = nullptr;
        ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
        benchmark::DoNotOptimize(fonts.body);
    }
    state.counters["atlas_kpixels"] = static_cast<double>(width) * height / 1000.0;
    ImGui::DestroyContext(context);
}

void BM_BakeFonts(benchmark::State& state) { bakeAtlas(state, {}); }
BENCHMARK(BM_BakeFonts)->Unit(benchmark::kMillisecond);

void BM_BakeFontsWithNamesInOtherScripts(benchmark::State& state) {
    bakeAtlas(state, {"Αλέξανδρος Παπαδόπουλος", "Анна Петрова", "Ольга Смирнова", "王小明", "李华", "佐藤 花子",
                      "김민준", "דוד כהן"});
}
BENCHMARK(BM_BakeFontsWithNamesInOtherScripts)->Unit(benchmark::kMillisecond);

// Noting the course's characters before the first frame: its files read once more.
void BM_NoteCourseGlyphs(benchmark::State& state) {
    const course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    for (auto _ : state) {
        ui::forgetNotedGlyphs();
        ui::noteCourseGlyphs(course);
        benchmark::DoNotOptimize(ui::glyphsWanted());
    }
}
BENCHMARK(BM_NoteCourseGlyphs)->Unit(benchmark::kMillisecond);

}  // namespace
