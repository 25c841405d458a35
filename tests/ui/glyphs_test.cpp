// Names in other scripts: a Greek, a Cyrillic and a Chinese name are baked
// into the font atlas from the fonts fontconfig finds covering them (instead
// of "?????"), and a name drawn that the atlas lacks asks for a rebuild.
#include <gtest/gtest.h>

#include <fontconfig/fontconfig.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <vector>

#include "course/course.h"
#include "harness.h"
#include "temp_folder.h"
#include "ui/fonts.h"
#include "ui/glyphs.h"
#include "ui/widgets.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

// Whether any installed font covers the character (else no program could show it).
bool someFontCovers(char32_t code_point) {
    FcInit();
    FcPattern* pattern = FcPatternCreate();
    FcCharSet* charset = FcCharSetCreate();
    FcCharSetAddChar(charset, code_point);
    FcPatternAddCharSet(pattern, FC_CHARSET, charset);
    FcObjectSet* objects = FcObjectSetBuild(FC_FILE, nullptr);
    FcFontSet* fonts = FcFontList(nullptr, pattern, objects);
    const bool covered = fonts && fonts->nfont > 0;
    if (fonts) FcFontSetDestroy(fonts);
    FcObjectSetDestroy(objects);
    FcCharSetDestroy(charset);
    FcPatternDestroy(pattern);
    return covered;
}

bool baked(const ImFont* font, char32_t code_point) {
    return font && font->FindGlyphNoFallback(static_cast<ImWchar>(code_point)) != nullptr;
}

}  // namespace

TEST(Glyphs, GreekCyrillicAndChineseNamesAreBakedFromTheFontsThatCoverThem) {
    HeadlessUi ui;
    ui::forgetNotedGlyphs();
    ui::FontSet before = ui.buildFonts();
    ASSERT_TRUE(someFontCovers(U'Ω')) << "DejaVu Sans (fonts-dejavu-core) covers Greek";
    EXPECT_FALSE(baked(before.body, U'Ω')) << "not baked before any text needs it";
    ASSERT_TRUE(baked(before.body, U'a'));
    const float latin_advance = before.body->FindGlyphNoFallback('a')->AdvanceX;  // before the rebuild frees it

    ui::noteGlyphs("Αλέξανδρος Παπαδόπουλος, Ωρωπός");
    ui::noteGlyphs("Анна Петрова (Отдел продаж)");
    ui::noteGlyphs("王小明");
    EXPECT_TRUE(ui::glyphsWanted());
    ui::FontSet fonts = ui.buildFonts();
    EXPECT_FALSE(ui::glyphsWanted()) << "the atlas is up to date";

    for (char32_t c : {U'Α', U'λ', U'έ', U'Ω', U'А', U'П', U'ж'}) {
        EXPECT_TRUE(baked(fonts.body, c)) << "U+" << std::hex << static_cast<unsigned>(c);
        EXPECT_TRUE(baked(fonts.bold, c)) << "U+" << std::hex << static_cast<unsigned>(c);
        EXPECT_TRUE(baked(fonts.heading1, c)) << "U+" << std::hex << static_cast<unsigned>(c);
    }
    for (char32_t c : {U'王', U'小', U'明'}) {
        if (!someFontCovers(c)) {
            std::printf("no installed font covers U+%X: install fonts-droid-fallback (tools/install-deps)\n",
                        static_cast<unsigned>(c));
            continue;
        }
        EXPECT_TRUE(baked(fonts.body, c)) << "merged from a CJK font: U+" << std::hex << static_cast<unsigned>(c);
    }
    // Latin stays in the body's own font: a merged font never replaces it.
    const ImFontGlyph* a = fonts.body->FindGlyphNoFallback('a');
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->AdvanceX, latin_advance);
}

TEST(Glyphs, ANameDrawnThatTheAtlasLacksAsksForARebuild) {
    HeadlessUi ui;
    ui::forgetNotedGlyphs();
    ui.buildFonts();
    ui.frame([] { ui::textWrapped("Plain Latin, café, “quoted” — fine"); });
    EXPECT_FALSE(ui::glyphsWanted()) << "the base ranges are always baked";

    // A name synced from another PC, say, drawn in a table cell.
    ui.frame([] { ui::textInColumn("Ιωάννης Κωνσταντίνου"); });
    EXPECT_TRUE(ui::glyphsWanted());
    ui::FontSet fonts = ui.buildFonts();
    EXPECT_FALSE(ui::glyphsWanted());
    EXPECT_TRUE(baked(fonts.body, U'Ι'));
    EXPECT_TRUE(baked(fonts.body, U'ω'));
}

