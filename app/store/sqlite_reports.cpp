// The dashboard's rows in the SQLite store: four reads (learners, lesson and
// quiz summaries, due extensions) handed to DashboardBuilder, which the
// organisation's server feeds too; and the first answers the topics count.
#include "store/sqlite_parts.h"

#include <array>

#include "store/dashboard_builder.h"
#include "store/learner_row.h"

namespace ipprimer::store {
namespace {

// In id order; sorted by name afterwards (DashboardBuilder::finish), three
// times faster than SQLite's NOCASE sort.
constexpr std::string_view kAllLearners =
    "SELECT " IPPRIMER_LEARNER_COLUMNS " FROM learners WHERE archived = 0 OR ?1";
constexpr std::string_view kOneLearner =
    "SELECT " IPPRIMER_LEARNER_COLUMNS " FROM learners WHERE id = ?1";
// NULL times come back as 0 (no record is dated 1970-01-01 00:00 UTC), which
// saves a call per column on the dashboard's largest read.
constexpr std::string_view kAllLessons =
    "SELECT learner_id, lesson_id, ifnull(first_opened_at, 0), ifnull(first_finished_at, 0) FROM lesson_progress";
constexpr std::string_view kOneLearnersLessons =
    "SELECT learner_id, lesson_id, ifnull(first_opened_at, 0), ifnull(first_finished_at, 0) FROM lesson_progress"
    " WHERE learner_id = ?1";
constexpr std::string_view kAllQuizzes =
    "SELECT learner_id, quiz, first_started_at, attempts_started, attempts_finished, last_finished_at, last_passed,"
    " last_passed_at, best_score FROM quiz_progress";
constexpr std::string_view kOneLearnersQuizzes =
    "SELECT learner_id, quiz, first_started_at, attempts_started, attempts_finished, last_finished_at, last_passed,"
    " last_passed_at, best_score FROM quiz_progress WHERE learner_id = ?1";
// The literal verb lets SQLite use the partial index events_due_extensions.
constexpr std::string_view kAllDueExtensions =
    "SELECT learner_id, object, at, id, CASE WHEN json_valid(context) THEN json_extract(context, '$.due') END"
    " FROM events WHERE verb = 'due-extended'";
constexpr std::string_view kOneLearnersDueExtensions =
    "SELECT learner_id, object, at, id, CASE WHEN json_valid(context) THEN json_extract(context, '$.due') END"
    " FROM events WHERE verb = 'due-extended' AND learner_id = ?1";

constexpr std::string_view kFirstAnswerCounts =
    "SELECT first_answers.question_id, learners.role, count(*), sum(first_answers.score < 0.999)"
    " FROM first_answers JOIN learners ON learners.id = first_answers.learner_id"
    " WHERE learners.archived = 0 AND first_answers.score IS NOT NULL"
    " GROUP BY first_answers.question_id, learners.role";

constexpr std::array kQueries{kAllLearners,      kOneLearner,        kAllLessons,
                              kOneLearnersLessons, kAllQuizzes,       kOneLearnersQuizzes,
                              kAllDueExtensions, kOneLearnersDueExtensions, kFirstAnswerCounts};

// Hands one query's rows to the builder.
void readLearners(Statement& select, DashboardBuilder& builder) {
    while (select.step()) builder.addLearner(readLearner(select));
}

void readLessons(Statement& select, DashboardBuilder& builder) {
    while (select.step())
        builder.addLesson(select.columnInt64(0), select.columnView(1), select.columnInt64(2), select.columnInt64(3));
}

std::optional<std::int64_t> optionalInt(const Statement& row, int column) {
    if (row.columnIsNull(column)) return std::nullopt;
    return row.columnInt64(column);
}

void readQuizzes(Statement& select, DashboardBuilder& builder) {
    while (select.step()) {
        QuizSummary summary;
        summary.first_started_at = optionalInt(select, 2);
        summary.attempts_started = static_cast<int>(select.columnInt64(3));
        summary.attempts_finished = static_cast<int>(select.columnInt64(4));
        summary.last_finished_at = optionalInt(select, 5);
        summary.last_passed = select.columnInt64(6) != 0;
        summary.last_passed_at = optionalInt(select, 7);
        if (!select.columnIsNull(8)) summary.best_score = select.columnDouble(8);
        builder.addQuiz(select.columnInt64(0), select.columnView(1), summary);
    }
}

// The latest extension (by when it was given, then by position) wins.
void readDueExtensions(Statement& select, DashboardBuilder& builder) {
    while (select.step())
        builder.addDueExtension(select.columnInt64(0), select.columnView(1),
                                {select.columnInt64(2), select.columnInt64(3)}, select.columnView(4));
}

}  // namespace

Dashboard SqliteReports::dashboard(const progress::Curriculum& curriculum, Date today, bool include_archived) {
    Database& db = context_.db;
    DashboardBuilder builder(curriculum);
    {
        Statement select(db, kAllLearners);
        select.bind(1, include_archived ? 1 : 0);
        readLearners(select, builder);
    }
    {
        Statement select(db, kAllLessons);
        readLessons(select, builder);
    }
    {
        Statement select(db, kAllQuizzes);
        readQuizzes(select, builder);
    }
    {
        Statement select(db, kAllDueExtensions);
        readDueExtensions(select, builder);
    }
    return std::move(builder).finish(today);
}

std::optional<DashboardRow> SqliteReports::dashboardRow(const progress::Curriculum& curriculum, std::int64_t learner_id,
                                                       Date today) {
    Database& db = context_.db;
    DashboardBuilder builder(curriculum);
    for (auto [sql, reader] : std::initializer_list<std::pair<std::string_view, int>>{
             {kOneLearner, 0}, {kOneLearnersLessons, 1}, {kOneLearnersQuizzes, 2}, {kOneLearnersDueExtensions, 3}}) {
        Statement select(db, sql);
        select.bind(1, learner_id);
        switch (reader) {
        case 0: readLearners(select, builder); break;
        case 1: readLessons(select, builder); break;
        case 2: readQuizzes(select, builder); break;
        default: readDueExtensions(select, builder); break;
        }
        if (builder.learnerCount() == 0) return std::nullopt;
    }
    Dashboard dashboard = std::move(builder).finish(today);
    return std::move(dashboard.rows.front());
}

std::vector<FirstAnswerCount> SqliteReports::firstAnswerCounts() {
    Statement select(context_.db, kFirstAnswerCounts);
    std::vector<FirstAnswerCount> counts;
    while (select.step())
        counts.push_back({select.columnText(0), select.columnText(1), static_cast<int>(select.columnInt64(2)),
                          static_cast<int>(select.columnInt64(3))});
    return counts;
}

std::vector<std::string_view> reportQueries() {
    std::vector<std::string_view> queries(kQueries.begin(), kQueries.end());
    for (std::string_view query : learnerHistoryQueries()) queries.push_back(query);
    return queries;
}

}  // namespace ipprimer::store
