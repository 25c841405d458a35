// libFuzzer: any bytes offered as a staff list are planned for import (every
// bad row reported, nothing written), never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "course/course.h"
#include "progress/curriculum.h"
#include "store/learners_import.h"
#include "store/sqlite_store.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const ipprimer::progress::Curriculum curriculum =
        ipprimer::progress::curriculumOf(ipprimer::course::loadCourse(IPPRIMER_SOURCE_DIR));
    static ipprimer::store::SqliteStore store{":memory:"};
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    ipprimer::store::ImportPlan plan = ipprimer::store::planImport(store.roster().list(true), curriculum, text, "staff.csv");
    (void)plan;
    return 0;
}