TEST(Glyphs, CharactersPastSixteenBitsAreNotAskedFor) {
    // ImGui as packaged keeps 16-bit characters: an emoji cannot be baked, so
    // it must not ask for a rebuild at every frame either.
    ui::forgetNotedGlyphs();
    ui::noteGlyphs("Party \xF0\x9F\x8E\x89");  // U+1F389
    EXPECT_FALSE(ui::glyphsWanted());
}

// The window's start bakes the fonts on a thread of its own before any ImGui
// context exists, with the course's characters: a lesson in Greek shows in
// Greek on the first frame, and the context made with that atlas draws it.
TEST(Glyphs, TheStartsBakeHoldsTheCoursesLettersBeforeAnyContextExists) {
    ipprimer::testing::TempFolder folder{"ipprimer-glyphs"};
    std::filesystem::copy(std::string(IPPRIMER_FIXTURES) + "/courses/mini", folder.path(),
                          std::filesystem::copy_options::recursive);
    std::ofstream(folder.path() / "lessons" / "basics" / "second.md", std::ios::app)
        << "\n## Τι είναι ένα εμπορικό σήμα;\n\nΈνα σημείο που ξεχωρίζει τα προϊόντα σας.\n";
    const course::Course course = course::loadCourse(folder.path());
    const std::vector<char32_t> letters = ui::courseGlyphs(course).list();
    ASSERT_NE(std::find(letters.begin(), letters.end(), U'σ'), letters.end()) << "read from the lesson file as written";
    EXPECT_EQ(std::find(letters.begin(), letters.end(), U'e'), letters.end()) << "the base ranges are not listed";

    ASSERT_EQ(ImGui::GetCurrentContext(), nullptr);
    ui::BakedFonts start = ui::bakeFonts(1.0f, 1.25f, letters);
    EXPECT_EQ(ImGui::GetCurrentContext(), nullptr) << "the bake made no context";
    ASSERT_NE(start.set.body, nullptr);
    EXPECT_TRUE(baked(start.set.body, U'σ'));
    EXPECT_TRUE(baked(start.set.heading2, U'Τ'));
    EXPECT_FLOAT_EQ(start.set.body_size, std::round(ui::kBodySize * 1.25f)) << "at the user's text scale";

    ImGuiContext* context = ImGui::CreateContext(start.atlas.get());
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(800, 600);
    io.FontDefault = start.set.body;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    EXPECT_GT(width * height, 0);
    for (int frame = 0; frame < 2; ++frame) {  // a new window shows from its second frame
        ImGui::NewFrame();
        EXPECT_TRUE(baked(ImGui::GetFont(), U'σ')) << "the context draws with the bake";
        ImGui::TextUnformatted("Ένα σημείο");
        ImGui::Render();
    }
    EXPECT_GT(ImGui::GetDrawData()->TotalVtxCount, 0);
    ImGui::DestroyContext(context);
}

TEST(Glyphs, AnAdoptedBakeIsUpToDateUntilANameNeedsMore) {
    ui::forgetNotedGlyphs();
    ui::GlyphSet course;
    course.addText("Ωμέγα");
    ui::adoptBakedGlyphs(course.list());
    EXPECT_FALSE(ui::glyphsWanted()) << "the bake holds every character noted";
    ui::noteGlyphs("Ωμέγα");
    EXPECT_FALSE(ui::glyphsWanted()) << "drawing the course's text asks for nothing";
    ui::noteGlyphs("Жанна");  // a roster name in Cyrillic
    EXPECT_TRUE(ui::glyphsWanted());

    ui::forgetNotedGlyphs();
    ui::noteGlyphs("Жанна");  // noted before the bake was adopted
    ui::adoptBakedGlyphs(course.list());
    EXPECT_TRUE(ui::glyphsWanted()) << "a character the bake lacks is still wanted";
}
