// Four reads from the server's roster and summaries, handed to the same
// DashboardBuilder the local store uses.
#include "store/org_reports.h"

#include <array>

#include "store/dashboard_builder.h"
#include "store/org_roster.h"

namespace ipprimer::store::org {
namespace {

constexpr std::string_view kLearners =
    "SELECT id, name, coalesce(employee_id, ''), email, role, department, start_date, archived, created_at"
    " FROM ipprimer.learners WHERE NOT archived OR $1";
constexpr std::string_view kLessons =
    "SELECT learner_id, lesson_id, coalesce(first_opened_at, 0), coalesce(first_finished_at, 0)"
    " FROM ipprimer.lesson_progress";
constexpr std::string_view kQuizzes =
    "SELECT learner_id, quiz, first_started_at, attempts_started, attempts_finished, last_finished_at, last_passed,"
    " last_passed_at, best_score FROM ipprimer.quiz_progress";
// Managers' extensions: the latest given wins, as in the local store (by the
// time it was given, then the order received), so a PC and the server that
// hold the same records agree whatever order they arrived in.
constexpr std::string_view kDueExtensions =
    "SELECT l.id, e.object, e.at, e.received, ipprimer.json_or_null(e.context) ->> 'due'"
    " FROM ipprimer.events e JOIN ipprimer.learners l ON l.uuid = e.learner WHERE e.verb = 'due-extended'";

constexpr std::array kQueries{kLearners, kLessons, kQuizzes, kDueExtensions};

}  // namespace

Dashboard loadOrgDashboard(pg::Connection& connection, const progress::Curriculum& curriculum, Date today,
                           bool include_archived) {
    DashboardBuilder builder(curriculum);

    // One snapshot: a sync committing meanwhile is seen whole or not at all.
    pg::Transaction transaction(connection, "ISOLATION LEVEL REPEATABLE READ READ ONLY");
    {
        const pg::Result rows = connection.exec(kLearners, pg::Params().add(include_archived));
        for (int row = 0; row < rows.rows(); ++row) {
            builder.addLearner(learnerFromRow(rows, row));
        }
    }
    {
        // The largest read (a row per learner and lesson): in binary, so
        // neither side turns half a million numbers into text and back.
        const pg::Result rows = connection.exec(kLessons, pg::Params(), /*binary=*/true);
        for (int row = 0; row < rows.rows(); ++row)
            builder.addLesson(rows.binaryInt64(row, 0), rows.text(row, 1), rows.binaryInt64(row, 2),
                              rows.binaryInt64(row, 3));
    }
    {
        const pg::Result rows = connection.exec(kQuizzes);
        for (int row = 0; row < rows.rows(); ++row) {
            QuizSummary summary;
            summary.first_started_at = rows.optionalInt64(row, 2);
            summary.attempts_started = static_cast<int>(rows.int64(row, 3));
            summary.attempts_finished = static_cast<int>(rows.int64(row, 4));
            summary.last_finished_at = rows.optionalInt64(row, 5);
            summary.last_passed = rows.boolean(row, 6);
            summary.last_passed_at = rows.optionalInt64(row, 7);
            summary.best_score = rows.optionalNumber(row, 8);
            builder.addQuiz(rows.int64(row, 0), rows.text(row, 1), summary);
        }
    }
    {
        const pg::Result rows = connection.exec(kDueExtensions);
        for (int row = 0; row < rows.rows(); ++row)
            builder.addDueExtension(rows.int64(row, 0), rows.text(row, 1), {rows.int64(row, 2), rows.int64(row, 3)},
                                    rows.text(row, 4));
    }
    transaction.commit();
    return std::move(builder).finish(today);
}

std::span<const std::string_view> orgDashboardQueries() { return kQueries; }

}  // namespace ipprimer::store::org
