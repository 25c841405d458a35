// Any Markdown file, however odd, renders in the reader without a crash, an
// ImGui assertion (which would abort this test process) or an exception (which
// App::frame would turn into the problem screen).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "course/course.h"
#include "harness.h"
#include "store/sqlite_store.h"
#include "ui/app.h"
#include "ui/reader_view.h"
#include "temp_folder.h"

using namespace ipprimer;

namespace {

void renderFile(const std::string& markdown) {
    ipprimer::testing::HeadlessUi ui(900, 600);
    course::Course course = course::loadCourse(std::string(IPPRIMER_FIXTURES) + "/courses/mini");
    store::SqliteStore store{":memory:"};
    ui::App app(course, store, nullptr);
    app.setFonts(ui.buildFonts());
    const ipprimer::testing::TempFolder temp("ipprimer-hostile");
    const auto path = temp.path() / "hostile.md";
    std::ofstream(path, std::ios::binary) << markdown;
    app.openFile(path.string());
    app.view<ui::FileView>().setShowAll(true);
    // App::frame turns whatever a screen throws into the problem screen, so a
    // frame that went wrong shows only in App::problem(): check after each one.
    int frames = 0;
    std::string problem;
    std::function<void()> draw = [&] {
        app.frame();
        ++frames;
        if (problem.empty() && !app.problem().empty()) {
            problem = app.problem();
            ADD_FAILURE() << "frame " << frames << " raised a problem: " << problem;
        }
    };
    ui.settle(draw, 3);
    // Scroll through the whole document so every block is drawn at least once.
    for (int i = 0; i < 40; ++i) ui.wheel(-20, ImVec2(600, 300), draw);
    ui.press(ImGuiKey_End, draw);
    ui.press(ImGuiKey_Home, draw);
    EXPECT_GT(frames, 40);
    EXPECT_EQ(app.problem(), "");
    EXPECT_EQ(app.screen(), ui::Screen::File);
}

}  // namespace

TEST(HostileMarkdown, DeepQuotesAndLists) {
    std::string md = std::string(5000, '>') + " deep quote\n\n";
    for (int i = 0; i < 200; ++i) md += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- level " + std::to_string(i) + "\n";
    renderFile(md);
}

TEST(HostileMarkdown, HugeTable) {
    std::string header = "|", rule = "|", row = "|";
    for (int c = 0; c < 120; ++c) {
        header += " column " + std::to_string(c) + " |";
        rule += " --- |";
        row += " a rather long cell value that wraps |";
    }
    std::string md = "# Huge table\n\n" + header + "\n" + rule + "\n";
    for (int r = 0; r < 300; ++r) md += row + "\n";
    renderFile(md);
}

TEST(HostileMarkdown, InvalidUtf8LongWordsAndEmptyLinks) {
    std::string md = "# Bad \xC3\x28 bytes \xFF\n\n";
    md += std::string(5000, 'x') + "\n\n";               // one word wider than any line
    md += "[](lesson:x) [x]() ![](missing.png) <b>raw</b>\n\n";
    md += "## \n\n## Question?\n\n```\n" + std::string(3000, 'y') + "\n```\n";
    md += std::string("text with a NUL \0 inside\n", 26);
    renderFile(md);
}

TEST(HostileMarkdown, EveryFeatureFixture) {
    const std::string path = std::string(IPPRIMER_FIXTURES) + "/markdown/all-features.md";
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in) << "the fixture " << path << " is missing";
    std::string md((std::istreambuf_iterator<char>(in)), {});
    ASSERT_GT(md.size(), 1000u) << "the fixture " << path << " has lost its features";
    renderFile(md);
}
