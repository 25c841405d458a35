#include "ui/group_quiz_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <functional>

#include "quiz/scoring.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/presenter_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

using quiz::QuestionType;

bool keyPressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); }

std::string letter(std::size_t index) { return std::string(1, static_cast<char>('A' + index % 26)); }

std::string lowerAscii(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

bool offered(const quiz::Question& question) {
    switch (question.type) {
    case QuestionType::MultipleChoice:
    case QuestionType::MultipleAnswer: return !question.answers.empty();
    case QuestionType::TrueFalse: return true;
    case QuestionType::ShortAnswer: return !question.answers.empty();
    case QuestionType::Numerical: return !question.numeric.empty();
    case QuestionType::Matching: return question.pairs.size() >= 2;
    case QuestionType::Essay:
    case QuestionType::Description: return false;
    }
    return false;
}

bool hasOptions(const quiz::Question& question) {
    return question.type == QuestionType::MultipleChoice || question.type == QuestionType::MultipleAnswer ||
           question.type == QuestionType::TrueFalse;
}

// The same order every time a question is shown (the right answer is often
// written first in a bank), different from question to question.
std::vector<int> shuffledOrder(std::size_t count, const std::string& seed_text) {
    std::vector<int> order(count);
    for (std::size_t i = 0; i < count; ++i) order[i] = static_cast<int>(i);
    std::uint64_t state = std::hash<std::string>{}(seed_text) | 1;
    for (std::size_t i = count; i > 1; --i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        std::swap(order[i - 1], order[(state >> 33) % i]);
    }
    return order;
}

std::string titleOf(const quiz::Question& question) {
    if (!question.title.empty()) return question.title;
    std::string text = question.text.substr(0, 60);
    return text.size() < question.text.size() ? text + "\xE2\x80\xA6" : text;
}

std::string numberText(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

// How the kind of question reads in the trainer's list.
const char* typeLabel(QuestionType type) {
    switch (type) {
    case QuestionType::MultipleChoice: return "one answer";
    case QuestionType::MultipleAnswer: return "several answers";
    case QuestionType::TrueFalse: return "true or false";
    case QuestionType::ShortAnswer: return "short answer";
    case QuestionType::Matching: return "matching";
    case QuestionType::Numerical: return "a number";
    default: return "";
    }
}

const char* typeHint(const quiz::Question& question) {
    switch (question.type) {
    case QuestionType::MultipleAnswer: return "Hands up for every answer you think is right.";
    case QuestionType::TrueFalse: return "True or false? Hands up.";
    case QuestionType::MultipleChoice: return "One answer: hands up.";
    case QuestionType::ShortAnswer: return "Call out the answer.";
    case QuestionType::Numerical: return "Call out a number.";
    case QuestionType::Matching: return "Match each item on the left.";
    default: return "";
    }
}

}  // namespace

void GroupQuizView::start(App& app, std::int64_t session_id, std::int64_t started_at,
                          const std::vector<std::string>& lesson_ids) {
    if (session_id != session_ || lesson_ids != lesson_ids_) {
        session_ = session_id;
        entries_.clear();
        current_ = nullptr;
        page_ = Page::Choose;
        search_.clear();
        all_banks_ = false;
    }
    reload(app);
    started_at_ = started_at;
    lesson_ids_ = lesson_ids;
    collectCandidates(app);
}

void GroupQuizView::fontsChanged() { view_.invalidate(); }

void GroupQuizView::setAllBanks(App& app, bool all) {
    all_banks_ = all;
    collectCandidates(app);
}

void GroupQuizView::collectCandidates(App& app) {
    candidates_.clear();
    const std::string needle = lowerAscii(search_);
    auto wanted = [&](const quiz::Question& question) {
        if (!offered(question)) return false;
        if (needle.empty()) return true;
        return lowerAscii(question.title).find(needle) != std::string::npos ||
               lowerAscii(question.text).find(needle) != std::string::npos ||
               lowerAscii(question.id).find(needle) != std::string::npos;
    };
    auto add = [&](const quiz::Question& question) {
        if (wanted(question) && std::find(candidates_.begin(), candidates_.end(), &question) == candidates_.end())
            candidates_.push_back(&question);
    };
    const auto& banks = app.course().banks;
    if (all_banks_) {
        for (const auto& bank : banks)
            for (const auto& question : bank.questions) add(question);
        return;
    }
    // The session's lessons in order: the questions that draw on each.
    for (const auto& lesson_id : lesson_ids_)
        for (const auto& bank : banks)
            for (const auto& question : bank.questions)
                if (question.hasTag(lesson_id)) add(question);
}

GroupQuizView::Shown& GroupQuizView::shown(const quiz::Question& question) {
    auto found = shown_.find(question.id);
    if (found != shown_.end()) return found->second;
    Shown s;
    std::string text = question.text;
    if (question.isMissingWord()) text += "\\_\\_\\_\\_\\_\\_" + question.text_after;
    s.text = markdown::parse(text);
    if (question.type == QuestionType::TrueFalse) {
        s.options.push_back({"True", question.truth, -1, true,
                             question.truth ? question.feedback_when_right : question.feedback_when_wrong});
        s.options.push_back({"False", !question.truth, -1, false,
                             question.truth ? question.feedback_when_wrong : question.feedback_when_right});
    } else if (hasOptions(question)) {
        for (int index : shuffledOrder(question.answers.size(), question.id)) {
            const quiz::Answer& answer = question.answers[static_cast<std::size_t>(index)];
            bool right = question.type == QuestionType::MultipleAnswer ? answer.fraction > 0 : answer.fraction >= 0.999;
            s.options.push_back({answer.text, right, index, false, answer.feedback});
        }
    } else if (question.type == QuestionType::Matching) {
        for (const auto& pair : question.pairs)
            if (std::find(s.matches.begin(), s.matches.end(), pair.match) == s.matches.end()) s.matches.push_back(pair.match);
        std::vector<std::string> shuffled;
        for (int index : shuffledOrder(s.matches.size(), question.id)) shuffled.push_back(s.matches[static_cast<std::size_t>(index)]);
        s.matches = std::move(shuffled);
    }
    for (const auto& option : s.options) {
        s.option_text.push_back(markdown::parse(option.text));
        s.option_feedback.push_back(markdown::parse(option.feedback));
    }
    s.general_feedback = markdown::parse(question.general_feedback);
    return shown_.emplace(question.id, std::move(s)).first->second;
}

GroupQuizView::Entry& GroupQuizView::entry(const quiz::Question& question) {
    auto [it, fresh] = entries_.try_emplace(question.id);
    Entry& e = it->second;
    const Shown& s = shown(question);
    e.counts.resize(s.options.size(), 0);
    e.chosen.resize(s.options.size(), 0);
    e.matched.resize(question.pairs.size(), -1);
    // Asked before the program was restarted: the hands counted are in the
    // store, in the same order of options (the order is fixed per question).
    auto earlier = recorded_.find(question.id);
    if (fresh && earlier != recorded_.end()) {
        e.revealed = true;
        if (earlier->second.options.size() == e.counts.size())
            for (std::size_t i = 0; i < e.counts.size(); ++i) e.counts[i] = earlier->second.options[i].count;
        if (!hasOptions(question) && question.type != QuestionType::Matching) e.text = earlier->second.room_answer;
    }
    return e;
}

void GroupQuizView::reload(App& app) {
    asked_.clear();
    recorded_.clear();
    if (session_ == 0) return;
    if (auto workshop = app.store().workshops().find(session_))
        for (const auto& answer : workshop->group_quiz) {
            asked_.push_back(answer.question_id);
            recorded_[answer.question_id] = answer;
        }
}

bool GroupQuizView::roomAnswered(const quiz::Question& question) {
    const Entry& e = entry(question);
    if (hasOptions(question)) return std::any_of(e.chosen.begin(), e.chosen.end(), [](char c) { return c; });
    if (question.type == QuestionType::Matching)
        return std::any_of(e.matched.begin(), e.matched.end(), [](int m) { return m >= 0; });
    return e.text.find_first_not_of(" \t") != std::string::npos;
}

store::GroupAnswer GroupQuizView::answerOf(const quiz::Question& question) {
    const Shown& s = shown(question);
    const Entry& e = entry(question);
    store::GroupAnswer answer;
    answer.question_id = question.id;
    answer.title = titleOf(question);
    answer.type = std::string(quiz::typeName(question.type));
    for (std::size_t i = 0; i < s.options.size(); ++i)
        answer.options.push_back({letter(i) + ": " + s.options[i].text, s.options[i].right, e.counts[i]});
    if (!roomAnswered(question)) return answer;

    quiz::Response response;
    std::string said;
    if (hasOptions(question)) {
        for (std::size_t i = 0; i < s.options.size(); ++i) {
            if (!e.chosen[i]) continue;
            if (question.type == QuestionType::TrueFalse)
                response.truth = s.options[i].truth;
            else
                response.chosen.push_back(s.options[i].answer);
            said += (said.empty() ? "" : "; ") + letter(i) + ": " + s.options[i].text;
        }
    } else if (question.type == QuestionType::Matching) {
        for (std::size_t i = 0; i < question.pairs.size(); ++i) {
            int pick = e.matched[i];
            response.matched.push_back(-1);
            if (pick < 0 || question.pairs[i].item.empty()) continue;
            const std::string& match = s.matches[static_cast<std::size_t>(pick)];
            for (std::size_t j = 0; j < question.pairs.size(); ++j)
                if (question.pairs[j].match == match) {
                    response.matched.back() = static_cast<int>(j);
                    break;
                }
            said += (said.empty() ? "" : "; ") + question.pairs[i].item + " \xE2\x86\x92 " + match;
        }
    } else {
        response.text = e.text;
        said = e.text;
    }
    answer.room_answer = said;
    answer.room_right = quiz::score(question, response).correct;
    return answer;
}

bool GroupQuizView::revealed() const {
    if (!current_) return false;
    auto found = entries_.find(current_->id);
    return found != entries_.end() && found->second.revealed;
}

bool GroupQuizView::show(App& app, const std::string& question_id) {
    const quiz::Question* question = app.course().question(question_id);
    if (!question || !offered(*question)) return false;
    current_ = question;
    entry(*question);
    page_ = Page::Question;
    scroll_to_top_ = true;
    return true;
}

void GroupQuizView::record(App& app) {
    if (!current_) return;
    store::GroupAnswer answer = answerOf(*current_);
    if (session_ == 0) {  // nothing to keep it in: remembered for the summary only
        if (std::find(asked_.begin(), asked_.end(), answer.question_id) == asked_.end()) asked_.push_back(answer.question_id);
        recorded_[answer.question_id] = answer;
        return;
    }
    try {
        app.store().workshops().recordGroupAnswer(session_, answer);
        reload(app);
    } catch (const std::exception& error) {
        app.setStatus(std::string("The room's answer was not saved: ") + error.what());
    }
}

void GroupQuizView::reveal(App& app) {
    if (!current_) return;
    entry(*current_).revealed = true;
    record(app);
}

void GroupQuizView::nextQuestion(App& app) {
    // The next offered question not yet asked, after the current one.
    auto it = std::find(candidates_.begin(), candidates_.end(), current_);
    std::size_t start = it == candidates_.end() ? 0 : static_cast<std::size_t>(it - candidates_.begin()) + 1;
    for (std::size_t n = 0; n < candidates_.size(); ++n) {
        const quiz::Question* q = candidates_[(start + n) % candidates_.size()];
        if (std::find(asked_.begin(), asked_.end(), q->id) == asked_.end()) {
            show(app, q->id);
            return;
        }
    }
    page_ = Page::Summary;  // every question was asked
}

const course::Lesson* GroupQuizView::lessonOf(App& app, const quiz::Question& question) const {
    for (const auto& tag : question.tags)
        if (const course::Lesson* lesson = app.course().lesson(tag)) return lesson;
    return nullptr;
}

void GroupQuizView::handleKeys(App& app) {
    if (ImGui::GetIO().WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    if (page_ == Page::Question && current_) {
        if ((keyPressed(ImGuiKey_Space) || keyPressed(ImGuiKey_Enter)) && !revealed()) reveal(app);
        if (keyPressed(ImGuiKey_RightArrow) || keyPressed(ImGuiKey_PageDown)) nextQuestion(app);
        if (keyPressed(ImGuiKey_Escape)) page_ = Page::Choose;
        return;
    }
    // From the list or the summary, Escape goes back to the slides.
    if (keyPressed(ImGuiKey_Escape)) app.showPresenter();
}

void GroupQuizView::drawContent(App& app) {
    big_ = presenterFontSet(app.fonts());
    MarkdownStyle style;
    style.fonts = &big_;
    style.images = app.images();
    style.line_spacing = 1.3f;
    view_.setStyle(style);
    handleKeys(app);
    if (app.screen() != Screen::GroupQuiz) return;
    switch (page_) {
    case Page::Choose: drawChoose(app); break;
    case Page::Question:
        if (current_)
            drawQuestion(app);
        else
            drawChoose(app);
        break;
    case Page::Summary: drawSummary(app); break;
    }
    view_.clicked_link.clear();  // links in feedback do not leave a running quiz
}

void GroupQuizView::drawHeader(App& app, const char* title) {
    const FontSet& fonts = app.fonts();
    heading(fonts.heading3, title);
    std::string clock = formatElapsed(store::Store::systemClock() - started_at_);
    ImFont* clock_font = fonts.heading3 ? fonts.heading3 : ImGui::GetFont();
    float clock_w = clock_font->CalcTextSizeA(clock_font->FontSize, FLT_MAX, 0, clock.c_str()).x;
    sameLineAtRight(clock_w);
    ImGui::PushFont(clock_font);
    ImGui::TextUnformatted(clock.c_str());
    ImGui::PopFont();
    ImGui::Separator();
}

void GroupQuizView::drawChoose(App& app) {
    drawHeader(app, "Group quiz: choose a question for the room");
    if (button("\xE2\x86\x90 Back to the slides")) app.showPresenter();
    ImGui::SameLine();
    char summary[48];
    std::snprintf(summary, sizeof summary, "Summary (%d asked)##summary", static_cast<int>(asked_.size()));
    ImGui::BeginDisabled(asked_.empty());
    if (button(summary)) page_ = Page::Summary;
    ImGui::EndDisabled();
    recordItem("Summary");
    ImGui::SameLine();
    ImGui::BeginDisabled(candidates_.empty());
    if (primaryButton("Next question \xE2\x86\x92")) nextQuestion(app);
    ImGui::EndDisabled();
    gap(0.3f);
    bool all = all_banks_;
    if (ImGui::Checkbox("All banks, not only this session's lessons", &all)) setAllBanks(app, all);
    recordItem("All banks");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 18));
    if (ImGui::InputTextWithHint("##search", "Search questions", &search_)) collectCandidates(app);
    recordItem("Search questions");
    if (!app.statusMessage().empty()) textColored(colors::kError, app.statusMessage().c_str());

    ImGui::BeginChild("questions", ImVec2(0, 0), true);
    if (candidates_.empty())
        textMuted(all_banks_ || !search_.empty() ? "No question matches."
                                                 : "No bank question is tagged with this session's lessons: tick \"All banks\".");
    float width = ImGui::GetContentRegionAvail().x;
    for (const quiz::Question* question : candidates_) {
        ImGui::PushID(question->id.c_str());
        std::string label = titleOf(*question) + "  \xC2\xB7  " + typeLabel(question->type);
        if (const course::Lesson* lesson = lessonOf(app, *question)) label += "  \xC2\xB7  " + lesson->title();
        bool asked = std::find(asked_.begin(), asked_.end(), question->id) != asked_.end();
        if (asked) {
            if (auto share = recorded_[question->id].shareRight()) {
                char text[48];
                std::snprintf(text, sizeof text, "  \xC2\xB7  asked: %d%% right", static_cast<int>(*share * 100 + 0.5));
                label += text;
            } else {
                label += "  \xC2\xB7  asked";
            }
        }
        if (wrappedSelectable((asked ? "\xE2\x9C\x93 " : "\xE2\x80\xA2 ") + label, current_ == question, width,
                              "question:" + question->id))
            show(app, question->id);
        ImGui::PopID();
    }
    ImGui::EndChild();
}

