// The self-check as content: the bundled questionnaire loads and passes
// check, and a trainer's mistakes are reported where they are, as
// path:line:col, while the rest still loads.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "course/check.h"
#include "course/course.h"
#include "course/selfcheck_condition.h"
#include "progress/register_tasks.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::course;
namespace fs = std::filesystem;

namespace {

std::string dump(const Diagnostics& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics) out += d.format() + "\n";
    return out;
}

// The diagnostic at `line` whose message holds `part`, or null.
const Diagnostic* at(const Diagnostics& diagnostics, int line, const std::string& part) {
    for (const Diagnostic& d : diagnostics)
        if (d.line == line && d.message.find(part) != std::string::npos) return &d;
    return nullptr;
}

// A copy of the mini course with `selfcheck` as its content/selfcheck.toml.
class MiniWithSelfCheck {
public:
    explicit MiniWithSelfCheck(const std::string& selfcheck) {
        fs::copy(fs::path(IPPRIMER_FIXTURES) / "courses" / "mini", folder_.path(), fs::copy_options::recursive);
        std::ofstream(folder_.path() / "content" / "selfcheck.toml") << selfcheck;
    }
    Course load() const { return loadCourse(folder_.path()); }

private:
    ipprimer::testing::TempFolder folder_;
};

Diagnostics checked(const Course& course) {
    Diagnostics all = course.diagnostics;
    checkCourse(course, all);
    return all;
}

}  // namespace

TEST(SelfCheckContent, TheBundledQuestionnaireLoadsAndPassesCheck) {
    const Course course = loadCourse(IPPRIMER_SOURCE_DIR);
    const Diagnostics all = checked(course);
    EXPECT_FALSE(hasErrors(all)) << dump(all);
    const SelfCheck& check = course.selfcheck;
    EXPECT_EQ(check.path, "content/selfcheck.toml");
    EXPECT_GE(check.questionCount(), 40);
    EXPECT_LE(check.questionCount(), 60);
    // The sections the issue asks for, in its order.
    std::vector<std::string> sections;
    for (const Section& section : check.sections) sections.push_back(section.id);
    EXPECT_EQ(sections, (std::vector<std::string>{"business", "brands", "inventions", "software-content", "know-how",
                                                  "contracts", "exports", "disputes", "financing"}));
    EXPECT_GE(check.actions.size(), 30u);
    ASSERT_NE(check.question(check.sales_countries), nullptr);
    EXPECT_EQ(check.question(check.sales_countries)->kind, AnswerKind::Countries);
    ASSERT_NE(check.question(check.company_name), nullptr);
    EXPECT_EQ(check.confidentiality_lessons, std::vector<std::string>{"trade-secrets"});
    for (const Action& action : check.actions) {
        EXPECT_TRUE(action.lesson.starts_with("lesson:")) << action.id;
        EXPECT_FALSE(action.who.empty()) << action.id;
    }
}

TEST(SelfCheckContent, EveryQuestionIsReadByAnActionOrAFollowUpOrTheRegister) {
    const Course course = loadCourse(IPPRIMER_SOURCE_DIR);
    const SelfCheck& check = course.selfcheck;
    std::set<std::string> read = {check.sales_countries, check.company_name, "staff"};
    std::function<void(const Condition&)> collect = [&](const Condition& c) {
        if (c.isClause()) read.insert(c.question);
        for (const Condition& part : c.parts) collect(part);
    };
    for (const Action& a : check.actions) {
        collect(a.when);
        if (a.more_urgent_if) collect(*a.more_urgent_if);
    }
    for (const Section& s : check.sections)
        for (const Question& q : s.questions)
            if (q.ask_if) collect(*q.ask_if);
    for (const Section& s : check.sections)
        for (const Question& q : s.questions) EXPECT_TRUE(read.contains(q.id)) << q.id << " is asked but nothing reads it";
}

TEST(SelfCheckContent, NoFileMeansNoSelfCheckAndNoComplaint) {
    const Course course = loadCourse(fs::path(IPPRIMER_FIXTURES) / "courses" / "mini");
    EXPECT_TRUE(course.selfcheck.empty());
    EXPECT_FALSE(hasErrors(checked(course))) << dump(checked(course));
}

