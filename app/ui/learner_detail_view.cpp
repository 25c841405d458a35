// The learner's detail: read once when opened (and after a change), drawn
// from what was read. Answers are shown with the bank's question titles.
#include "ui/learner_detail_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <utility>

#include "progress/quiz_id.h"
#include "quiz/responses.h"
#include "store/verbs.h"
#include "store/roster.h"
#include "store/settings.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/manager_text.h"
#include "ui/manager_view.h"
#include "ui/quiz_records.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

std::string questionLabel(const quiz::Question* question, const std::string& id) {
    if (!question) return id + " (no longer in the banks)";
    if (!question->title.empty()) return question->title;
    std::string text = question->text.substr(0, 90);
    return text.size() < question->text.size() ? text + "..." : text;
}

std::string attemptTitle(const course::Course& course, const std::string& quiz) {
    const auto id = progress::QuizId::parse(quiz);
    if (!id) return quiz;
    if (id->kind() == progress::QuizKind::Role) {
        const course::Role* role = course.role(id->target());
        return "Role quiz" + (role ? ": " + role->title : std::string());
    }
    const course::Module* module = course.module(id->target());
    return "Practice: " + (module ? module->title : id->target());
}

}  // namespace

void LearnerDetailView::setLearner(std::int64_t learner_id) {
    learner_id_ = learner_id;
    organisation_row_.reset();
    read_server_history_ = {};
    // A read under way is let go without waiting (its future would wait as it goes).
    if (server_history_.valid()) abandoned_.push_back(std::move(server_history_));
    history_from_server_ = false;
    extending_ = false;
    confirming_archive_ = false;
    message_.clear();
}

bool LearnerDetailView::open(App& app) {
    reload(app);
    return true;
}

void LearnerDetailView::reload(App& app) {
    if (organisation_row_) {
        loadOrganisationRow(app);
        return;
    }
    ManagerView& manager = app.view<ManagerView>();
    try {
        row_ = app.store().reports().dashboardRow(manager.curriculum(app), learner_id_, manager.today(app));
        history_ = app.store().reports().learnerHistory(learner_id_);
        // Opened and left with no answer: not an attempt (see QuizView::start).
        std::erase_if(history_.attempts, [](const store::AttemptHistory& a) { return !a.finished_at && a.answers.empty(); });
        role_quiz_.reset();
        if (row_ && app.course().role(row_->learner.role))
            role_quiz_ = quizStanding(app, learner_id_, progress::QuizId::role(row_->learner.role).text());
        certificate_.refresh(app, learner_id_);
        has_profile_pin_ = app.store().settings().hasLearnerPin(learner_id_);
    } catch (const std::exception& error) {
        row_.reset();
        message_ = std::string("This learner's records could not be read: ") + error.what();
        message_is_error_ = true;
    }
}

void LearnerDetailView::drawContent(App& app) {
    if (button("\xE2\x86\x90 Team") || (escapePressed() && !extending_ && !confirming_archive_)) {
        app.navigate(Screen::Manager);
        return;
    }
    recordItem("Back to the team");
    if (!row_) {
        gap(0.5f);
        textColored(colors::kError, message_.empty() ? "There is no such learner." : message_.c_str());
        return;
    }
    drawSummary(app);
    if (organisation_row_)
        drawOrganisationNote(app);
    else
        drawActions(app);
    drawModules(app);
    if (learner_id_ != 0) drawWorkshops(app);
    if (learner_id_ != 0 || history_from_server_) drawAttempts(app);
    drawManagerActions();
    gap(0.6f);
    certificate_.draw(app, false);
    gap(0.4f);
    transcript_.draw(app, learner_id_, row_->learner.name, false);
    switch (std::exchange(pending_, Pending::None)) {
    case Pending::Extend: extend(app); break;
    case Pending::Archive: archive(app, true); break;
    case Pending::Restore: archive(app, false); break;
    case Pending::None: break;
    }
}

