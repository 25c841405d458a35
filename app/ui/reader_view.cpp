#include "ui/reader_view.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <utility>

#include "store/store.h"
#include "ui/app.h"
#include "ui/keyboard.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

void ReaderView::setLesson(const course::Lesson& lesson, std::string anchor) {
    lesson_ = &lesson;
    anchor_ = std::move(anchor);
    file_doc_ = {};
    file_name_.clear();
}

void ReaderView::setDocument(markdown::Document doc, std::string name) {
    lesson_ = nullptr;
    anchor_.clear();
    file_doc_ = std::move(doc);
    file_name_ = std::move(name);
}

bool ReaderView::open(App& app) {
    resetReading();
    role_lessons_.clear();
    if (!lesson_) return true;
    // Previous and Next go through the learner's own lessons, read once here.
    const auto learner = app.learner() ? app.store().roster().find(*app.learner()) : std::nullopt;
    role_lessons_ = app.course().lessonsFor(learner ? learner->role : "");
    const course::Lesson& lesson = *lesson_;
    const std::string anchor = std::exchange(anchor_, {});
    if (!anchor.empty()) {
        int s = lesson.doc.sectionForAnchor(anchor);
        if (s >= 0) {
            setOpen(static_cast<std::size_t>(s), true);
            scroll_to_section_ = s;
        } else {
            app.setStatus("The question that link points to is no longer in this lesson; it is shown from the top.");
        }
    }
    if (app.learner()) app.store().lessons().recordOpened(*app.learner(), lesson.id);
    takeUpMarks(app);
    return true;
}

void ReaderView::takeUpMarks(App& app) {
    if (!lesson_ || !app.learner()) return;
    marks_.load(app.store(), *app.learner(), lesson_->id);
    const bool finished = app.store().lessons().status(*app.learner(), lesson_->id) == store::LessonStatus::Finished;
    for (std::size_t s = 0; s < doc()->sections.size(); ++s)
        if (finished || marks_.read(doc()->sections[s].anchor)) ever_opened_[s] = 1;
    // Finished on an earlier visit: not recorded again on this one.
    finished_recorded_ = finished;
}

// A new document starts folded, at its top, not yet finished.
void ReaderView::resetReading() {
    marks_.clear();
    open_.assign(doc()->sections.size(), 0);
    ever_opened_.assign(doc()->sections.size(), 0);
    last_opened_ = -1;
    show_all_ = false;
    at_end_ = false;
    finished_recorded_ = false;
    scroll_to_section_ = -1;
    scroll_to_top_ = true;
    view_.invalidate();
}

void ReaderView::setOpen(std::size_t section, bool open) {
    if (section >= open_.size()) return;
    open_[section] = open;
    if (open) {
        ever_opened_[section] = 1;
        last_opened_ = static_cast<int>(section);
        marks_.markRead(doc()->sections[section].anchor);
    }
    if (!open) show_all_ = false;
}

std::string ReaderView::openAnchor() const {
    if (last_opened_ < 0 || !isOpen(static_cast<std::size_t>(last_opened_))) return "";
    return doc()->sections[static_cast<std::size_t>(last_opened_)].anchor;
}

void ReaderView::setShowAll(bool show) {
    show_all_ = show;
    std::fill(open_.begin(), open_.end(), show ? 1 : 0);
}

void ReaderView::drawContent(App& app) {
    MarkdownStyle style;
    style.fonts = &app.fonts();
    style.glossary = &app.course().glossary;
    style.images = app.images();
    style.ticks = marks_.keeping() ? &marks_ : nullptr;
    view_.setStyle(style);
    view_.clicked_link.clear();
    view_.hovered_link.clear();
    view_.hovered_term = -1;

    drawToolbar(app);
    float em = ImGui::GetFontSize();
    float height = ImGui::GetContentRegionAvail().y - em * 1.6f;
    float outline_w = std::min(em * 17, ImGui::GetContentRegionAvail().x * 0.28f);
    bool show_outline = ImGui::GetContentRegionAvail().x > em * 40 && !doc()->sections.empty();
    if (show_outline) {
        ImGui::BeginChild("outline", ImVec2(outline_w, height), true, ImGuiWindowFlags_NavFlattened);
        drawOutline(app, height);
        ImGui::EndChild();
        ImGui::SameLine();
    }
    ImGui::BeginChild("text", ImVec2(0, height), false, ImGuiWindowFlags_NavFlattened);
    handleKeys(app);
    // A comfortable measure: about 80 characters, centred in what is left.
    const float measure = beginCenteredColumn(em * 40, em);
    drawText(app, measure);
    ImGui::EndGroup();
    ImGui::EndChild();

    // A status line: where a link goes, or what just happened.
    if (!view_.hovered_link.empty()) {
        const std::string where = app.linkDescription(view_.hovered_link);
        textMuted("%s", where.c_str());
        recordItem("Status: " + where);
    }
    else if (!app.statusMessage().empty())
        textMuted("%s", app.statusMessage().c_str());
    checkFinished(app);
    marks_.save(app.store());
    if (!view_.clicked_link.empty()) app.followLink(view_.clicked_link);
}

