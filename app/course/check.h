// `ipprimer check`: what is wrong with a course beyond what loading found.
#pragma once

#include "course/course.h"

namespace ipprimer::course {

struct CheckSummary {
    int modules = 0;
    int lessons = 0;
    int lesson_questions = 0;  // `##` questions across lessons
    int words = 0;
    int glossary_terms = 0;
    int quiz_questions = 0;  // scored questions across the banks
    int selfcheck_questions = 0;
    int selfcheck_actions = 0;
};

// Link, anchor and image targets, reachability of lesson files, role set-up,
// and the cues that give quiz answers away (length, near-duplicates).
// Appends to `diagnostics` (which usually starts as course.diagnostics).
void checkCourse(const Course& course, Diagnostics& diagnostics);

CheckSummary summarize(const Course& course);

// Where a `lesson:` link points: the id and the anchor after '#', if any.
struct LessonTarget {
    std::string lesson_id;
    std::string anchor;
};
bool parseLessonLink(std::string_view url, LessonTarget& target);

}  // namespace ipprimer::course
