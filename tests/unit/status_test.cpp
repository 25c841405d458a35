// Status derivation, table-driven: every module and learner status of
// docs/statuses.md, and the day boundaries of due and expiry dates.
#include <gtest/gtest.h>

#include <cctype>
#include <functional>
#include <ostream>

#include "base/dates.h"
#include "progress/status.h"

using namespace ipprimer;
using namespace ipprimer::progress;

namespace {

Date day(const char* text) {
    auto date = parseDate(text);
    EXPECT_TRUE(date) << text;
    return date.value_or(Date{});
}

// Two modules: basics (a, b) and advanced (c); role "staff" needs both,
// role "quick" has its own due period of 10 days, role "light" needs basics.
Curriculum makeCurriculum(Grading grading = Grading::Highest, int months = 24) {
    Curriculum curriculum({{"basics", "Basics", {"a", "b"}}, {"advanced", "Advanced", {"c"}}},
                          {{"staff", "Staff", {"basics", "advanced"}, 0, 10, 70},
                           {"quick", "Quick", {"basics", "advanced"}, 10, 10, 70},
                           {"light", "Light", {"basics"}, 0, 10, 70}});
    curriculum.default_due_days = 30;
    curriculum.recertification_months = months;
    curriculum.grading = grading;
    return curriculum;
}

// A learner who started on 2024-01-01 (due 2024-01-31 for "staff").
LearnerRecords starter(const char* role = "staff") {
    LearnerRecords records;
    records.role = role;
    records.start = day("2024-01-01");
    return records;
}

// Finished every lesson by `on` and passed the role quiz on `passed_on`.
LearnerRecords completer(const Curriculum& curriculum, const char* on, const char* passed_on) {
    LearnerRecords records = starter();
    records.finished(curriculum, "a", day("2024-01-05")).finished(curriculum, "b", day("2024-01-06"));
    records.finished(curriculum, "c", day(on));
    records.role_quiz.attempts_started = 1;
    records.role_quiz.attempts_finished = 1;
    records.role_quiz.last_finished = day(passed_on);
    records.role_quiz.last_passed = true;
    records.role_quiz.last_passed_on = day(passed_on);
    records.role_quiz.best_score = 85;
    return records;
}

struct LearnerCase {
    const char* name;
    std::function<LearnerRecords(const Curriculum&)> records;
    const char* today;
    LearnerState state;
    const char* due;  // expected due date
    std::vector<ModuleState> modules;
};

class LearnerStatuses : public ::testing::TestWithParam<LearnerCase> {};

TEST_P(LearnerStatuses, DeriveAsDocumented) {
    const LearnerCase& c = GetParam();
    const Curriculum curriculum = makeCurriculum();
    const LearnerStatus status = deriveStatus(curriculum, c.records(curriculum), day(c.today));
    EXPECT_EQ(stateName(status.state), stateName(c.state)) << c.name;
    EXPECT_EQ(formatDate(status.due), c.due) << c.name;
    ASSERT_EQ(status.modules.size(), c.modules.size()) << c.name;
    for (std::size_t i = 0; i < c.modules.size(); ++i)
        EXPECT_EQ(stateName(status.modules[i].state), stateName(c.modules[i])) << c.name << " module " << i;
    EXPECT_EQ(status.compliant, c.state == LearnerState::Compliant || c.state == LearnerState::Expiring) << c.name;
}

using M = ModuleState;
using L = LearnerState;

const LearnerCase kLearnerCases[] = {
    {"nothing done, on the due date itself", [](const Curriculum&) { return starter(); }, "2024-01-31",
     L::NotStarted, "2024-01-31", {M::NotStarted, M::NotStarted}},
    {"nothing done, the day after the due date", [](const Curriculum&) { return starter(); }, "2024-02-01",
     L::Overdue, "2024-01-31", {M::Overdue, M::Overdue}},
    {"a lesson opened", [](const Curriculum& c) { return starter().opened(c, "a", day("2024-01-02")); }, "2024-01-10",
     L::InProgress, "2024-01-31", {M::InProgress, M::NotStarted}},
    {"a lesson finished", [](const Curriculum& c) { return starter().finished(c, "c", day("2024-01-02")); }, "2024-01-10",
     L::InProgress, "2024-01-31", {M::NotStarted, M::Completed}},
    {"a practice quiz started, no lesson",
     [](const Curriculum&) {
         LearnerRecords r = starter();
         r.practice_started = {std::nullopt, day("2024-01-03")};
         return r;
     },
     "2024-01-10", L::InProgress, "2024-01-31", {M::NotStarted, M::InProgress}},
    {"every lesson finished but no quiz, past due",
     [](const Curriculum& c) {
         return starter().finished(c, "a", day("2024-01-02")).finished(c, "b", day("2024-01-03")).finished(c, "c", day("2024-01-04"));
     },
     "2024-02-01", L::Overdue, "2024-01-31", {M::Completed, M::Completed}},
    {"the role quiz started only",
     [](const Curriculum&) {
         LearnerRecords r = starter();
         r.role_quiz.first_started = day("2024-01-03");
         r.role_quiz.attempts_started = 1;
         return r;
     },
     "2024-01-10", L::InProgress, "2024-01-31", {M::NotStarted, M::NotStarted}},
    {"quiz failed, lessons done, within due",
     [](const Curriculum& c) {
         LearnerRecords r = completer(c, "2024-01-07", "2024-01-08");
         r.role_quiz.last_passed = false;
         r.role_quiz.last_passed_on.reset();
         return r;
     },
     "2024-01-20", L::InProgress, "2024-01-31", {M::Completed, M::Completed}},
    {"complete, far from expiry", [](const Curriculum& c) { return completer(c, "2024-01-07", "2024-01-08"); }, "2024-06-01",
     L::Compliant, "2026-01-07", {M::Completed, M::Completed}},
    {"complete late still counts", [](const Curriculum& c) { return completer(c, "2024-03-01", "2024-03-02"); }, "2024-04-01",
     L::Compliant, "2026-03-01", {M::Completed, M::Completed}},
    {"complete on the day the last lesson was finished, after the quiz",
     [](const Curriculum& c) { return completer(c, "2024-01-20", "2024-01-10"); }, "2025-12-22", L::Expiring, "2026-01-19",
     {M::Completed, M::Completed}},
    {"30 days before the end of validity: still compliant",
     [](const Curriculum& c) { return completer(c, "2024-01-07", "2024-01-08"); }, "2025-12-08", L::Compliant, "2026-01-07",
     {M::Completed, M::Completed}},
    {"29 days before the end of validity: expiring",
     [](const Curriculum& c) { return completer(c, "2024-01-07", "2024-01-08"); }, "2025-12-09", L::Expiring, "2026-01-07",
     {M::Completed, M::Completed}},
    {"the last valid day: expiring", [](const Curriculum& c) { return completer(c, "2024-01-07", "2024-01-08"); },
     "2026-01-07", L::Expiring, "2026-01-07", {M::Completed, M::Completed}},
    {"the day after the last valid day: expired", [](const Curriculum& c) { return completer(c, "2024-01-07", "2024-01-08"); },
     "2026-01-08", L::Expired, "2026-01-07", {M::Completed, M::Completed}},
    {"passing again after expiry renews",
     [](const Curriculum& c) {
         LearnerRecords r = completer(c, "2024-01-07", "2024-01-08");
         r.role_quiz.last_passed_on = day("2026-02-01");
         r.role_quiz.last_finished = day("2026-02-01");
         return r;
     },
     "2026-03-01", L::Compliant, "2028-01-31", {M::Completed, M::Completed}},
    {"an extension moves the due date: on it", [](const Curriculum&) {
         LearnerRecords r = starter();
         r.due_extended_to = day("2024-02-10");
         return r;
     },
     "2024-02-10", L::NotStarted, "2024-02-10", {M::NotStarted, M::NotStarted}},
    {"an extension moves the due date: the day after", [](const Curriculum&) {
         LearnerRecords r = starter();
         r.due_extended_to = day("2024-02-10");
         return r;
     },
     "2024-02-11", L::Overdue, "2024-02-10", {M::Overdue, M::Overdue}},
    {"a role's own due period: the last day", [](const Curriculum&) { return starter("quick"); }, "2024-01-11",
     L::NotStarted, "2024-01-11", {M::NotStarted, M::NotStarted}},
    {"a role's own due period: the day after", [](const Curriculum&) { return starter("quick"); }, "2024-01-12",
     L::Overdue, "2024-01-11", {M::Overdue, M::Overdue}},
    {"a learner who starts next week", [](const Curriculum&) {
         LearnerRecords r = starter();
         r.start = day("2024-03-01");
         return r;
     },
     "2024-02-25", L::NotStarted, "2024-03-31", {M::NotStarted, M::NotStarted}},
    {"only the role's modules count",
     [](const Curriculum& c) {
         LearnerRecords r = starter("light");
         r.finished(c, "a", day("2024-01-02")).finished(c, "b", day("2024-01-03"));
         r.role_quiz.attempts_finished = 1;
         r.role_quiz.last_passed = true;
         r.role_quiz.last_finished = r.role_quiz.last_passed_on = day("2024-01-04");
         return r;
     },
     "2024-02-01", L::Compliant, "2026-01-03", {M::Completed}},
    {"an unknown role is never compliant", [](const Curriculum&) { return starter("gone"); }, "2024-02-01",
     L::Overdue, "2024-01-31", {}},
};

// Test names from the cases' descriptions: "a lesson opened" -> ALessonOpened.
std::string caseName(const ::testing::TestParamInfo<LearnerCase>& info) {
    std::string name;
    bool upper = true;
    for (const char* c = info.param.name; *c; ++c) {
        if (std::isalnum(static_cast<unsigned char>(*c))) {
            name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(*c))) : *c;
            upper = false;
        } else {
            upper = true;
        }
    }
    return name;
}

