// How long the reader's work takes: parsing lessons, loading the course, and
// drawing one frame of the reader headless.
#include <benchmark/benchmark.h>
#include <imgui.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "course/course.h"
#include "markdown/document.h"
#include "store/sqlite_store.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/reader_view.h"

using namespace ipprimer;

namespace {

std::string longestLesson() {
    std::string longest;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(IPPRIMER_SOURCE_DIR) + "/lessons")) {
        std::ifstream in(entry.path());
        std::ostringstream text;
        text << in.rdbuf();
        if (text.str().size() > longest.size()) longest = text.str();
    }
    return longest;
}

// About 1 MB of varied Markdown: questions, lists, tables, quotes, code.
std::string generatedDocument() {
    std::string md = "# A generated document\n\n";
    for (int i = 0; md.size() < 1'000'000; ++i) {
        md += "## Question number " + std::to_string(i) + "?\n\n";
        md += "Some *emphasis*, **strong** text, `code`, a [link](lesson:x#y) and ~~strike~~ in a paragraph that wraps "
              "over several lines of the reader's measure, as an answer would.\n\n";
        md += "- a bullet\n  1. nested\n- [x] a task\n\n> a quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```\n\n";
    }
    return md;
}

void BM_ParseLongestLesson(benchmark::State& state) {
    std::string text = longestLesson();
    for (auto _ : state) benchmark::DoNotOptimize(markdown::parse(text));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ParseLongestLesson)->Unit(benchmark::kMicrosecond);

void BM_ParseOneMegabyte(benchmark::State& state) {
    std::string text = generatedDocument();
    for (auto _ : state) benchmark::DoNotOptimize(markdown::parse(text));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ParseOneMegabyte)->Unit(benchmark::kMillisecond);

void BM_LoadCourse(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(course::loadCourse(IPPRIMER_SOURCE_DIR));
}
BENCHMARK(BM_LoadCourse)->Unit(benchmark::kMillisecond);

// One frame of the reader with every answer of the longest lesson shown.
void BM_ReaderFrame(benchmark::State& state) {
    ImGuiContext* context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 820);
    io.DeltaTime = 1.0f / 60.0f;
    ui::FontSet fonts = ui::buildFonts(1.0f, 1.0f);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);

    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::SqliteStore store{":memory:"};
    ui::App app(course, store, nullptr);
    app.setFonts(fonts);
    store::NewLearner learner;
    learner.name = "Bench";
    learner.role = "owner";
    app.selectLearner(store.roster().add(learner));
    const course::Lesson* longest = &course.lessons.front();
    for (const auto& l : course.lessons)
        if (l.doc.blocks.size() > longest->doc.blocks.size()) longest = &l;
    app.openLesson(longest->id);
    app.view<ui::ReaderView>().setShowAll(true);
    for (auto _ : state) {
        ImGui::NewFrame();
        app.frame();
        ImGui::Render();
        benchmark::DoNotOptimize(ImGui::GetDrawData());
    }
    ImGui::DestroyContext(context);
}
BENCHMARK(BM_ReaderFrame)->Unit(benchmark::kMicrosecond);

}  // namespace