void ReaderView::drawToolbar(App& app) {
    const course::Course& course = app.course();
    if (lesson_) {
        const std::vector<const course::Lesson*>& lessons = role_lessons_;
        auto it = std::find(lessons.begin(), lessons.end(), lesson_);
        std::ptrdiff_t index = it == lessons.end() ? -1 : it - lessons.begin();
        ImGui::BeginDisabled(index <= 0);
        if (button("\xE2\x86\x90 Previous") && index > 0) app.openLesson(lessons[index - 1]->id);
        ImGui::EndDisabled();
        ImGui::SameLine();
        bool has_next = index >= 0 && index + 1 < static_cast<std::ptrdiff_t>(lessons.size());
        ImGui::BeginDisabled(!has_next);
        if (button("Next \xE2\x86\x92") && has_next) app.openLesson(lessons[index + 1]->id);
        ImGui::EndDisabled();
        ImGui::SameLine();
        const course::Module* module = course.module(lesson_->module_id);
        if (index >= 0)
            textMuted("Lesson %d of %d \xC2\xB7 %s \xC2\xB7 %d min read", static_cast<int>(index + 1),
                      static_cast<int>(lessons.size()), module ? module->title.c_str() : "", lesson_->minutes());
        else
            textMuted("%s \xC2\xB7 %d min read", module ? module->title.c_str() : "", lesson_->minutes());
    } else {
        textMuted("File: %s", file_name_.c_str());
    }
    if (!doc()->sections.empty()) {
        sameLineAtRight(ImGui::GetFontSize() * 11);
        bool all = show_all_;
        if (ImGui::Checkbox("Show all answers", &all)) setShowAll(all);
        recordItem("Show all answers");
    }
}

void ReaderView::drawOutline(App& app, float) {
    const FontSet& fonts = app.fonts();
    if (fonts.bold) ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted("Questions");
    if (fonts.bold) ImGui::PopFont();
    ImGui::Separator();
    const auto& sections = doc()->sections;
    ImGui::PushTextWrapPos(0);
    for (std::size_t s = 0; s < sections.size(); ++s) {
        ImGui::PushID(static_cast<int>(s));
        std::string mark = ever_opened_[s] ? "\xE2\x9C\x93 " : "\xE2\x80\xA2 ";
        if (wrappedSelectable(mark + sections[s].title, false, ImGui::GetContentRegionAvail().x,
                              "outline:" + sections[s].title)) {
            setOpen(s, true);
            scroll_to_section_ = static_cast<int>(s);
        }
        ImGui::PopID();
    }
    ImGui::PopTextWrapPos();
}

bool ReaderView::drawQuestionHeader(const markdown::Section& section, std::size_t index, float width,
                                    const FontSet& fonts) {
    ImFont* font = fonts.heading2 ? fonts.heading2 : ImGui::GetFont();
    float em = font->FontSize;
    float indent = em * 1.2f;
    ImVec2 text_size = font->CalcTextSizeA(em, FLT_MAX, width - indent, section.title.c_str());
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float pad = em * 0.3f;
    ImVec2 size(width, text_size.y + pad * 2);
    ImGui::PushID(static_cast<int>(index));
    bool pressed = ImGui::InvisibleButton("question", size);
    focusRing();
    ImGui::PopID();
    recordItem(section.title);
    bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (hovered || open_[index])
        draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), hovered ? colors::kPanel : palette(currentTheme()).header, 6);
    const char* arrow = open_[index] ? "\xE2\x96\xBE" : "\xE2\x96\xB8";
    draw->AddText(font, em, ImVec2(pos.x + pad, pos.y + pad), colors::kAccent, arrow);
    draw->AddText(font, em, ImVec2(pos.x + indent, pos.y + pad), colors::kText, section.title.c_str(), nullptr,
                  width - indent);
    return pressed;
}

