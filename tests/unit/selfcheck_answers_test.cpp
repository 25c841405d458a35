// Self-check answers: what a person may give for each kind of question, how
// conditions read answers (a missing answer never satisfies a clause), which
// answers count, and the recorded JSON form.
#include <gtest/gtest.h>

#include "course/selfcheck_condition.h"
#include "progress/selfcheck_answers.h"

using namespace ipprimer;
using namespace ipprimer::progress;
using course::AnswerKind;

namespace {

course::Question question(const char* id, AnswerKind kind, std::vector<course::Choice> choices = {}) {
    course::Question q;
    q.id = id;
    q.text = id;
    q.kind = kind;
    q.choices = std::move(choices);
    q.min = 1;
    q.max = 500;
    return q;
}

course::Condition parse(const char* text) {
    course::ConditionProblem problem;
    auto condition = course::parseCondition(text, problem);
    EXPECT_TRUE(condition) << text << ": " << problem.message;
    return condition.value_or(course::Condition{});
}

}  // namespace

struct GivenCase {
    AnswerKind kind;
    std::vector<std::string> given;
    std::vector<std::string> recorded;  // empty with a problem: refused
    const char* problem;
};

class AnswerChecking : public ::testing::TestWithParam<GivenCase> {};

TEST_P(AnswerChecking, KeepsWhatTheQuestionTakesInItsRecordedForm) {
    const GivenCase& c = GetParam();
    const course::Question q = question("q", c.kind, {{"saw", "A saw"}, {"drill", "A drill"}, {"file", "A file"}});
    std::string problem;
    const auto answer = checkedAnswer(q, Answer{c.given}, problem);
    if (*c.problem == '\0') {
        ASSERT_TRUE(answer) << problem;
        EXPECT_EQ(answer->values, c.recorded);
    } else {
        EXPECT_FALSE(answer);
        EXPECT_NE(problem.find(c.problem), std::string::npos) << problem;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, AnswerChecking,
    ::testing::Values(GivenCase{AnswerKind::YesNo, {" yes "}, {"yes"}, ""},
                      GivenCase{AnswerKind::YesNo, {"unsure"}, {}, "'unsure' is not one of the answers (yes, no)"},
                      GivenCase{AnswerKind::YesNoUnsure, {"unsure"}, {"unsure"}, ""},
                      GivenCase{AnswerKind::YesNo, {}, {}, "choose one answer"},
                      GivenCase{AnswerKind::Choice, {"drill"}, {"drill"}, ""},
                      GivenCase{AnswerKind::Choice, {"saw", "drill"}, {}, "choose one answer"},
                      GivenCase{AnswerKind::Multi, {"file", "saw"}, {"saw", "file"}, ""},
                      GivenCase{AnswerKind::Multi, {}, {}, ""},
                      GivenCase{AnswerKind::Multi, {"hammer"}, {}, "'hammer' is not one of the choices"},
                      GivenCase{AnswerKind::Number, {"012"}, {"12"}, ""},
                      GivenCase{AnswerKind::Number, {"1,000"}, {}, "'1,000' is not a whole number"},
                      GivenCase{AnswerKind::Number, {"501"}, {}, "from 1 to 500"},
                      GivenCase{AnswerKind::Countries, {"de, fr;AT", "DE"}, {"DE", "FR", "AT"}, ""},
                      GivenCase{AnswerKind::Countries, {"DE UK"}, {}, "the United Kingdom is GB"},
                      GivenCase{AnswerKind::Countries, {" "}, {}, "at least one country code"},
                      GivenCase{AnswerKind::Text, {"  Brotlabor GmbH "}, {"Brotlabor GmbH"}, ""},
                      GivenCase{AnswerKind::Text, {""}, {}, "write an answer"}));

struct HoldsCase {
    const char* condition;
    bool holds;
};

class ConditionHolding : public ::testing::TestWithParam<HoldsCase> {};

TEST_P(ConditionHolding, ReadsTheAnswers) {
    // `staff` 12, `tools` saw and file, `where` EU and CH, `yes` answered yes;
    // `blank` has no answer.
    const Answers given = {{"staff", Answer{{"12"}}}, {"tools", Answer{{"saw", "file"}}},
                           {"where", Answer{{"EU", "CH"}}}, {"yes", Answer{{"yes"}}}};
    EXPECT_EQ(holds(parse(GetParam().condition), given), GetParam().holds) << GetParam().condition;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ConditionHolding,
    ::testing::Values(HoldsCase{"yes = yes", true}, HoldsCase{"yes != yes", false}, HoldsCase{"yes in [no, yes]", true},
                      HoldsCase{"staff >= 12", true}, HoldsCase{"staff > 12", false}, HoldsCase{"staff < 13", true},
                      HoldsCase{"staff <= 11", false}, HoldsCase{"staff = 12", true}, HoldsCase{"staff != 012", false},
                      HoldsCase{"tools has saw", true}, HoldsCase{"tools has drill", false},
                      HoldsCase{"tools lacks drill", true}, HoldsCase{"tools lacks file", false},
                      // EU covers its member states; CH is itself.
                      HoldsCase{"where has DE", true}, HoldsCase{"where has CH", true}, HoldsCase{"where has US", false},
                      HoldsCase{"where has EU", true}, HoldsCase{"where lacks GB", true},
                      // No answer satisfies no clause, whatever the operator.
                      HoldsCase{"blank = yes", false}, HoldsCase{"blank != yes", false},
                      HoldsCase{"blank lacks saw", false}, HoldsCase{"blank < 5", false},
                      HoldsCase{"blank = yes or yes = yes", true}, HoldsCase{"blank != no and yes = yes", false},
                      HoldsCase{"yes = yes and (staff > 100 or tools has file)", true}));

TEST(SelfCheckAnswers, AFollowUpCountsOnlyWhileItIsAsked) {
    course::SelfCheck check;
    course::Section section;
    section.id = "s";
    section.questions.push_back(question("sells-abroad", AnswerKind::YesNo));
    section.questions.push_back(question("where", AnswerKind::Countries));
    section.questions.back().ask_if = parse("sells-abroad = yes");
    section.questions.push_back(question("distributors", AnswerKind::YesNo));
    section.questions.back().ask_if = parse("where has FR");
    check.sections.push_back(std::move(section));

    Answers given = {{"sells-abroad", Answer{{"yes"}}}, {"where", Answer{{"FR"}}}, {"distributors", Answer{{"no"}}}};
    EXPECT_EQ(countingAnswers(check, given).size(), 3u);
    EXPECT_TRUE(completion(check, given).complete());

    // The lead question changes: its follow-ups, and theirs, no longer count.
    given["sells-abroad"] = Answer{{"no"}};
    const Answers counting = countingAnswers(check, given);
    EXPECT_EQ(counting.size(), 1u);
    EXPECT_EQ(completion(check, given).asked, 1);
    EXPECT_EQ(askedQuestions(check, given).size(), 1u);

    // Back to yes: the earlier answers count again, and nothing is missing.
    given["sells-abroad"] = Answer{{"yes"}};
    given.erase("distributors");
    ASSERT_NE(firstUnanswered(check, given), nullptr);
    EXPECT_EQ(firstUnanswered(check, given)->id, "distributors");
    EXPECT_EQ(completion(check, given).answered, 2);
    EXPECT_EQ(completion(check, given).asked, 3);
}

TEST(SelfCheckAnswers, ReadAsPeopleReadThem) {
    const course::Question tools = question("tools", AnswerKind::Multi, {{"saw", "A saw"}, {"drill", "A drill"}});
    EXPECT_EQ(answerText(tools, Answer{{"saw", "drill"}}), "A saw, A drill");
    EXPECT_EQ(answerText(tools, Answer{}), "none");
    EXPECT_EQ(answerText(question("q", AnswerKind::YesNoUnsure), Answer{{"unsure"}}), "Not sure");
    EXPECT_EQ(answerText(question("q", AnswerKind::YesNo), Answer{{"yes"}}), "Yes");
    EXPECT_EQ(answerText(question("q", AnswerKind::Countries), Answer{{"DE", "FR"}}), "DE, FR");
}

TEST(SelfCheckAnswers, RecordedAsAJsonListOfStrings) {
    const Answer answer{{"Brot \"Labor\"", "Zoë", ""}};
    EXPECT_EQ(answerJson(answer), R"(["Brot \"Labor\"","Zoë",""])");
    EXPECT_EQ(answerFromJson(answerJson(answer)), answer);
    EXPECT_EQ(answerJson(Answer{{std::string("bad \xff byte")}}), "[\"bad \xef\xbf\xbd byte\"]");
    EXPECT_FALSE(answerFromJson("{\"values\": []}"));
    EXPECT_FALSE(answerFromJson("[1, 2]"));
    EXPECT_FALSE(answerFromJson("not json"));
    EXPECT_EQ(answerFromJson("[]"), Answer{});
}
