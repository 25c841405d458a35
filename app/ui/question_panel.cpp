// Drawing one question and its outcome. Options are rows the whole width of
// the text: easier to hit than a radio button, and their text keeps its Markdown.
#include "ui/question_panel.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "quiz/question_text.h"
#include "quiz/responses.h"
#include "ui/answer_text.h"
#include "ui/app.h"
#include "ui/keyboard.h"
#include "ui/score_text.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

using quiz::QuestionType;

constexpr int kNoMark = 0;
constexpr int kRightMark = 1;
constexpr int kWrongMark = -1;

// Digits, signs, a decimal point or comma, an exponent and spaces: what a
// number may be typed with (see quiz::parseTypedNumber).
int numberFilter(ImGuiInputTextCallbackData* data) {
    const ImWchar c = data->EventChar;
    const bool allowed = (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-' || c == '+' || c == 'e' ||
                         c == 'E' || c == ' ';
    return allowed ? 0 : 1;
}

std::string plainOf(const markdown::Document& doc) {
    std::string text;
    for (const markdown::Block& block : doc.blocks) {
        if (!text.empty()) text += ' ';
        text += markdown::plainText(block.spans);
    }
    return text;
}

const char* instructionFor(const quiz::Question& q) {
    switch (q.type) {
        case QuestionType::MultipleChoice: return "Choose one answer.";
        case QuestionType::MultipleAnswer: return "Choose every answer that applies.";
        case QuestionType::TrueFalse: return "True or false?";
        case QuestionType::ShortAnswer: return "Type your answer.";
        case QuestionType::Numerical: return "Type a number.";
        case QuestionType::Matching: return "Choose the match for each item.";
        case QuestionType::Essay:
        case QuestionType::Description: return "";
    }
    return "";
}

}  // namespace

void QuestionPanel::load(const progress::PresentedQuestion& shown) {
    shown_ = shown;
    const quiz::Question& q = *shown.question;
    response_ = {};
    outcome_.reset();
    feedback_.clear();
    right_answer_ = {};
    text_ = quiz::questionDocument(quiz::textWithBlank(q), q.format);
    options_.clear();
    for (int index : shown.answer_order)
        options_.push_back(quiz::questionDocument(q.answers[static_cast<std::size_t>(index)].text, q.format));
    items_.clear();
    match_labels_.clear();
    for (const quiz::MatchPair& pair : q.pairs) {
        items_.push_back(pair.item.empty() ? markdown::Document{} : quiz::questionDocument(pair.item, q.format));
        match_labels_.push_back(plainOf(quiz::questionDocument(pair.match, q.format)));
    }
    if (q.type == QuestionType::Matching) response_.matched.assign(q.pairs.size(), -1);
    asking_about_blanks_ = blanks_confirmed_ = false;
    row_heights_.assign(std::max<std::size_t>(options_.size(), 2), 0.0f);
    focus_text_ = q.type == QuestionType::ShortAnswer || q.type == QuestionType::Numerical;
    view_.invalidate();
    clicked_link_.clear();
}

void QuestionPanel::setResponse(const quiz::Response& response) {
    response_ = response;
    if (shown_ && shown_->question->type == QuestionType::Matching)
        response_.matched.resize(shown_->question->pairs.size(), -1);
    focus_text_ = false;
}

void QuestionPanel::setOutcome(const quiz::Score& score) {
    outcome_ = score;
    feedback_.clear();
    if (!shown_) return;
    const quiz::Question& q = *shown_->question;
    for (const std::string& text : score.feedback) feedback_.push_back(quiz::questionDocument(text, q.format));
    right_answer_ = markdown::parse(describeRightAnswer(q));
    focus_text_ = false;
}

bool QuestionPanel::answered() const { return shown_ && quiz::isAnswered(*shown_->question, response_); }

int QuestionPanel::optionCount() const {
    if (!shown_) return 0;
    if (shown_->question->type == QuestionType::TrueFalse) return 2;
    return static_cast<int>(shown_->answer_order.size());
}

void QuestionPanel::pickOption(int position) {
    if (!shown_ || position < 1 || position > optionCount()) return;
    const quiz::Question& q = *shown_->question;
    if (q.type == QuestionType::TrueFalse) {
        response_.truth = position == 1;
        return;
    }
    const int index = shown_->answer_order[static_cast<std::size_t>(position - 1)];
    if (q.type == QuestionType::MultipleChoice) {
        response_.chosen = {index};
        return;
    }
    auto it = std::find(response_.chosen.begin(), response_.chosen.end(), index);
    if (it == response_.chosen.end())
        response_.chosen.push_back(index);
    else
        response_.chosen.erase(it);
    std::sort(response_.chosen.begin(), response_.chosen.end());
}

std::string QuestionPanel::takeClickedLink() { return std::exchange(clicked_link_, {}); }

void QuestionPanel::styleView(App& app) {
    // New fonts (Ctrl+plus): the remembered heights no longer hold.
    if (ImGui::GetFontSize() != font_size_) {
        font_size_ = ImGui::GetFontSize();
        view_.invalidate();
        std::fill(row_heights_.begin(), row_heights_.end(), 0.0f);
    }
    MarkdownStyle style;
    style.fonts = &app.fonts();
    style.images = app.images();
    // No glossary here: a definition on hover could give the answer away.
    view_.setStyle(style);
}