void GroupQuizView::drawQuestion(App& app) {
    const quiz::Question& question = *current_;
    Entry& e = entry(question);
    char title[96];
    std::snprintf(title, sizeof title, "Group quiz \xC2\xB7 %s", question.id.c_str());
    drawHeader(app, title);
    const ImGuiStyle& style = ImGui::GetStyle();
    float footer = ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y * 2;
    ImGui::BeginChild("on screen", ImVec2(0, std::max(ImGui::GetContentRegionAvail().y - footer, 50.0f)), false,
                      ImGuiWindowFlags_NoNav);
    if (scroll_to_top_) {
        ImGui::SetScrollY(0);
        scroll_to_top_ = false;
    }
    if (big_.body) ImGui::PushFont(big_.body);
    float em = ImGui::GetFontSize();
    const float measure = beginCenteredColumn(em * 38, em);
    textMuted("%s", titleOf(question).c_str());
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + measure);
    view_.draw(shown(question).text.blocks, 0, shown(question).text.blocks.size(), measure);
    ImGui::PopTextWrapPos();
    textMuted("%s", typeHint(question));
    gap(0.3f);
    if (hasOptions(question))
        drawOptions(app, question, measure);
    else if (question.type == QuestionType::Matching)
        drawMatching(app, question, measure);
    else
        drawTypedAnswer(app, question, measure);
    const Shown& s = shown(question);
    if (e.revealed && !s.general_feedback.blocks.empty()) {
        gap(0.3f);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
        view_.draw(s.general_feedback.blocks, 0, s.general_feedback.blocks.size(), measure);
        ImGui::PopStyleColor();
    }
    gap(1.0f);
    ImGui::EndGroup();
    if (big_.body) ImGui::PopFont();
    ImGui::EndChild();

    ImGui::Separator();
    if (button("\xE2\x86\x90 Questions")) page_ = Page::Choose;
    ImGui::SameLine();
    if (!e.revealed) {
        if (primaryButton("Reveal the answer (Space)")) reveal(app);
    } else {
        if (primaryButton("Next question \xE2\x86\x92")) nextQuestion(app);
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(asked_.empty());
    if (button("Summary")) page_ = Page::Summary;
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (button("Back to the slides")) app.showPresenter();
    if (!app.statusMessage().empty()) {
        ImGui::SameLine();
        textColored(colors::kError, app.statusMessage().c_str());
    }
}

