// The result page of an attempt, rebuilt from its records: the attempt's seed
// and questions replay it exactly, its answers and scores are as recorded.
#include "ui/result_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "quiz/responses.h"
#include "base/dates.h"
#include "base/wording.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/quiz_records.h"
#include "ui/score_text.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

std::string durationText(std::int64_t ms) {
    const std::int64_t seconds = (ms + 500) / 1000;
    if (seconds < 60) return std::to_string(seconds) + " s";
    const std::int64_t minutes = (seconds + 30) / 60;
    if (minutes < 60) return std::to_string(minutes) + " min";
    return std::to_string(minutes / 60) + " h " + std::to_string(minutes % 60) + " min";
}

}  // namespace

bool ResultView::open(App& app) {
    const std::int64_t attempt_id = attempt_to_show_;
    store::Attempts& attempts = app.store().attempts();
    auto record = attempts.attempt(attempt_id);
    if (!record || !record->finished()) {
        app.setStatus("There is no finished quiz attempt " + std::to_string(attempt_id) + " to show.");
        return false;
    }
    auto learner = app.store().roster().find(record->learner_id);
    auto plan = progress::replayQuiz(app.course(), record->quiz_id, learner ? learner->role : "", record->seed,
                                 record->question_ids);
    if (!plan) {
        app.setStatus(quizTitle(app.course(), record->quiz_id) + " is no longer part of this course; its result cannot be shown.");
        return false;
    }
    record_ = std::move(record);
    plan_ = std::move(*plan);
    panels_.clear();
    panels_.reserve(plan_.questions.size());
    std::vector<std::optional<double>> fractions;
    for (const progress::PresentedQuestion& shown : plan_.questions) {
        const quiz::Question& q = *shown.question;
        QuestionPanel& panel = panels_.emplace_back();
        panel.load(shown);
        const store::RecordedAnswer* answer = record_->answerTo(q.id);
        quiz::Response response = answer ? quiz::parseResponse(answer->response).value_or(quiz::Response{}) : quiz::Response{};
        quiz::Score score = quiz::score(q, response);
        score.fraction = answer ? answer->score : 0.0;
        score.correct = score.fraction >= 0.999;
        panel.setResponse(response);
        panel.setOutcome(score);
        fractions.push_back(answer ? std::optional(answer->score) : std::nullopt);
    }
    score_ = progress::scoreAttempt(plan_, fractions);
    standing_ = quizStanding(app, record_->quiz_id);
    reviews_due_ = static_cast<int>(reviewQueue(app).today.size());
    scroll_to_top_ = true;
    return true;
}

void ResultView::drawContent(App& app) {
    if (!record_) {
        textMuted("No result to show.");
        return;
    }
    const float em = ImGui::GetFontSize();
    const float width = std::min(ImGui::GetContentRegionAvail().x - em, em * 44);
    ImGui::BeginChild("result", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    if (scroll_to_top_) {
        ImGui::SetScrollY(0);
        scroll_to_top_ = false;
    }
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) * 0.5f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    drawSummary(app, width);
    drawTopics(app, width);
    drawQuestions(app, width);
    ImGui::PopTextWrapPos();
    gap(1.5f);
    ImGui::EndGroup();
    ImGui::EndChild();
    for (QuestionPanel& panel : panels_) {
        const std::string link = panel.takeClickedLink();
        if (!link.empty()) app.followLink(link);
    }
}

void ResultView::drawSummary(App& app, float width) {
    const FontSet& fonts = app.fonts();
    const store::AttemptOutcome& outcome = *record_->outcome;
    const bool role_quiz = plan_.kind == progress::QuizKind::Role;
    std::string title;
    if (role_quiz) {
        const course::Role* role = app.course().role(plan_.target);
        title = "Role quiz: " + (role ? role->title : plan_.target);
    } else {
        const course::Module* module = app.course().module(plan_.target);
        title = "Practice: " + (module ? module->title : plan_.target);
    }
    gap(0.3f);
    heading(fonts.heading1, title);

    // The verdict, as recorded when the attempt finished.
    if (fonts.heading2) ImGui::PushFont(fonts.heading2);
    if (!role_quiz)
        textColored(colors::kAccent, ("You scored " + percentText(outcome.percent)).c_str());
    else if (outcome.passed)
        textColored(colors::kDone, ("\xE2\x9C\x93 Passed: " + percentText(outcome.percent)).c_str());
    else
        textColored(colors::kError, ("\xE2\x9C\x97 Not passed: " + percentText(outcome.percent)).c_str());
    if (fonts.heading2) ImGui::PopFont();
    recordItem("Verdict");

    ImGui::ProgressBar(static_cast<float>(outcome.percent / 100.0), ImVec2(width, ImGui::GetFontSize() * 0.6f), "");
    // The pass mark, drawn on the bar.
    {
        const ImVec2 bar_min = ImGui::GetItemRectMin(), bar_max = ImGui::GetItemRectMax();
        const float x = bar_min.x + (bar_max.x - bar_min.x) * std::clamp(outcome.pass_mark / 100.0f, 0.0f, 1.0f);
        ImGui::GetWindowDrawList()->AddLine(ImVec2(x, bar_min.y - 3), ImVec2(x, bar_max.y + 3), colors::kText, 2.0f);
    }
    const std::string details = pointsText(score_.points) + " of " + std::to_string(score_.questions) + " points \xC2\xB7 " +
                                (role_quiz ? "pass mark " : "your role quiz's pass mark ") + std::to_string(outcome.pass_mark) +
                                "% \xC2\xB7 finished " + localTimeText(record_->finished_at, "%Y-%m-%d %H:%M") + " \xC2\xB7 " +
                                durationText(outcome.duration_ms);
    textMuted("%s", details.c_str());

    if (role_quiz) {
        std::string line;
        if (standing_.attempts_left >= 0)
            line = "Attempts used in this certification period: " + std::to_string(standing_.attempts_used) + " of " +
                   std::to_string(standing_.attempts_used + standing_.attempts_left) + ". ";
        if (standing_.best_percent)
            line += std::string(app.course().settings.grading == "last" ? "Your last attempt counts. " : "Your best score counts: ") +
                    (app.course().settings.grading == "last" ? "" : percentText(*standing_.best_percent) + ". ");
        if (standing_.valid_until) line += "Your pass is valid until " + formatDate(*standing_.valid_until) + ".";
        if (!line.empty()) textMuted("%s", line.c_str());
    }
    if (!plan_.missing.empty())
        textMuted("%s of this attempt %s no longer in the course and %s not shown.",
                  countText(static_cast<long long>(plan_.missing.size()), "question", "questions").c_str(),
                  plan_.missing.size() == 1 ? "is" : "are", plan_.missing.size() == 1 ? "is" : "are");

    gap(0.3f);
    if (button("Back to home")) app.navigate(Screen::Home);
    const bool can_retry = role_quiz ? standing_.state != store::QuizState::Passed && standing_.attempts_left != 0 : true;
    if (can_retry) {
        ImGui::SameLine();
        if (primaryButton(role_quiz ? "Try again" : "Practice again")) app.startQuiz(plan_.quiz_id);
    }
    if (reviews_due_ > 0) {
        ImGui::SameLine();
        const std::string label = "Review " + std::to_string(reviews_due_) + " question" + (reviews_due_ == 1 ? "" : "s") + "##review";
        if (button(label.c_str())) app.navigate(Screen::Review);
        recordItem("Review now");
    }
    if (role_quiz && !outcome.passed && standing_.attempts_left == 0)
        textColored(colors::kWarn, "You have used every attempt of this period. Your trainer can tell you what comes next.");
}