void PrintTo(const LearnerCase& c, std::ostream* out) { *out << c.name; }

INSTANTIATE_TEST_SUITE_P(Table, LearnerStatuses, ::testing::ValuesIn(kLearnerCases), caseName);

TEST(Status, CompletionDatesAndCounts) {
    const Curriculum curriculum = makeCurriculum();
    const LearnerStatus status =
        deriveStatus(curriculum, completer(curriculum, "2024-01-20", "2024-01-10"), day("2024-02-01"));
    EXPECT_EQ(formatDate(*status.completed_on), "2024-01-20");
    EXPECT_EQ(formatDate(*status.valid_until), "2026-01-19") << "24 months from 2024-01-20, that day excluded";
    EXPECT_EQ(formatDate(*status.modules[0].completed_on), "2024-01-06");
    EXPECT_EQ(formatDate(*status.modules[1].completed_on), "2024-01-20");
    EXPECT_EQ(status.modules_completed, 2);
    EXPECT_EQ(status.modules_required, 2);
    EXPECT_EQ(status.lessons_finished, 3);
    EXPECT_EQ(status.lessons_required, 3);
    EXPECT_TRUE(status.role_quiz_passed);
    EXPECT_FALSE(status.due_extended);
}

TEST(Status, ExpiryFromTheEndOfAMonthLandsOnTheLastDay) {
    // One month from 2024-01-31 is 2024-02-29 (there is no 31st): the first day that no longer counts.
    const Curriculum curriculum = makeCurriculum(Grading::Highest, 1);
    const LearnerStatus status =
        deriveStatus(curriculum, completer(curriculum, "2024-01-31", "2024-01-31"), day("2024-02-28"));
    EXPECT_EQ(formatDate(*status.valid_until), "2024-02-28");
    EXPECT_EQ(status.state, LearnerState::Expiring);
    EXPECT_EQ(deriveStatus(curriculum, completer(curriculum, "2024-01-31", "2024-01-31"), day("2024-02-29")).state,
              LearnerState::Expired);
}

