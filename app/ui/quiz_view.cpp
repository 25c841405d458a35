// The quiz page: one question, its progress, and the buttons and keys that
// submit an answer (recorded at once) and go on.
#include "ui/quiz_view.h"

#include <imgui.h>

#include <algorithm>
#include <numeric>

#include "progress/attempt_score.h"
#include "base/wording.h"
#include "quiz/responses.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/keyboard.h"
#include "ui/quiz_records.h"
#include "ui/result_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

std::int64_t millisecondsSince(std::chrono::steady_clock::time_point start) {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now() - start).count();
}

}  // namespace

bool QuizView::start(App& app, progress::QuizPlan plan) {
    if (!app.learner() || plan.questions.empty()) return false;
    // Nothing is recorded yet: the attempt counts from its first answer.
    plan_ = std::move(plan);
    attempt_id_ = 0;
    const std::size_t count = plan_.questions.size();
    recorded_.assign(count, std::nullopt);
    scores_.assign(count, std::nullopt);
    durations_.assign(count, 0);
    carried_ms_ = 0;
    error_.clear();
    showPage(0);
    return true;
}

bool QuizView::resume(App& app, const store::AttemptRecord& record, progress::QuizPlan plan) {
    if (!app.learner() || plan.questions.empty()) return false;
    plan_ = std::move(plan);
    attempt_id_ = record.id;
    const std::size_t count = plan_.questions.size();
    recorded_.assign(count, std::nullopt);
    scores_.assign(count, std::nullopt);
    durations_.assign(count, 0);
    carried_ms_ = 0;
    error_.clear();
    for (const store::RecordedAnswer& answer : record.answers) carried_ms_ += answer.duration_ms;
    for (std::size_t i = 0; i < count; ++i) {
        const quiz::Question& q = *plan_.questions[i].question;
        const store::RecordedAnswer* answer = record.answerTo(q.id);
        if (!answer) continue;
        quiz::Response response = quiz::parseResponse(answer->response).value_or(quiz::Response{});
        // Feedback as the bank says now; the score as it was recorded.
        quiz::Score score = quiz::score(q, response);
        score.fraction = answer->score;
        score.correct = answer->score >= 0.999;
        recorded_[i] = std::move(response);
        scores_[i] = std::move(score);
    }
    const int next = firstUnanswered();
    if (next < 0) {
        // Every answer was in before the break: only the finish was missing.
        finish(app);
        return true;
    }
    showPage(next);
    return true;
}

std::int64_t QuizView::recordStart(store::Attempts& attempts, std::int64_t learner_id) const {
    return attempts.start(learner_id, {plan_.quiz_id, plan_.kind == progress::QuizKind::Role ? "role" : "practice",
                                       plan_.seed, plan_.questionIds()});
}

void QuizView::close() {
    attempt_id_ = 0;
    plan_ = {};
    recorded_.clear();
    scores_.clear();
    durations_.clear();
    panel_ = {};
    error_.clear();
}

int QuizView::answeredCount() const {
    return static_cast<int>(std::count_if(recorded_.begin(), recorded_.end(), [](const auto& r) { return r.has_value(); }));
}

bool QuizView::showingFeedback() const { return panel_.outcome().has_value(); }

int QuizView::firstUnanswered() const {
    for (std::size_t i = 0; i < recorded_.size(); ++i)
        if (!recorded_[i]) return static_cast<int>(i);
    return -1;
}

void QuizView::showPage(int page) {
    page_ = std::clamp(page, 0, std::max(0, questionCount() - 1));
    if (plan_.questions.empty()) return;
    const std::size_t i = static_cast<std::size_t>(page_);
    panel_.load(plan_.questions[i]);
    if (recorded_[i]) {
        panel_.setResponse(*recorded_[i]);
        if (plan_.feedback == progress::FeedbackTiming::AfterEach && scores_[i]) panel_.setOutcome(*scores_[i]);
    }
    shown_at_ = std::chrono::steady_clock::now();
    scroll_to_top_ = true;
}

void QuizView::submit(App& app) {
    const std::size_t i = static_cast<std::size_t>(page_);
    if (recorded_[i] || !panel_.answered() || !app.learner()) return;
    if (!panel_.mayBeSubmitted()) return;  // rows left blank: it asks first
    const quiz::Question& q = *plan_.questions[i].question;
    const quiz::Response response = panel_.response();
    const quiz::Score score = quiz::score(q, response);
    const std::int64_t duration = millisecondsSince(shown_at_);
    try {
        store::Attempts& attempts = app.store().attempts();
        if (attempt_id_ == 0) attempt_id_ = recordStart(attempts, *app.learner());
        attempts.recordAnswer(*app.learner(), attempt_id_,
                              {q.id, score.fraction, quiz::responseToJson(q, response).dump(), duration});
    } catch (const std::exception& e) {
        error_ = std::string("Your answer could not be saved, so the quiz cannot go on: ") + e.what();
        return;
    }
    error_.clear();
    recorded_[i] = response;
    scores_[i] = score;
    durations_[i] = duration;
    if (plan_.feedback == progress::FeedbackTiming::AfterEach) {
        panel_.setOutcome(score);  // stay on the page: the learner reads why
        return;
    }
    goOn(app);
}

void QuizView::goOn(App& app) {
    const int next_page = page_ + 1;
    if (next_page < questionCount() && recorded_[static_cast<std::size_t>(next_page)]) {
        showPage(next_page);
        return;
    }
    const int next = firstUnanswered();
    if (next >= 0)
        showPage(next);
    else
        finish(app);
}