void QuestionPanel::drawDocument(const markdown::Document& doc, float width) {
    view_.draw(doc.blocks, 0, doc.blocks.size(), width);
    if (!view_.clicked_link.empty()) clicked_link_ = view_.clicked_link;
    view_.clicked_link.clear();
}

void QuestionPanel::draw(App& app, float width, bool locked) {
    if (!shown_) return;
    styleView(app);
    const quiz::Question& q = *shown_->question;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    drawDocument(text_, width);
    textMuted("%s", instructionFor(q));
    gap(0.2f);
    switch (q.type) {
        case QuestionType::MultipleChoice:
        case QuestionType::MultipleAnswer: drawChoices(app, width, locked); break;
        case QuestionType::TrueFalse: drawTrueFalse(app, width, locked); break;
        case QuestionType::ShortAnswer:
        case QuestionType::Numerical: drawTyped(app, width, locked); break;
        case QuestionType::Matching: drawMatching(app, width, locked); break;
        case QuestionType::Essay:
        case QuestionType::Description: textMuted("This question is not scored here."); break;
    }
    ImGui::PopTextWrapPos();
}

bool QuestionPanel::optionRow(const std::string& record_as, const markdown::Document& text, bool selected, bool radio,
                              float width, bool locked, int mark, std::size_t slot) {
    const float em = ImGui::GetFontSize();
    const float pad = std::round(em * 0.45f);
    const float box = std::round(em * 0.95f);
    const float indent = pad + box + std::round(em * 0.7f);
    const float mark_width = em * 1.6f;
    const float line_height = std::round(em * 1.45f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float known_height = row_heights_[slot] > 0 ? row_heights_[slot] : line_height + pad * 2;
    const ImVec2 end(pos.x + width, pos.y + known_height);
    const bool hovered = !locked && ImGui::IsMouseHoveringRect(pos, end) && ImGui::IsWindowHovered();

    // Background first (with last frame's height), then the text over it.
    const Palette& theme = palette(currentTheme());
    ImU32 fill = selected ? theme.selected : hovered ? colors::kPanel : theme.window;
    ImU32 border = selected ? colors::kAccent : colors::kRule;
    if (mark == kRightMark) border = colors::kDone;
    if (mark == kWrongMark) border = colors::kError;
    draw->AddRectFilled(pos, end, fill, 6);
    draw->AddRect(pos, end, border, 6, 0, selected || mark != kNoMark ? 1.8f : 1.0f);

    const ImVec2 center(pos.x + pad + box * 0.5f, pos.y + pad + line_height * 0.5f);
    const ImU32 ink = locked ? colors::kMuted : colors::kAccent;
    if (radio) {
        draw->AddCircle(center, box * 0.5f, selected ? ink : colors::kMuted, 20, 1.6f);
        if (selected) draw->AddCircleFilled(center, box * 0.27f, ink, 16);
    } else {
        const ImVec2 b0(center.x - box * 0.5f, center.y - box * 0.5f), b1(center.x + box * 0.5f, center.y + box * 0.5f);
        if (selected) {
            draw->AddRectFilled(b0, b1, ink, 3);
            draw->AddLine(ImVec2(b0.x + box * 0.22f, center.y), ImVec2(center.x - box * 0.05f, b1.y - box * 0.25f),
                          theme.window, 2.0f);
            draw->AddLine(ImVec2(center.x - box * 0.05f, b1.y - box * 0.25f), ImVec2(b1.x - box * 0.2f, b0.y + box * 0.25f),
                          theme.window, 2.0f);
        } else {
            draw->AddRect(b0, b1, colors::kMuted, 3, 0, 1.6f);
        }
    }
    if (mark != kNoMark) {
        const char* glyph = mark == kRightMark ? "\xE2\x9C\x93" : "\xE2\x9C\x97";
        draw->AddText(ImVec2(end.x - mark_width + em * 0.3f, pos.y + pad + (line_height - em) * 0.5f),
                      mark == kRightMark ? colors::kDone : colors::kError, glyph);
    }

    ImGui::SetCursorScreenPos(ImVec2(pos.x + indent, pos.y + pad + (line_height - em) * 0.2f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - indent - mark_width);
    drawDocument(text, width - indent - mark_width);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float content = ImGui::GetItemRectMax().y - pos.y;
    const float height = std::max(line_height + pad * 2, content + pad);
    row_heights_[slot] = height;

    ImGui::SetCursorScreenPos(pos);
    ImGui::PushID(record_as.c_str());
    const bool pressed = ImGui::InvisibleButton("option", ImVec2(width, height));
    focusRing();
    ImGui::PopID();
    recordItem(record_as);
    if (ImGui::IsItemHovered() && !locked) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return pressed && !locked;
}

void QuestionPanel::drawChoices(App&, float width, bool locked) {
    const quiz::Question& q = *shown_->question;
    const bool radio = q.type == QuestionType::MultipleChoice;
    for (std::size_t position = 0; position < shown_->answer_order.size(); ++position) {
        const int index = shown_->answer_order[position];
        const bool selected = std::find(response_.chosen.begin(), response_.chosen.end(), index) != response_.chosen.end();
        int mark = kNoMark;
        if (outcome_) {
            const double fraction = q.answers[static_cast<std::size_t>(index)].fraction;
            if (fraction > 0) mark = kRightMark;
            else if (selected) mark = kWrongMark;
        }
        if (optionRow("option:" + std::to_string(position + 1), options_[position], selected, radio, width, locked, mark,
                      position))
            pickOption(static_cast<int>(position + 1));
        ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.1f));
    }
}

