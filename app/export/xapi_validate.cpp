// The statement, its actor, verb, result and context against xAPI 1.0.3;
// activities and interactions are in xapi_validate_activity.cpp.
#include "export/xapi_validate.h"

#include <cctype>

#include "export/iso8601.h"
#include "export/uuid.h"
#include "export/xapi_checker.h"

namespace ipprimer::exports::xapi {
namespace {

using nlohmann::json;

std::string shown(const json& value) {
    const std::string text = value.dump();
    return text.size() > 60 ? text.substr(0, 57) + "..." : text;
}

bool isNumber(const json& value) { return value.is_number() && !value.is_boolean(); }

void score(Checker& check, const json& value, const std::string& path) {
    if (!check.object(value, path, {"scaled", "raw", "min", "max"})) return;
    for (const char* key : {"scaled", "raw", "min", "max"})
        if (value.contains(key) && !isNumber(value[key])) check.problem(path + "." + key, "must be a number");
    auto number = [&](const char* key) { return value.contains(key) && isNumber(value[key]) ? value[key].get<double>() : 0.0; };
    auto has = [&](const char* key) { return value.contains(key) && isNumber(value[key]); };
    if (has("scaled") && (number("scaled") < -1 || number("scaled") > 1))
        check.problem(path + ".scaled", shown(value["scaled"]) + " is outside -1..1");
    if (has("min") && has("max") && !(number("min") < number("max")))
        check.problem(path + ".min", "must be less than max");
    if (has("raw") && has("min") && number("raw") < number("min")) check.problem(path + ".raw", "is below min");
    if (has("raw") && has("max") && number("raw") > number("max")) check.problem(path + ".raw", "is above max");
}

void result(Checker& check, const json& value, const json& definition, const std::string& path) {
    if (!check.object(value, path, {"score", "success", "completion", "response", "duration", "extensions"})) return;
    if (value.contains("score")) score(check, value["score"], path + ".score");
    for (const char* key : {"success", "completion"})
        if (value.contains(key) && !value[key].is_boolean()) check.problem(path + "." + key, "must be true or false");
    if (value.contains("response")) {
        if (!value["response"].is_string()) check.problem(path + ".response", "must be a string");
        else check.response(value["response"], definition, path + ".response");
    }
    if (value.contains("duration") && !(value["duration"].is_string() && isIsoDuration(value["duration"].get<std::string>())))
        check.problem(path + ".duration", shown(value["duration"]) + " is not an ISO 8601 duration");
    if (value.contains("extensions")) check.extensions(value["extensions"], path + ".extensions");
}

void contextActivities(Checker& check, const json& value, const std::string& path) {
    if (!check.object(value, path, {"parent", "grouping", "category", "other"})) return;
    for (const auto& [key, activities] : value.items()) {
        if (activities.is_array()) {
            for (std::size_t i = 0; i < activities.size(); ++i)
                check.activity(activities[i], path + "." + key + "[" + std::to_string(i) + "]");
        } else {
            check.activity(activities, path + "." + key);  // a single Activity is allowed too
        }
    }
}

void context(Checker& check, const json& value, bool object_is_activity, const std::string& path) {
    if (!check.object(value, path, {"registration", "instructor", "team", "contextActivities", "revision", "platform",
                                    "language", "statement", "extensions"}))
        return;
    if (value.contains("registration")) check.uuid(value["registration"], path + ".registration");
    if (value.contains("instructor")) check.actor(value["instructor"], path + ".instructor");
    if (value.contains("team")) {
        check.actor(value["team"], path + ".team");
        if (value["team"].value("objectType", "") != "Group") check.problem(path + ".team", "must be a Group");
    }
    if (value.contains("contextActivities")) contextActivities(check, value["contextActivities"], path + ".contextActivities");
    for (const char* key : {"revision", "platform"}) {
        if (!value.contains(key)) continue;
        check.string(value[key], path + "." + key);
        if (!object_is_activity) check.problem(path + "." + key, "is allowed only when the object is an Activity");
    }
    if (value.contains("language")) check.languageTag(value["language"], path + ".language");
    if (value.contains("statement")) {
        const json& ref = value["statement"];
        if (check.object(ref, path + ".statement", {"objectType", "id"})) {
            if (ref.value("objectType", "") != "StatementRef") check.problem(path + ".statement.objectType", "must be StatementRef");
            check.uuid(ref.value("id", json()), path + ".statement.id");
        }
    }
    if (value.contains("extensions")) check.extensions(value["extensions"], path + ".extensions");
}

void verb(Checker& check, const json& value) {
    if (!check.object(value, "verb", {"id", "display"})) return;
    check.iri(value.value("id", json()), "verb.id");
    if (value.contains("display")) check.languageMap(value["display"], "verb.display");
}

// The object: an Activity unless objectType says otherwise.
void statementObject(Checker& check, const json& value) {
    if (!value.is_object()) return check.problem("object", "must be an object");
    const std::string type = value.value("objectType", "Activity");
    if (type == "Activity") return check.activity(value, "object");
    if (type == "Agent" || type == "Group") return check.actor(value, "object");
    if (type == "StatementRef") {
        if (check.object(value, "object", {"objectType", "id"})) check.uuid(value.value("id", json()), "object.id");
        return;
    }
    if (type == "SubStatement") {
        if (!check.object(value, "object", {"objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments"}))
            return;
        for (const char* key : {"actor", "verb", "object"})
            if (!value.contains(key)) check.problem(std::string("object.") + key, "is required");
        return;
    }
    check.problem("object.objectType", "\"" + type + "\" is not Activity, Agent, Group, StatementRef or SubStatement");
}

}  // namespace

std::vector<std::string> validateStatement(const json& statement) {
    Checker check;
    if (!check.object(statement, "statement", {"id", "actor", "verb", "object", "result", "context", "timestamp", "stored",
                                               "authority", "version", "attachments"}))
        return check.problems;
    check.noNulls(statement, "statement");
    for (const char* key : {"actor", "verb", "object"})
        if (!statement.contains(key)) check.problem(key, "is required");
    if (statement.contains("id")) check.uuid(statement["id"], "id");
    if (statement.contains("actor")) check.actor(statement["actor"], "actor");
    if (statement.contains("verb")) verb(check, statement["verb"]);
    if (statement.contains("object")) statementObject(check, statement["object"]);
    const json object = statement.value("object", json::object());
    const bool object_is_activity = object.is_object() && object.value("objectType", "Activity") == "Activity";
    if (statement.contains("result"))
        result(check, statement["result"], object_is_activity ? object.value("definition", json::object()) : json::object(), "result");
    if (statement.contains("context")) context(check, statement["context"], object_is_activity, "context");
    for (const char* key : {"timestamp", "stored"})
        if (statement.contains(key) && !(statement[key].is_string() && isIsoTimestamp(statement[key].get<std::string>())))
            check.problem(key, shown(statement[key]) + " is not an ISO 8601 timestamp with a time zone");
    if (statement.contains("authority")) check.actor(statement["authority"], "authority");
    if (statement.contains("version") &&
        !(statement["version"].is_string() && statement["version"].get<std::string>().rfind("1.0.", 0) == 0))
        check.problem("version", "must start with 1.0.");
    if (statement.contains("attachments") && !statement["attachments"].is_array())
        check.problem("attachments", "must be a list");
    return check.problems;
}

}  // namespace ipprimer::exports::xapi