void LearnerDetailView::drawActions(App& app) {
    const store::Learner& learner = row_->learner;
    const progress::LearnerStatus& status = row_->status;
    const float em = ImGui::GetFontSize();
    gap(0.3f);
    if ((extending_ || confirming_archive_) && escapePressed()) extending_ = confirming_archive_ = false;
    // An extension moves the due date of training not yet complete; once
    // complete, the next date is the end of validity, which no one extends.
    const bool can_extend = !learner.archived && (status.state == progress::LearnerState::NotStarted ||
                                                  status.state == progress::LearnerState::InProgress ||
                                                  status.state == progress::LearnerState::Overdue);
    if (can_extend && !extending_ && button("Extend the due date")) {
        extending_ = true;
        confirming_archive_ = false;
        const Date proposal = std::max(addDays(app.view<ManagerView>().today(app), 14), addDays(status.due, 14));
        new_due_ = formatDate(proposal);
        message_.clear();
    }
    if (extending_) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("New due date");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em * 8);
        const bool enter = ImGui::InputTextWithHint("##new due", "YYYY-MM-DD", &new_due_, ImGuiInputTextFlags_EnterReturnsTrue);
        recordItem("New due date");
        ImGui::SameLine();
        if (primaryButton("Save the due date") || enter) pending_ = Pending::Extend;
        ImGui::SameLine();
        if (button("Cancel##extend")) extending_ = false;
    }
    if (!extending_) {
        if (can_extend) ImGui::SameLine();
        if (learner.archived) {
            if (button("Restore")) pending_ = Pending::Restore;
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Bring the learner back into the lists and reports");
        } else if (!confirming_archive_) {
            if (button("Archive")) {
                confirming_archive_ = true;
                message_.clear();
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("For someone who left: out of the lists and reports, records kept");
        } else {
            ImGui::AlignTextToFramePadding();
            ImGui::Text("Archive %s? They leave the lists and reports; their records stay.", learner.name.c_str());
            ImGui::SameLine();
            if (primaryButton("Yes, archive")) pending_ = Pending::Archive;
            ImGui::SameLine();
            if (button("Cancel##archive")) confirming_archive_ = false;
        }
    }
    // A learner who forgot the PIN of their own profile asks the manager.
    if (!extending_ && !confirming_archive_ && has_profile_pin_) {
        ImGui::SameLine();
        if (button("Remove their profile PIN")) {
            app.store().settings().clearLearnerPin(learner.id);
            has_profile_pin_ = false;
            message_ = learner.name + "'s profile opens without a PIN now; they may set a new one.";
            message_is_error_ = false;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("For a learner who forgot the PIN of their own profile");
    }
    if (!message_.empty()) textColored(message_is_error_ ? colors::kError : colors::kDone, message_.c_str());
}

void LearnerDetailView::extend(App& app) {
    const std::optional<Date> due = parseDate(new_due_);
    message_is_error_ = true;
    if (!due) {
        message_ = "Write the new due date as YYYY-MM-DD, for example " +
                   formatDate(addDays(app.view<ManagerView>().today(app), 14)) + ".";
        return;
    }
    try {
        app.store().roster().extendDueDate(learner_id_, *due, app.gate(Area::Manager)->who());
        message_ = "Due date moved to " + formatDate(*due) + "; recorded as done by " + app.gate(Area::Manager)->who() + ".";
        message_is_error_ = false;
        extending_ = false;
        reload(app);
    } catch (const std::exception& error) {
        message_ = error.what();
    }
}

void LearnerDetailView::archive(App& app, bool archived) {
    try {
        if (archived)
            app.store().roster().archive(learner_id_, app.gate(Area::Manager)->who());
        else
            app.store().roster().restore(learner_id_, app.gate(Area::Manager)->who());
        message_ = std::string(archived ? "Archived" : "Restored") + "; recorded as done by " + app.gate(Area::Manager)->who() + ".";
        message_is_error_ = false;
    } catch (const std::exception& error) {
        message_ = error.what();
        message_is_error_ = true;
    }
    confirming_archive_ = false;
    reload(app);
}

void LearnerDetailView::drawAttempts(App& app) {
    const course::Course& course = app.course();
    gap(0.5f);
    heading(app.fonts().heading2, "Quiz attempts");
    if (history_.attempts.empty())
        textMuted("%s", organisation_row_ && !history_from_server_ ? "None on this PC." : "No quiz attempts yet.");
    for (const store::AttemptHistory& attempt : history_.attempts) {
        std::string title = attemptTitle(course, attempt.quiz);
        title += " \xC2\xB7 " + (attempt.started_at ? dateTimeText(*attempt.started_at) : std::string("?"));
        if (attempt.finished_at) {
            title += " \xC2\xB7 " + (attempt.score ? percent(*attempt.score / 100.0) : std::string("?"));
            if (attempt.passed) title += *attempt.passed ? ", passed" : ", not passed";
        } else {
            title += " \xC2\xB7 unfinished";
        }
        title += "##attempt" + std::to_string(attempt.id);
        const bool open = ImGui::CollapsingHeader(title.c_str());
        recordItem("Attempt " + std::to_string(attempt.id));
        if (!open) continue;
        if (attempt.answers.empty()) {
            textMuted("No answers were given.");
            continue;
        }
        const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
        if (ImGui::BeginTable(("answers" + std::to_string(attempt.id)).c_str(), 4, flags)) {
            ImGui::TableSetupColumn("Question", 0, 2.5f);
            ImGui::TableSetupColumn("Answer given", 0, 3.0f);
            ImGui::TableSetupColumn("Score", 0, 0.6f);
            ImGui::TableSetupColumn("Time", 0, 0.6f);
            ImGui::TableHeadersRow();
            for (const store::AnswerHistory& answer : attempt.answers) {
                const quiz::Question* question = course.question(answer.question_id);
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                textWrapped(questionLabel(question, answer.question_id));
                recordItem("Answer " + answer.question_id);
                ImGui::TableNextColumn();
                textWrapped(quiz::recordedAnswerText(question, answer.response));
                ImGui::TableNextColumn();
                if (answer.score) {
                    const ImU32 color = *answer.score >= 0.999 ? colors::kDone : (*answer.score > 0 ? colors::kWarn : colors::kError);
                    textColored(color, percent(*answer.score).c_str());
                }
                ImGui::TableNextColumn();
                if (answer.duration_ms) ImGui::Text("%lld s", static_cast<long long>(std::llround(*answer.duration_ms / 1000.0)));
            }
            ImGui::EndTable();
        }
    }
    if (!history_.review_answers.empty()) {
        int right = 0;
        for (const store::AnswerHistory& answer : history_.review_answers) right += answer.score && *answer.score >= 0.999;
        textMuted("Outside quizzes, %s, %d of them right.",
                  thousands(static_cast<long long>(history_.review_answers.size()), "review answer", "review answers").c_str(),
                  right);
    }
}

void LearnerDetailView::drawManagerActions() {
    if (history_.actions.empty()) return;
    gap(0.5f);
    heading(nullptr, "Changes made by managers");
    for (const store::ManagerAction& action : history_.actions) {
        std::string text = dateTimeText(action.at) + " \xC2\xB7 ";
        if (action.verb == store::verbs::kDueExtended)
            text += "due date set to " + action.due;
        else if (action.verb == store::verbs::kArchived)
            text += "archived";
        else if (action.verb == store::verbs::kRestored)
            text += "restored";
        else
            text += action.verb;
        text += " by " + (action.by.empty() ? std::string("someone unnamed") : action.by);
        textMuted("%s", text.c_str());
    }
}

}  // namespace ipprimer::ui
