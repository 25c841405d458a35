// libFuzzer: any bytes written as a course's content/course.toml (the file
// trainers edit most), or as its glossary.toml when built with
// FUZZ_GLOSSARY, or its selfcheck.toml with FUZZ_SELFCHECK, load into a
// Course with diagnostics, and `check` runs over it, never a crash. The rest
// of the course is the small test course.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "course/check.h"
#include "course/course.h"
#include "temp_folder.h"

namespace fs = std::filesystem;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static ipprimer::testing::TempFolder* folder = [] {
        auto* made = new ipprimer::testing::TempFolder("ipprimer-course-fuzz");
        fs::copy(std::string(IPPRIMER_FIXTURES) + "/courses/mini", made->path(), fs::copy_options::recursive);
        return made;
    }();
    {
#if defined(FUZZ_GLOSSARY)
        const char* file = "glossary.toml";
#elif defined(FUZZ_SELFCHECK)
        const char* file = "selfcheck.toml";
#else
        const char* file = "course.toml";
#endif
        std::ofstream out(folder->path() / "content" / file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    ipprimer::course::Course course = ipprimer::course::loadCourse(folder->path());
    ipprimer::Diagnostics diagnostics;
    ipprimer::course::checkCourse(course, diagnostics);
    (void)ipprimer::course::summarize(course);
    return 0;
}