void GroupQuizView::drawOptions(App& app, const quiz::Question& question, float width) {
    Entry& e = entry(question);
    const Shown& s = shown(question);
    const FontSet& fonts = app.fonts();
    int hands = 0;
    for (int count : e.counts) hands += count;
    bool single = question.type != QuestionType::MultipleAnswer;
    bool changed = false;
    if (fonts.body) ImGui::PushFont(fonts.body);
    textMuted("Count the hands for each answer (- and +, or type the number), or tick the answer the room agreed on. "
              "%d hands so far.", hands);
    if (fonts.body) ImGui::PopFont();
    for (std::size_t i = 0; i < s.options.size(); ++i) {
        const Option& option = s.options[i];
        ImGui::PushID(static_cast<int>(i));
        std::string name = letter(i);
        float row_top = ImGui::GetCursorPosY();
        // The trainer's controls in the regular font: hands counted, the room's answer.
        if (fonts.body) ImGui::PushFont(fonts.body);
        float small = ImGui::GetFontSize();
        ImGui::SetCursorPosY(row_top + (big_.presenter_size > 0 ? (big_.presenter_size * 1.3f - ImGui::GetFrameHeight()) * 0.5f : 0));
        ImGui::BeginGroup();
        if (button("-##less")) {
            e.counts[i] = std::max(0, e.counts[i] - 1);
            changed = true;
        }
        recordItem("less:" + name);
        ImGui::SameLine(0, 2);
        ImGui::SetNextItemWidth(small * 2.8f);
        if (ImGui::InputInt("##count", &e.counts[i], 0, 0)) {
            e.counts[i] = std::clamp(e.counts[i], 0, 9999);
            changed = true;
        }
        recordItem("count:" + name);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Hands raised for %s", name.c_str());
        ImGui::SameLine(0, 2);
        if (button("+##more")) {
            e.counts[i] = std::min(9999, e.counts[i] + 1);
            changed = true;
        }
        recordItem("more:" + name);
        ImGui::SameLine();
        bool picked = e.chosen[i];
        if (single ? ImGui::RadioButton("##room", picked) : ImGui::Checkbox("##room", &picked)) {
            if (single) {
                bool now = !e.chosen[i];
                std::fill(e.chosen.begin(), e.chosen.end(), 0);
                e.chosen[i] = now;
            } else {
                e.chosen[i] = picked;
            }
            changed = true;
        }
        recordItem("room:" + name);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("The room's answer");
        ImGui::EndGroup();
        if (fonts.body) ImGui::PopFont();
        float controls = ImGui::GetItemRectSize().x + ImGui::GetStyle().ItemSpacing.x * 2;
        ImGui::SameLine();
        ImGui::SetCursorPosY(row_top);

        // The option as the room sees it.
        ImGui::BeginGroup();
        bool show_right = e.revealed && option.right;
        std::string mark = e.revealed ? (option.right ? "\xE2\x9C\x93 " : "\xE2\x9C\x97 ") : "";
        ImU32 color = show_right ? colors::kDone : (e.revealed ? colors::kMuted : colors::kText);
        if (big_.bold) ImGui::PushFont(big_.bold);
        textColored(color, (mark + name + ".").c_str());
        if (big_.bold) ImGui::PopFont();
        ImGui::SameLine();
        float text_w = std::max(width - controls - ImGui::CalcTextSize((mark + name + ". ").c_str()).x, width * 0.3f);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(show_right ? colors::kDone : colors::kText));
        ImGui::BeginGroup();
        view_.draw(s.option_text[i].blocks, 0, s.option_text[i].blocks.size(), text_w);
        ImGui::PopStyleColor();
        {
            // Hands as a bar, so the room sees the split at a glance; drawn
            // from the start, so counting does not move the rows under the pointer.
            float share = hands > 0 ? static_cast<float>(e.counts[i]) / static_cast<float>(hands) : 0.0f;
            char label[48];
            std::snprintf(label, sizeof label, "%d (%d%%)", e.counts[i], static_cast<int>(share * 100 + 0.5f));
            ImVec2 pos = ImGui::GetCursorScreenPos();
            float bar_h = ImGui::GetFontSize() * 0.45f;
            float bar_w = text_w * 0.6f;
            ImDrawList* draw = ImGui::GetWindowDrawList();
            draw->AddRectFilled(pos, ImVec2(pos.x + bar_w, pos.y + bar_h), colors::kRule, 3);
            if (share > 0)
                draw->AddRectFilled(pos, ImVec2(pos.x + bar_w * share, pos.y + bar_h), show_right ? colors::kDone : colors::kAccent, 3);
            ImGui::Dummy(ImVec2(bar_w, bar_h));
            ImGui::SameLine();
            if (fonts.body) ImGui::PushFont(fonts.body);
            textMuted("%s%s", label, e.chosen[i] ? "  \xC2\xB7 the room's answer" : "");
            if (fonts.body) ImGui::PopFont();
        }
        if (e.revealed && !s.option_feedback[i].blocks.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kMuted));
            view_.draw(s.option_feedback[i].blocks, 0, s.option_feedback[i].blocks.size(), text_w);
            ImGui::PopStyleColor();
        }
        ImGui::EndGroup();
        ImGui::EndGroup();
        gap(0.15f);
        ImGui::PopID();
    }
    if (changed && e.revealed) record(app);
}

