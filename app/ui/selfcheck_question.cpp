// The controls of a self-check question.
#include "ui/selfcheck_question.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

bool holdsValue(const progress::Answer* answer, const std::string& value) {
    return answer && std::find(answer->values.begin(), answer->values.end(), value) != answer->values.end();
}

std::string joined(const std::vector<std::string>& values, const char* separator) {
    std::string text;
    for (const std::string& v : values) text += (text.empty() ? "" : separator) + v;
    return text;
}

}  // namespace

void QuestionInput::reset() {
    typed_.clear();
    problem_.clear();
}

std::optional<progress::Answer> QuestionInput::draw(const course::Question& question, const progress::Answer* current,
                                                    const progress::Answer* last_time, float width) {
    ImGui::PushID(question.id.c_str());
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(question.text.c_str());
    if (!question.help.empty()) textMuted("%s", question.help.c_str());
    ImGui::PopTextWrapPos();

    std::optional<progress::Answer> given;
    ImGui::Indent();
    switch (question.kind) {
        case course::AnswerKind::YesNo:
        case course::AnswerKind::YesNoUnsure:
        case course::AnswerKind::Choice: given = choices(question, current); break;
        case course::AnswerKind::Multi: given = ticks(question, current); break;
        case course::AnswerKind::Number:
        case course::AnswerKind::Countries:
        case course::AnswerKind::Text: given = typed(question, current, width - ImGui::GetStyle().IndentSpacing); break;
    }
    // Last time's answer, when the question (which a trainer may have changed since) still takes it.
    std::string refused;
    if (last_time && !(current && *current == *last_time) && progress::checkedAnswer(question, *last_time, refused)) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - ImGui::GetStyle().IndentSpacing);
        textMuted("Last time: %s", progress::answerText(question, *last_time).c_str());
        ImGui::PopTextWrapPos();
        ImGui::SameLine();
        if (linkButton(("Same as last time##same:" + question.id).c_str())) given = *last_time;
        recordItem("same:" + question.id);
    }
    ImGui::Unindent();
    ImGui::PopID();
    if (given) {
        std::string problem;
        given = progress::checkedAnswer(question, *given, problem);
        if (given) {
            typed_.erase(question.id);
            problem_.erase(question.id);
        } else {
            problem_[question.id] = problem;
        }
    }
    return given;
}

std::optional<progress::Answer> QuestionInput::choices(const course::Question& question, const progress::Answer* current) {
    std::optional<progress::Answer> given;
    for (const std::string& value : question.allowedValues()) {
        const std::string label = question.valueText(value) + "##" + value;
        if (ImGui::RadioButton(label.c_str(), holdsValue(current, value))) given = progress::Answer{{value}};
        recordItem(question.id + "=" + value);
        // Yes / No / Not sure fit on one line; longer choices take a line each.
        if (question.kind != course::AnswerKind::Choice && value != question.allowedValues().back()) ImGui::SameLine();
    }
    return given;
}

std::optional<progress::Answer> QuestionInput::ticks(const course::Question& question, const progress::Answer* current) {
    std::optional<progress::Answer> given;
    std::vector<std::string> ticked = current ? current->values : std::vector<std::string>{};
    for (const course::Choice& choice : question.choices) {
        bool on = holdsValue(current, choice.id);
        if (ImGui::Checkbox((choice.text + "##" + choice.id).c_str(), &on)) {
            if (on)
                ticked.push_back(choice.id);
            else
                ticked.erase(std::remove(ticked.begin(), ticked.end(), choice.id), ticked.end());
            given = progress::Answer{ticked};
        }
        recordItem(question.id + "+" + choice.id);
    }
    // Ticking nothing is an answer too, and must be said, or it cannot be
    // told from a question not answered yet.
    bool none = current && current->values.empty();
    if (ImGui::Checkbox("None of these##none", &none) && none) given = progress::Answer{};
    recordItem(question.id + "+none");
    return given;
}

std::optional<progress::Answer> QuestionInput::typed(const course::Question& question, const progress::Answer* current,
                                                     float width) {
    auto [field, fresh] = typed_.try_emplace(question.id);
    if (fresh && current)
        field->second = joined(current->values, question.kind == course::AnswerKind::Countries ? ", " : " ");
    const char* hint = question.kind == course::AnswerKind::Number      ? "a whole number"
                       : question.kind == course::AnswerKind::Countries ? "DE, FR, GB"
                                                                          : "";
    ImGui::SetNextItemWidth(question.kind == course::AnswerKind::Number ? ImGui::GetFontSize() * 8 : width);
    const bool entered =
        ImGui::InputTextWithHint("##field", hint, &field->second, ImGuiInputTextFlags_EnterReturnsTrue);
    recordItem("field:" + question.id);
    std::optional<progress::Answer> given;
    // Taken when the person presses Enter or leaves the field after typing.
    if (entered || ImGui::IsItemDeactivatedAfterEdit()) given = progress::Answer{{field->second}};
    if (const auto problem = problem_.find(question.id); problem != problem_.end())
        textColored(colors::kError, problem->second.c_str());
    return given;
}

}  // namespace ipprimer::ui
