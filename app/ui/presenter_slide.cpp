// The presenter's slide and its notes panel: the question in large text, the
// answer shrunk to fit the slide (or scrolled, with a line below saying so),
// and the trainer's notes beside it when only one screen is in use.
#include <imgui.h>

#include <algorithm>

#include "ui/app.h"
#include "ui/presenter_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

// Trainer notes anywhere in a block (a note may sit inside a list item).
void collectNotes(const markdown::Block& block, std::vector<const markdown::Block*>& notes) {
    if (markdown::isTrainerNote(block)) {
        notes.push_back(&block);
        return;
    }
    for (const auto& child : block.children) collectNotes(child, notes);
}

}  // namespace

std::vector<const markdown::Block*> PresenterView::notes() const {
    std::vector<const markdown::Block*> found;
    if (lessons_.empty()) return found;
    const markdown::Document& doc = lessons_[lesson_]->doc;
    auto [begin, end] = slideBlocks();
    for (std::size_t b = begin; b < end && b < doc.blocks.size(); ++b) collectNotes(doc.blocks[b], found);
    return found;
}

void PresenterView::drawSlide(App& app, float width, float height) {
    const course::Lesson& lesson = *lessons_[lesson_];
    const markdown::Document& doc = lesson.doc;
    MarkdownStyle style;
    style.fonts = &big_;
    style.glossary = nullptr;  // no hover definitions on a projector
    style.images = app.images();
    style.trainer_notes = false;  // notes have their own panel, never the slide
    style.line_spacing = 1.35f;
    slide_view_.setStyle(style);
    slide_view_.clicked_link.clear();
    slide_view_.hovered_link.clear();

    std::size_t what = mixKey(mixKey(mixKey(lesson_, slide_), static_cast<std::size_t>(revealed_)), width);
    fit_.show(mixKey(mixKey(what, height), big_.presenter_size));
    // Text that does not fit even at its smallest scrolls, with a line of its own below saying so.
    const float band = fit_.overflowing() ? ImGui::GetFrameHeightWithSpacing() : 0.0f;
    ImGui::BeginGroup();  // the slide and the line below it, beside the notes
    ImGui::BeginChild("slide", ImVec2(width, height - band), false, ImGuiWindowFlags_NoNav);
    if (scroll_to_top_) {
        ImGui::SetScrollY(0);
        scroll_to_top_ = false;
    }
    if (scroll_by_ != 0) {
        ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() + scroll_by_, 0.0f, ImGui::GetScrollMaxY()));
        scroll_by_ = 0;
    }
    if (big_.body) ImGui::PushFont(big_.body);
    float em = ImGui::GetFontSize();
    float avail = ImGui::GetContentRegionAvail().x;
    float measure = std::min(avail - em, em * 34);
    float left = std::max(0.0f, (avail - measure) * 0.5f);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + left);
    ImGui::BeginGroup();
    gap(0.4f);
    auto [begin, end] = slideBlocks();
    // The part that shrinks: the introduction, or the answer (the question keeps its size).
    float fitted_top = 0, fitted_bottom = 0;
    ImVec2 fitted_corner;
    auto beginFitted = [&] {
        ImGui::SetWindowFontScale(fit_.scale());
        fitted_top = ImGui::GetCursorPosY();
        fitted_corner = ImGui::GetCursorScreenPos();
    };
    auto endFitted = [&] {
        fitted_bottom = ImGui::GetCursorPosY();
        recordRect("Slide text", fitted_corner, ImVec2(fitted_corner.x + measure, ImGui::GetCursorScreenPos().y));
        ImGui::SetWindowFontScale(1.0f);
    };
    if (slide_ == 0) {
        heading(big_.heading1, lesson.title());
        gap(0.3f);
        beginFitted();
        slide_view_.draw(doc.blocks, begin, end, measure);
        gap(0.5f);
        textMuted("%d questions \xC2\xB7 Space to begin", static_cast<int>(doc.sections.size()));
        endFitted();
    } else {
        const markdown::Section& section = doc.sections[slide_ - 1];
        textMuted("Question %d of %d", static_cast<int>(slide_), static_cast<int>(doc.sections.size()));
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + measure);
        heading(big_.heading2, section.title);
        ImGui::PopTextWrapPos();
        gap(0.4f);
        if (revealed_) {
            beginFitted();
            slide_view_.draw(doc.blocks, begin, end, measure);
            endFitted();
        } else {
            ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kMuted));
            if (ImGui::Button("Space or click: show the answer")) reveal();
            ImGui::PopStyleColor(2);
            recordItem("Show the answer");
        }
    }
    gap(0.5f);
    ImGui::EndGroup();
    // A click anywhere on a hidden answer's slide reveals it.
    if (slide_ > 0 && !revealed_ && ImGui::IsWindowHovered() && ImGui::IsMouseReleased(0)) reveal();
    if (fitted_bottom > fitted_top) fit_.measured(fitted_bottom - fitted_top, height - fitted_top - em * 0.5f);
    if (big_.body) ImGui::PopFont();
    more_below_ = ImGui::GetScrollY() < ImGui::GetScrollMaxY() - 1;
    page_ = ImGui::GetWindowHeight();
    ImGui::EndChild();
    recordItem("Slide");
    if (band > 0) {
        // Below the text, never over it: a projected scrollbar is easy to miss.
        const char* more = more_below_ ? "\xE2\x96\xBC more below: \xE2\x86\x93 or Space" : "";
        const FontSet& fonts = app.fonts();
        if (fonts.bold) ImGui::PushFont(fonts.bold);
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, width - ImGui::CalcTextSize(more).x - em));
        textColored(colors::kAccent, more);
        recordItem("More below");
        if (fonts.bold) ImGui::PopFont();
    }
    ImGui::EndGroup();
}

void PresenterView::drawNotes(App& app, float width, float height) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(colors::kPanel));
    ImGui::BeginChild("notes", ImVec2(width, height), true, ImGuiWindowFlags_NoNav);
    const FontSet& fonts = app.fonts();
    heading(fonts.bold, "Trainer notes");
    textMuted("For you, not the room: N hides them.");
    ImGui::Separator();
    const std::vector<const markdown::Block*> found = notes();
    if (found.empty()) textMuted("No notes for this %s.", slide_ == 0 ? "introduction" : "question");
    notes_view_.draw(found, fonts, app.images(), ImGui::GetContentRegionAvail().x);
    notes_drawn_ = found.size();
    recordItem("Trainer notes panel");
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace ipprimer::ui
