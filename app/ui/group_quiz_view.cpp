// The group quiz's state and its list of questions: what is on screen, what
// the trainer entered and what the session keeps. The rules (options, the
// room's answer, its score) are quiz/group_quiz.h; the question page is
// group_quiz_question.cpp, the summary group_quiz_summary.cpp.
#include "ui/group_quiz_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "base/text.h"
#include "quiz/question_text.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/presenter_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

using quiz::QuestionType;

bool keyPressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); }

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

}  // namespace

std::string GroupQuizView::titleOf(const quiz::Question& question) {
    if (!question.title.empty()) return question.title;
    std::string text = question.text.substr(0, 60);
    return text.size() < question.text.size() ? text + "\xE2\x80\xA6" : text;
}

std::string GroupQuizView::askedTitle(const quiz::Question& question) const {
    // The room sees a number, never the bank's internal id.
    auto found = std::find(asked_.begin(), asked_.end(), question.id);
    const std::size_t number = static_cast<std::size_t>(found - asked_.begin()) + 1;
    return "Group quiz \xC2\xB7 question " + std::to_string(number);
}

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
    const std::string needle = asciiLowered(search_);
    auto wanted = [&](const quiz::Question& question) {
        if (!quiz::canAskRoom(question)) return false;
        if (needle.empty()) return true;
        return asciiLowered(question.title).find(needle) != std::string::npos ||
               asciiLowered(question.text).find(needle) != std::string::npos ||
               asciiLowered(question.id).find(needle) != std::string::npos;
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
    // Every text in its GIFT format, as the learner's quiz shows it.
    s.text = quiz::questionDocument(quiz::textWithBlank(question), question.format);
    s.options = quiz::roomOptions(question);
    if (question.type == QuestionType::Matching) s.matches = quiz::roomMatches(question);
    for (const auto& option : s.options) {
        s.option_text.push_back(quiz::questionDocument(option.text, option.text_format));
        s.option_feedback.push_back(quiz::questionDocument(option.feedback, option.feedback_format));
    }
    s.general_feedback =
        quiz::questionDocument(question.general_feedback, question.formatOf(question.general_feedback_format));
    return shown_.emplace(question.id, std::move(s)).first->second;
}

GroupQuizView::Entry& GroupQuizView::entry(const quiz::Question& question) {
    auto found = entries_.find(question.id);
    if (found != entries_.end()) return found->second;
    const Shown& s = shown(question);
    Entry e;
    // Asked before the program was restarted: what was entered is in the store.
    auto earlier = recorded_.find(question.id);
    if (earlier != recorded_.end()) {
        std::vector<quiz::KeptOption> kept;
        for (const store::GroupOption& option : earlier->second.options) kept.push_back({option.text, option.count});
        e.room = quiz::keptEntry(question, s.options, kept, earlier->second.room_answer);
        e.revealed = true;
    } else {
        e.room = quiz::emptyEntry(question, s.options);
    }
    return entries_.emplace(question.id, std::move(e)).first->second;
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

store::GroupAnswer GroupQuizView::answerOf(const quiz::Question& question) {
    const Shown& s = shown(question);
    const Entry& e = entry(question);
    store::GroupAnswer answer;
    answer.question_id = question.id;
    answer.title = titleOf(question);
    answer.type = std::string(quiz::typeName(question.type));
    for (std::size_t i = 0; i < s.options.size(); ++i)
        answer.options.push_back({quiz::optionName(i, s.options[i].text), s.options[i].right, e.room.counts[i]});
    if (auto room = quiz::roomAnswer(question, s.options, s.matches, e.room)) {
        answer.room_answer = room->said;
        answer.room_right = room->score.correct;
    }
    return answer;
}

bool GroupQuizView::revealed() const {
    if (!current_) return false;
    auto found = entries_.find(current_->id);
    return found != entries_.end() && found->second.revealed;
}

bool GroupQuizView::show(App& app, const std::string& question_id) {
    const quiz::Question* question = app.course().question(question_id);
    if (!question || !quiz::canAskRoom(*question)) return false;
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
    if (keyPressed(ImGuiKey_Escape)) app.navigate(Screen::Presenter);
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
    // With a console, the list of questions is the trainer's, not the room's.
    const bool controls = app.controlsHere();
    switch (page_) {
    case Page::Choose: controls ? drawChoose(app) : drawRoomWaiting(app); break;
    case Page::Question:
        if (current_)
            drawQuestion(app);
        else
            controls ? drawChoose(app) : drawRoomWaiting(app);
        break;
    case Page::Summary: drawSummary(app); break;
    }
    view_.clicked_link.clear();  // links in feedback do not leave a running quiz
}

void GroupQuizView::drawHeader(App& app, const char* title) {
    const FontSet& fonts = app.fonts();
    heading(fonts.heading3, title);
    if (!app.controlsHere()) {  // the room's screen: the clock is the trainer's
        ImGui::Separator();
        return;
    }
    textAtRight(formatElapsed(store::Store::systemClock() - started_at_), fonts.heading3);
    ImGui::Separator();
}

void GroupQuizView::drawChoose(App& app) {
    drawHeader(app, "Group quiz: choose a question for the room");
    if (button("\xE2\x86\x90 Back to the slides")) app.navigate(Screen::Presenter);
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

}  // namespace ipprimer::ui
