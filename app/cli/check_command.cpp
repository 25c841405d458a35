#include "cli/check_command.h"

#include <cstdio>

#include "course/check.h"
#include "progress/register_tasks.h"

namespace ipprimer::cli {

int runCheck(const GlobalOptions& options) {
    std::filesystem::path root = resolveCourseDir(options);
    course::Course course = course::loadCourse(root);
    Diagnostics diagnostics = course.diagnostics;
    course::checkCourse(course, diagnostics);
    progress::checkRegisterTasks(course, diagnostics);
    int errors = 0, warnings = 0;
    for (const Diagnostic& d : diagnostics) {
        std::fprintf(stderr, "%s\n", d.format().c_str());
        (d.severity == Severity::Error ? errors : warnings)++;
    }
    course::CheckSummary s = course::summarize(course);
    std::printf("%s: %d modules, %d roles, %d lessons (%d questions, %d words), %d quiz questions, %d glossary terms; "
                "%d errors, %d warnings\n",
                root.string().c_str(), s.modules, static_cast<int>(course.roles.size()), s.lessons, s.lesson_questions,
                s.words, s.quiz_questions, s.glossary_terms, errors, warnings);
    // What each role asks of its people's time, so a trainer sees it change.
    std::string reading;
    for (const course::Role& role : course.roles)
        reading += (reading.empty() ? "" : ", ") + role.id + " " + std::to_string(course.readingMinutesFor(role.id)) + " min";
    if (!reading.empty()) std::printf("reading time by role: %s\n", reading.c_str());
    if (s.selfcheck_questions > 0)
        std::printf("self-check: %d questions, %d actions\n", s.selfcheck_questions, s.selfcheck_actions);
    return errors ? kExitBadInput : kExitOk;
}

}  // namespace ipprimer::cli