TEST(SelfCheckContent, MistakesAreReportedWhereTheyAreAndTheRestLoads) {
    const MiniWithSelfCheck mini(R"toml([selfcheck]
title = "Check"
sales_countries = "staff"

[[sections]]
id = "one"
title = "One"

[[sections.questions]]
id = "staff"
kind = "number"
text = "How many people?"

[[sections.questions]]
id = "staff"
kind = "yes_no"
text = "Twice?"

[[sections.questions]]
id = "colour"
kind = "rainbow"
text = "Which colour?"

[[sections.questions]]
id = "tools"
kind = "multi"
text = "Which tools?"
choices = [{ id = "saw", text = "A saw" }, { id = "drill", text = "A drill" }]

[[sections.questions]]
id = "early"
kind = "yes_no"
ask_if = "later = yes"
text = "Asked before what it depends on?"

[[sections.questions]]
id = "later"
kind = "yes_no_unsure"
text = "Later?"

[[actions]]
id = "good"
title = "A good action"
when = "staff >= 10 and (tools has saw or later in [no, unsure])"
urgency = "high"
who = ["everyone"]
why = "Because {staff|some} people."
this_month = "Do it."
lesson = "lesson:first#why-keep-it"

[[actions]]
id = "syntax"
title = "Broken condition"
when = "staff >= ten"
urgency = "low"
who = ["everyone"]
why = "w"
this_month = "m"
lesson = "lesson:first"

[[actions]]
id = "kinds"
title = "Operators that do not fit"
when = "tools = saw or later has yes or staff = many or later = maybe or nobody = yes"
urgency = "low"
who = ["everyone"]
why = "w {ghost}"
this_month = "m"
lesson = "lesson:first"

[[actions]]
id = "links"
title = "Bad link and role"
when = "later = yes"
urgency = "soon"
who = ["wizard"]
why = "w"
this_month = "m"
lesson = "lesson:first#no-such-question"

[[actions]]
id = "good"
title = "Twice"
when = "later = yes"
urgency = "low"
who = ["everyone"]
why = "w"
this_month = "m"
lesson = "lesson:nowhere"
)toml");
    const Course course = mini.load();
    const Diagnostics all = checked(course);
    const std::string text = dump(all);
    for (const Diagnostic& d : all) EXPECT_EQ(d.path, "content/selfcheck.toml") << text;

    EXPECT_TRUE(at(all, 3, "'sales_countries' must name a countries question; 'staff' is number")) << text;
    EXPECT_TRUE(at(all, 14, "question id 'staff' is used twice")) << text;
    EXPECT_TRUE(at(all, 21, "kind 'rainbow' is not one of")) << text;
    EXPECT_TRUE(at(all, 33, "'later' is not a question this condition may read")) << text;
    // The column points at the word that is wrong: `ten`, inside the quotes.
    const Diagnostic* syntax = at(all, 54, "'>=' needs a whole number after it");
    ASSERT_TRUE(syntax) << text;
    EXPECT_EQ(syntax->column, 8 + 1 + 9) << text;
    EXPECT_TRUE(at(all, 64, "'tools' (multi) holds several values: use 'has' or 'lacks', not '='")) << text;
    EXPECT_TRUE(at(all, 64, "'later' (yes_no_unsure) holds one value: use =, != or in, not 'has'")) << text;
    EXPECT_TRUE(at(all, 64, "'staff' (number) is a number; 'many' is not a whole number")) << text;
    EXPECT_TRUE(at(all, 64, "'later' (yes_no_unsure) cannot be 'maybe' (it can be yes, no, unsure)")) << text;
    EXPECT_TRUE(at(all, 64, "'nobody' is not a question")) << text;
    EXPECT_TRUE(at(all, 67, "'why' names '{ghost}', which is not a question")) << text;
    EXPECT_TRUE(at(all, 75, "urgency 'soon' is not one of critical, high, medium, low")) << text;
    EXPECT_TRUE(at(all, 71, "'who' names unknown role 'wizard'")) << text;
    EXPECT_TRUE(at(all, 71, "links to 'first#no-such-question', which has no such heading")) << text;
    EXPECT_TRUE(at(all, 81, "action id 'good' is used twice")) << text;

    // What was right still loads: the first 'staff', 'tools', 'later', the good action.
    const SelfCheck& check = course.selfcheck;
    EXPECT_EQ(check.questionCount(), 3);
    ASSERT_NE(check.action("good"), nullptr);
    EXPECT_EQ(check.action("good")->title, "A good action");
    EXPECT_EQ(conditionText(check.action("good")->when), "staff >= 10 and (tools has saw or later in [no, unsure])");
    EXPECT_EQ(check.action("good")->urgency, Urgency::High);
    EXPECT_EQ(check.action("syntax"), nullptr);
    EXPECT_EQ(check.action("kinds"), nullptr);
    EXPECT_TRUE(check.sales_countries.empty());
}

