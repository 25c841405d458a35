// Loading a course: what loads, what is reported, and where.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "course/check.h"
#include "course/course.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::course;
namespace fs = std::filesystem;

namespace {

fs::path fixture(const std::string& name) { return fs::path(IPPRIMER_FIXTURES) / "courses" / name; }

bool reports(const Diagnostics& diagnostics, const std::string& path_part, const std::string& message_part,
             Severity severity = Severity::Error) {
    for (const Diagnostic& d : diagnostics)
        if (d.severity == severity && d.path.find(path_part) != std::string::npos &&
            d.message.find(message_part) != std::string::npos)
            return true;
    return false;
}

std::string dump(const Diagnostics& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics) out += d.format() + "\n";
    return out;
}

}  // namespace

TEST(CourseLoad, MiniCourseLoadsCleanly) {
    Course course = loadCourse(fixture("mini"));
    Diagnostics all = course.diagnostics;
    checkCourse(course, all);
    EXPECT_TRUE(all.empty()) << dump(all);
    EXPECT_EQ(course.settings.recertification_months, 12);
    EXPECT_EQ(course.settings.default_due_days, 14);
    ASSERT_EQ(course.lessons.size(), 2u);
    EXPECT_EQ(course.lessons[0].title(), "First lesson");
    EXPECT_EQ(course.lessonsFor("everyone").size(), 2u);
    ASSERT_NE(course.role("everyone"), nullptr);
    EXPECT_EQ(course.role("everyone")->pass_mark, 50);
    CheckSummary summary = summarize(course);
    EXPECT_EQ(summary.lessons, 2);
    EXPECT_EQ(summary.lesson_questions, 3);  // "Key points" is not a question
    EXPECT_EQ(summary.glossary_terms, 1);
    EXPECT_EQ(summary.quiz_questions, 3);
}

TEST(CourseLoad, GlossaryTermsAreMarkedOncePerQuestion) {
    Course course = loadCourse(fixture("mini"));
    const Lesson* first = course.lesson("first");
    ASSERT_NE(first, nullptr);
    int marked = 0;
    for (const auto& block : first->doc.blocks)
        for (const auto& span : block.spans)
            if (span.term == 0) {
                ++marked;
                EXPECT_EQ(span.text.find("rade secret") != std::string::npos, true);
            }
    // Once in the introduction, and once in each of the two questions that use it
    // ("What is a trade secret?" answers with the term only in its heading).
    EXPECT_EQ(marked, 2);
}

TEST(CourseLoad, BrokenFilesAreReportedAndTheRestStillLoads) {
    Course course = loadCourse(fixture("broken"));
    Diagnostics all = course.diagnostics;
    checkCourse(course, all);
    // The good lesson and the lesson with bad links load; the others are skipped.
    EXPECT_NE(course.lesson("good"), nullptr);
    EXPECT_NE(course.lesson("bad-links"), nullptr);
    EXPECT_EQ(course.lesson("untitled"), nullptr);
    EXPECT_EQ(course.lesson("missing"), nullptr);
    EXPECT_TRUE(reports(all, "untitled.md", "no '# ' title")) << dump(all);
    EXPECT_TRUE(reports(all, "missing.md", "cannot read lesson 'missing'")) << dump(all);
    EXPECT_TRUE(reports(all, "course.toml", "'grading' must be")) << dump(all);
    EXPECT_TRUE(reports(all, "course.toml", "unknown module 'nowhere'")) << dump(all);
    EXPECT_TRUE(reports(all, "course.toml", "'quiz_size' must be a whole number")) << dump(all);
    EXPECT_TRUE(reports(all, "bad-links.md", "unknown lesson 'no-such-lesson'")) << dump(all);
    EXPECT_TRUE(reports(all, "bad-links.md", "no heading with anchor '#no-such-question'")) << dump(all);
    EXPECT_TRUE(reports(all, "bad-links.md", "only lesson: and https: links")) << dump(all);
    EXPECT_TRUE(reports(all, "bad-links.md", "image 'assets/none.png' does not exist")) << dump(all);
    EXPECT_TRUE(reports(all, "orphan.md", "not reachable", Severity::Warning)) << dump(all);
    // The quiz bank: one bad question never stops the others.
    EXPECT_TRUE(reports(all, "quizzes/basics.gift", "")) << dump(all);
    EXPECT_TRUE(reports(all, "quizzes/basics.gift", "unknown lesson 'no-such-lesson'")) << dump(all);
    EXPECT_TRUE(reports(all, "quizzes/basics.gift", "question id 'b-001' is also used at")) << dump(all);
    EXPECT_TRUE(reports(all, "quizzes/basics.gift", "has no feedback saying why", Severity::Warning)) << dump(all);
    EXPECT_TRUE(reports(all, "course.toml", "draws 10 questions, but its modules' banks hold only")) << dump(all);
    ASSERT_EQ(course.banks.size(), 1u);
    EXPECT_NE(course.question("b-003"), nullptr);
    EXPECT_NE(course.question("b-005"), nullptr);
    EXPECT_EQ(course.moduleOfQuestion("b-005"), "basics");
}

