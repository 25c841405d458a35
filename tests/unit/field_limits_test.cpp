// The limits and the control-character cleaner of base/field_limits.h, and
// the ways in that use them: the register's CSV and its form's checks, the
// store's last guard, course files, CSV cells.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "base/field_limits.h"
#include "course/course.h"
#include "export/csv_writer.h"
#include "progress/asset_register.h"
#include "progress/register_import.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"

using namespace ipprimer;

TEST(FieldLimits, ControlCharactersAreFoundAndTakenOut) {
    EXPECT_FALSE(hasControlCharacters("Zoë Müller\twith a tab"));
    EXPECT_TRUE(hasControlCharacters(std::string("nul\0here", 8)));
    EXPECT_TRUE(hasControlCharacters("escape\x1b[2J"));
    EXPECT_TRUE(hasControlCharacters("del\x7f"));
    EXPECT_TRUE(hasControlCharacters("c1 \xc2\x9b" "31m"));
    EXPECT_TRUE(hasControlCharacters("two\nlines"));
    EXPECT_FALSE(hasControlCharacters("two\nlines", true));
    EXPECT_EQ(withoutControlCharacters(std::string("a\0b\x1b[1mc\x7f\xc2\x9b" "d\te", 14)), "ab[1mcd e");
    EXPECT_EQ(withoutControlCharacters("keep\nlines\tand tabs", true), "keep\nlines\tand tabs");
}

TEST(FieldLimits, LengthsCountCharactersNotBytes) {
    const std::string greek = "Αλέξανδρος";  // 10 characters, 20 bytes
    EXPECT_EQ(characterCount(greek), 10u);
    EXPECT_EQ(lengthProblem(FieldLimit{"the name", 10, false}, greek), "");
    EXPECT_EQ(lengthProblem(FieldLimit{"the name", 9, false}, greek),
              "the name is 10 characters long; at most 9 are allowed");
    EXPECT_EQ(cutToCharacters(greek, 3), "Αλέ");
    EXPECT_EQ(cleanField(kNameLimit, std::string(20'000'000, 'x')).size(), kNameLimit.characters);
}

TEST(FieldLimits, TheRegistersCsvRefusesAnOverlongTitleWithItsLine) {
    const std::string csv = "kind,title,notes\ntrademark,ACME,fine\npatent," + std::string(300, 't') + ",\n";
    const progress::RegisterImportPlan plan = progress::planRegisterImport(csv, "register.csv", {});
    const std::vector<std::string> messages = plan.formattedMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages.front(), "register.csv:3: error: the title is 300 characters long; at most 200 are allowed");
}

TEST(FieldLimits, TheRegistersCsvTakesControlCharactersOut) {
    const progress::RegisterImportPlan plan =
        progress::planRegisterImport("kind,title,notes\ntrademark,AC\x1b[2JME,\"line one\x07\nline two\"\n", "r.csv", {});
    ASSERT_EQ(plan.errorCount(), 0) << plan.formattedMessages().front();
    ASSERT_EQ(plan.rows.size(), 1u);
    EXPECT_EQ(plan.rows.front().asset.title, "AC[2JME");
    EXPECT_EQ(plan.rows.front().asset.notes, "line one\nline two");
}

TEST(FieldLimits, AnEntryFromAFormIsCheckedToo) {
    progress::Asset asset;
    asset.title = "ACME";
    asset.owner = std::string("Nul\0Ltd", 7);
    asset.notes = std::string(kLongTextLimit.characters + 1, 'n');
    std::vector<std::string> fields;
    for (const progress::AssetProblem& problem : progress::assetProblems(asset)) fields.push_back(problem.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"owner", "notes"}));
}

TEST(FieldLimits, TheStoreIsTheLastGuard) {
    store::SqliteStore store(":memory:");
    try {
        store.roster().add({std::string(kNameLimit.characters + 1, 'x'), "", "", "all-staff", ""});
        ADD_FAILURE() << "an overlong name was stored";
    } catch (const store::StoreError& error) {
        EXPECT_EQ(std::string(error.what()), "the name is 201 characters long; at most 200 are allowed");
    }
    const std::int64_t id = store.roster().add({std::string("Eve\0\x1b[2J Smith", 14), "", "", "all-staff", ""});
    EXPECT_EQ(store.roster().find(id)->name, "Eve[2J Smith");
}

TEST(FieldLimits, CsvCellsNeverCarryARawControlCharacter) {
    EXPECT_EQ(exports::csvCell("Mal\x1b[31mory"), "Mal[31mory");
    EXPECT_EQ(exports::csvCell("two\nlines"), "\"two\nlines\"");
}

TEST(FieldLimits, CourseFilesAreCleanedAndCutWithAWarning) {
    const ipprimer::testing::TempFolder temp("ipprimer-limits-course");
    std::filesystem::copy(std::string(IPPRIMER_FIXTURES) + "/courses/mini", temp.path(),
                          std::filesystem::copy_options::recursive);
    const auto lesson = temp.path() / "lessons" / "basics" / "first.md";
    std::ofstream(lesson, std::ios::binary) << "# Title\x1b[2J " << std::string(300, 'T') << "\n\n## Why?\n\nBecause.\n";
    const course::Course course = course::loadCourse(temp.path());
    const course::Lesson* first = course.lesson("first");
    ASSERT_TRUE(first);
    EXPECT_EQ(first->doc.title.size(), kTitleLimit.characters);
    EXPECT_FALSE(hasControlCharacters(first->doc.title));
    std::string warnings;
    for (const Diagnostic& d : course.diagnostics) warnings += d.format() + "\n";
    EXPECT_NE(warnings.find("lessons/basics/first.md:1:1: warning: the lesson's title holds control characters"),
              std::string::npos)
        << warnings;
    EXPECT_NE(warnings.find("warning: the lesson's title is 309 characters long; at most 200 are allowed; it was cut"),
              std::string::npos)
        << warnings;
}
