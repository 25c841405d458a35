// Home's quiz section. Everything shown is derived from the records when home
// is refreshed, never stored.
#include "ui/quiz_home.h"

#include <imgui.h>

#include <cfloat>
#include <cmath>

#include "base/wording.h"
#include "progress/quiz_assembly.h"
#include "progress/quiz_id.h"
#include "progress/status.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/quiz_records.h"
#include "ui/result_view.h"
#include "ui/score_text.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

std::string dayText(std::int64_t unix_ms) {
    return formatDate(localDate(unix_ms));
}

bool hasBank(const course::Course& course, const std::string& module_id) {
    for (const course::Bank& bank : course.banks)
        if (bank.module_id == module_id) return true;
    return false;
}

}  // namespace

void QuizHome::refresh(App& app) {
    role_ = {};
    role_answered_ = role_questions_ = 0;
    practice_.clear();
    reviews_ = {};
    has_role_quiz_ = false;
    // An offer stands until the learner answers it; choosing a learner makes a new one.
    const bool offer = app.takeResumeOffer();
    if (offer || (offer_ && offer_->learner_id != app.learner().value_or(0))) offer_.reset();
    if (!app.learner()) return;
    auto learner = app.store().roster().find(*app.learner());
    if (!learner) return;
    const course::Course& course = app.course();
    const course::Role* role = course.role(learner->role);
    if (role) {
        has_role_quiz_ = true;
        role_quiz_id_ = progress::QuizId::role(role->id).text();
        role_quiz_size_ = role->quiz_size;
        role_pass_mark_ = role->pass_mark;
        role_ = quizStanding(app, role_quiz_id_);
        if (role_.unfinished_attempt)
            if (auto attempt = app.store().attempts().attempt(*role_.unfinished_attempt)) {
                role_answered_ = attempt->answered;
                role_questions_ = static_cast<int>(attempt->question_ids.size());
            }
    }
    for (const course::Module& module : course.modules)
        if (hasBank(course, module.id)) practice_[module.id] = quizStanding(app, progress::QuizId::practice(module.id).text());
    reviews_ = reviewQueue(app);
    if (offer) {
        // The newest unfinished attempt that can still be shown: a quiz of the
        // learner's present role, or of a module the course still has.
        for (store::AttemptRecord& record : app.store().attempts().unfinished(*app.learner())) {
            auto ref = progress::QuizId::parse(record.quiz_id);
            if (!ref || record.answered == 0) continue;  // opened and left: not an attempt
            if (ref->kind() == progress::QuizKind::Role && (!role || ref->target() != role->id)) continue;
            if (ref->kind() == progress::QuizKind::Practice && !course.module(ref->target())) continue;
            offer_ = std::move(record);
            break;
        }
    }
}

