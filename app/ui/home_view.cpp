#include "ui/home_view.h"

#include <imgui.h>

#include "base/wording.h"
#include "progress/curriculum.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

bool HomeView::open(App& app) {
    learner_.reset();
    statuses_.clear();
    continue_lesson_.clear();
    quiz_.refresh(app);
    if (!app.learner()) return true;
    certificate_.refresh(app, *app.learner());
    statuses_ = app.store().lessons().statuses(*app.learner());
    standing_.reset();
    today_ = localDate(app.store().now());
    try {
        if (auto row = app.store().reports().dashboardRow(progress::curriculumOf(app.course()), *app.learner(), today_))
            standing_ = row->status;
    } catch (const std::exception&) {
        // The due date is a courtesy here; the lessons still show without it.
    }
    learner_ = app.store().roster().find(*app.learner());
    auto lessons = app.course().lessonsFor(learner_ ? learner_->role : "");
    // Continue with the last lesson opened unless it is finished; then the
    // first lesson of the role not finished yet.
    if (auto last = app.store().lessons().lastOpened(*app.learner())) {
        auto it = statuses_.find(*last);
        if (app.course().lesson(*last) && (it == statuses_.end() || it->second != store::LessonStatus::Finished))
            continue_lesson_ = *last;
    }
    if (continue_lesson_.empty())
        for (const course::Lesson* l : lessons) {
            auto it = statuses_.find(l->id);
            if (it == statuses_.end() || it->second != store::LessonStatus::Finished) {
                continue_lesson_ = l->id;
                break;
            }
        }
    return true;
}

void HomeView::drawContent(App& app) {
    if (!app.learner()) return;
    // Read when home opens; a learner chosen since (without opening home anew) is read once.
    if (!learner_ || learner_->id != *app.learner()) learner_ = app.store().roster().find(*app.learner());
    if (!learner_) return;
    const store::Learner* learner = &*learner_;
    const course::Course& course = app.course();
    const course::Role* role = course.role(learner->role);
    const FontSet& fonts = app.fonts();
    float em = ImGui::GetFontSize();
    const float width = beginCenteredColumn(em * 46);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);

    heading(fonts.heading1, "Hello, " + learner->name);
    if (!app.statusMessage().empty()) textMuted("%s", app.statusMessage().c_str());  // e.g. the course was reloaded
    if (role)
        textMuted("%s \xC2\xB7 %s", role->title.c_str(), role->description.c_str());
    else
        textColored(colors::kWarn, ("Your role '" + learner->role + "' is not in this course; showing every module.").c_str());

    drawDueDate(app);

    auto lessons = course.lessonsFor(learner->role);
    int finished = 0;
    for (const course::Lesson* l : lessons) {
        auto it = statuses_.find(l->id);
        if (it != statuses_.end() && it->second == store::LessonStatus::Finished) ++finished;
    }
    gap(0.4f);
    std::string overlay = std::to_string(finished) + " of " + countText(static_cast<long long>(lessons.size()), "lesson", "lessons") +
                          " finished \xC2\xB7 about " +
                          countText(course.readingMinutesFor(learner->role), "minute", "minutes") + " of reading in all";
    ImGui::SetNextItemWidth(width);
    ImGui::ProgressBar(lessons.empty() ? 0.0f : static_cast<float>(finished) / lessons.size(), ImVec2(width, 0),
                       overlay.c_str());
    recordItem("Progress");
    gap(0.3f);
    if (const course::Lesson* next = course.lesson(continue_lesson_)) {
        std::string label = (finished == 0 && statuses_.empty() ? "Start with: " : "Continue where I left off: ") + next->title();
        if (primaryButton((label + "##continue").c_str())) app.openLesson(next->id);
        recordItem("Continue");
    } else if (!lessons.empty()) {
        textColored(colors::kDone, "\xE2\x9C\x93 Every lesson of your role is finished. Well done.");
    }
    drawProblems(app);
    quiz_.drawRoleQuiz(app);
    if (certificate_.earned()) {
        gap(0.4f);
        certificate_.draw(app, true, true);
    }

    for (const course::Module& module : course.modules) {
        if (role && std::find(role->modules.begin(), role->modules.end(), module.id) == role->modules.end()) continue;
        int done = 0, total = 0;
        for (const std::string& id : module.lesson_ids) {
            if (!course.lesson(id) || (role && !role->takes(id))) continue;
            ++total;
            auto it = statuses_.find(id);
            if (it != statuses_.end() && it->second == store::LessonStatus::Finished) ++done;
        }
        gap(0.6f);
        heading(fonts.heading2, module.title);
        textMuted("%d of %s finished", done, countText(total, "lesson", "lessons").c_str());
        ImGui::SameLine();
        quiz_.drawPractice(app, module);
        ImGui::PushID(module.id.c_str());
        for (const std::string& id : module.lesson_ids) {
            const course::Lesson* lesson = course.lesson(id);
            if (!lesson || (role && !role->takes(id))) continue;
            auto it = statuses_.find(id);
            store::LessonStatus status = it == statuses_.end() ? store::LessonStatus::NotStarted : it->second;
            ImGui::PushID(id.c_str());
            switch (status) {
            case store::LessonStatus::Finished: badge("Finished", colors::kDone); break;
            case store::LessonStatus::InProgress: badge("In progress", colors::kWarn); break;
            case store::LessonStatus::NotStarted: badge("Not started", colors::kMuted); break;
            }
            ImGui::SameLine(em * 7.5f);  // relative to the group's start
            if (linkButton(lesson->title().c_str())) app.openLesson(id);
            ImGui::SameLine();
            textMuted("%d min", lesson->minutes());
            ImGui::PopID();
        }
        ImGui::PopID();
    }
    gap(0.8f);
    transcript_.draw(app, learner->id, learner->name, true);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    quiz_.drawResumeOffer(app);
}

