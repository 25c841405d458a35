// The trainer's tests start here: the workshop fixture course, three people on
// the roster, an app with the presenter's faces baked, and a few steps the
// tests take again and again (the PIN, typing, a key).
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include "course/course.h"
#include "harness.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"
#include "ui/app.h"

namespace ipprimer::testing {

inline constexpr const char* kPin = "2468";

inline std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct Workshop : ::testing::Test {
    HeadlessUi ui;
    course::Course course = course::loadCourse(std::string(IPPRIMER_FIXTURES) + "/courses/workshop");
    store::SqliteStore store{":memory:"};
    ui::App app{course, store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };
    std::int64_t ada = 0, bob = 0, cleo = 0;
    const TempFolder temp{"ipprimer-workshop-ui"};
    const std::filesystem::path dir = temp.path();

    void SetUp() override {
        // The presenter's faces too, as the platform bakes them while presenting.
        app.setFonts(ui::buildFonts(1.0f, 1.0f, 820.0f));
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        ada = store.roster().add({"Ada Lovelace", "E001", "", "everyone", "Engineering"});
        bob = store.roster().add({"Bob Stone", "E002", "", "everyone", "Sales"});
        cleo = store.roster().add({"Cleo Park", "", "", "everyone", "Office"});
        ui.settle(draw);
    }

    void typeInto(const std::string& label, const std::string& text) {
        ASSERT_TRUE(ui.replaceText(label, text, draw)) << label;
    }

    void openTrainerArea() {
        ASSERT_TRUE(ui.click("Trainer", draw));
        ASSERT_EQ(app.screen(), ui::Screen::Trainer);
        ASSERT_FALSE(app.unlocked(ui::Area::Trainer));
        typeInto("PIN", kPin);
        ASSERT_TRUE(ui.click("Open", draw));
        ui.settle(draw);
        ASSERT_TRUE(app.unlocked(ui::Area::Trainer));
    }

    void press(ImGuiKey key) {
        ui.press(key, draw);
        ui.settle(draw, 2);
    }
};

}  // namespace ipprimer::testing
