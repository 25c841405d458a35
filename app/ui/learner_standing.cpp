// Where a learner stands, as the manager's record of them opens: the
// summary (status, dates, the role quiz) and every module and lesson.
#include <imgui.h>

#include <algorithm>

#include "base/wording.h"
#include "progress/curriculum.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/learner_detail_view.h"
#include "ui/manager_text.h"
#include "ui/manager_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

std::string optionalDate(const std::optional<Date>& date) { return date ? formatDate(*date) : ""; }

// "at the workshop of 2024-05-14 by Sam Trainer": where a credited lesson's finish came from.
std::string workshopOrigin(const store::LearnerHistory& history, std::int64_t workshop_id) {
    for (const store::WorkshopAttended& attended : history.workshops)
        if (attended.workshop_id == workshop_id && !attended.withdrawn_at)
            return "at the workshop of " + attended.date + " by " + attended.trainer;
    return "at workshop session " + std::to_string(workshop_id);
}

}  // namespace

void LearnerDetailView::drawSummary(App& app) {
    const store::Learner& learner = row_->learner;
    const progress::LearnerStatus& status = row_->status;
    heading(app.fonts().heading1, learner.name);
    if (learner.archived) {
        ImGui::SameLine();
        badge("Archived", colors::kMuted);
    }
    const course::Role* role = app.course().role(learner.role);
    std::string facts = learner.employee_id.empty() ? "No employee id" : "Employee id " + learner.employee_id;
    if (!learner.email.empty()) facts += " \xC2\xB7 " + learner.email;
    facts += " \xC2\xB7 " + (role ? role->title : learner.role + " (a role not in the course)");
    if (!learner.department.empty()) facts += " \xC2\xB7 " + learner.department;
    // The first due date counts from the later of the two (docs/statuses.md),
    // so both are shown when the start date came before the day added.
    const std::string added = formatDate(localDate(learner.created_at));
    if (learner.start_date.empty())
        facts += " \xC2\xB7 added on " + added;
    else if (learner.start_date < added)
        facts += " \xC2\xB7 started on " + learner.start_date + ", added on " + added;
    else
        facts += " \xC2\xB7 started on " + learner.start_date;
    textMuted("%s", facts.c_str());
    gap(0.2f);

    badge(stateLabel(status.state), stateColor(status.state));
    ImGui::SameLine();
    std::string line;
    const std::string due = formatDate(status.due);
    switch (status.state) {
    case progress::LearnerState::Compliant:
        line = "Trained on " + optionalDate(status.completed_on) + ", valid until " + optionalDate(status.valid_until) + ".";
        break;
    case progress::LearnerState::Expiring:
        line = "Trained on " + optionalDate(status.completed_on) + "; valid only until " + optionalDate(status.valid_until) +
               ": the role quiz must be passed again before then.";
        break;
    case progress::LearnerState::Expired:
        line = "The training of " + optionalDate(status.completed_on) + " was valid until " +
               optionalDate(status.valid_until) + "; the role quiz must be passed again.";
        break;
    case progress::LearnerState::Overdue:
        line = "Due on " + due + (status.due_extended ? " (extended)" : "") + ", and not complete.";
        break;
    case progress::LearnerState::InProgress:
        line = "Due on " + due + (status.due_extended ? " (extended)" : "") + ".";
        break;
    case progress::LearnerState::NotStarted:
        line = "Nothing started yet; due on " + due + (status.due_extended ? " (extended)" : "") + ".";
        break;
    }
    ImGui::AlignTextToFramePadding();
    textWrapped(line);
    std::string quiz;
    if (status.role_quiz_passed)
        quiz = "Role quiz passed on " + optionalDate(status.role_quiz_passed_on);
    else if (status.role_quiz_attempts > 0)
        quiz = "Role quiz not passed yet";
    else
        quiz = status.role_quiz_started ? "Role quiz started, not finished" : "Role quiz not taken";
    // Attempts counted as the learner's home counts them (quiz_records.h).
    if (role_quiz_ && role_quiz_->attempts_used > 0) {
        const store::QuizStanding& standing = *role_quiz_;
        const int limit = app.course().settings.attempt_limit;
        quiz += " (" + (limit > 0 ? std::to_string(standing.attempts_used) + " of " + countText(limit, "attempt", "attempts") +
                                        " used in this period"
                                  : countText(standing.attempts_used, "attempt", "attempts") + " in this period");
        if (standing.best_percent) quiz += ", best " + percent(*standing.best_percent / 100.0);
        quiz += ")";
    }
    textMuted("%s. %d of %s and %d of %s finished.", quiz.c_str(), status.modules_completed,
              countText(status.modules_required, "module", "modules").c_str(), status.lessons_finished,
              countText(status.lessons_required, "lesson", "lessons").c_str());
}