void ReaderView::drawText(App& app, float width) {
    const markdown::Document& d = *doc();
    if (scroll_to_top_) {
        ImGui::SetScrollY(0);
        scroll_to_top_ = false;
    }
    if (scroll_by_ != 0) {
        ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() + scroll_by_, 0.0f, ImGui::GetScrollMaxY()));
        scroll_by_ = 0;
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    view_.draw(d.blocks, 0, d.intro_end, width);
    for (std::size_t s = 0; s < d.sections.size(); ++s) {
        const markdown::Section& section = d.sections[s];
        gap(0.2f);
        if (scroll_to_section_ == static_cast<int>(s)) {
            ImGui::SetScrollHereY(0.0f);
            scroll_to_section_ = -1;
        }
        if (drawQuestionHeader(section, s, width, app.fonts())) setOpen(s, !open_[s]);
        if (open_[s]) {
            ImGui::Indent(ImGui::GetFontSize() * 0.6f);
            view_.draw(d.blocks, section.heading + 1, section.end, width - ImGui::GetFontSize() * 0.6f);
            ImGui::Unindent(ImGui::GetFontSize() * 0.6f);
        }
    }
    ImGui::PopTextWrapPos();
    gap(1.0f);
    // The end of the lesson is in view only when this line is drawn inside the window.
    ImGui::Dummy(ImVec2(width, 1));
    at_end_ = ImGui::IsItemVisible();
    if (lesson_ && finished_recorded_) textColored(colors::kDone, "\xE2\x9C\x93 Lesson finished");
    if (lesson_) proposals_.draw(app, *lesson_, width);
    gap(2.0f);
}

void ReaderView::checkFinished(App& app) {
    if (!lesson_ || finished_recorded_ || !app.learner()) return;
    bool every_answer_unfolded = std::all_of(ever_opened_.begin(), ever_opened_.end(), [](char c) { return c; });
    bool all_shown = std::all_of(open_.begin(), open_.end(), [](char c) { return c; });
    // Finished: each answer was unfolded, or the learner read to the end with all answers shown.
    if ((every_answer_unfolded && !ever_opened_.empty()) || (all_shown && at_end_)) {
        app.store().lessons().recordFinished(*app.learner(), lesson_->id);
        finished_recorded_ = true;
        app.setStatus("Lesson finished: your progress is saved.");
    }
}

void ReaderView::handleKeys(App& app) {
    if (ImGui::GetIO().WantTextInput) return;
    float page = ImGui::GetWindowHeight() * 0.85f;
    float line = ImGui::GetFontSize() * 3;
    auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); };
    ImGuiIO& io = ImGui::GetIO();
    if (pressed(ImGuiKey_PageDown)) scroll_by_ += page;
    if (pressed(ImGuiKey_PageUp)) scroll_by_ -= page;
    if (pressed(ImGuiKey_Home)) scroll_by_ = -1e9f;
    if (pressed(ImGuiKey_End)) scroll_by_ = 1e9f;
    if (io.KeyAlt && pressed(ImGuiKey_DownArrow)) scroll_by_ += line;
    if (io.KeyAlt && pressed(ImGuiKey_UpArrow)) scroll_by_ -= line;
    if (lesson_ && io.KeyAlt && (pressed(ImGuiKey_LeftArrow) || pressed(ImGuiKey_RightArrow))) {
        const std::vector<const course::Lesson*>& lessons = role_lessons_;
        auto it = std::find(lessons.begin(), lessons.end(), lesson_);
        if (it == lessons.end()) return;
        if (pressed(ImGuiKey_RightArrow) && it + 1 != lessons.end()) app.openLesson((*(it + 1))->id);
        if (pressed(ImGuiKey_LeftArrow) && it != lessons.begin()) app.openLesson((*(it - 1))->id);
    }
}

}  // namespace ipprimer::ui