TEST(Status, GradingLastCountsOnlyTheLastAttempt) {
    const Curriculum highest = makeCurriculum(Grading::Highest);
    const Curriculum last = makeCurriculum(Grading::Last);
    // Passed on 2024-01-08, then failed on 2024-01-09.
    LearnerRecords records = completer(highest, "2024-01-07", "2024-01-08");
    records.role_quiz.attempts_finished = 2;
    records.role_quiz.last_finished = day("2024-01-09");
    records.role_quiz.last_passed = false;
    EXPECT_EQ(deriveStatus(highest, records, day("2024-01-20")).state, LearnerState::Compliant);
    EXPECT_EQ(formatDate(*deriveStatus(highest, records, day("2024-01-20")).completed_on), "2024-01-08");
    EXPECT_EQ(deriveStatus(last, records, day("2024-01-20")).state, LearnerState::InProgress);
    EXPECT_EQ(deriveStatus(last, records, day("2024-02-01")).state, LearnerState::Overdue);
    // Passing last: counts under both, on the last attempt's day.
    records.role_quiz.last_passed = true;
    records.role_quiz.last_passed_on = day("2024-01-09");
    EXPECT_EQ(formatDate(*deriveStatus(last, records, day("2024-01-20")).completed_on), "2024-01-09");
}

