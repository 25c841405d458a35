#include "ui/presenter_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "store/store.h"
#include "ui/app.h"
#include "ui/group_quiz_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

constexpr const char* kNotesSetting = "presenter_notes";

bool keyPressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); }

// Typed letters: ImGui 1.86 names no letter keys but N, so shortcuts read the
// characters typed this frame.
bool typed(char letter) {
    const ImGuiIO& io = ImGui::GetIO();
    for (ImWchar c : io.InputQueueCharacters)
        if (c == static_cast<ImWchar>(letter) || c == static_cast<ImWchar>(letter - 'a' + 'A')) return true;
    return false;
}

}  // namespace

std::string formatElapsed(std::int64_t milliseconds) {
    std::int64_t seconds = std::max<std::int64_t>(0, milliseconds / 1000);
    char text[32];
    std::snprintf(text, sizeof text, "%d:%02d:%02d", static_cast<int>(seconds / 3600),
                  static_cast<int>(seconds / 60 % 60), static_cast<int>(seconds % 60));
    return text;
}

void PresenterView::setLessons(std::vector<const course::Lesson*> lessons, std::int64_t session_id,
                               std::int64_t started_at) {
    lessons_ = std::move(lessons);
    lessons_.erase(std::remove(lessons_.begin(), lessons_.end(), nullptr), lessons_.end());
    session_ = session_id;
    started_at_ = started_at;
    lesson_ = 0;
    slide_ = 0;
    revealed_ = false;
    scroll_to_top_ = true;
    more_below_ = false;
    fontsChanged();
}

bool PresenterView::open(App& app) {
    notes_shown_ = app.store().settings().value(kNotesSetting).value_or("shown") != "hidden";
    return true;
}

void PresenterView::fontsChanged() {
    slide_view_.invalidate();
    notes_view_.invalidate();
    console_notes_.invalidate();
    console_slide_.invalidate();
}

std::size_t PresenterView::slidesOf(std::size_t lesson) const { return 1 + lessons_[lesson]->doc.sections.size(); }

std::size_t PresenterView::slideNumber() const {
    std::size_t number = slide_ + 1;
    for (std::size_t l = 0; l < lesson_ && l < lessons_.size(); ++l) number += slidesOf(l);
    return number;
}

std::size_t PresenterView::slideCount() const {
    std::size_t count = 0;
    for (std::size_t l = 0; l < lessons_.size(); ++l) count += slidesOf(l);
    return count;
}

void PresenterView::goTo(std::size_t lesson_index, std::size_t slide) {
    if (lessons_.empty()) return;
    lesson_ = std::min(lesson_index, lessons_.size() - 1);
    slide_ = std::min(slide, slidesOf(lesson_) - 1);
    revealed_ = false;
    scroll_to_top_ = true;
    more_below_ = false;
}

void PresenterView::next() {
    if (lessons_.empty()) return;
    if (slide_ + 1 < slidesOf(lesson_))
        goTo(lesson_, slide_ + 1);
    else if (lesson_ + 1 < lessons_.size())
        goTo(lesson_ + 1, 0);
}

void PresenterView::previous() {
    if (lessons_.empty()) return;
    if (slide_ > 0)
        goTo(lesson_, slide_ - 1);
    else if (lesson_ > 0)
        goTo(lesson_ - 1, slidesOf(lesson_ - 1) - 1);
}

void PresenterView::advance() {
    // A title slide has nothing to reveal; a long answer is paged through first.
    if (slide_ > 0 && !revealed_)
        reveal();
    else if (more_below_)
        scroll_by_ += page_ * 0.85f;
    else
        next();
}

void PresenterView::setNotesShown(App& app, bool shown) {
    notes_shown_ = shown;
    app.store().settings().set(kNotesSetting, shown ? "shown" : "hidden");
}

std::pair<std::size_t, std::size_t> PresenterView::slideBlocks() const {
    const markdown::Document& doc = lessons_[lesson_]->doc;
    if (slide_ == 0) {
        // The title slide shows the title in its own large face, not twice.
        std::size_t begin = 0;
        if (!doc.blocks.empty() && doc.blocks[0].kind == markdown::BlockKind::Heading && doc.blocks[0].level == 1) begin = 1;
        return {std::min(begin, doc.intro_end), doc.intro_end};
    }
    const markdown::Section& section = doc.sections[slide_ - 1];
    return {section.heading + 1, section.end};
}

void PresenterView::leave(App& app) { app.navigate(Screen::Trainer); }

