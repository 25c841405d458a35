// Staff-list import: what spreadsheets write (byte-order mark, quotes, line
// breaks inside quotes, CRLF, semicolons), every bad row with its line, and
// all-or-nothing unless bad rows are skipped.
#include <gtest/gtest.h>

#include "base/csv_reader.h"
#include "store/learners_import.h"
#include "store/sqlite_store.h"

using namespace ipprimer;
using namespace ipprimer::progress;
using namespace ipprimer::store;

namespace {

struct Import : ::testing::Test {
    SqliteStore store{":memory:"};
    Curriculum curriculum{{{"basics", "Basics", {"a"}}},
                          {{"staff", "All staff", {"basics"}, 0, 4, 70}, {"hr", "Human resources", {"basics"}, 0, 4, 70}}};

    ImportPlan plan(std::string_view text) { return planImport(store.roster().list(true), curriculum, text, "staff.csv"); }

    std::vector<std::string> messages(const ImportPlan& p) { return p.formattedMessages(); }

    bool mentions(const ImportPlan& p, const std::string& text) {
        for (const std::string& m : p.formattedMessages())
            if (m.find(text) != std::string::npos) return true;
        return false;
    }
};

TEST_F(Import, ExcelStyleFileWithBomQuotesLineBreaksAndCrlf) {
    const std::string text =
        "\xEF\xBB\xBFName,Employee ID,E-mail,Role,Department,Start date\r\n"
        "\"M\xC3\xBCller, Anna\",E1,anna@example.com,staff,\"R&D\r\nLab 2\",2024-01-15\r\n"
        "\"Bob \"\"the builder\"\" Stone\",E2,,Human resources,Facilities,\r\n"
        "\r\n"
        "Cy,E3,,HR,,2024-02-01\r\n";
    const ImportPlan p = plan(text);
    EXPECT_EQ(p.errorCount(), 0) << ::testing::PrintToString(messages(p));
    ASSERT_EQ(p.rows.size(), 3u);
    EXPECT_EQ(p.rows[0].name, "M\xC3\xBCller, Anna");
    EXPECT_EQ(p.rows[0].department, "R&D Lab 2") << "a wrapped cell becomes one line";
    EXPECT_EQ(p.rows[1].line, 4) << "the quoted line break counts as a line";
    EXPECT_EQ(p.rows[1].name, "Bob \"the builder\" Stone");
    EXPECT_EQ(p.rows[1].role, "hr") << "a role may be given by its title, in any case";
    EXPECT_EQ(p.rows[2].line, 6) << "blank lines are skipped but counted";
    EXPECT_EQ(p.count(ImportAction::Add), 3);
    EXPECT_TRUE(store.roster().list().empty()) << "planning writes nothing";

    const ImportResult result = store.roster().applyImport(p, false);
    EXPECT_EQ(result.added, 3);
    auto learners = store.roster().list();
    ASSERT_EQ(learners.size(), 3u);
    EXPECT_EQ(learners[0].name, "Bob \"the builder\" Stone");
    EXPECT_EQ(learners[0].email, "");
    EXPECT_EQ(learners[2].name, "M\xC3\xBCller, Anna");
    EXPECT_EQ(learners[2].start_date, "2024-01-15");
    EXPECT_EQ(learners[2].email, "anna@example.com");
}

TEST_F(Import, SemicolonSeparatedFilesFromEuropeanSpreadsheets) {
    const ImportPlan p = plan("name;employee_id;role\nAnna;E1;staff\n\"Li; Wei\";E2;hr\n");
    EXPECT_EQ(p.errorCount(), 0) << ::testing::PrintToString(messages(p));
    ASSERT_EQ(p.rows.size(), 2u);
    EXPECT_EQ(p.rows[1].name, "Li; Wei");
}

TEST_F(Import, EveryBadRowIsReportedWithItsLineAndNothingIsImported) {
    const std::string text =
        "name,employee_id,email,role,start_date\n"
        "Anna,E1,anna@example.com,staff,2024-01-15\n"   // 2: fine
        ",E2,,staff,\n"                                 // 3: no name
        "Bob,E3,not-an-address,staff,\n"                // 4: bad e-mail
        "Cy,E4,,sales,\n"                               // 5: unknown role
        "Dee,E5,,staff,15/01/2024\n"                    // 6: bad date
        "Eve,E1,,staff,\n"                              // 7: duplicate of line 2
        "Fay,E6,,staff\n"                               // 8: too few fields
        "Gus,,,staff,\n";                               // 9: no employee id
    const ImportPlan p = plan(text);
    EXPECT_TRUE(mentions(p, "staff.csv:3: error: the name is empty"));
    EXPECT_TRUE(mentions(p, "staff.csv:4: error: 'not-an-address' is not an e-mail address"));
    EXPECT_TRUE(mentions(p, "staff.csv:5: error: unknown role 'sales'; the roles are: staff, hr"));
    EXPECT_TRUE(mentions(p, "staff.csv:6: error: start date '15/01/2024' is not a date written YYYY-MM-DD"));
    EXPECT_TRUE(mentions(p, "staff.csv:7: error: employee id 'E1' is also on line 2"));
    EXPECT_TRUE(mentions(p, "staff.csv:2: error: employee id 'E1' is also on line 7"));
    EXPECT_TRUE(mentions(p, "staff.csv:8: error: this row has 4 fields but the first line names 5"));
    EXPECT_TRUE(mentions(p, "staff.csv:9: error: the employee id is empty"));
    EXPECT_EQ(p.count(ImportAction::Error), 8);
    // Messages come in line order.
    const auto all = messages(p);
    EXPECT_TRUE(std::is_sorted(all.begin(), all.end(), [](const std::string& a, const std::string& b) {
        return std::stoi(a.substr(10)) < std::stoi(b.substr(10));
    }));

    EXPECT_THROW(store.roster().applyImport(p, false), StoreError);
    EXPECT_TRUE(store.roster().list(true).empty()) << "all or nothing";
}

TEST_F(Import, SkippingBadRowsImportsTheRest) {
    const ImportPlan p = plan("name,employee_id,role\nAnna,E1,staff\nBob,E2,pilot\nCy,E3,hr\n");
    EXPECT_EQ(p.errorCount(), 1);
    const ImportResult result = store.roster().applyImport(p, true);
    EXPECT_EQ(result.added, 2);
    EXPECT_EQ(result.skipped, 1);
    EXPECT_EQ(store.roster().list().size(), 2u);
}

TEST_F(Import, KnownEmployeesAreUpdatedAndAbsentColumnsKept) {
    store.roster().applyImport(plan("name,employee_id,email,role,department\nAnna,E1,a@example.com,staff,Sales\nBob,E2,,staff,Sales\n"), false);
    // A later list without the email column: Anna changes department, Bob is unchanged.
    const ImportPlan p = plan("name,employee_id,role,department\nAnna,E1,staff,Marketing\nBob,E2,staff,Sales\nCy,E3,hr,HR\n");
    ASSERT_EQ(p.rows.size(), 3u);
    EXPECT_EQ(p.rows[0].action, ImportAction::Update);
    EXPECT_EQ(p.rows[0].changed, std::vector<std::string>{"department"});
    EXPECT_EQ(p.rows[1].action, ImportAction::Unchanged);
    EXPECT_EQ(p.rows[2].action, ImportAction::Add);
    const ImportResult result = store.roster().applyImport(p, false);
    EXPECT_EQ(result.updated, 1);
    EXPECT_EQ(result.unchanged, 1);
    EXPECT_EQ(result.added, 1);
    auto learners = store.roster().list();
    ASSERT_EQ(learners.size(), 3u);
    EXPECT_EQ(learners[0].department, "Marketing");
    EXPECT_EQ(learners[0].email, "a@example.com") << "a column the file lacks is left as it was";
}

TEST_F(Import, HeaderProblems) {
    EXPECT_TRUE(mentions(plan(""), "staff.csv:1: error: the file is empty"));
    EXPECT_TRUE(mentions(plan("\xEF\xBB\xBF"), "staff.csv:1: error: the file is empty"));
    const ImportPlan missing = plan("name,email\nAnna,a@example.com\n");
    EXPECT_TRUE(mentions(missing, "staff.csv:1: error: the first line must name a column 'employee_id' (it names: name, email)"));
    EXPECT_TRUE(mentions(missing, "staff.csv:1: error: the first line must name a column 'role'"));
    EXPECT_THROW(store.roster().applyImport(missing, true), StoreError) << "even skipping, a file without the columns imports nothing";
    const ImportPlan extra = plan("name,employee_id,role,manager\nAnna,E1,staff,Bob\n");
    EXPECT_EQ(extra.errorCount(), 0);
    EXPECT_TRUE(mentions(extra, "staff.csv:1: warning: column 'manager' is not read"));
    EXPECT_TRUE(mentions(plan("name,employee_id,role,role\nA,E1,staff,staff\n"), "column 'role' is named twice"));
}

TEST_F(Import, BrokenQuotesAndEncodings) {
    const ImportPlan open_quote = plan("name,employee_id,role\nAnna,E1,staff\n\"Bob,E2,staff\nCy,E3,staff\n");
    EXPECT_TRUE(mentions(open_quote, "staff.csv:3: error: a quote opened on line 3 is never closed"));
    const ImportPlan latin1 = plan("name,employee_id,role\nM\xFCller,E1,staff\n");
    EXPECT_TRUE(mentions(latin1, "staff.csv:2: error: this row is not valid UTF-8"));
    const ImportPlan stray = plan("name,employee_id,role\n\"Anna\" B,E1,staff\n");
    EXPECT_TRUE(mentions(stray, "staff.csv:2: error: text follows a closing quote"));
}

TEST_F(Import, ArchivedAndUnnumberedLearnersAreFlagged) {
    NewLearner profile;
    profile.name = "Anna Berg";
    profile.role = "staff";
    store.roster().add(profile);  // made in the program, without an employee id
    const ImportPlan p = plan("name,employee_id,role\nanna berg,E1,staff\n");
    EXPECT_TRUE(mentions(p, "staff.csv:2: warning: a profile named 'Anna Berg' without an employee id already exists"));
    EXPECT_EQ(p.errorCount(), 0);
}

TEST(CsvReader, LineEndingsAndFields) {
    const CsvTable table = parseCsv("a,b\r\n1,\"x\ny\"\r2,\n");
    ASSERT_EQ(table.records.size(), 3u);
    EXPECT_EQ(table.records[1].fields, (std::vector<std::string>{"1", "x\ny"}));
    EXPECT_EQ(table.records[2].line, 4);
    EXPECT_EQ(table.records[2].fields, (std::vector<std::string>{"2", ""}));
}

}  // namespace