void QuestionPanel::drawTrueFalse(App&, float width, bool locked) {
    static const markdown::Document true_text = markdown::parse("True");
    static const markdown::Document false_text = markdown::parse("False");
    const quiz::Question& q = *shown_->question;
    for (int position = 1; position <= 2; ++position) {
        const bool value = position == 1;
        const bool selected = response_.truth && *response_.truth == value;
        int mark = kNoMark;
        if (outcome_) {
            if (value == q.truth) mark = kRightMark;
            else if (selected) mark = kWrongMark;
        }
        if (optionRow(value ? "True" : "False", value ? true_text : false_text, selected, true, width, locked, mark,
                      static_cast<std::size_t>(position - 1)))
            pickOption(position);
        ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.1f));
    }
}

void QuestionPanel::drawTyped(App&, float width, bool locked) {
    const quiz::Question& q = *shown_->question;
    const float em = ImGui::GetFontSize();
    ImGui::SetNextItemWidth(std::min(width, q.type == QuestionType::Numerical ? em * 12 : em * 24));
    if (focus_text_ && !locked) {
        ImGui::SetKeyboardFocusHere();
        focus_text_ = false;
    }
    ImGuiInputTextFlags flags = locked ? ImGuiInputTextFlags_ReadOnly : 0;
    // Each question gets a field of its own: ImGui keeps the text of an active
    // field by its id, and would carry the last answer over to the next question.
    ImGui::PushID(q.id.c_str());
    if (q.type == QuestionType::Numerical) {
        flags |= ImGuiInputTextFlags_CallbackCharFilter;
        ImGui::InputTextWithHint("##answer", "a number, e.g. 20", &response_.text, flags, numberFilter);
    } else {
        ImGui::InputTextWithHint("##answer", "your answer", &response_.text, flags);
    }
    ImGui::PopID();
    recordItem("Answer");
    if (outcome_) {
        ImGui::SameLine();
        if (outcome_->correct)
            textColored(colors::kDone, "\xE2\x9C\x93");
        else
            textColored(outcome_->fraction > 0 ? colors::kWarn : colors::kError, "\xE2\x9C\x97");
    }
}

void QuestionPanel::drawOutcome(App& app, float width) {
    if (!shown_ || !outcome_) return;
    styleView(app);
    const quiz::Question& q = *shown_->question;
    const FontSet& fonts = app.fonts();
    const float em = ImGui::GetFontSize();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (fonts.bold) ImGui::PushFont(fonts.bold);
    // The same words and number as the mark beside the question (score_text.h).
    const std::string verdict = verdictText(outcome_->correct ? 1.0 : outcome_->fraction, answered());
    if (outcome_->correct)
        textColored(colors::kDone, ("\xE2\x9C\x93 " + verdict).c_str());
    else if (outcome_->fraction > 0)
        textColored(colors::kWarn, ("\xE2\x97\x90 " + verdict).c_str());
    else
        textColored(colors::kError, ("\xE2\x9C\x97 " + verdict).c_str());
    recordItem("Verdict: " + verdict);
    if (fonts.bold) ImGui::PopFont();

    if (!outcome_->correct) {
        if (fonts.bold) ImGui::PushFont(fonts.bold);
        ImGui::TextUnformatted("The right answer");
        if (fonts.bold) ImGui::PopFont();
        ImGui::Indent(em * 0.8f);
        drawDocument(right_answer_, width - em * 0.8f);
        ImGui::Unindent(em * 0.8f);
    }
    if (!feedback_.empty()) {
        if (fonts.bold) ImGui::PushFont(fonts.bold);
        ImGui::TextUnformatted("Why");
        if (fonts.bold) ImGui::PopFont();
        ImGui::Indent(em * 0.8f);
        for (const markdown::Document& doc : feedback_) drawDocument(doc, width - em * 0.8f);
        ImGui::Unindent(em * 0.8f);
    }
    // The lessons the question draws on (its topic tags that name lessons).
    bool first = true;
    for (const std::string& tag : q.tags) {
        const course::Lesson* lesson = app.course().lesson(tag);
        if (!lesson) continue;
        if (first) textMuted("Read again:");
        first = false;
        ImGui::SameLine();
        if (linkButton((lesson->title() + "##read-" + tag).c_str())) clicked_link_ = "lesson:" + tag;
        recordItem("read:" + tag);
    }
    ImGui::PopTextWrapPos();
}

}  // namespace ipprimer::ui
