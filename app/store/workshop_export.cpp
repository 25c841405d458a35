// CSV and JSON of a workshop session, built from the store's values.
#include "store/workshop_export.h"

#include <nlohmann/json.hpp>

#include <ctime>
#include <fstream>
#include <unordered_set>

namespace ipprimer::store {
namespace {

using nlohmann::json;

struct Person {
    std::int64_t id = 0;
    std::string name, employee_id, department, role;
};

Person person(Store& store, std::int64_t learner_id) {
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

Workshop load(Store& store, std::int64_t workshop_id) {
    auto workshop = store.workshops().find(workshop_id);
    if (!workshop)
        throw StoreError("there is no workshop session " + std::to_string(workshop_id) + " in " +
                         store.path().string());
    return *workshop;
}

std::vector<std::int64_t> absentees(const Workshop& workshop) {
    std::unordered_set<std::int64_t> came(workshop.attendees.begin(), workshop.attendees.end());
    std::vector<std::int64_t> absent;
    for (std::int64_t id : workshop.expected)
        if (!came.contains(id)) absent.push_back(id);
    return absent;
}

std::string formatTime(std::int64_t unix_ms, bool local, const char* pattern) {
    std::time_t seconds = static_cast<std::time_t>(unix_ms / 1000);
    std::tm parts{};
    if (local)
        localtime_r(&seconds, &parts);
    else
        gmtime_r(&seconds, &parts);
    char text[32];
    std::size_t n = std::strftime(text, sizeof text, pattern, &parts);
    return std::string(text, n);
}

}  // namespace

std::string localDay(std::int64_t unix_ms) { return formatTime(unix_ms, true, "%Y-%m-%d"); }

std::string isoUtc(std::int64_t unix_ms) { return formatTime(unix_ms, false, "%Y-%m-%dT%H:%M:%SZ"); }

std::string csvField(std::string_view text) {
    std::string field(text);
    if (!field.empty() && (field[0] == '=' || field[0] == '+' || field[0] == '-' || field[0] == '@' ||
                           field[0] == '\t' || field[0] == '\r'))
        field.insert(field.begin(), '\'');
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string quoted = "\"";
    for (char c : field) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string workshopCsv(Store& store, std::int64_t workshop_id) {
    const Workshop workshop = load(store, workshop_id);
    const std::string prefix = csvField(std::to_string(workshop.id)) + "," + csvField(localDay(workshop.started_at)) +
                               "," + csvField(workshop.trainer) + ",";
    std::string out = "session,date,trainer,record,id,name,detail,count,total\r\n";
    auto row = [&](std::string_view record, std::string_view id, std::string_view name, std::string_view detail,
                   std::string count, std::string total) {
        out += prefix + csvField(record) + "," + csvField(id) + "," + csvField(name) + "," + csvField(detail) + "," +
               count + "," + total + "\r\n";
    };
    for (const auto& lesson : workshop.lessons) row("lesson", lesson.id, lesson.title, "", "", "");
    for (std::int64_t id : workshop.attendees) {
        Person p = person(store, id);
        row("attendee", p.employee_id, p.name, p.department, "", "");
    }
    for (std::int64_t id : absentees(workshop)) {
        Person p = person(store, id);
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
    return out;
}

std::string workshopJson(Store& store, std::int64_t workshop_id) {
    const Workshop workshop = load(store, workshop_id);
    auto people = [&](const std::vector<std::int64_t>& ids) {
        json list = json::array();
        for (std::int64_t id : ids) {
            Person p = person(store, id);
            list.push_back({{"learner_id", p.id},
                            {"name", p.name},
                            {"employee_id", p.employee_id},
                            {"department", p.department},
                            {"role", p.role}});
        }
        return list;
    };
    json lessons = json::array();
    for (const auto& lesson : workshop.lessons) lessons.push_back({{"id", lesson.id}, {"title", lesson.title}});
    json quiz = json::array();
    for (const auto& answer : workshop.group_quiz) {
        json options = json::array();
        for (const auto& option : answer.options)
            options.push_back({{"text", option.text}, {"right", option.right}, {"count", option.count}});
        json item = {{"question", answer.question_id},
                     {"title", answer.title},
                     {"type", answer.type},
                     {"options", options},
                     {"room_answer", answer.room_answer},
                     {"room_right", answer.room_right ? json(*answer.room_right) : json(nullptr)},
                     {"hands", answer.hands()},
                     {"right_hands", answer.rightHands()},
                     {"at", isoUtc(answer.at)}};
        auto share = answer.shareRight();
        item["share_right"] = share ? json(*share) : json(nullptr);
        quiz.push_back(std::move(item));
    }
    json out = {{"session", workshop.id},
                {"trainer", workshop.trainer},
                {"date", localDay(workshop.started_at)},
                {"started_at", isoUtc(workshop.started_at)},
                {"confirmed_at", workshop.confirmed_at ? json(isoUtc(*workshop.confirmed_at)) : json(nullptr)},
                {"lessons", lessons},
                {"attendees", people(workshop.attendees)},
                {"absent", people(absentees(workshop))},
                {"group_quiz", quiz}};
    return out.dump(2) + "\n";
}

void exportWorkshop(Store& store, std::int64_t workshop_id, ExportFormat format, const std::filesystem::path& path) {
    const std::string text = format == ExportFormat::Csv ? workshopCsv(store, workshop_id) : workshopJson(store, workshop_id);
    if (path.empty()) throw StoreError("no file name was given for the export");
    std::error_code ignored;
    if (std::filesystem::is_directory(path, ignored))
        throw StoreError(path.string() + " is a folder; type a file name such as " +
                         (path / (format == ExportFormat::Csv ? "workshop.csv" : "workshop.json")).string());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) {
        std::string why = path.has_parent_path() && !std::filesystem::exists(path.parent_path(), ignored)
                              ? "the folder " + path.parent_path().string() + " does not exist"
                              : "it cannot be written (is the folder writable?)";
        throw StoreError("could not export to " + path.string() + ": " + why);
    }
    out << text;
    out.close();
    if (!out) throw StoreError("could not finish writing " + path.string() + " (is the disk full?)");
}

}  // namespace ipprimer::store
