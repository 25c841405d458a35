#include "harness.h"

#include <imgui_internal.h>

#include <chrono>
#include <thread>

#include "ui/background_job.h"
#include "ui/keyboard.h"

namespace ipprimer::testing {

namespace {

void configure(float width, float height) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60.0f;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // Map every named key to its own slot of io.KeysDown (ImGui 1.86).
    for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = k;
}

}  // namespace

HeadlessUi::HeadlessUi(float width, float height, ImFontAtlas* shared_fonts) : context_(ImGui::CreateContext(shared_fonts)) {
    ImGui::SetCurrentContext(context_);
    configure(width, height);
    ui::applyTheme(1.0f);
}

HeadlessUi::HeadlessUi(float width, float height) : context_(ImGui::CreateContext()) {
    ImGui::SetCurrentContext(context_);
    configure(width, height);
    buildFonts();
    ui::applyTheme(1.0f);
}

HeadlessUi::~HeadlessUi() { ImGui::DestroyContext(context_); }

ImFontAtlas* HeadlessUi::fonts() const {
    ImGui::SetCurrentContext(context_);
    return ImGui::GetIO().Fonts;
}

ui::FontSet HeadlessUi::buildFonts(float text_scale) {
    ImGui::SetCurrentContext(context_);
    ui::FontSet fonts = ui::buildFonts(1.0f, text_scale);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // no texture upload: nothing renders
    return fonts;
}

void HeadlessUi::frame(const std::function<void()>& draw) {
    ImGui::SetCurrentContext(context_);
    ImGui::NewFrame();
    draw();
    ImGui::Render();
}

void HeadlessUi::settle(const std::function<void()>& draw, int frames) {
    for (int i = 0; i < frames; ++i) frame(draw);
}

void HeadlessUi::finishBackgroundWork(const std::function<void()>& draw) {
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (ui::BackgroundJob::anyRunning() && std::chrono::steady_clock::now() < give_up) {
        frame(draw);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    settle(draw);  // the frame after the end shows what the work said
}

bool HeadlessUi::click(const std::string& label, const std::function<void()>& draw) {
    ImGui::SetCurrentContext(context_);
    const ui::ItemRect* item = ui::findItem(label);
    if (!item) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = item->center();
    frame(draw);  // hover first, as a real pointer would
    io.MouseDown[0] = true;
    frame(draw);
    io.MouseDown[0] = false;
    frame(draw);
    frame(draw);  // what the click opened is drawn, so its items are known
    return true;
}

void HeadlessUi::type(const std::string& text, const std::function<void()>& draw) {
    ImGui::SetCurrentContext(context_);
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    frame(draw);
}

bool HeadlessUi::replaceText(const std::string& label, const std::string& text, const std::function<void()>& draw) {
    if (!click(label, draw)) return false;
    press(ImGuiKey_A, draw, true);
    press(ImGuiKey_Backspace, draw);
    if (!text.empty()) type(text, draw);
    settle(draw);
    return true;
}

void HeadlessUi::press(ImGuiKey key, const std::function<void()>& draw, bool ctrl, bool alt) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeyAlt = alt;
    io.KeysDown[key] = true;
    frame(draw);
    io.KeysDown[key] = false;
    frame(draw);
    io.KeyCtrl = false;
    io.KeyAlt = false;
}

std::vector<std::string> HeadlessUi::focused() const {
    std::vector<std::string> labels;
    if (!ui::keyboardFocusShown()) return labels;
    for (const auto& [label, item] : ui::itemRegistry())
        if (item.id != 0 && item.id == GImGui->NavId) labels.push_back(label);
    return labels;
}

bool HeadlessUi::hasFocus(const std::string& label) const {
    const ui::ItemRect* item = ui::findItem(label);
    return item && item->id != 0 && item->id == GImGui->NavId && ui::keyboardFocusShown();
}

bool HeadlessUi::drew(ImU32 color) const {
    const ImDrawData* data = ImGui::GetDrawData();
    if (!data) return false;
    for (int i = 0; i < data->CmdListsCount; ++i)
        for (const ImDrawVert& vertex : data->CmdLists[i]->VtxBuffer)
            if (vertex.col == color) return true;
    return false;
}

void HeadlessUi::wheel(float notches, ImVec2 at, const std::function<void()>& draw) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = at;
    io.MouseWheel = notches;
    frame(draw);
}

}  // namespace ipprimer::testing