TEST(CourseLoad, DiagnosticsPointAtTheLine) {
    Course course = loadCourse(fixture("broken"));
    Diagnostics all = course.diagnostics;
    checkCourse(course, all);
    for (const Diagnostic& d : all) {
        if (d.path.ends_with("bad-links.md") && d.message.find("no-such-lesson") != std::string::npos) {
            EXPECT_EQ(d.line, 5);
            EXPECT_GT(d.column, 1);
        }
        if (d.message.find("'grading'") != std::string::npos) {
            EXPECT_EQ(d.line, 3);
        }
    }
}

TEST(CourseLoad, UnreadableTomlIsOneErrorWithItsPlace) {
    const ipprimer::testing::TempFolder temp("ipprimer-course");
    const fs::path dir = temp.path();
    fs::create_directories(dir / "content");
    std::ofstream(dir / "content" / "course.toml") << "[course]\ntitle = \"unterminated\n";
    Course course = loadCourse(dir);
    ASSERT_EQ(course.diagnostics.size(), 1u);
    EXPECT_EQ(course.diagnostics[0].line, 2);
    EXPECT_NE(course.diagnostics[0].format().find("content/course.toml:2:"), std::string::npos);
    EXPECT_TRUE(course.lessons.empty());
}

TEST(CourseLoad, IdsThatCannotNameAFileAreRefusedAndTheRestLoads) {
    // Found by tests/fuzz/course_fuzz: a 300-character bank name made the
    // file system throw ("File name too long") and the program abort.
    const ipprimer::testing::TempFolder temp("ipprimer-course");
    const fs::path dir = temp.path();
    fs::copy(std::string(IPPRIMER_FIXTURES) + "/courses/mini", dir, fs::copy_options::recursive);
    std::ofstream(dir / "content" / "course.toml", std::ios::app)
        << "\n[[modules]]\nid = \"../outside\"\ntitle = \"Climbs out\"\nlessons = []\n"
        << "\n[[modules]]\nid = \"extra\"\ntitle = \"Extra\"\nlessons = [\"a/b\", \"first\"]\nquiz = \""
        << std::string(300, 'q') << "\"\n";
    Course course;
    ASSERT_NO_THROW(course = loadCourse(dir));
    std::string messages;
    for (const auto& d : course.diagnostics) messages += d.format() + "\n";
    EXPECT_NE(messages.find("module id '../outside' must be 1 to 100 letters, digits, '-' or '_'"), std::string::npos) << messages;
    EXPECT_NE(messages.find("lesson id 'a/b' must be"), std::string::npos) << messages;
    EXPECT_NE(messages.find("quiz bank name 'qqqq"), std::string::npos) << messages;
    EXPECT_EQ(course.module("../outside"), nullptr);
    ASSERT_NE(course.module("extra"), nullptr) << "the module itself is kept, without what was wrong";
    EXPECT_TRUE(course.module("extra")->quiz.empty());
    EXPECT_NE(course.lesson("first"), nullptr) << "the rest of the course loads";
    Diagnostics checked;
    EXPECT_NO_THROW(checkCourse(course, checked));
}

TEST(CourseLoad, MissingCourseDirectorySaysSo) {
    Course course = loadCourse("/nonexistent/ipprimer-course");
    ASSERT_FALSE(course.diagnostics.empty());
    EXPECT_EQ(course.diagnostics[0].severity, Severity::Error);
}

TEST(CourseLoad, BundledCourseHasNoErrorsOrWarnings) {
    Course course = loadCourse(IPPRIMER_SOURCE_DIR);
    Diagnostics all = course.diagnostics;
    checkCourse(course, all);
    EXPECT_TRUE(all.empty()) << dump(all);
    EXPECT_GE(course.lessons.size(), 30u);
    EXPECT_GE(course.roles.size(), 9u);
    EXPECT_GE(course.glossary.size(), 60u);
    EXPECT_GE(summarize(course).quiz_questions, 250);
}

TEST(LessonLinks, ParseIdAndAnchor) {
    LessonTarget t;
    ASSERT_TRUE(parseLessonLink("lesson:trade-secrets#key-points", t));
    EXPECT_EQ(t.lesson_id, "trade-secrets");
    EXPECT_EQ(t.anchor, "key-points");
    ASSERT_TRUE(parseLessonLink("lesson:ip-audit", t));
    EXPECT_EQ(t.anchor, "");
    EXPECT_FALSE(parseLessonLink("https://www.wipo.int", t));
}
