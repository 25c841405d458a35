// Names in other scripts: a Greek, a Cyrillic and a Chinese name are baked
// into the font atlas from the fonts fontconfig finds covering them (instead
// of "?????"), and a name drawn that the atlas lacks asks for a rebuild.
#include <gtest/gtest.h>

#include <fontconfig/fontconfig.h>
#include <imgui.h>

#include "harness.h"
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
