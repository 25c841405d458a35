#include "ui/glossary_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <utility>

#include "ui/app.h"
#include "ui/text_match.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

bool matches(const course::GlossaryTerm& term, const std::string& query) {
    if (containsFolded(term.term, query) || containsFolded(term.definition, query)) return true;
    return std::any_of(term.also.begin(), term.also.end(), [&](const std::string& a) { return containsFolded(a, query); });
}

}  // namespace

void GlossaryView::drawContent(App& app) {
    const auto& terms = app.course().glossary;
    const FontSet& fonts = app.fonts();
    float em = ImGui::GetFontSize();
    const float width = beginCenteredColumn(em * 44);
    heading(fonts.heading1, "Glossary");
    textMuted("%d terms of intellectual property, in plain words. Rest the pointer on an underlined term in a lesson to see its definition.",
              static_cast<int>(terms.size()));
    ImGui::SetNextItemWidth(width);
    if (std::exchange(focus_search_, false)) ImGui::SetKeyboardFocusHere();
    ImGui::InputTextWithHint("##search", "Search terms and definitions", &query_);
    recordItem("Search terms");
    gap(0.3f);

    ImGui::BeginChild("terms", ImVec2(width, 0), false, ImGuiWindowFlags_NavFlattened);
    ImGui::PushTextWrapPos(width - em);
    int shown = 0;
    for (const course::GlossaryTerm& term : terms) {
        if (!matches(term, query_)) continue;
        ++shown;
        ImGui::PushID(term.term.c_str());
        if (fonts.bold) ImGui::PushFont(fonts.bold);
        ImGui::TextUnformatted(term.term.c_str());
        if (fonts.bold) ImGui::PopFont();
        recordItem("term:" + term.term);
        ImGui::TextUnformatted(term.definition.c_str());
        if (const course::Lesson* lesson = app.course().lesson(term.lesson)) {
            if (linkButton(("Read: " + lesson->title()).c_str())) app.openLesson(lesson->id);
        }
        gap(0.4f);
        ImGui::PopID();
    }
    if (shown == 0) textMuted("No term matches \"%s\".", query_.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::EndGroup();
}

}  // namespace ipprimer::ui
