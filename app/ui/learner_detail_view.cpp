// The learner's detail: read once when opened (and after a change), drawn
// from what was read. Answers are shown with the bank's question titles.
#include "ui/learner_detail_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <utility>
#include <nlohmann/json.hpp>

#include "store/verbs.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/manager_text.h"
#include "ui/manager_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

std::string questionLabel(const quiz::Question* question, const std::string& id) {
    if (!question) return id + " (no longer in the banks)";
    if (!question->title.empty()) return question->title;
    std::string text = question->text.substr(0, 90);
    return text.size() < question->text.size() ? text + "..." : text;
}

// What the learner answered, in words: the texts the record keeps beside the
// indexes (so it reads right after the bank is edited), else the bank's.
std::string answerText(const quiz::Question* question, const std::string& response) {
    const nlohmann::json json = nlohmann::json::parse(response, nullptr, false);
    if (!json.is_object()) return response.empty() ? "No answer" : response;
    std::string out;
    auto join = [&](const std::string& part) { out += (out.empty() ? "" : "; ") + part; };
    if (auto texts = json.find("texts"); texts != json.end() && texts->is_array()) {
        const bool matching = json.contains("matched");
        for (std::size_t i = 0; i < texts->size(); ++i) {
            const std::string text = (*texts)[i].is_string() ? (*texts)[i].get<std::string>() : "(none)";
            if (matching && question && i < question->pairs.size())
                join(question->pairs[i].item + " \xE2\x86\x92 " + text);
            else
                join(text);
        }
    } else if (auto truth = json.find("truth"); truth != json.end() && truth->is_boolean()) {
        out = truth->get<bool>() ? "True" : "False";
    } else if (auto typed = json.find("text"); typed != json.end() && typed->is_string()) {
        out = "\"" + typed->get<std::string>() + "\"";
    } else if (auto chosen = json.find("chosen"); chosen != json.end() && chosen->is_array() && question) {
        for (const auto& index : *chosen)
            if (index.is_number_integer() && index.get<int>() >= 0 &&
                static_cast<std::size_t>(index.get<int>()) < question->answers.size())
                join(question->answers[static_cast<std::size_t>(index.get<int>())].text);
    }
    return out.empty() ? "No answer" : out;
}

std::string quizTitle(const course::Course& course, const std::string& quiz) {
    if (quiz.starts_with("role:")) {
        const course::Role* role = course.role(quiz.substr(5));
        return "Role quiz" + (role ? ": " + role->title : std::string());
    }
    if (quiz.starts_with("module:")) {
        const course::Module* module = course.module(quiz.substr(7));
        return "Practice: " + (module ? module->title : quiz.substr(7));
    }
    return quiz;
}

std::string optionalDate(const std::optional<Date>& date) { return date ? formatDate(*date) : ""; }

}  // namespace

void LearnerDetailView::open(App& app, std::int64_t learner_id) {
    learner_id_ = learner_id;
    extending_ = false;
    confirming_archive_ = false;
    message_.clear();
    reload(app);
}

void LearnerDetailView::reload(App& app) {
    ManagerView& manager = app.manager();
    try {
        row_ = app.store().reports().dashboardRow(manager.curriculum(app), learner_id_, manager.today(app));
        history_ = app.store().reports().learnerHistory(learner_id_);
    } catch (const std::exception& error) {
        row_.reset();
        message_ = std::string("This learner's records could not be read: ") + error.what();
        message_is_error_ = true;
    }
}

void LearnerDetailView::drawContent(App& app) {
    if (button("\xE2\x86\x90 Team") || (escapePressed() && !extending_ && !confirming_archive_)) {
        app.showManager();
        return;
    }
    recordItem("Back to the team");
    if (!row_) {
        gap(0.5f);
        textColored(colors::kError, message_.empty() ? "There is no such learner." : message_.c_str());
        return;
    }
    drawSummary(app);
    drawActions(app);
    drawModules(app);
    drawAttempts(app);
    drawManagerActions();
    switch (std::exchange(pending_, Pending::None)) {
    case Pending::Extend: extend(app); break;
    case Pending::Archive: archive(app, true); break;
    case Pending::Restore: archive(app, false); break;
    case Pending::None: break;
    }
}

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
    facts += learner.start_date.empty() ? " \xC2\xB7 added on " + formatDate(localDate(learner.created_at))
                                        : " \xC2\xB7 started on " + learner.start_date;
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
    if (status.role_quiz_attempts > 0)
        quiz += " (" + std::to_string(status.role_quiz_attempts) + " attempt" + (status.role_quiz_attempts > 1 ? "s" : "") +
                (status.role_quiz_best ? ", best " + percent(*status.role_quiz_best / 100.0) : "") + ")";
    textMuted("%s. %d of %d modules and %d of %d lessons finished.", quiz.c_str(), status.modules_completed,
              status.modules_required, status.lessons_finished, status.lessons_required);
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
        const Date proposal = std::max(addDays(app.manager().today(app), 14), addDays(status.due, 14));
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
    if (!message_.empty()) textColored(message_is_error_ ? colors::kError : colors::kDone, message_.c_str());
}

void LearnerDetailView::extend(App& app) {
    const std::optional<Date> due = parseDate(new_due_);
    message_is_error_ = true;
    if (!due) {
        message_ = "Write the new due date as YYYY-MM-DD, for example " +
                   formatDate(addDays(app.manager().today(app), 14)) + ".";
        return;
    }
    try {
        app.store().roster().extendDueDate(learner_id_, *due, app.manager().managerName());
        message_ = "Due date moved to " + formatDate(*due) + "; recorded as done by " + app.manager().managerName() + ".";
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
            app.store().roster().archive(learner_id_, app.manager().managerName());
        else
            app.store().roster().restore(learner_id_, app.manager().managerName());
        message_ = std::string(archived ? "Archived" : "Restored") + "; recorded as done by " + app.manager().managerName() + ".";
        message_is_error_ = false;
    } catch (const std::exception& error) {
        message_ = error.what();
        message_is_error_ = true;
    }
    confirming_archive_ = false;
    reload(app);
}

void LearnerDetailView::drawModules(App& app) {
    const course::Course& course = app.course();
    const progress::Curriculum& curriculum = app.manager().curriculum(app);
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

void LearnerDetailView::drawAttempts(App& app) {
    const course::Course& course = app.course();
    gap(0.5f);
    heading(app.fonts().heading2, "Quiz attempts");
    if (history_.attempts.empty()) textMuted("No quiz attempts yet.");
    for (const store::AttemptHistory& attempt : history_.attempts) {
        std::string title = quizTitle(course, attempt.quiz);
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
                textWrapped(answerText(question, answer.response));
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
        textMuted("Outside quizzes, %d review answer(s), %d of them right.", static_cast<int>(history_.review_answers.size()), right);
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
