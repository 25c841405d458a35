// A learner whose name is written in Cyrillic sees it on home, not "?????":
// the window bakes the letters the roster needs from the fonts installed.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "picture.h"
#include "process.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::testing;

namespace {

// Home for a database holding one learner named `name`.
Picture homeOf(const TempFolder& temp, const std::string& file, const std::string& name) {
    const std::string db = (temp.path() / (file + ".db")).string();
    {
        store::SqliteStore store(db);
        store::NewLearner learner;
        learner.name = name;
        learner.role = "all-staff";
        learner.department = "Sales";
        store.roster().add(learner);
    }
    const std::string out = (temp.path() / (file + ".png")).string();
    const ProcessResult r = runIpprimerOnDisplay({"screenshot", "home", out, "--db", db, "--width", "900", "--height", "500"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    Picture picture;
    EXPECT_TRUE(picture.load(out)) << out;
    return picture;
}

}  // namespace

TEST(GuiScriptNames, ACyrillicNameIsDrawnInItsOwnLetters) {
    const TempFolder temp("ipprimer-script-names");
    // Without the Cyrillic letters baked, each would be drawn as the atlas's
    // fallback sign '?': the same picture as a name of question marks.
    const Picture cyrillic = homeOf(temp, "cyrillic", "Анна Петрова");
    const Picture fallback = homeOf(temp, "fallback", "???? ???????");
    ASSERT_EQ(cyrillic.width, fallback.width);
    ASSERT_EQ(cyrillic.height, fallback.height);
    EXPECT_NE(cyrillic.rgba, fallback.rgba) << "the name shows as question marks";
}

// The course's letters are baked at the start, beside the OpenGL driver's
// loading: a lesson written in Greek shows in Greek.
TEST(GuiScriptNames, ALessonWrittenInGreekIsDrawnInItsOwnLetters) {
    const TempFolder temp("ipprimer-script-lesson");
    auto lessonShot = [&](const std::string& name, const std::string& question) {
        const std::filesystem::path course = temp.path() / name;
        std::filesystem::copy(std::string(IPPRIMER_FIXTURES) + "/courses/mini", course,
                              std::filesystem::copy_options::recursive);
        std::ofstream(course / "lessons" / "basics" / "second.md", std::ios::app) << "\n## " << question << "\n\nΝαι.\n";
        const std::string out = (temp.path() / (name + ".png")).string();
        const ProcessResult r = runIpprimerOnDisplay(
            {"screenshot", "lesson:second", out, "--course", course.string(), "--width", "900", "--height", "500"});
        EXPECT_EQ(r.exit_code, 0) << r.err;
        Picture picture;
        EXPECT_TRUE(picture.load(out)) << out;
        return picture;
    };
    const Picture greek = lessonShot("greek", "Τι είναι ένα σήμα;");
    const Picture fallback = lessonShot("fallback", "?? ????? ??? ????;");
    ASSERT_EQ(greek.width, fallback.width);
    EXPECT_NE(greek.rgba, fallback.rgba) << "the question shows as question marks";
}