void ResultView::drawTopics(App& app, float width) {
    if (score_.topics.empty()) return;
    const FontSet& fonts = app.fonts();
    gap(0.8f);
    heading(fonts.heading2, "By topic");
    textMuted("Weakest first: the lessons to read again are at the top.");
    std::vector<progress::TopicScore> topics = score_.topics;
    std::stable_sort(topics.begin(), topics.end(),
                     [](const progress::TopicScore& a, const progress::TopicScore& b) { return a.percent() < b.percent(); });
    const float em = ImGui::GetFontSize();
    if (!ImGui::BeginTable("topics", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH, ImVec2(width, 0))) return;
    ImGui::TableSetupColumn("Topic", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Right", ImGuiTableColumnFlags_WidthFixed, em * 7.5f);
    ImGui::TableSetupColumn("Share", ImGuiTableColumnFlags_WidthFixed, em * 8);
    for (const progress::TopicScore& topic : topics) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushID(topic.tag.c_str());
        if (const course::Lesson* lesson = app.course().lesson(topic.tag)) {
            if (linkButton(lesson->title().c_str())) app.openLesson(lesson->id);
            recordItem("topic:" + topic.tag);
        } else {
            ImGui::TextUnformatted(topic.tag == "scenario" ? "Situations from daily work" : topic.tag.c_str());
        }
        ImGui::TableSetColumnIndex(1);
        ImGui::Text("%s of %d \xC2\xB7 %s", pointsText(topic.points).c_str(), topic.questions,
                    percentText(topic.percent()).c_str());
        ImGui::TableSetColumnIndex(2);
        const float share = static_cast<float>(topic.percent() / 100.0);
        const ImU32 colour = share >= 0.999f ? colors::kDone : share >= 0.5f ? colors::kWarn : colors::kError;
        ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImGui::ColorConvertU32ToFloat4(colour));
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em * 0.35f);
        ImGui::ProgressBar(share, ImVec2(-1, em * 0.55f), "");
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void ResultView::drawQuestions(App& app, float width) {
    const FontSet& fonts = app.fonts();
    gap(0.8f);
    heading(fonts.heading2, "Every question");
    textMuted("Your answer is marked in each question: \xE2\x9C\x93 right, \xE2\x9C\x97 wrong.");
    for (std::size_t i = 0; i < panels_.size(); ++i) {
        QuestionPanel& panel = panels_[i];
        const progress::PresentedQuestion& shown = *panel.shown();
        gap(0.5f);
        const ImVec2 rule = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddLine(rule, ImVec2(rule.x + width, rule.y), colors::kRule, 1.0f);
        gap(0.3f);
        ImGui::PushID(static_cast<int>(i));
        const float left = ImGui::GetCursorPosX();
        if (fonts.bold) ImGui::PushFont(fonts.bold);
        ImGui::Text("Question %d", static_cast<int>(i + 1));
        if (fonts.bold) ImGui::PopFont();
        const course::Module* module = app.course().module(shown.module_id);
        if (module) {
            ImGui::SameLine();
            textMuted("\xC2\xB7 %s", module->title.c_str());
        }
        const double earned = panel.outcome() ? panel.outcome()->fraction : 0.0;
        const std::string mark = markText(earned);
        ImGui::SameLine();
        ImGui::SetCursorPosX(left + width - ImGui::CalcTextSize(mark.c_str()).x);
        ImGui::PushTextWrapPos(-1.0f);
        textColored(earned >= 0.999 ? colors::kDone : earned > 0 ? colors::kWarn : colors::kError, mark.c_str());
        recordItem("Mark: " + mark);
        ImGui::PopTextWrapPos();
        panel.draw(app, width, true);
        gap(0.2f);
        panel.drawOutcome(app, width);
        ImGui::PopID();
    }
}

}  // namespace ipprimer::ui
