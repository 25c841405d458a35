// Every theme keeps all text readable: WCAG's contrast ratio of at least 4.5:1
// for each text colour on each background it is drawn on, in the palette and
// in ImGui's style made from it. And the learner's choice of theme is kept.
#include <gtest/gtest.h>

#include "course/course.h"
#include "harness.h"
#include "store/store.h"
#include "store/sqlite_store.h"
#include "ui/app.h"
#include "ui/theme.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

constexpr double kTextContrast = 4.5;      // WCAG 2, 1.4.3 (AA), normal text
constexpr double kNonTextContrast = 3.0;   // WCAG 2, 1.4.11: the focus ring

ImU32 styleColor(ImGuiCol which) { return ImGui::ColorConvertFloat4ToU32(ImGui::GetStyle().Colors[which]); }

// What a colour with alpha looks like over the window.
ImU32 overWindow(ImGuiCol which) {
    const ImVec4 c = ImGui::GetStyle().Colors[which];
    return ui::blend(ImGui::ColorConvertFloat4ToU32(ImVec4(c.x, c.y, c.z, 1)), styleColor(ImGuiCol_WindowBg), c.w);
}

}  // namespace

TEST(Theme, ContrastRatioIsWcags) {
    EXPECT_NEAR(ui::contrastRatio(IM_COL32(0, 0, 0, 255), IM_COL32(255, 255, 255, 255)), 21.0, 1e-9);
    EXPECT_NEAR(ui::contrastRatio(IM_COL32(90, 90, 90, 255), IM_COL32(90, 90, 90, 255)), 1.0, 1e-9);
    // #767676 on white is the lightest grey that passes AA: 4.54.
    EXPECT_NEAR(ui::contrastRatio(IM_COL32(118, 118, 118, 255), IM_COL32(255, 255, 255, 255)), 4.54, 0.01);
    EXPECT_LT(ui::contrastRatio(IM_COL32(119, 119, 119, 255), IM_COL32(255, 255, 255, 255)), 4.5);
}

TEST(Theme, EveryTextColourOnEveryBackgroundOfEveryPaletteReadsAtFourAndAHalfToOne) {
    for (const ui::ThemeChoice& choice : ui::themeChoices()) {
        const std::vector<ui::ColorPair> pairs = ui::textPairs(ui::palette(choice.id));
        EXPECT_GE(pairs.size(), 75u) << choice.name << ": the list of pairs was cut";
        for (const ui::ColorPair& pair : pairs)
            EXPECT_GE(ui::contrastRatio(pair.text, pair.background), kTextContrast)
                << choice.name << ": " << pair.what << " #" << std::hex << pair.text << " on #" << pair.background;
    }
}

TEST(Theme, ImGuisOwnWidgetsReadAtFourAndAHalfToOneAndPopupsAreOpaque) {
    HeadlessUi ui;
    for (const ui::ThemeChoice& choice : ui::themeChoices()) {
        ui::setTheme(choice.id);
        const ImU32 text = styleColor(ImGuiCol_Text);
        for (ImGuiCol background :
             {ImGuiCol_WindowBg, ImGuiCol_PopupBg, ImGuiCol_FrameBg, ImGuiCol_FrameBgHovered, ImGuiCol_FrameBgActive,
              ImGuiCol_Button, ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive, ImGuiCol_Header, ImGuiCol_HeaderHovered,
              ImGuiCol_HeaderActive, ImGuiCol_TitleBgActive, ImGuiCol_TableHeaderBg, ImGuiCol_TableRowBgAlt,
              ImGuiCol_PlotHistogram})
            EXPECT_GE(ui::contrastRatio(text, overWindow(background)), kTextContrast)
                << choice.name << ": text on " << ImGui::GetStyleColorName(background);
        // Hints in empty fields and secondary text.
        for (ImGuiCol background : {ImGuiCol_WindowBg, ImGuiCol_FrameBg, ImGuiCol_PopupBg})
            EXPECT_GE(ui::contrastRatio(styleColor(ImGuiCol_TextDisabled), overWindow(background)), kTextContrast)
                << choice.name << ": muted text on " << ImGui::GetStyleColorName(background);
        // A tooltip or a drop-down list over a lesson hides what is under it.
        EXPECT_EQ(ImGui::GetStyle().Colors[ImGuiCol_PopupBg].w, 1.0f) << choice.name;
        EXPECT_EQ(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].w, 1.0f) << choice.name;
        EXPECT_GE(ui::contrastRatio(styleColor(ImGuiCol_NavHighlight), styleColor(ImGuiCol_WindowBg)), kNonTextContrast)
            << choice.name << ": the keyboard focus ring";
        // The named colours follow the theme.
        EXPECT_EQ(ui::colors::kText, ui::palette(choice.id).text) << choice.name;
    }
    ui::setTheme(ui::ThemeId::Light);
}

TEST(Theme, ChosenInTheTopBarAndRemembered) {
    HeadlessUi ui;
    course::Course course = course::loadCourse(std::string(IPPRIMER_FIXTURES) + "/courses/mini");
    store::SqliteStore store{":memory:"};
    {
        ui::App app{course, store, nullptr};
        app.setFonts(ui.buildFonts());
        std::function<void()> draw = [&] { app.frame(); };
        ui.settle(draw);
        const ImU32 light_window = styleColor(ImGuiCol_WindowBg);
        ASSERT_TRUE(ui.click("Theme", draw));
        ASSERT_TRUE(ui.click("theme:dark", draw)) << "the menu lists the themes";
        ui.settle(draw);
        EXPECT_EQ(app.theme(), ui::ThemeId::Dark);
        EXPECT_EQ(styleColor(ImGuiCol_WindowBg), ui::palette(ui::ThemeId::Dark).window);
        EXPECT_NE(styleColor(ImGuiCol_WindowBg), light_window);
        EXPECT_EQ(store.settings().value("theme"), "dark");
    }
    // The next start opens in the dark theme.
    ui::setTheme(ui::ThemeId::Light);
    ui::App later{course, store, nullptr};
    EXPECT_EQ(later.theme(), ui::ThemeId::Dark);
    EXPECT_EQ(ui::currentTheme(), ui::ThemeId::Dark);
    // An unknown stored theme is no reason to fail: light.
    store.settings().set("theme", "purple");
    ui::App odd{course, store, nullptr};
    EXPECT_EQ(odd.theme(), ui::ThemeId::Light);
}
