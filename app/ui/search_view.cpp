#include "ui/search_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <set>

#include "ui/app.h"
#include "ui/glossary_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

namespace {

// The snippet as text spans, the words searched for in bold.
std::vector<markdown::Span> snippetSpans(const course::SearchHit& hit) {
    std::vector<markdown::Span> spans;
    auto add = [&](std::size_t from, std::size_t to, std::uint8_t style) {
        if (to > from) spans.push_back({markdown::SpanKind::Text, style, hit.snippet.substr(from, to - from), "", -1});
    };
    std::size_t at = 0;
    for (const auto& [offset, length] : hit.marks) {
        add(at, offset, markdown::Plain);
        add(offset, offset + length, markdown::Strong);
        at = offset + length;
    }
    add(at, hit.snippet.size(), markdown::Plain);
    return spans;
}

}  // namespace

SearchView::SearchView() = default;
SearchView::~SearchView() = default;

bool SearchView::open(App& app) {
    if (app.presenting()) return false;  // the projector shows the lesson, not a search
    focus_ = true;
    return true;
}

void SearchView::drawContent(App& app) {
    if (!index_) index_ = std::make_unique<course::LessonSearch>(app.course());
    const FontSet& fonts = app.fonts();
    text_.setStyle({&fonts, nullptr, nullptr, false, 1.3f});
    const float em = ImGui::GetFontSize();
    const float width = beginCenteredColumn(em * 44);
    heading(fonts.heading1, "Search the lessons");
    textMuted("Find the question that answers yours: every word you type must appear in it.");
    ImGui::SetNextItemWidth(width);
    if (focus_) {
        ImGui::SetKeyboardFocusHere();
        focus_ = false;
    }
    const bool enter = ImGui::InputTextWithHint("##lesson search", "e.g. non-disclosure agreement", &query_,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    recordItem("Search lessons");
    if (query_ != searched_) {  // searching is cheap, but not every frame
        hits_ = index_->find(query_);
        searched_ = query_;
        snippets_.clear();
        for (const course::SearchHit& hit : hits_) snippets_.push_back(snippetSpans(hit));
    }
    if (enter && !hits_.empty()) {  // Enter opens the best answer
        app.openLesson(hits_.front().lesson->id, hits_.front().anchor);
        ImGui::EndGroup();
        return;
    }
    gap(0.3f);

    ImGui::BeginChild("hits", ImVec2(width, 0), false, ImGuiWindowFlags_NavFlattened);
    ImGui::PushTextWrapPos(width - em);
    if (query_.find_first_not_of(' ') == std::string::npos) {
        textMuted("Type a word or two: a right (trademark, patent), a situation (supplier, export, "
                  "new employee) or a document (NDA, licence).");
    } else if (hits_.empty()) {
        textMuted("Nothing in the lessons holds all of \"%s\". Try fewer or shorter words.", query_.c_str());
        if (linkButton(("Look up \"" + query_ + "\" in the glossary").c_str())) {
            app.view<GlossaryView>().setQuery(query_);
            app.navigate(Screen::Glossary);
        }
    } else {
        std::set<const course::Lesson*> lessons;
        for (const course::SearchHit& hit : hits_) lessons.insert(hit.lesson);
        textMuted("%d %s in %d %s%s", static_cast<int>(hits_.size()), hits_.size() == 1 ? "answer" : "answers",
                  static_cast<int>(lessons.size()), lessons.size() == 1 ? "lesson" : "lessons",
                  hits_.size() >= 50 ? " (the best 50)" : "");
        gap(0.3f);
        for (const course::SearchHit& hit : hits_) {
            ImGui::PushID(&hit);
            const course::Module* module = app.course().module(hit.lesson->module_id);
            textMuted("%s%s%s", module ? module->title.c_str() : "", module ? " \xE2\x80\xBA " : "",
                      hit.lesson->title().c_str());
            if (fonts.bold) ImGui::PushFont(fonts.bold);
            const bool open = linkButton(hit.anchor.empty() ? hit.lesson->title().c_str() : hit.section.c_str());
            if (fonts.bold) ImGui::PopFont();
            recordItem("hit:" + hit.lesson->id + "#" + hit.anchor);
            text_.drawSpans(snippets_[static_cast<std::size_t>(&hit - hits_.data())], width - em, fonts.body);
            gap(0.5f);
            ImGui::PopID();
            if (open) {
                app.openLesson(hit.lesson->id, hit.anchor);
                break;
            }
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::EndGroup();
}

}  // namespace ipprimer::ui