void GroupQuizView::drawTypedAnswer(App& app, const quiz::Question& question, float width) {
    Entry& e = entry(question);
    const FontSet& fonts = app.fonts();
    if (fonts.body) ImGui::PushFont(fonts.body);
    ImGui::TextUnformatted(question.type == QuestionType::Numerical ? "The room's number:" : "The room's answer:");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(width * 0.6f, ImGui::GetFontSize() * 24));
    bool changed = ImGui::InputText("##room answer", &e.text);
    recordItem("Room's answer");
    if (fonts.body) ImGui::PopFont();
    if (changed && e.revealed) record(app);
    if (!e.revealed) return;

    gap(0.3f);
    if (roomAnswered(question)) {
        bool right = answerOf(question).room_right.value_or(false);
        textColored(right ? colors::kDone : colors::kError,
                    ((right ? "\xE2\x9C\x93 Right: " : "\xE2\x9C\x97 Not quite: ") + e.text).c_str());
    }
    std::string accepted;
    if (question.type == QuestionType::Numerical) {
        for (const auto& n : question.numeric) {
            if (n.fraction <= 0) continue;
            std::string one = n.is_range ? numberText(n.min) + " to " + numberText(n.max)
                                         : numberText(n.value) + (n.tolerance != 0 ? " \xC2\xB1 " + numberText(n.tolerance) : "");
            accepted += (accepted.empty() ? "" : ", ") + one;
        }
    } else {
        for (const auto& a : question.answers)
            if (a.fraction > 0) accepted += (accepted.empty() ? "" : ", ") + a.text;
    }
    textColored(colors::kDone, ("Accepted: " + accepted).c_str());
    // Feedback for a typed answer: the one the room's answer earns, if any.
    if (roomAnswered(question)) {
        quiz::Response response;
        response.text = e.text;
        auto score = quiz::score(question, response);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kMuted));
        for (std::size_t i = 0; i + (question.general_feedback.empty() ? 0 : 1) < score.feedback.size(); ++i)
            textWrapped(score.feedback[i]);
        ImGui::PopStyleColor();
    }
}