void QuizHome::drawRoleQuiz(App& app) {
    if (!has_role_quiz_) return;
    const course::Course& course = app.course();
    const FontSet& fonts = app.fonts();
    const int limit = course.settings.attempt_limit;
    gap(0.8f);
    heading(fonts.heading2, "Your role quiz");
    std::string rules = std::to_string(role_quiz_size_) + " questions from your modules \xC2\xB7 pass mark " +
                        std::to_string(role_pass_mark_) +
                        "% \xC2\xB7 " +
                        (limit > 0 ? std::to_string(limit) + " attempts per certification period"
                                   : std::string("as many attempts as you need"));
    textMuted("%s", rules.c_str());

    const bool no_attempts_left = role_.attempts_left == 0;
    switch (role_.state) {
        case store::QuizState::NotTaken: badge("Not taken", colors::kMuted); break;
        case store::QuizState::InProgress: badge("In progress", colors::kWarn); break;
        case store::QuizState::Passed: badge("Passed", colors::kDone); break;
        case store::QuizState::Failed: badge("Not passed yet", colors::kError); break;
        case store::QuizState::Expired: badge("Due again", colors::kWarn); break;
    }
    recordItem("Role quiz state");
    ImGui::SameLine();
    std::string line;
    if (role_.state == store::QuizState::InProgress) {
        line = std::to_string(role_answered_) + " of " + std::to_string(role_questions_) + " answered; your answers are kept.";
    } else if (role_.state == store::QuizState::Passed) {
        line = "Best score " + percentText(role_.best_percent.value_or(0));
        if (role_.valid_until) line += " \xC2\xB7 valid until " + formatDate(*role_.valid_until);
    } else if (role_.state == store::QuizState::Failed) {
        line = (course.settings.grading == "last" ? "Last score " + percentText(role_.last_percent.value_or(0))
                                                  : "Best score " + percentText(role_.best_percent.value_or(0)));
    } else if (role_.state == store::QuizState::Expired) {
        line = "Your earlier pass has expired; take the quiz again.";
    } else {
        line = "Take it when you are ready; practising each module first helps.";
    }
    if (role_.attempts_left > 0 && role_.state != store::QuizState::Passed)
        line += " \xC2\xB7 " + std::to_string(role_.attempts_left) + " attempt" + (role_.attempts_left == 1 ? "" : "s") + " left";
    textMuted("%s", line.c_str());

    switch (role_.state) {
        case store::QuizState::InProgress:
            if (primaryButton("Resume the quiz")) app.resumeAttempt(*role_.unfinished_attempt);
            break;
        case store::QuizState::NotTaken:
        case store::QuizState::Expired:
            ImGui::BeginDisabled(no_attempts_left);
            if (primaryButton("Take the quiz")) app.startQuiz(role_quiz_id_);
            ImGui::EndDisabled();
            if (limit > 0 && ImGui::IsItemHovered())
                ImGui::SetTooltip("An attempt counts from your first answer. You can leave half way and resume later.");
            break;
        case store::QuizState::Failed:
            ImGui::BeginDisabled(no_attempts_left);
            if (primaryButton("Try again")) app.startQuiz(role_quiz_id_);
            ImGui::EndDisabled();
            if (limit > 0 && ImGui::IsItemHovered())
                ImGui::SetTooltip("An attempt counts from your first answer. You can leave half way and resume later.");
            break;
        case store::QuizState::Passed:
            // With "highest" grading a new attempt can only raise the score.
            if (course.settings.grading != "last" && !no_attempts_left) {
                if (button("Take it again")) app.startQuiz(role_quiz_id_);
                ImGui::SameLine();
            }
            break;
    }
    if (role_.last_finished_attempt) {
        if (role_.state != store::QuizState::Passed) ImGui::SameLine();
        if (button("See your last result")) {
            app.view<ResultView>().setAttempt(*role_.last_finished_attempt);
            app.navigate(Screen::Result);
        }
    }
    if (no_attempts_left && role_.state != store::QuizState::Passed && role_.state != store::QuizState::InProgress)
        textColored(colors::kWarn, "You have used every attempt of this certification period. Your trainer can tell you "
                                   "what comes next.");

    // Reviews due.
    gap(0.3f);
    const int due = reviewsDue();
    if (due > 0) {
        ImGui::AlignTextToFramePadding();
        textColored(colors::kAccent, ("\xE2\x86\xBB " + std::to_string(due) + " question" + (due == 1 ? "" : "s") +
                                      " to review today")
                                         .c_str());
        ImGui::SameLine();
        if (button("Review now")) app.navigate(Screen::Review);
    } else if (reviews_.due > 0) {
        textMuted("Today's reviews are done; %d more wait for tomorrow.", reviews_.due);
    } else if (reviews_.next_day) {
        const int days = *reviews_.next_day - reviews_.today_day;
        textMuted("Nothing to review today; next review %s.",
                  days <= 1 ? "tomorrow" : ("in " + std::to_string(days) + " days").c_str());
    }
    recordItem("Reviews");
}

void QuizHome::drawPractice(App& app, const course::Module& module) {
    auto it = practice_.find(module.id);
    if (it == practice_.end()) return;
    const store::QuizStanding& standing = it->second;
    ImGui::PushID(("practice-" + module.id).c_str());
    const bool resume = standing.state == store::QuizState::InProgress;
    // A slim button, so it sits on the line of text beside it.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, 1));
    const bool pressed = button(resume ? "Resume practice" : "Practice");
    ImGui::PopStyleVar();
    if (pressed) {
        if (resume)
            app.resumeAttempt(*standing.unfinished_attempt);
        else
            app.startQuiz(progress::QuizId::practice(module.id).text());
    }
    recordItem("practice:" + module.id);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%d questions from this module, with the answer and why after each one. Practice does not "
                          "count towards your role quiz.",
                          app.course().settings.practice_size);
    if (standing.best_percent) {
        ImGui::SameLine();
        textMuted("best %s", percentText(*standing.best_percent).c_str());
    }
    ImGui::PopID();
}

void QuizHome::drawResumeOffer(App& app) {
    if (!offer_) return;
    constexpr const char* kTitle = "Resume your quiz?";
    if (!ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
    ImGui::SetNextWindowSizeConstraints(ImVec2(ImGui::GetFontSize() * 22, 0), ImVec2(ImGui::GetFontSize() * 34, FLT_MAX));
    if (ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32);
        ImGui::TextUnformatted(("You did not finish: " + quizTitle(app.course(), offer_->quiz_id) + ".").c_str());
        textMuted("%d of %s answered, started %s. Your answers are kept; you go on where you stopped.", offer_->answered,
                  countText(static_cast<long long>(offer_->question_ids.size()), "question", "questions").c_str(),
                  dayText(offer_->started_at).c_str());
        ImGui::PopTextWrapPos();
        gap(0.3f);
        const std::int64_t id = offer_->id;
        if (primaryButton("Resume")) {
            offer_.reset();
            ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
            app.resumeAttempt(id);
            return;
        }
        ImGui::SameLine();
        if (button("Later") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
            offer_.reset();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

}  // namespace ipprimer::ui