TEST(Status, AnExtensionNoLongerAppliesOnceTheTrainingIsComplete) {
    const Curriculum curriculum = makeCurriculum();
    LearnerRecords records = completer(curriculum, "2024-01-07", "2024-01-08");
    records.due_extended_to = day("2024-03-01");
    const LearnerStatus status = deriveStatus(curriculum, records, day("2024-02-01"));
    EXPECT_FALSE(status.due_extended);
    EXPECT_EQ(formatDate(status.due), "2026-01-07");
}

TEST(Status, NamesRoundTrip) {
    for (LearnerState state : {L::NotStarted, L::InProgress, L::Overdue, L::Compliant, L::Expiring, L::Expired})
        EXPECT_EQ(parseLearnerState(stateName(state)), state);
    EXPECT_FALSE(parseLearnerState("done"));
}

TEST(Dates, ParseOnlyRealDaysWrittenYearMonthDay) {
    EXPECT_EQ(formatDate(day("2024-02-29")), "2024-02-29");
    EXPECT_FALSE(parseDate("2023-02-29"));
    EXPECT_FALSE(parseDate("2024-13-01"));
    EXPECT_FALSE(parseDate("01/02/2024"));
    EXPECT_FALSE(parseDate("2024-1-01"));
    EXPECT_FALSE(parseDate(""));
    EXPECT_EQ(daysBetween(day("2024-02-28"), day("2024-03-01")), 2);
    EXPECT_EQ(formatDate(addMonths(day("2024-03-31"), -1)), "2024-02-29");
    EXPECT_EQ(formatDate(addMonths(day("2023-11-30"), 3)), "2024-02-29");
    EXPECT_EQ(formatDate(Date{0}), "1970-01-01");
}

TEST(Dates, LocalCalendarAgreesWithLocalTime) {
    // Noon UTC is the same calendar day in every zone from UTC-11 to UTC+11.
    const std::int64_t noon = (static_cast<std::int64_t>(day("2024-06-15").days) * 86400 + 12 * 3600) * 1000;
    LocalCalendar calendar;
    EXPECT_EQ(formatDate(calendar.dateOf(noon)), "2024-06-15");
    EXPECT_EQ(calendar.dateOf(noon + 1000), calendar.dateOf(noon));
}

}  // namespace

// A short curriculum: the role's modules count as completed once the lessons
// the role reads are finished, whatever else the modules hold.
TEST(Status, AShortCurriculumCompletesWithItsOwnLessons) {
    Curriculum curriculum({{"m", "Module", {"a", "b", "c"}}},
                          {{"short", "Short", {"m"}, 0, 10, 70, {"a", "c"}}, {"full", "Full", {"m"}, 0, 10, 70}});
    const Date day = makeDate(2026, 1, 5);
    LearnerRecords records;
    records.role = "short";
    records.start = day;
    records.finished(curriculum, "a", day).finished(curriculum, "c", day);
    const LearnerStatus short_status = deriveStatus(curriculum, records, day);
    EXPECT_EQ(short_status.lessons_required, 2);
    EXPECT_EQ(short_status.modules_completed, 1);
    records.role = "full";
    const LearnerStatus full_status = deriveStatus(curriculum, records, day);
    EXPECT_EQ(full_status.lessons_required, 3);
    EXPECT_EQ(full_status.modules_completed, 0) << "the full role must also read b";
}

// Issue 13, item 15: a start date of 1 November, a 30-day period, imported
// 7 December: due on 6 January, not overdue on the day of the import.
TEST(Status, ANewcomersFirstDueDateCountsFromTheLaterOfStartAndAdded) {
    const Curriculum curriculum = makeCurriculum();
    LearnerRecords records;
    records.role = "staff";
    records.start = firstStart(day("2026-11-01"), day("2026-12-07"));
    const LearnerStatus status = deriveStatus(curriculum, records, day("2026-12-07"));
    EXPECT_EQ(status.state, LearnerState::NotStarted);
    EXPECT_EQ(formatDate(status.due), "2027-01-06");

    EXPECT_EQ(formatDate(firstStart(day("2027-02-01"), day("2026-12-07"))), "2027-02-01") << "a start still to come";
    EXPECT_EQ(formatDate(firstStart(std::nullopt, day("2026-12-07"))), "2026-12-07") << "no start date";
}