void GroupQuizView::drawMatching(App& app, const quiz::Question& question, float width) {
    Entry& e = entry(question);
    const Shown& s = shown(question);
    const FontSet& fonts = app.fonts();
    bool changed = false;
    for (std::size_t i = 0; i < question.pairs.size(); ++i) {
        const auto& pair = question.pairs[i];
        if (pair.item.empty()) continue;  // a distractor: a match with no item
        ImGui::PushID(static_cast<int>(i));
        bool right = e.matched[i] >= 0 && s.matches[static_cast<std::size_t>(e.matched[i])] == pair.match;
        std::string mark = e.revealed && e.matched[i] >= 0 ? (right ? "\xE2\x9C\x93 " : "\xE2\x9C\x97 ") : "";
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width * 0.55f);
        textColored(e.revealed && right ? colors::kDone : colors::kText, (mark + pair.item).c_str());
        ImGui::PopTextWrapPos();
        ImGui::SameLine(width * 0.58f);
        if (fonts.body) ImGui::PushFont(fonts.body);
        ImGui::SetNextItemWidth(width * 0.4f);
        const char* preview = e.matched[i] >= 0 ? s.matches[static_cast<std::size_t>(e.matched[i])].c_str() : "the room says...";
        if (ImGui::BeginCombo("##match", preview)) {
            for (std::size_t m = 0; m < s.matches.size(); ++m) {
                if (ImGui::Selectable(s.matches[m].c_str(), e.matched[i] == static_cast<int>(m))) {
                    e.matched[i] = static_cast<int>(m);
                    changed = true;
                }
                recordItem("choice:" + s.matches[m]);
            }
            ImGui::EndCombo();
        }
        recordItem("match:" + std::to_string(i));
        if (fonts.body) ImGui::PopFont();
        if (e.revealed) {
            ImGui::Indent(ImGui::GetFontSize());
            textColored(colors::kDone, ("\xE2\x86\x92 " + pair.match).c_str());
            ImGui::Unindent(ImGui::GetFontSize());
        }
        ImGui::PopID();
    }
    if (changed && e.revealed) record(app);
}