void PresenterView::handleKeys(App& app) {
    if (ImGui::GetIO().WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    // Space, Enter and a clicker's "next" (Page Down) step through; arrows jump.
    if (keyPressed(ImGuiKey_Space) || keyPressed(ImGuiKey_Enter) || keyPressed(ImGuiKey_PageDown)) advance();
    if (keyPressed(ImGuiKey_RightArrow)) next();
    if (keyPressed(ImGuiKey_LeftArrow) || keyPressed(ImGuiKey_PageUp)) previous();
    if (keyPressed(ImGuiKey_Home)) goTo(0, 0);
    float line = big_.presenter_size > 0 ? big_.presenter_size * 2 : ImGui::GetFontSize() * 3;
    if (keyPressed(ImGuiKey_DownArrow)) scroll_by_ += line;
    if (keyPressed(ImGuiKey_UpArrow)) scroll_by_ -= line;
    if (typed('n')) setNotesShown(app, !notes_shown_);
    if (typed('q') && session_ != 0) app.navigate(Screen::GroupQuiz);
    if (keyPressed(ImGuiKey_Escape)) leave(app);
}

void PresenterView::drawContent(App& app) {
    big_ = presenterFontSet(app.fonts());
    if (lessons_.empty()) {
        heading(app.fonts().heading2, "Nothing to present");
        textMuted("Choose lessons in the trainer's area first.");
        if (button("Back to the trainer's area")) leave(app);
        return;
    }
    handleKeys(app);
    if (app.screen() != Screen::Presenter) return;  // Escape or Q left this view

    drawHeader(app);
    // With a console on the trainer's own screen, the room sees the slide
    // alone: the notes and the controls are there.
    const bool console = app.consoleAttached();
    const ImGuiStyle& style = ImGui::GetStyle();
    float footer = console ? 0.0f : ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y * 2;
    float height = std::max(ImGui::GetContentRegionAvail().y - footer, 50.0f);
    float width = ImGui::GetContentRegionAvail().x;
    float notes_width = notes_shown_ && !console
                            ? std::clamp(width * 0.26f, ImGui::GetFontSize() * 14, ImGui::GetFontSize() * 26)
                            : 0;
    notes_drawn_ = 0;
    drawSlide(app, width - (notes_width > 0 ? notes_width + style.ItemSpacing.x : 0), height);
    if (notes_width > 0) {
        ImGui::SameLine();
        drawNotes(app, notes_width, height);
    }
    if (!console) drawFooter(app);
}

std::string PresenterView::slideTitle(std::size_t lesson_index, std::size_t slide) const {
    if (lesson_index >= lessons_.size()) return "";
    const course::Lesson& lesson = *lessons_[lesson_index];
    if (slide == 0 || slide > lesson.doc.sections.size()) return lesson.title();
    return lesson.doc.sections[slide - 1].title;
}

void PresenterView::drawHeader(App& app) {
    const course::Lesson& lesson = *lessons_[lesson_];
    const FontSet& fonts = app.fonts();
    if (fonts.bold) ImGui::PushFont(fonts.bold);
    char where[64];
    std::snprintf(where, sizeof where, "Lesson %d of %d", static_cast<int>(lesson_ + 1), static_cast<int>(lessons_.size()));
    textColored(colors::kAccent, where);
    if (fonts.bold) ImGui::PopFont();
    ImGui::SameLine();
    textColored(colors::kText, lesson.title().c_str());
    if (!app.consoleAttached()) drawClock(app);
    // Progress across every slide of every lesson, as a thin bar.
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float bar_w = ImGui::GetContentRegionAvail().x;
    float bar_h = std::max(4.0f, ImGui::GetFontSize() * 0.25f);
    float done = static_cast<float>(slideNumber() - (revealed_ || slide_ == 0 ? 0 : 1)) / static_cast<float>(slideCount());
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + bar_w, pos.y + bar_h), colors::kRule, bar_h * 0.5f);
    draw->AddRectFilled(pos, ImVec2(pos.x + bar_w * std::clamp(done, 0.0f, 1.0f), pos.y + bar_h), colors::kAccent, bar_h * 0.5f);
    ImGui::Dummy(ImVec2(bar_w, bar_h));
}

void PresenterView::drawClock(App& app) {
    // Right-aligned: the time since the session started.
    const FontSet& fonts = app.fonts();
    textAtRight(formatElapsed(store::Store::systemClock() - started_at_), fonts.heading3);
    recordItem("Clock");
}

void PresenterView::drawFooter(App& app) {
    ImGui::Separator();
    bool at_start = lesson_ == 0 && slide_ == 0;
    bool at_end = lesson_ + 1 == lessons_.size() && slide_ + 1 == slidesOf(lesson_);
    ImGui::BeginDisabled(at_start);
    if (button("\xE2\x86\x90 Previous")) previous();
    ImGui::EndDisabled();
    ImGui::SameLine();
    bool hidden = slide_ > 0 && !revealed_;
    if (hidden) {
        if (primaryButton("Show answer (Space)")) reveal();
        ImGui::SameLine();
    }
    ImGui::BeginDisabled(at_end);
    if (hidden ? button("Next \xE2\x86\x92") : primaryButton("Next \xE2\x86\x92")) next();
    ImGui::EndDisabled();
    ImGui::SameLine();
    textMuted("Slide %d of %d \xC2\xB7 F11: full screen or window", static_cast<int>(slideNumber()),
              static_cast<int>(slideCount()));
    // Right: notes, group quiz, leave.
    const char* notes_label = notes_shown_ ? "Hide notes (N)" : "Show notes (N)";
    float right_w = ImGui::CalcTextSize(notes_label).x + ImGui::CalcTextSize("Group quiz (Q)").x +
                    ImGui::CalcTextSize("Leave (Esc)").x + ImGui::GetStyle().FramePadding.x * 6 +
                    ImGui::GetStyle().ItemSpacing.x * 3;
    sameLineAtRight(right_w);
    if (button((std::string(notes_label) + "##notes").c_str())) setNotesShown(app, !notes_shown_);
    recordItem("Notes toggle");
    ImGui::SameLine();
    ImGui::BeginDisabled(session_ == 0);
    if (button("Group quiz (Q)")) app.navigate(Screen::GroupQuiz);
    ImGui::EndDisabled();
    if (session_ == 0 && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("A rehearsal has no room to ask: start a session for the group quiz.");
    ImGui::SameLine();
    if (button("Leave (Esc)")) leave(app);
}

}  // namespace ipprimer::ui
