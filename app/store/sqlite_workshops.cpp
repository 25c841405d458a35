// Workshop sessions in the SQLite store: the plan, the group quiz, and
// attendance that credits every attendee's lessons in one transaction.
#include "store/sqlite_parts.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_set>

#include "base/dates.h"
#include "base/text.h"
#include "store/verbs.h"

namespace ipprimer::store {
namespace {

using nlohmann::json;

// xAPI verbs of the record contract.
using verbs::kAttended;
using verbs::kCreditWithdrawn;
using verbs::kFinished;

std::string lessonsJson(const std::vector<WorkshopLesson>& lessons) {
    json list = json::array();
    for (const auto& lesson : lessons) list.push_back({{"id", lesson.id}, {"title", lesson.title}});
    return list.dump();
}

// Written by this program only; a damaged value reads as empty rather than
// hiding the rest of the session.
std::vector<WorkshopLesson> readLessons(const std::string& text) {
    std::vector<WorkshopLesson> lessons;
    json list = json::parse(text, nullptr, false);
    if (!list.is_array()) return lessons;
    for (const auto& item : list)
        if (item.is_object() && item.contains("id") && item["id"].is_string())
            lessons.push_back({item["id"].get<std::string>(), item.value("title", std::string())});
    return lessons;
}

std::string optionsJson(const std::vector<GroupOption>& options) {
    json list = json::array();
    for (const auto& option : options)
        list.push_back({{"text", option.text}, {"right", option.right}, {"count", option.count}});
    return list.dump();
}

std::vector<GroupOption> readOptions(const std::string& text) {
    std::vector<GroupOption> options;
    json list = json::parse(text, nullptr, false);
    if (!list.is_array()) return options;
    for (const auto& item : list) {
        if (!item.is_object()) continue;
        GroupOption option;
        option.text = item.value("text", std::string());
        option.right = item.value("right", false);
        option.count = item.value("count", 0);
        options.push_back(std::move(option));
    }
    return options;
}

void requireWorkshop(Database& db, std::int64_t workshop_id) {
    Statement select(db, "SELECT 1 FROM workshops WHERE id = ?1");
    select.bind(1, workshop_id);
    if (!select.step())
        throw StoreError("there is no workshop session " + std::to_string(workshop_id) + " in " + db.path().string());
}

void requireLearner(Database& db, std::int64_t learner_id, std::string_view what) {
    Statement select(db, "SELECT 1 FROM learners WHERE id = ?1");
    select.bind(1, learner_id);
    if (!select.step())
        throw StoreError("there is no learner with id " + std::to_string(learner_id) + " in " + db.path().string() +
                         "; " + std::string(what));
}

std::vector<std::int64_t> readIds(Statement& select) {
    std::vector<std::int64_t> ids;
    while (select.step()) ids.push_back(select.columnInt64(0));
    return ids;
}

// Sessions are this file's own: the records of one are those this
// installation wrote (installation 1, schema step 4), never another PC's
// records that name a session of the same number there.
//
// Credit stands while no withdrawal follows it (progress::creditStands, in
// SQL): a learner credited again after a withdrawal is listed once, by the
// later "attended" row.
std::vector<std::int64_t> attendeesOf(Database& db, std::int64_t workshop_id) {
    Statement select(db,
                     "SELECT a.learner_id FROM events a WHERE a.verb = ?1 AND a.object = ?2 AND a.installation_id = 1"
                     " AND NOT EXISTS (SELECT 1 FROM events w WHERE w.learner_id = a.learner_id AND w.verb = ?3"
                     " AND w.object = a.object AND w.installation_id = 1 AND w.id > a.id) ORDER BY a.id");
    select.bind(1, kAttended).bind(2, std::string_view(std::to_string(workshop_id))).bind(3, kCreditWithdrawn);
    return readIds(select);
}

// Withdrawals not followed by a new credit, in the order made.
std::vector<CreditWithdrawal> withdrawnFrom(Database& db, std::int64_t workshop_id) {
    Statement select(db,
                     "SELECT w.learner_id, w.at, CASE WHEN json_valid(w.context) THEN json_extract(w.context, '$.by') END,"
                     " CASE WHEN json_valid(w.context) THEN json_extract(w.context, '$.reason') END"
                     " FROM events w WHERE w.verb = ?1 AND w.object = ?2 AND w.installation_id = 1 AND NOT EXISTS ("
                     "SELECT 1 FROM events a WHERE a.learner_id = w.learner_id AND a.verb = ?3 AND a.object = w.object"
                     " AND a.installation_id = 1 AND a.id > w.id) ORDER BY w.id");
    select.bind(1, kCreditWithdrawn).bind(2, std::string_view(std::to_string(workshop_id))).bind(3, kAttended);
    std::vector<CreditWithdrawal> withdrawn;
    while (select.step())
        withdrawn.push_back({select.columnInt64(0), select.columnInt64(1), select.columnText(2), select.columnText(3)});
    return withdrawn;
}

// HH:MM of a day, 00:00 to 23:59.
bool validTime(std::string_view time) {
    auto digit = [&](std::size_t i) { return time[i] >= '0' && time[i] <= '9'; };
    if (time.size() != 5 || time[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4)) return false;
    return (time[0] - '0') * 10 + (time[1] - '0') < 24 && time[3] < '6';
}

void insertExpected(Database& db, std::int64_t workshop_id, const std::vector<std::int64_t>& learner_ids) {
    Statement next(db, "SELECT coalesce(max(position), 0) FROM workshop_expected WHERE workshop_id = ?1");
    next.bind(1, workshop_id);
    next.step();
    std::int64_t position = next.columnInt64(0);
    Statement insert(db,
                     "INSERT INTO workshop_expected (workshop_id, learner_id, position) VALUES (?1, ?2, ?3)"
                     " ON CONFLICT DO NOTHING");
    for (std::int64_t learner_id : learner_ids) {
        requireLearner(db, learner_id, "the session was not changed");
        insert.reset();
        insert.bind(1, workshop_id).bind(2, learner_id).bind(3, ++position);
        insert.step();
    }
}

}  // namespace


std::int64_t SqliteWorkshops::start(const NewWorkshop& input) {
    const std::string trainer = trimmed(input.trainer);
    if (trainer.empty()) throw StoreError("a workshop session needs the trainer's name");
    if (input.lessons.empty()) throw StoreError("a workshop session needs at least one lesson");
    for (const auto& lesson : input.lessons)
        if (lesson.id.empty()) throw StoreError("a workshop lesson needs an id");
    const std::string date = trimmed(input.date), time = trimmed(input.time), place = trimmed(input.place);
    if (!date.empty() && !parseDate(date))
        throw StoreError("a workshop session's date is written YYYY-MM-DD, a real day: \"" + date + "\" is not");
    if (!time.empty() && !validTime(time))
        throw StoreError("a workshop session's time is written HH:MM, 00:00 to 23:59: \"" + time + "\" is not");

    Transaction transaction(context_.db);
    Statement insert(context_.db,
                     "INSERT INTO workshops (trainer, lessons, started_at, date, time, place) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, std::string_view(trainer)).bind(2, std::string_view(lessonsJson(input.lessons))).bind(3, context_.now());
    insert.bind(4, std::string_view(date)).bind(5, std::string_view(time)).bind(6, std::string_view(place));
    insert.step();
    const std::int64_t id = context_.db.lastInsertRowId();
    insertExpected(context_.db, id, input.expected);
    transaction.commit();
    return id;
}

void SqliteWorkshops::expect(std::int64_t workshop_id, const std::vector<std::int64_t>& learner_ids) {
    Transaction transaction(context_.db);
    requireWorkshop(context_.db, workshop_id);
    insertExpected(context_.db, workshop_id, learner_ids);
    transaction.commit();
}

void SqliteWorkshops::recordGroupAnswer(std::int64_t workshop_id, const GroupAnswer& answer) {
    if (answer.question_id.empty()) throw StoreError("a group quiz answer needs the question's id");
    Transaction transaction(context_.db);
    requireWorkshop(context_.db, workshop_id);
    // A corrected answer keeps the place the question was first asked in.
    Statement position(context_.db,
                       "SELECT coalesce((SELECT position FROM workshop_questions WHERE workshop_id = ?1 AND question_id = ?2),"
                       " (SELECT coalesce(max(position), 0) + 1 FROM workshop_questions WHERE workshop_id = ?1))");
    position.bind(1, workshop_id).bind(2, std::string_view(answer.question_id));
    position.step();
    Statement upsert(context_.db,
                     "INSERT INTO workshop_questions"
                     " (workshop_id, question_id, position, title, type, options, room_answer, room_right, at)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                     " ON CONFLICT (workshop_id, question_id) DO UPDATE SET title = excluded.title,"
                     " type = excluded.type, options = excluded.options, room_answer = excluded.room_answer,"
                     " room_right = excluded.room_right, at = excluded.at");
    upsert.bind(1, workshop_id)
        .bind(2, std::string_view(answer.question_id))
        .bind(3, position.columnInt64(0))
        .bind(4, std::string_view(answer.title))
        .bind(5, std::string_view(answer.type))
        .bind(6, std::string_view(optionsJson(answer.options)))
        .bind(7, std::string_view(answer.room_answer));
    if (answer.room_right)
        upsert.bind(8, *answer.room_right ? 1 : 0);
    else
        upsert.bind(8, nullptr);
    upsert.bind(9, context_.now());
    upsert.step();
    transaction.commit();
}

int SqliteWorkshops::confirmAttendance(std::int64_t workshop_id, const std::vector<std::int64_t>& learner_ids) {
    Transaction transaction(context_.db);
    Statement session(context_.db, "SELECT trainer, lessons FROM workshops WHERE id = ?1");
    session.bind(1, workshop_id);
    if (!session.step())
        throw StoreError("there is no workshop session " + std::to_string(workshop_id) + " in " + context_.location() +
                         "; no attendance was recorded");
    const std::string trainer = session.columnText(0);
    const std::vector<WorkshopLesson> lessons = readLessons(session.columnText(1));

    const std::vector<std::int64_t> already = attendeesOf(context_.db, workshop_id);
    std::unordered_set<std::int64_t> credited(already.begin(), already.end());

    json lesson_ids = json::array();
    for (const auto& lesson : lessons) lesson_ids.push_back(lesson.id);
    const std::string finished_context = json{{"workshop", workshop_id}}.dump();
    const std::string attended_context = json{{"lessons", lesson_ids}, {"trainer", trainer}}.dump();
    const std::string object = std::to_string(workshop_id);
    const std::int64_t now = context_.now();

    auto record = [&](std::int64_t learner_id, std::string_view verb, std::string_view what, const std::string& context) {
        NewEvent event;
        event.learner_id = learner_id;
        event.verb = verb;
        event.object = what;
        event.context = context;
        event.at = now;
        events_.insert(event, std::nullopt, "no attendance");
    };
    int count = 0;
    for (std::int64_t learner_id : learner_ids) {
        if (!credited.insert(learner_id).second) continue;  // already credited, or listed twice
        requireLearner(context_.db, learner_id, "no attendance was recorded");
        for (const auto& lesson : lessons) record(learner_id, kFinished, lesson.id, finished_context);
        record(learner_id, kAttended, object, attended_context);
        ++count;
    }
    Statement confirm(context_.db, "UPDATE workshops SET confirmed_at = coalesce(confirmed_at, ?2) WHERE id = ?1");
    confirm.bind(1, workshop_id).bind(2, now);
    confirm.step();
    transaction.commit();
    return count;
}

void SqliteWorkshops::withdrawCredit(std::int64_t workshop_id, std::int64_t learner_id, const std::string& by,
                                     const std::string& reason) {
    const std::string who = trimmed(by);
    if (who.empty()) throw StoreError("withdrawing a credit needs the name of who withdraws it");
    Transaction transaction(context_.db);
    requireWorkshop(context_.db, workshop_id);
    const std::vector<std::int64_t> credited = attendeesOf(context_.db, workshop_id);
    if (std::find(credited.begin(), credited.end(), learner_id) == credited.end())
        throw StoreError("learner " + std::to_string(learner_id) + " holds no credit from workshop session " +
                         std::to_string(workshop_id) + " to withdraw; nothing was recorded");
    NewEvent event;
    event.learner_id = learner_id;
    event.verb = kCreditWithdrawn;
    event.object = std::to_string(workshop_id);
    event.context = json{{"by", who}, {"reason", trimmed(reason)}}.dump();
    events_.insert(event, std::nullopt, "the withdrawal");
    transaction.commit();
}

std::optional<Workshop> SqliteWorkshops::find(std::int64_t workshop_id) {
    Statement select(context_.db,
                     "SELECT id, trainer, lessons, started_at, confirmed_at, date, time, place FROM workshops WHERE id = ?1");
    select.bind(1, workshop_id);
    if (!select.step()) return std::nullopt;
    Workshop workshop;
    workshop.id = select.columnInt64(0);
    workshop.trainer = select.columnText(1);
    workshop.lessons = readLessons(select.columnText(2));
    workshop.started_at = select.columnInt64(3);
    if (!select.columnIsNull(4)) workshop.confirmed_at = select.columnInt64(4);
    workshop.date = select.columnText(5);
    workshop.time = select.columnText(6);
    workshop.place = select.columnText(7);

    Statement expected(context_.db, "SELECT learner_id FROM workshop_expected WHERE workshop_id = ?1 ORDER BY position");
    expected.bind(1, workshop_id);
    workshop.expected = readIds(expected);
    workshop.attendees = attendeesOf(context_.db, workshop_id);
    workshop.withdrawn = withdrawnFrom(context_.db, workshop_id);

    Statement questions(context_.db,
                        "SELECT question_id, title, type, options, room_answer, room_right, at"
                        " FROM workshop_questions WHERE workshop_id = ?1 ORDER BY position");
    questions.bind(1, workshop_id);
    while (questions.step()) {
        GroupAnswer answer;
        answer.question_id = questions.columnText(0);
        answer.title = questions.columnText(1);
        answer.type = questions.columnText(2);
        answer.options = readOptions(questions.columnText(3));
        answer.room_answer = questions.columnText(4);
        if (!questions.columnIsNull(5)) answer.room_right = questions.columnInt64(5) != 0;
        answer.at = questions.columnInt64(6);
        workshop.group_quiz.push_back(std::move(answer));
    }
    return workshop;
}

std::vector<WorkshopSummary> SqliteWorkshops::list() {
    Statement select(context_.db,
                     "SELECT w.id, w.trainer, w.started_at, w.confirmed_at, json_array_length(w.lessons),"
                     " (SELECT count(*) FROM workshop_expected x WHERE x.workshop_id = w.id),"
                     " (SELECT count(*) FROM events e WHERE e.verb = ?1 AND e.object = CAST(w.id AS TEXT)"
                     " AND e.installation_id = 1 AND NOT EXISTS (SELECT 1 FROM events c WHERE c.learner_id = e.learner_id"
                     " AND c.verb = ?2 AND c.object = e.object AND c.installation_id = 1 AND c.id > e.id)),"
                     " (SELECT count(*) FROM workshop_questions q WHERE q.workshop_id = w.id), w.date, w.time, w.place"
                     " FROM workshops w ORDER BY w.started_at DESC, w.id DESC");
    select.bind(1, kAttended).bind(2, kCreditWithdrawn);
    std::vector<WorkshopSummary> result;
    while (select.step()) {
        WorkshopSummary summary;
        summary.id = select.columnInt64(0);
        summary.trainer = select.columnText(1);
        summary.started_at = select.columnInt64(2);
        if (!select.columnIsNull(3)) summary.confirmed_at = select.columnInt64(3);
        summary.lessons = static_cast<int>(select.columnInt64(4));
        summary.expected = static_cast<int>(select.columnInt64(5));
        summary.attendees = static_cast<int>(select.columnInt64(6));
        summary.questions = static_cast<int>(select.columnInt64(7));
        summary.date = select.columnText(8);
        summary.time = select.columnText(9);
        summary.place = select.columnText(10);
        result.push_back(std::move(summary));
    }
    return result;
}

std::vector<std::int64_t> SqliteWorkshops::attendedBy(std::int64_t learner_id) {
    // The object of an "attended" event is the session id as text; a row
    // whose object is not a number belongs to no session of ours.
    Statement select(context_.db,
                     "SELECT CAST(a.object AS INTEGER) FROM events a"
                     " WHERE a.learner_id = ?1 AND a.verb = ?2 AND a.object GLOB '[0-9]*' AND a.installation_id = 1"
                     " AND NOT EXISTS (SELECT 1 FROM events w WHERE w.learner_id = a.learner_id AND w.verb = ?3"
                     " AND w.object = a.object AND w.installation_id = 1 AND w.id > a.id) ORDER BY a.at DESC, a.id DESC");
    select.bind(1, learner_id).bind(2, kAttended).bind(3, kCreditWithdrawn);
    return readIds(select);
}

}  // namespace ipprimer::store
