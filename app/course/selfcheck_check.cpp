// `check` on the self-check: what loading alone cannot tell, because it needs
// the lessons and roles of the whole course.
#include "course/check.h"
#include "course/selfcheck_loader.h"

namespace ipprimer::course {

void checkSelfCheck(const Course& course, Diagnostics& diagnostics) {
    const SelfCheck& check = course.selfcheck;
    auto error = [&](int line, std::string message) {
        diagnostics.push_back({check.path, line, 1, Severity::Error, std::move(message)});
    };
    for (const Action& action : check.actions) {
        LessonTarget target;
        if (parseLessonLink(action.lesson, target)) {
            const Lesson* lesson = course.lesson(target.lesson_id);
            if (!lesson)
                error(action.line, "action '" + action.id + "' links to unknown lesson '" + target.lesson_id + "'");
            else if (!target.anchor.empty() && !lesson->doc.hasAnchor(target.anchor))
                error(action.line, "action '" + action.id + "' links to '" + target.lesson_id + "#" + target.anchor +
                                       "', which has no such heading");
        }
        for (const std::string& role : action.who)
            if (!course.role(role))
                error(action.line, "action '" + action.id + "': 'who' names unknown role '" + role + "'");
    }
    for (const RegisterTask& task : check.register_tasks)
        if (!course.lesson(task.lesson))
            error(task.line, "register task for unknown lesson '" + task.lesson + "'");
    for (const std::string& lesson : check.confidentiality_lessons)
        if (!course.lesson(lesson))
            error(1, "'confidentiality_lessons' names unknown lesson '" + lesson + "'");
}

}  // namespace ipprimer::course
