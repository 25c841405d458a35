// libFuzzer: any bytes opened as a Markdown file are drawn by the reader,
// scrolled from top to bottom with every answer shown, without a crash, an
// ImGui assertion or an exception (which App::frame turns into the problem
// screen). Build this one without NDEBUG (see README.md), or ImGui's own
// checks are compiled out.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <memory>
#include <string>

#include "course/course.h"
#include "harness.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"
#include "ui/app.h"
#include "ui/reader_view.h"

using namespace ipprimer;

namespace {

// Made once: a headless ImGui with the real fonts, a small course, a store.
struct Reader {
    testing::HeadlessUi ui{900, 600};
    course::Course course = course::loadCourse(std::string(IPPRIMER_FIXTURES) + "/courses/mini");
    store::SqliteStore store{":memory:"};
    ui::App app{course, store, nullptr};
    testing::TempFolder folder{"ipprimer-reader-fuzz"};
    std::string path = (folder.path() / "input.md").string();
    // App::frame turns what a screen throws into the problem screen; a fuzzer
    // only sees a crash, so a problem raised is one.
    std::function<void()> draw = [this] {
        app.frame();
        if (!app.problem().empty()) {
            std::fprintf(stderr, "reader_fuzz: a frame raised a problem: %s\n", app.problem().c_str());
            std::abort();
        }
    };

    Reader() { app.setFonts(ui.buildFonts()); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static Reader* reader = new Reader();  // kept for the whole run; fonts are slow to bake
    {
        std::ofstream out(reader->path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    reader->app.openFile(reader->path);
    reader->app.view<ui::FileView>().setShowAll(true);
    reader->ui.settle(reader->draw, 2);
    for (int i = 0; i < 6; ++i) reader->ui.wheel(-30, ImVec2(600, 300), reader->draw);
    reader->ui.press(ImGuiKey_End, reader->draw);
    reader->ui.press(ImGuiKey_Home, reader->draw);
    return 0;
}
