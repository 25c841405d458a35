// The review page. Answers go to the store as review answers (no attempt);
// the schedule moves on because it is replayed from them.
#include "ui/review_view.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>

#include "quiz/random.h"
#include "quiz/responses.h"
#include "store/attempts.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/keyboard.h"
#include "ui/quiz_records.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

std::int64_t steadyMilliseconds() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

std::string whenText(int days_from_today) {
    if (days_from_today <= 1) return "tomorrow";
    return "in " + std::to_string(days_from_today) + " days";
}

}  // namespace

bool ReviewView::open(App& app) {
    queue_ = reviewQueue(app);
    due_ = queue_.today;
    position_ = 0;
    right_ = 0;
    answered_ = 0;
    flagged_ = false;
    error_.clear();
    later_.reset();
    load(app);
    return true;
}

void ReviewView::load(App& app) {
    flagged_ = false;
    if (done()) return;
    const quiz::ReviewState& state = due_[static_cast<std::size_t>(position_)];
    const quiz::Question* q = app.course().question(state.question_id);
    if (!q) {  // the course changed while the page was open
        ++position_;
        load(app);
        return;
    }
    // Answers in a new order every day, the same order all day.
    const std::uint64_t seed = quiz::mixSeed(static_cast<std::uint64_t>(app.learner().value_or(0)) * 100003u +
                                             static_cast<std::uint64_t>(queue_.today_day));
    shown_ = progress::presentQuestion(*q, app.course().moduleOfQuestion(q->id), seed);
    panel_.load(shown_);
    shown_at_ms_ = steadyMilliseconds();
}

void ReviewView::submit(App& app) {
    if (done() || panel_.outcome() || !panel_.answered() || !app.learner()) return;
    if (!panel_.mayBeSubmitted()) return;  // rows left blank: it asks first
    const quiz::Question& q = *shown_.question;
    const quiz::Response response = panel_.response();
    const quiz::Score score = quiz::score(q, response);
    try {
        app.store().attempts()
            .recordReviewAnswer(*app.learner(), {q.id, score.fraction, quiz::responseToJson(q, response).dump(),
                                                 steadyMilliseconds() - shown_at_ms_});
    } catch (const std::exception& e) {
        error_ = std::string("Your answer could not be saved: ") + e.what();
        return;
    }
    error_.clear();
    ++answered_;
    right_ += score.correct;
    const quiz::ReviewState& state = due_[static_cast<std::size_t>(position_)];
    flagged_ = !score.correct && state.missed_in_a_row + 1 >= quiz::kFlagAfterMisses;
    panel_.setOutcome(score);
}

void ReviewView::next(App& app) {
    if (done()) return;
    ++position_;
    load(app);
}

void ReviewView::handleKeys(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    if (done() || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    if (!io.WantTextInput && !panel_.outcome())
        for (ImWchar c : io.InputQueueCharacters)
            if (c >= '1' && c <= '9') panel_.pickOption(c - '0');
    if (!enterForScreen()) return;  // not when Enter pressed a focused control
    if (panel_.outcome())
        next(app);
    else
        submit(app);
}

void ReviewView::drawDone(App& app, float width) {
    const FontSet& fonts = app.fonts();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (answered_ > 0) {
        heading(fonts.heading2, "\xE2\x9C\x93 Done for today");
        textMuted("You reviewed %d question%s and got %d right.", answered_, answered_ == 1 ? "" : "s", right_);
    } else {
        heading(fonts.heading2, "Nothing to review right now");
        textMuted("Questions you miss in a quiz, and a few you get right, come back here on a schedule that "
                  "spaces them out as they stick.");
    }
    // What comes next, from the records as they are now.
    if (!later_) later_ = reviewQueue(app);  // once, not every frame
    const quiz::ReviewQueue& later = *later_;
    if (!later.today.empty())
        textMuted("%d more question%s due today.", static_cast<int>(later.today.size()), later.today.size() == 1 ? " is" : "s are");
    else if (later.due > 0)
        textMuted("You have reached today's limit of %d reviews; the rest wait for %s.", app.course().settings.review_daily_cap,
                  whenText(1).c_str());
    else if (later.next_day)
        textMuted("Next review: %s.", whenText(*later.next_day - later.today_day).c_str());
    gap(0.4f);
    if (primaryButton("Back to home")) app.navigate(Screen::Home);
    if (!later.today.empty()) {
        ImGui::SameLine();
        if (button("Review more")) open(app);
    }
    ImGui::PopTextWrapPos();
}

void ReviewView::drawContent(App& app) {
    handleKeys(app);
    const FontSet& fonts = app.fonts();
    const float em = ImGui::GetFontSize();
    const float width = std::min(ImGui::GetContentRegionAvail().x - em, em * 42);
    ImGui::BeginChild("review", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) * 0.5f));
    ImGui::BeginGroup();
    gap(0.3f);
    const float left = ImGui::GetCursorPosX();
    if (fonts.bold) ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted("Review");
    if (fonts.bold) ImGui::PopFont();
    if (!done()) {
        const std::string where = std::to_string(position_ + 1) + " of " + std::to_string(total()) + " today";
        ImGui::SameLine();
        ImGui::SetCursorPosX(left + width - ImGui::CalcTextSize(where.c_str()).x);
        ImGui::TextUnformatted(where.c_str());
        ImGui::ProgressBar(total() ? static_cast<float>(position_ + (panel_.outcome() ? 1 : 0)) / total() : 0.0f,
                           ImVec2(width, em * 0.45f), "");
    }
    gap(0.6f);
    if (done()) {
        drawDone(app, width);
    } else {
        panel_.draw(app, width, panel_.outcome().has_value());
        if (panel_.outcome()) {
            gap(0.4f);
            panel_.drawOutcome(app, width);
            if (flagged_) {
                ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
                textColored(colors::kWarn, "You have missed this question several times in a row. It is flagged so "
                                           "your trainer can see it gives trouble; reading the lesson again may help.");
                ImGui::PopTextWrapPos();
            }
        }
        gap(0.6f);
        if (!panel_.outcome()) {
            ImGui::BeginDisabled(!panel_.answered());
            if (primaryButton("Submit answer")) submit(app);
            ImGui::EndDisabled();
        } else {
            const bool last = position_ + 1 >= total();
            if (primaryButton(last ? "Finish review" : "Next question \xE2\x86\x92##next")) next(app);
            recordItem(last ? "Finish review" : "Next question");
        }
        ImGui::SameLine();
        if (button("Stop for now")) app.navigate(Screen::Home);
        if (panel_.drawBlankQuestion(width)) submit(app);
        if (!error_.empty()) textColored(colors::kError, error_.c_str());
        textMuted("Keys: digits choose \xC2\xB7 Enter submits, then goes on.");
    }
    gap(1.0f);
    ImGui::EndGroup();
    ImGui::EndChild();
    const std::string link = panel_.takeClickedLink();
    if (!link.empty()) app.followLink(link);
}

}  // namespace ipprimer::ui