TEST(SelfCheckContent, ABrokenFileIsOneErrorAndNoSelfCheck) {
    const MiniWithSelfCheck mini("[selfcheck\ntitle = 1\n");
    const Course course = mini.load();
    ASSERT_EQ(course.diagnostics.size(), 1u) << dump(course.diagnostics);
    EXPECT_EQ(course.diagnostics[0].path, "content/selfcheck.toml");
    EXPECT_EQ(course.diagnostics[0].line, 1);
    EXPECT_NE(course.diagnostics[0].message.find("the self-check was not loaded"), std::string::npos);
    EXPECT_TRUE(course.selfcheck.empty());
    EXPECT_NE(course.lesson("first"), nullptr);  // the course itself still loads
}

// --- conditions ------------------------------------------------------------

struct ConditionCase {
    const char* text;
    const char* normalised;  // conditionText; null: refused
    int offset;              // where the problem is when refused
    const char* problem;
};

class ConditionParsing : public ::testing::TestWithParam<ConditionCase> {};

TEST_P(ConditionParsing, ReadsOrSaysWhereItStops) {
    const ConditionCase& c = GetParam();
    ConditionProblem problem;
    const auto parsed = parseCondition(c.text, problem);
    if (c.normalised) {
        ASSERT_TRUE(parsed) << c.text << ": " << problem.message;
        EXPECT_EQ(conditionText(*parsed), c.normalised);
    } else {
        ASSERT_FALSE(parsed) << c.text;
        EXPECT_EQ(problem.offset, c.offset) << problem.message;
        EXPECT_NE(problem.message.find(c.problem), std::string::npos) << problem.message;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ConditionParsing,
    ::testing::Values(ConditionCase{"a = yes", "a = yes", 0, ""}, ConditionCase{"a==yes", "a = yes", 0, ""},
                      ConditionCase{"a != no", "a != no", 0, ""},
                      ConditionCase{"a in [x,y , z]", "a in [x, y, z]", 0, ""},
                      ConditionCase{"n >= 10 and n < 250", "n >= 10 and n < 250", 0, ""},
                      // `and` binds tighter than `or`.
                      ConditionCase{"a = 1 or b = 2 and c = 3", "a = 1 or b = 2 and c = 3", 0, ""},
                      ConditionCase{"(a = 1 or b = 2) and c = 3", "(a = 1 or b = 2) and c = 3", 0, ""},
                      ConditionCase{"t has saw and t lacks drill", "t has saw and t lacks drill", 0, ""},
                      ConditionCase{"", nullptr, 0, "empty"}, ConditionCase{"a =", nullptr, 3, "expected a value"},
                      ConditionCase{"a yes", nullptr, 2, "expected =, !=, in"},
                      ConditionCase{"a = yes b = no", nullptr, 8, "expected 'and', 'or' or the end"},
                      ConditionCase{"a in x", nullptr, 5, "expected '[' after 'in'"},
                      ConditionCase{"a in [x y]", nullptr, 8, "expected ',' or ']'"},
                      ConditionCase{"(a = 1", nullptr, 6, "expected ')'"},
                      ConditionCase{"a = 1 & b = 2", nullptr, 6, "unexpected '&'"},
                      ConditionCase{"n > 2.5", nullptr, 4, "needs a whole number"},
                      ConditionCase{"and = 1", nullptr, 0, "expected a question id"}));

TEST(SelfCheckContent, RegisterTasksNameALessonAndAKind) {
    const Course bundled_course = loadCourse(IPPRIMER_SOURCE_DIR);
    ASSERT_EQ(bundled_course.selfcheck.register_tasks.size(), 4u);
    ASSERT_NE(bundled_course.selfcheck.registerTask("trade-secrets"), nullptr);
    EXPECT_EQ(bundled_course.selfcheck.registerTask("trade-secrets")->kind, "trade_secret");
    EXPECT_EQ(bundled_course.selfcheck.registerTask("what-is-ip"), nullptr);
    Diagnostics none;
    progress::checkRegisterTasks(bundled_course, none);
    EXPECT_TRUE(none.empty()) << dump(none);

    const MiniWithSelfCheck mini(R"toml([selfcheck]
[[sections]]
id = "one"
title = "One"
[[sections.questions]]
id = "q"
kind = "yes_no"
text = "Q?"

[[register_tasks]]
lesson = "first"
kind = "secret"
prompt = "Propose one."

[[register_tasks]]
lesson = "first"
prompt = "Again."

[[register_tasks]]
lesson = "nowhere"
prompt = "Lost."
)toml");
    const Course course = mini.load();
    Diagnostics all = checked(course);
    progress::checkRegisterTasks(course, all);
    const std::string text = dump(all);
    EXPECT_TRUE(at(all, 10, "unknown kind 'secret'; the kinds are trademark")) << text;
    EXPECT_TRUE(at(all, 15, "lesson 'first' already has a register task")) << text;
    EXPECT_TRUE(at(all, 19, "register task for unknown lesson 'nowhere'")) << text;
}
