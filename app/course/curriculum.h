// The course as the store's status derivation and demo data need it: plain
// values built from course::Course, so the store never parses a course.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "course/course.h"
#include "store/demo_data.h"
#include "store/status.h"

namespace ipprimer::course {

// Modules with their lessons, roles with their modules, due periods, pass
// marks, and the course's recertification and grading settings.
store::Curriculum curriculumOf(const Course& course);

// The curriculum plus every scored question of the banks, with a response
// that earns full marks and one that earns nothing.
store::DemoCourse demoCourseOf(const Course& course);

// Each question's tags, by question id, from the course's banks.
std::unordered_map<std::string, std::vector<std::string>> questionTags(const Course& course);

}  // namespace ipprimer::course
