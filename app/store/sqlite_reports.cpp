// The dashboard's rows in the SQLite store: four reads (learners, lesson and
// quiz summaries, due extensions), then progress::deriveStatus() for each
// learner; and the first answers the topics view counts.
#include "store/sqlite_parts.h"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include "base/text.h"
#include "progress/quiz_id.h"
#include "store/learner_row.h"

namespace ipprimer::store {
namespace {

// In id order; sorted by name afterwards (see sortByName), three times faster
// than SQLite's NOCASE sort.
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

std::optional<Date> dateOrNone(std::int64_t unix_ms, LocalCalendar& calendar) {
    if (unix_ms == 0) return std::nullopt;
    return calendar.dateOf(unix_ms);
}

std::optional<Date> optionalDate(const Statement& row, int column, LocalCalendar& calendar) {
    if (row.columnIsNull(column)) return std::nullopt;
    return calendar.dateOf(row.columnInt64(column));
}

// Learner id -> row index. Ids are row ids handed out one after another, so
// a vector indexed by id is the quickest map; a map serves odd sparse ids.
class LearnerPositions {
public:
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    void emplace(std::int64_t id, std::size_t index) {
        if (id >= 0 && id < kDenseLimit) {
            if (dense_.size() <= static_cast<std::size_t>(id)) dense_.resize(static_cast<std::size_t>(id) + 1, kNone);
            dense_[static_cast<std::size_t>(id)] = index;
        } else {
            sparse_.emplace(id, index);
        }
    }
    std::size_t find(std::int64_t id) const {
        if (id >= 0 && static_cast<std::size_t>(id) < dense_.size()) return dense_[static_cast<std::size_t>(id)];
        if (id >= 0 && id < kDenseLimit) return kNone;
        auto found = sparse_.find(id);
        return found == sparse_.end() ? kNone : found->second;
    }

private:
    static constexpr std::int64_t kDenseLimit = 50'000'000;
    std::vector<std::size_t> dense_;
    std::unordered_map<std::int64_t, std::size_t> sparse_;
};

struct Loading {
    std::vector<DashboardRow> rows;
    std::vector<progress::LearnerRecords> records;
    LearnerPositions position;  // learner id -> index
    std::vector<std::string> role_quiz;                      // QuizId::role(role).text() per row
    std::vector<std::pair<std::int64_t, std::int64_t>> due_seen;  // (at, id) of the extension kept
};

// Reads one learner per row of a learners query.
void readLearners(Statement& select, Loading& loading, LocalCalendar& calendar) {
    while (select.step()) {
        DashboardRow row;
        row.learner = readLearner(select);
        const Learner& learner = row.learner;
        progress::LearnerRecords records;
        records.role = learner.role;
        const std::optional<Date> start = parseDate(learner.start_date);
        records.start = start ? *start : calendar.dateOf(learner.created_at);
        loading.position.emplace(learner.id, loading.rows.size());
        loading.role_quiz.push_back(progress::QuizId::role(learner.role).text());
        loading.records.push_back(std::move(records));
        loading.rows.push_back(std::move(row));
    }
    loading.due_seen.assign(loading.rows.size(), {-1, -1});
}

void readLessons(Statement& select, const progress::Curriculum& curriculum, Loading& loading, LocalCalendar& calendar) {
    const auto lesson_count = static_cast<std::size_t>(curriculum.lessonCount());
    // Rows come in primary-key order, (learner, lesson id), so each learner's
    // lessons are matched by walking the course's lessons sorted by id beside
    // them; out of order, the walk starts again (slower, still right).
    const auto& sorted = curriculum.lessonsById();
    std::int64_t previous_learner = -1;
    std::size_t cursor = 0;
    while (select.step()) {
        const std::int64_t learner_id = select.columnInt64(0);
        const std::size_t at = loading.position.find(learner_id);
        if (at == LearnerPositions::kNone) continue;  // archived, or not asked for
        const std::string_view lesson_id = select.columnView(1);
        if (learner_id != previous_learner || (cursor > 0 && sorted[cursor - 1].first >= lesson_id)) cursor = 0;
        previous_learner = learner_id;
        while (cursor < sorted.size() && sorted[cursor].first < lesson_id) ++cursor;
        if (cursor == sorted.size() || sorted[cursor].first != lesson_id) continue;  // a lesson no longer in the course
        const int lesson = sorted[cursor++].second;
        progress::LearnerRecords& records = loading.records[at];
        if (records.lessons.size() < lesson_count) records.lessons.resize(lesson_count);
        progress::LessonRecord& record = records.lessons[static_cast<std::size_t>(lesson)];
        record.first_opened = dateOrNone(select.columnInt64(2), calendar);
        record.first_finished = dateOrNone(select.columnInt64(3), calendar);
    }
}

void readQuizzes(Statement& select, const progress::Curriculum& curriculum, Loading& loading, LocalCalendar& calendar) {
    while (select.step()) {
        const std::size_t at = loading.position.find(select.columnInt64(0));
        if (at == LearnerPositions::kNone) continue;
        const std::string_view quiz = select.columnView(1);
        progress::LearnerRecords& records = loading.records[at];
        if (quiz == loading.role_quiz[at]) {
            progress::QuizRecord& record = records.role_quiz;
            record.first_started = optionalDate(select, 2, calendar);
            record.attempts_started = static_cast<int>(select.columnInt64(3));
            record.attempts_finished = static_cast<int>(select.columnInt64(4));
            record.last_finished = optionalDate(select, 5, calendar);
            record.last_passed = select.columnInt64(6) != 0;
            record.last_passed_on = optionalDate(select, 7, calendar);
            if (!select.columnIsNull(8)) record.best_score = select.columnDouble(8);
        } else if (const auto id = progress::QuizId::parse(quiz); id && id->kind() == progress::QuizKind::Practice) {
            const int module = curriculum.moduleIndex(id->target());
            if (module < 0 || select.columnIsNull(2)) continue;
            if (records.practice_started.size() < curriculum.modules().size())
                records.practice_started.resize(curriculum.modules().size());
            records.practice_started[static_cast<std::size_t>(module)] = calendar.dateOf(select.columnInt64(2));
        }
    }
}

// The latest extension for the learner's current role wins.
void readDueExtensions(Statement& select, Loading& loading) {
    while (select.step()) {
        const std::size_t at = loading.position.find(select.columnInt64(0));
        if (at == LearnerPositions::kNone) continue;
        if (select.columnView(1) != loading.role_quiz[at]) continue;  // for another role
        const std::optional<Date> due = parseDate(select.columnView(4));
        if (!due) continue;
        const std::pair<std::int64_t, std::int64_t> when{select.columnInt64(2), select.columnInt64(3)};
        if (when < loading.due_seen[at]) continue;
        loading.due_seen[at] = when;
        loading.records[at].due_extended_to = due;
    }
}

// Names without regard to ASCII case (as SQLite's NOCASE), then as written,
// then by id: the order of Roster::list().
std::vector<DashboardRow> sortByName(std::vector<DashboardRow> rows) {
    std::vector<std::pair<std::string, std::size_t>> keys;
    keys.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) keys.emplace_back(asciiLowered(rows[i].learner.name), i);
    std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first < b.first;
        const std::string& x = rows[a.second].learner.name;
        const std::string& y = rows[b.second].learner.name;
        if (x != y) return x < y;
        return rows[a.second].learner.id < rows[b.second].learner.id;
    });
    std::vector<DashboardRow> sorted;
    sorted.reserve(rows.size());
    for (const auto& key : keys) sorted.push_back(std::move(rows[key.second]));
    return sorted;
}

