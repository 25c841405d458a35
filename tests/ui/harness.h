// Drives the interface headless: an ImGui context with no backend, the real
// fonts, and a pointer and keyboard a test moves by item label. Every call
// makes its own context current, so a test may drive two (a console).
#pragma once

#include <imgui.h>

#include <functional>
#include <string>
#include <vector>

#include "ui/fonts.h"
#include "ui/widgets.h"

namespace ipprimer::testing {

class HeadlessUi {
public:
    explicit HeadlessUi(float width = 1280, float height = 820);
    // A second window's context, as the presenter's console has: its own
    // input and windows, the fonts of the first (the platform shares them too).
    HeadlessUi(float width, float height, ImFontAtlas* shared_fonts);
    ~HeadlessUi();
    HeadlessUi(const HeadlessUi&) = delete;
    HeadlessUi& operator=(const HeadlessUi&) = delete;

    // Fonts baked at scale 1 (and the given text scale), as the platform would.
    ui::FontSet buildFonts(float text_scale = 1.0f);

    // Draws one frame with `draw` (usually App::frame).
    void frame(const std::function<void()>& draw);
    // Draws a few frames so ImGui settles layout after a change.
    void settle(const std::function<void()>& draw, int frames = 3);

    // Draws frames, as the window would, until long work started from a
    // screen (a report saved on a thread of its own) has ended, then settles.
    void finishBackgroundWork(const std::function<void()>& draw);
    // Moves the pointer onto the item recorded under `label` and clicks it
    // (press in one frame, release in the next). False if no such item.
    bool click(const std::string& label, const std::function<void()>& draw);
    // Types text into whatever has keyboard focus.
    void type(const std::string& text, const std::function<void()>& draw);
    // Clicks the text field recorded under `label`, selects and deletes what
    // it holds, types `text` and settles. False if no such item.
    bool replaceText(const std::string& label, const std::string& text, const std::function<void()>& draw);
    // Presses and releases a named ImGui key (ImGuiKey_Enter, ...).
    void press(ImGuiKey key, const std::function<void()>& draw, bool ctrl = false, bool alt = false);
    // Scrolls the hovered window by mouse wheel notches (negative: down).
    void wheel(float notches, ImVec2 at, const std::function<void()>& draw);

    bool has(const std::string& label) const { return ui::findItem(label) != nullptr; }
    // The labels of the item that shows the keyboard focus (an item may be
    // recorded under several), empty when none does.
    std::vector<std::string> focused() const;
    bool hasFocus(const std::string& label) const;
    // Whether the last frame drew anything in `color` (a focus ring, say).
    bool drew(ImU32 color) const;
    ImGuiContext* context() const { return context_; }
    // The font atlas, to share with a second context.
    ImFontAtlas* fonts() const;

private:
    ImGuiContext* context_;
};

}  // namespace ipprimer::testing