void LearnerDetailView::drawModules(App& app) {
    const course::Course& course = app.course();
    const progress::Curriculum& curriculum = app.view<ManagerView>().curriculum(app);
    gap(0.5f);
    heading(app.fonts().heading2, "Modules");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("modules", 5, flags)) {
        ImGui::TableSetupColumn("Module", 0, 3.0f);
        ImGui::TableSetupColumn("Status", 0, 1.2f);
        ImGui::TableSetupColumn("Lessons finished", 0, 1.2f);
        ImGui::TableSetupColumn("Started", 0, 1.0f);
        ImGui::TableSetupColumn("Completed", 0, 1.0f);
        ImGui::TableHeadersRow();
        for (const progress::ModuleStatus& module : row_->status.modules) {
            const progress::CurriculumModule& info = curriculum.modules()[static_cast<std::size_t>(module.module)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(info.title.c_str());
            ImGui::TableNextColumn();
            textColored(stateColor(module.state), stateLabel(module.state));
            ImGui::TableNextColumn();
            ImGui::Text("%d of %d", module.lessons_finished, module.lessons_total);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(optionalDate(module.started_on).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(optionalDate(module.completed_on).c_str());
        }
        ImGui::EndTable();
    }

    // Lessons, module by module, with the days they were first opened and finished.
    gap(0.3f);
    if (ImGui::TreeNode("lessons", "Lessons (%d of %d finished)", row_->status.lessons_finished, row_->status.lessons_required)) {
        recordItem("Lessons");
        for (const progress::ModuleStatus& module : row_->status.modules) {
            const progress::CurriculumModule& info = curriculum.modules()[static_cast<std::size_t>(module.module)];
            textMuted("%s", info.title.c_str());
            for (const std::string& lesson_id : info.lesson_ids) {
                const auto found = std::find_if(history_.lessons.begin(), history_.lessons.end(),
                                                [&](const store::LessonHistory& h) { return h.lesson_id == lesson_id; });
                const course::Lesson* lesson = course.lesson(lesson_id);
                const std::string title = lesson ? lesson->title() : lesson_id;
                if (found != history_.lessons.end() && found->first_finished_at) {
                    badge("Finished", colors::kDone);
                    ImGui::SameLine();
                    ImGui::Text("%s \xC2\xB7 %s", title.c_str(), dateTimeText(*found->first_finished_at).c_str());
                    if (found->workshop_id) {
                        ImGui::SameLine();
                        textMuted("\xC2\xB7 finished %s", workshopOrigin(history_, *found->workshop_id).c_str());
                        recordItem("credited:" + lesson_id);
                    }
                } else if (found != history_.lessons.end() && found->first_opened_at) {
                    badge("Opened", colors::kAccent);
                    ImGui::SameLine();
                    ImGui::Text("%s \xC2\xB7 %s", title.c_str(), dateTimeText(*found->first_opened_at).c_str());
                } else {
                    badge("Not opened", colors::kMuted);
                    ImGui::SameLine();
                    ImGui::TextUnformatted(title.c_str());
                }
            }
        }
        ImGui::TreePop();
    } else {
        recordItem("Lessons");
    }
}

void LearnerDetailView::drawWorkshops(App& app) {
    if (history_.workshops.empty()) return;
    gap(0.5f);
    heading(app.fonts().heading2, "Workshops attended");
    for (const store::WorkshopAttended& attended : history_.workshops) {
        std::string line = attended.date + (attended.time.empty() ? "" : " " + attended.time) +
                           (attended.place.empty() ? "" : " \xC2\xB7 " + attended.place) + " \xC2\xB7 trainer " +
                           attended.trainer + " \xC2\xB7 credited " + dateTimeText(attended.credited_at);
        if (attended.withdrawn_at) {
            line += " \xC2\xB7 credit withdrawn " + dateTimeText(*attended.withdrawn_at) + " by " + attended.withdrawn_by;
            if (!attended.reason.empty()) line += ": " + attended.reason;
            textMuted("%s", line.c_str());
        } else {
            ImGui::TextUnformatted(line.c_str());
        }
        recordItem("workshop:" + std::to_string(attended.workshop_id));
    }
}

}  // namespace ipprimer::ui