void QuizView::finish(App& app) {
    if (!app.learner()) return;
    std::vector<std::optional<double>> fractions;
    for (const auto& score : scores_) fractions.push_back(score ? std::optional(score->fraction) : std::nullopt);
    const progress::AttemptScore result = progress::scoreAttempt(plan_, fractions);
    const std::int64_t total = carried_ms_ + std::accumulate(durations_.begin(), durations_.end(), std::int64_t{0});
    try {
        app.store().attempts()
            .finish(*app.learner(), attempt_id_, {result.percent, result.passed, plan_.pass_mark, total});
    } catch (const std::exception& e) {
        error_ = std::string("The end of the quiz could not be saved: ") + e.what() +
                 ". Your answers are saved; try again from home.";
        return;
    }
    const std::int64_t id = attempt_id_;
    close();
    app.view<ResultView>().setAttempt(id);
    app.navigate(Screen::Result);
}

void QuizView::handleKeys(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    const bool locked = recorded_[static_cast<std::size_t>(page_)].has_value();
    if (!io.WantTextInput && !locked) {
        // Digits pick options; ImGui 1.86 has no key codes for them, only typed characters.
        for (ImWchar c : io.InputQueueCharacters)
            if (c >= '1' && c <= '9') panel_.pickOption(c - '0');
    }
    if (!enterForScreen()) return;  // not when Enter pressed a focused control
    if (locked)
        goOn(app);
    else if (panel_.answered())
        submit(app);
}

void QuizView::drawHeader(App& app, float width) {
    const FontSet& fonts = app.fonts();
    const float em = ImGui::GetFontSize();
    const float left = ImGui::GetCursorPosX();
    if (fonts.bold) ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(quizTitle(app.course(), plan_.quiz_id).c_str());
    if (fonts.bold) ImGui::PopFont();
    const std::string where = "Question " + std::to_string(page_ + 1) + " of " + std::to_string(questionCount());
    ImGui::SameLine();
    ImGui::SetCursorPosX(left + width - ImGui::CalcTextSize(where.c_str()).x);
    ImGui::TextUnformatted(where.c_str());
    recordItem("Progress");
    const float done = questionCount() ? static_cast<float>(answeredCount()) / questionCount() : 0.0f;
    ImGui::ProgressBar(done, ImVec2(width, em * 0.45f), "");
    const course::Module* module = app.course().module(plan_.questions[static_cast<std::size_t>(page_)].module_id);
    if (plan_.kind == progress::QuizKind::Role && module) textMuted("From: %s", module->title.c_str());
    if (plan_.wanted > questionCount())
        textColored(colors::kWarn, ("This quiz has " + std::to_string(questionCount()) + " questions instead of " +
                                    std::to_string(plan_.wanted) + ": the question banks hold no more.")
                                       .c_str());
    if (!plan_.missing.empty())
        textMuted("%s of this attempt %s no longer in the course and %s left out.",
                  countText(static_cast<long long>(plan_.missing.size()), "question", "questions").c_str(),
                  plan_.missing.size() == 1 ? "is" : "are", plan_.missing.size() == 1 ? "is" : "are");
}

void QuizView::drawButtons(App& app) {
    const bool locked = recorded_[static_cast<std::size_t>(page_)].has_value();
    ImGui::BeginDisabled(page_ == 0);
    if (button("\xE2\x86\x90 Previous") && page_ > 0) showPage(page_ - 1);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (!locked) {
        ImGui::BeginDisabled(!panel_.answered());
        if (primaryButton("Submit answer")) submit(app);
        ImGui::EndDisabled();
    } else {
        const bool last = firstUnanswered() < 0 && (page_ + 1 >= questionCount() ||
                                                   !recorded_[static_cast<std::size_t>(page_ + 1)]);
        if (primaryButton(last ? "See your result" : "Next question \xE2\x86\x92##next")) goOn(app);
        recordItem(last ? "See your result" : "Next question");
    }
}

void QuizView::drawContent(App& app) {
    if (!active() || plan_.questions.empty()) {
        textMuted("No quiz is open. Choose one on the home page.");
        return;
    }
    handleKeys(app);
    if (!active()) return;  // Enter finished the quiz
    const float em = ImGui::GetFontSize();
    const float width = std::min(ImGui::GetContentRegionAvail().x - em, em * 42);
    ImGui::BeginChild("quiz", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    if (scroll_to_top_) {
        ImGui::SetScrollY(0);
        scroll_to_top_ = false;
    }
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) * 0.5f));
    ImGui::BeginGroup();
    gap(0.3f);
    drawHeader(app, width);
    gap(0.6f);
    const bool locked = recorded_[static_cast<std::size_t>(page_)].has_value();
    panel_.draw(app, width, locked);
    if (showingFeedback()) {
        gap(0.4f);
        panel_.drawOutcome(app, width);
    } else if (locked) {
        gap(0.2f);
        textMuted("Your answer is saved. Whether it was right is shown on the result page.");
    }
    gap(0.6f);
    drawButtons(app);
    if (panel_.drawBlankQuestion(width)) submit(app);
    gap(0.3f);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (!error_.empty()) textColored(colors::kError, error_.c_str());
    const int options = panel_.optionCount();
    std::string keys = locked ? "Enter goes on."
                       : options > 1 ? "Keys: 1\xE2\x80\x93" + std::to_string(std::min(options, 9)) + " choose \xC2\xB7 Enter submits."
                                     : "Enter submits.";
    keys += " Each answer is saved when you submit it; you can leave and resume later.";
    textMuted("%s", keys.c_str());
    ImGui::PopTextWrapPos();
    gap(1.0f);
    ImGui::EndGroup();
    ImGui::EndChild();
    const std::string link = panel_.takeClickedLink();
    if (!link.empty()) app.followLink(link);
}

}  // namespace ipprimer::ui
