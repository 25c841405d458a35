// The presenter's console, as presentation programs have one: on the
// trainer's own screen while the room sees the slide on the projector, the
// clock, the question on screen and the one after it, the trainer's notes in
// readable text, and the controls. Keys work here as on the slide.
#include <imgui.h>

#include <algorithm>

#include "store/store.h"
#include "ui/app.h"
#include "ui/presenter_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

// A small capital label above a part of the console ("ON THE SCREEN").
void partLabel(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kMuted));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

}  // namespace

void PresenterView::drawConsole(App& app) {
    if (lessons_.empty()) {
        textMuted("Nothing to present.");
        return;
    }
    handleKeys(app);
    if (app.screen() != Screen::Presenter) return;  // Escape or Q left the slides
    const FontSet& fonts = app.fonts();
    const float em = ImGui::GetFontSize();

    // Where the presentation is, and the clock in large figures.
    heading(fonts.heading2, lessons_[lesson_]->title());
    textMuted("Lesson %d of %d \xC2\xB7 slide %d of %d", static_cast<int>(lesson_ + 1), static_cast<int>(lessons_.size()),
              static_cast<int>(slideNumber()), static_cast<int>(slideCount()));
    textAtRight(formatElapsed(store::Store::systemClock() - started_at_), fonts.heading1);
    recordItem("Clock");
    ImGui::Separator();

    const ImGuiStyle& style = ImGui::GetStyle();
    const float controls = ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y * 2;
    const float height = std::max(ImGui::GetContentRegionAvail().y - controls, em * 6);
    const float width = ImGui::GetContentRegionAvail().x;
    const float left_w = std::max(width * 0.42f, em * 16);

    // Left: the question the room sees with its answer, and the next one.
    ImGui::BeginChild("console slide", ImVec2(left_w, height), false);
    ImGui::PushTextWrapPos(0);
    partLabel("ON THE SCREEN");
    heading(fonts.heading3, slideTitle(lesson_, slide_));
    recordItem("On the screen");
    if (slide_ == 0)
        textMuted("The lesson's title and introduction.");
    else if (!revealed_)
        textColored(colors::kWarn, "Answer hidden: Space shows it to the room.");
    else
        textColored(colors::kDone, "Answer shown.");
    if (revealed_ || slide_ == 0) {
        if (fit_.overflowing())
            textMuted("Too long for the screen even at its smallest: Space scrolls it before moving on.");
        else if (fit_.scale() < 1.0f)
            textMuted("Drawn at %d%% of its size to fit the screen.", static_cast<int>(fit_.scale() * 100 + 0.5f));
    }
    gap(0.8f);
    partLabel("NEXT");
    if (slide_ + 1 < slidesOf(lesson_)) {
        heading(fonts.bold, slideTitle(lesson_, slide_ + 1));
    } else if (lesson_ + 1 < lessons_.size()) {
        heading(fonts.bold, "Lesson " + std::to_string(lesson_ + 2) + ": " + slideTitle(lesson_ + 1, 0));
    } else {
        textMuted("This is the last slide.");
    }
    recordItem("Next slide");
    if (session_ != 0) textMuted("Q puts a question to the room (group quiz).");
    gap(0.8f);
    partLabel(slide_ > 0 && !revealed_ ? "THE ANSWER (NOT SHOWN YET)" : "ON THE SCREEN, IN FULL");
    // The text itself, so the trainer need not turn to the screen (nor wait for the reveal).
    MarkdownStyle regular;
    regular.fonts = &fonts;
    regular.images = app.images();
    console_slide_.setStyle(regular);
    auto [begin, end] = slideBlocks();
    const bool hidden = slide_ > 0 && !revealed_;
    if (hidden) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kMuted));
    console_slide_.draw(lessons_[lesson_]->doc.blocks, begin, end, ImGui::GetContentRegionAvail().x);
    if (hidden) ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::SameLine();

    // Right: the notes, in the body face at a size made for reading.
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(colors::kPanel));
    ImGui::BeginChild("console notes", ImVec2(0, height), true);
    heading(fonts.bold, "Trainer notes");
    const std::vector<const markdown::Block*> found = notes();
    if (found.empty()) textMuted("No notes for this %s.", slide_ == 0 ? "introduction" : "question");
    console_notes_.draw(found, fonts, app.images(), ImGui::GetContentRegionAvail().x);
    recordItem("Console notes");
    notes_on_console_ = found.size();
    ImGui::EndChild();
    ImGui::PopStyleColor();

    drawConsoleControls(app);
}

void PresenterView::drawConsoleControls(App& app) {
    ImGui::Separator();
    const bool at_start = lesson_ == 0 && slide_ == 0;
    const bool at_end = lesson_ + 1 == lessons_.size() && slide_ + 1 == slidesOf(lesson_);
    ImGui::BeginDisabled(at_start);
    if (button("\xE2\x86\x90 Previous")) previous();
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (slide_ > 0 && !revealed_) {
        if (primaryButton("Show the answer (Space)")) reveal();
    } else if (more_below_) {
        if (primaryButton("Scroll on (Space)")) advance();
    } else {
        ImGui::BeginDisabled(at_end);
        if (primaryButton("Next \xE2\x86\x92 (Space)")) next();
        ImGui::EndDisabled();
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(session_ == 0);
    if (button("Group quiz (Q)")) app.navigate(Screen::GroupQuiz);
    ImGui::EndDisabled();
    const float right_w = ImGui::CalcTextSize("Swap screens").x + ImGui::CalcTextSize("Leave (Esc)").x +
                          ImGui::GetStyle().FramePadding.x * 4 + ImGui::GetStyle().ItemSpacing.x;
    sameLineAtRight(right_w);
    if (button("Swap screens")) app.requestSwapScreens();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The slide goes to this screen and this console to the other.");
    ImGui::SameLine();
    if (button("Leave (Esc)")) leave(app);
}

}  // namespace ipprimer::ui
