#include "ui/home_view.h"

#include <imgui.h>

#include "base/wording.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

bool HomeView::open(App& app) {
    statuses_.clear();
    continue_lesson_.clear();
    quiz_.refresh(app);
    if (!app.learner()) return true;
    statuses_ = app.store().lessons().statuses(*app.learner());
    auto learner = app.store().roster().find(*app.learner());
    auto lessons = app.course().lessonsFor(learner ? learner->role : "");
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
    auto learner = app.store().roster().find(*app.learner());
    if (!learner) return;
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
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    quiz_.drawResumeOffer(app);
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
