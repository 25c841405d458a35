// CSV and JSON of a workshop session, built from the store's values.
#include "export/workshop_files.h"

#include <stdexcept>
#include <unordered_set>

#include "base/dates.h"
#include "export/csv_writer.h"
#include "export/export_file.h"
#include "export/json_writer.h"

namespace ipprimer::exports {
namespace {

using store::Workshop;

struct Person {
    std::int64_t id = 0;
    std::string name, employee_id, department, role;
};

Person person(store::Store& store, std::int64_t learner_id) {
    Person p;
    p.id = learner_id;
    if (auto learner = store.roster().find(learner_id)) {
        p.name = learner->name;
        p.employee_id = learner->employee_id;
        p.department = learner->department;
        p.role = learner->role;
    }
    return p;
}

Workshop load(store::Store& store, std::int64_t workshop_id) {
    auto workshop = store.workshops().find(workshop_id);
    if (!workshop)
        throw store::StoreError("there is no workshop session " + std::to_string(workshop_id) + " in " +
                                store.path().string());
    return *workshop;
}

std::vector<std::int64_t> absentees(const Workshop& workshop) {
    // Each person once: credited, credit withdrawn, or absent.
    std::unordered_set<std::int64_t> came(workshop.attendees.begin(), workshop.attendees.end());
    for (const auto& withdrawal : workshop.withdrawn) came.insert(withdrawal.learner_id);
    std::vector<std::int64_t> absent;
    for (std::int64_t id : workshop.expected)
        if (!came.contains(id)) absent.push_back(id);
    return absent;
}

std::string localDay(std::int64_t unix_ms) { return formatDate(localDate(unix_ms)); }

// The day as planned, else the day it started (sessions planned before dates were asked for).
std::string sessionDay(const Workshop& workshop) {
    return workshop.date.empty() ? localDay(workshop.started_at) : workshop.date;
}

void people(JsonWriter& json, store::Store& store, const std::vector<std::int64_t>& ids) {
    json.beginArray();
    for (std::int64_t id : ids) {
        const Person p = person(store, id);
        json.beginObject();
        json.field("learner_id", p.id);
        json.field("name", p.name);
        json.field("employee_id", p.employee_id);
        json.field("department", p.department);
        json.field("role", p.role);
        json.endObject();
    }
    json.endArray();
}

}  // namespace

std::string workshopCsv(store::Store& store, std::int64_t workshop_id) {
    const Workshop workshop = load(store, workshop_id);
    const std::string session = std::to_string(workshop.id), date = sessionDay(workshop);
    CsvWriter csv;
    csv.row({"session", "date", "trainer", "record", "id", "name", "detail", "count", "total"});
    auto row = [&](std::string_view record, std::string_view id, std::string_view name, std::string_view detail,
                   std::string_view count, std::string_view total) {
        csv.cell(session).cell(date).cell(workshop.trainer).cell(record).cell(id).cell(name).cell(detail);
        csv.cell(count).cell(total).endRow();
    };
    if (!workshop.place.empty() || !workshop.time.empty()) row("session", "", workshop.place, workshop.time, "", "");
    for (const auto& lesson : workshop.lessons) row("lesson", lesson.id, lesson.title, "", "", "");
    for (std::int64_t id : workshop.attendees) {
        const Person p = person(store, id);
        row("attendee", p.employee_id, p.name, p.department, "", "");
    }
    for (const auto& withdrawal : workshop.withdrawn) {
        const Person p = person(store, withdrawal.learner_id);
        row("withdrawn", p.employee_id, p.name, withdrawal.reason, "", "");
    }
    for (std::int64_t id : absentees(workshop)) {
        const Person p = person(store, id);
        row("absent", p.employee_id, p.name, p.department, "", "");
    }
    for (const auto& answer : workshop.group_quiz) {
        const std::string hands = std::to_string(answer.hands());
        const bool counted = answer.hands() > 0;
        std::string detail = answer.room_answer;
        if (answer.room_right) detail += std::string(detail.empty() ? "" : " ") + (*answer.room_right ? "(right)" : "(wrong)");
        row("question", answer.question_id, answer.title, detail, counted ? std::to_string(answer.rightHands()) : "",
            counted ? hands : "");
        for (const auto& option : answer.options)
            row("option", answer.question_id, option.text, option.right ? "right" : "wrong", std::to_string(option.count),
                hands);
    }
    return csv.take();
}

std::string workshopJson(store::Store& store, std::int64_t workshop_id) {
    const Workshop workshop = load(store, workshop_id);
    JsonWriter json;
    json.beginObject();
    json.field("session", workshop.id);
    json.field("trainer", workshop.trainer);
    json.field("date", sessionDay(workshop));
    json.field("time", workshop.time);
    json.field("place", workshop.place);
    json.field("started_at", utcTimestamp(workshop.started_at));
    json.key("confirmed_at");
    if (workshop.confirmed_at)
        json.value(utcTimestamp(*workshop.confirmed_at));
    else
        json.null();
    json.key("lessons");
    json.beginArray();
    for (const auto& lesson : workshop.lessons) {
        json.beginObject();
        json.field("id", lesson.id);
        json.field("title", lesson.title);
        json.endObject();
    }
    json.endArray();
    json.key("attendees");
    people(json, store, workshop.attendees);
    json.key("absent");
    people(json, store, absentees(workshop));
    json.key("withdrawn");
    json.beginArray();
    for (const auto& withdrawal : workshop.withdrawn) {
        const Person p = person(store, withdrawal.learner_id);
        json.beginObject();
        json.field("learner_id", p.id);
        json.field("name", p.name);
        json.field("employee_id", p.employee_id);
        json.field("withdrawn_at", utcTimestamp(withdrawal.at));
        json.field("by", withdrawal.by);
        json.field("reason", withdrawal.reason);
        json.endObject();
    }
    json.endArray();
    json.key("group_quiz");
    json.beginArray();
    for (const auto& answer : workshop.group_quiz) {
        json.beginObject();
        json.field("question", answer.question_id);
        json.field("title", answer.title);
        json.field("type", answer.type);
        json.key("options");
        json.beginArray();
        for (const auto& option : answer.options) {
            json.beginObject();
            json.field("text", option.text);
            json.field("right", option.right);
            json.field("count", option.count);
            json.endObject();
        }
        json.endArray();
        json.field("room_answer", answer.room_answer);
        json.field("room_right", answer.room_right);
        json.field("hands", answer.hands());
        json.field("right_hands", answer.rightHands());
        json.field("share_right", answer.shareRight());
        json.field("at", utcTimestamp(answer.at));
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.take() + '\n';
}

std::string workshopText(FormatId format, store::Store& store, std::int64_t workshop_id) {
    switch (format) {
    case FormatId::Csv: return workshopCsv(store, workshop_id);
    case FormatId::Json: return workshopJson(store, workshop_id);
    default: break;
    }
    throw std::invalid_argument("a workshop session is not written as " + std::string(formatOf(format).name));
}

void exportWorkshop(store::Store& store, std::int64_t workshop_id, FormatId format, const std::filesystem::path& path) {
    saveExport(path, workshopText(format, store, workshop_id));
}

}  // namespace ipprimer::exports