void HomeView::drawDueDate(App&) {
    if (!standing_) return;
    const progress::LearnerStatus& s = *standing_;
    const int days = daysBetween(today_, s.due);
    const std::string in_days = days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + countText(days, "day", "days");
    const std::string until = s.valid_until ? formatDate(*s.valid_until) : std::string("?");
    std::string line;
    ImU32 colour = colors::kText;
    switch (s.state) {
    case progress::LearnerState::NotStarted:
    case progress::LearnerState::InProgress:
        line = "Your training is due by " + formatDate(s.due) + " (" + in_days + ").";
        colour = days <= 14 ? colors::kWarn : colors::kText;
        break;
    case progress::LearnerState::Overdue:
        line = "Your training was due on " + formatDate(s.due) + ". Please finish it as soon as you can.";
        colour = colors::kError;
        break;
    case progress::LearnerState::Compliant:
        line = "Your training is complete and valid until " + until + ".";
        colour = colors::kDone;
        break;
    case progress::LearnerState::Expiring:
        line = "Your training is valid until " + until + ": take your role quiz again before then.";
        colour = colors::kWarn;
        break;
    case progress::LearnerState::Expired:
        line = "Your training was valid until " + until + ". Please take your role quiz again.";
        colour = colors::kError;
        break;
    }
    textColored(colour, line.c_str());
    recordItem("Due date");
    due_line_ = line;
}

void HomeView::drawProblems(App& app) {
    const auto& diagnostics = app.course().diagnostics;
    if (diagnostics.empty()) return;
    int errors = 0;
    for (const auto& d : diagnostics) errors += d.severity == Severity::Error;
    gap(0.4f);
    std::string title = errors ? countText(errors, "problem", "problems") + " in the course files: some content was skipped"
                               : countText(static_cast<long long>(diagnostics.size()), "warning", "warnings") +
                                     " about the course files";
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(errors ? colors::kError : colors::kWarn));
    bool open = ImGui::TreeNode("problems", "%s", title.c_str());
    ImGui::PopStyleColor();
    recordItem("Problems");
    if (open) {
        for (const auto& d : diagnostics) textMuted("%s", d.format().c_str());
        textMuted("A trainer can fix these, check with: ipprimer check, and reload the course here.");
        if (button("Reload the course (F5)")) app.requestReload();
        ImGui::TreePop();
    }
}

}  // namespace ipprimer::ui
