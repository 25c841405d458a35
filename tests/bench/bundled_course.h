// The course in this repository, loaded once for the benchmarks that need it.
#pragma once

#include "course/course.h"

namespace ipprimer::bench {

inline const course::Course& bundledCourse() {
    static const course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    return course;
}

}  // namespace ipprimer::bench
