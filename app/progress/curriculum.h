// The course as the compliance rules need it: plain values built from
// course::Course, so the rules and the store never parse a course.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "course/course.h"
#include "progress/status.h"

namespace ipprimer::progress {

// Modules with their lessons, roles with their modules, due periods, pass
// marks, and the course's recertification and grading settings.
progress::Curriculum curriculumOf(const course::Course& course);

// Each question's tags, by question id, from the course's banks.
std::unordered_map<std::string, std::vector<std::string>> questionTags(const course::Course& course);

}  // namespace ipprimer::progress