void derive(Loading& loading, const progress::Curriculum& curriculum, Date today) {
    for (std::size_t i = 0; i < loading.rows.size(); ++i)
        loading.rows[i].status = progress::deriveStatus(curriculum, loading.records[i], today);
}

}  // namespace

Dashboard SqliteReports::dashboard(const progress::Curriculum& curriculum, Date today, bool include_archived) {
    Database& db = context_.db;
    LocalCalendar calendar;
    Loading loading;
    {
        Statement select(db, kAllLearners);
        select.bind(1, include_archived ? 1 : 0);
        readLearners(select, loading, calendar);
    }
    {
        Statement select(db, kAllLessons);
        readLessons(select, curriculum, loading, calendar);
    }
    {
        Statement select(db, kAllQuizzes);
        readQuizzes(select, curriculum, loading, calendar);
    }
    {
        Statement select(db, kAllDueExtensions);
        readDueExtensions(select, loading);
    }
    derive(loading, curriculum, today);
    return Dashboard{today, sortByName(std::move(loading.rows))};
}

std::optional<DashboardRow> SqliteReports::dashboardRow(const progress::Curriculum& curriculum, std::int64_t learner_id,
                                                       Date today) {
    Database& db = context_.db;
    LocalCalendar calendar;
    Loading loading;
    for (auto [sql, reader] : std::initializer_list<std::pair<std::string_view, int>>{
             {kOneLearner, 0}, {kOneLearnersLessons, 1}, {kOneLearnersQuizzes, 2}, {kOneLearnersDueExtensions, 3}}) {
        Statement select(db, sql);
        select.bind(1, learner_id);
        switch (reader) {
        case 0: readLearners(select, loading, calendar); break;
        case 1: readLessons(select, curriculum, loading, calendar); break;
        case 2: readQuizzes(select, curriculum, loading, calendar); break;
        default: readDueExtensions(select, loading); break;
        }
        if (loading.rows.empty()) return std::nullopt;
    }
    derive(loading, curriculum, today);
    return std::move(loading.rows.front());
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