void GroupQuizView::drawSummary(App& app) {
    drawHeader(app, "Group quiz: what the room found hard");
    if (button("\xE2\x86\x90 Questions")) page_ = Page::Choose;
    ImGui::SameLine();
    if (button("Back to the slides")) app.showPresenter();
    struct Row {
        const quiz::Question* question;
        store::GroupAnswer answer;
        double share;
    };
    std::vector<Row> rows;
    for (const auto& id : asked_) {
        const store::GroupAnswer& answer = recorded_[id];
        rows.push_back({app.course().question(id), answer, answer.shareRight().value_or(-1)});
    }
    // Hardest first; questions with nothing entered last.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        double sa = a.share < 0 ? 2 : a.share, sb = b.share < 0 ? 2 : b.share;
        return sa < sb;
    });
    ImGui::BeginChild("summary", ImVec2(0, 0), false, ImGuiWindowFlags_NoNav);
    if (big_.body) ImGui::PushFont(big_.body);
    float em = ImGui::GetFontSize();
    const float measure = beginCenteredColumn(em * 38, em);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + measure);
    if (rows.empty()) textMuted("No question was asked yet.");
    int hard = 0;
    for (const auto& row : rows)
        if (row.share >= 0 && row.share < kHardShare) ++hard;
    if (!rows.empty()) {
        heading(big_.heading2, hard == 0 ? "The room got every question right." :
                                   std::to_string(hard) + (hard == 1 ? " question" : " questions") + " the room found hard");
        gap(0.2f);
    }
    for (const auto& row : rows) {
        bool is_hard = row.share >= 0 && row.share < kHardShare;
        std::string share = row.share < 0 ? "nothing entered" : std::to_string(static_cast<int>(row.share * 100 + 0.5)) + "% right";
        if (big_.bold) ImGui::PushFont(big_.bold);
        textColored(is_hard ? colors::kError : colors::kDone,
                    ((is_hard ? "\xE2\x9C\x97 " : "\xE2\x9C\x93 ") + row.answer.title).c_str());
        if (big_.bold) ImGui::PopFont();
        recordItem("summary:" + row.answer.question_id);
        std::string detail = share;
        // The wrong answer most of the room chose: the misconception to talk about.
        const store::GroupOption* popular = nullptr;
        for (const auto& option : row.answer.options)
            if (!option.right && option.count > 0 && (!popular || option.count > popular->count)) popular = &option;
        if (is_hard && popular) detail += " \xC2\xB7 most wrong hands: " + popular->text;
        if (is_hard && !row.answer.room_answer.empty() && row.answer.room_right == false)
            detail += " \xC2\xB7 the room said: " + row.answer.room_answer;
        ImGui::Indent(em);
        textMuted("%s", detail.c_str());
        if (const course::Lesson* lesson = is_hard && row.question ? lessonOf(app, *row.question) : nullptr)
            textColored(colors::kAccent, ("Revisit: " + lesson->title()).c_str());
        ImGui::Unindent(em);
        gap(0.2f);
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    if (big_.body) ImGui::PopFont();
    ImGui::EndChild();
}

}  // namespace ipprimer::ui
