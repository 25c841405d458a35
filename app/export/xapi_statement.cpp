// Building statements: actor, verb, object, result and context from one
// record; the mapping table is toStatement's switch.
#include "export/xapi_statement.h"

#include <algorithm>
#include <cctype>

#include "base/text.h"
#include "export/iso8601.h"
#include "export/uuid.h"
#include "export/xapi_interaction.h"

namespace ipprimer::exports::xapi {
namespace {

using nlohmann::json;

constexpr std::string_view kActivityTypes = "http://adlnet.gov/expapi/activities/";

json languageMap(const Settings& settings, const std::string& text) { return json{{settings.language, text}}; }

json verb(std::string_view iri) {
    const std::string_view word = iri.substr(iri.rfind('/') + 1);
    return json{{"id", iri}, {"display", json{{"en-US", word}}}};
}

json activity(const std::string& id, std::string_view type, const std::string& title, const Settings& settings) {
    json definition = json{{"type", std::string(kActivityTypes) + std::string(type)}};
    if (!title.empty()) definition["name"] = languageMap(settings, title);
    return json{{"objectType", "Activity"}, {"id", id}, {"definition", definition}};
}

json course(const Settings& settings) {
    return activity(settings.activity_base, "course", settings.course_title, settings);
}

// "role:engineer" -> ("role", "engineer"); anything else stays whole.
std::string quizActivityId(const Settings& settings, const std::string& quiz_id) {
    const auto colon = quiz_id.find(':');
    if (colon == std::string::npos) return activityId(settings, "quizzes", quiz_id);
    return activityId(settings, "quizzes/" + quiz_id.substr(0, colon), quiz_id.substr(colon + 1));
}

std::optional<json> actor(const Learner& learner, const Settings& settings) {
    json agent = json{{"objectType", "Agent"}};
    if (!learner.name.empty()) agent["name"] = learner.name;
    if (!settings.account_home_page.empty() && !learner.employee_id.empty()) {
        agent["account"] = json{{"homePage", settings.account_home_page}, {"name", learner.employee_id}};
        return agent;
    }
    const auto at = learner.email.find('@');
    if (at == std::string::npos || at == 0 || at + 1 == learner.email.size()) return std::nullopt;
    // The domain is case-insensitive; xAPI asks for it in lower case.
    std::string email = learner.email;
    for (std::size_t i = at; i < email.size(); ++i)
        email[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(email[i])));
    agent["mbox"] = "mailto:" + email;
    return agent;
}

json parsedContext(const std::string& text) {
    if (text.empty()) return json::object();
    json parsed = json::parse(text, nullptr, false);
    return parsed.is_object() ? parsed : json::object();
}

json moduleActivity(const Record& record, const Settings& settings) {
    return activity(activityId(settings, "modules", record.module_id), "module", record.module_title, settings);
}

json interactionDefinition(const Record& record, const Settings& settings) {
    json definition = {{"type", std::string(kActivityTypes) + "cmi.interaction"}};
    if (!record.object_title.empty()) definition["name"] = languageMap(settings, record.object_title);
    if (!record.interaction) return definition;
    const Interaction& interaction = *record.interaction;
    definition["interactionType"] = interactionTypeName(interaction.type);
    if (interaction.correct_responses) definition["correctResponsesPattern"] = *interaction.correct_responses;
    auto components = [&](const char* key, const std::vector<InteractionComponent>& list) {
        if (list.empty()) return;
        json out = json::array();
        for (const auto& component : list) {
            json entry = {{"id", component.id}};
            if (!component.description.empty()) entry["description"] = languageMap(settings, component.description);
            out.push_back(entry);
        }
        definition[key] = out;
    };
    components("choices", interaction.choices);
    components("source", interaction.source);
    components("target", interaction.target);
    return definition;
}

}  // namespace

std::string activityId(const Settings& settings, std::string_view kind, std::string_view id) {
    std::string out = settings.activity_base;
    while (!out.empty() && out.back() == '/') out.pop_back();
    out += "/";
    out += kind;
    out += "/";
    out += percentEncoded(id);
    return out;
}

std::string registrationOf(std::string_view installation_id, std::int64_t attempt_id) {
    return nameBasedUuid("ipprimer attempt " + std::string(installation_id) + " " + std::to_string(attempt_id));
}

std::string registrationOf(std::string_view attempt_uuid) {
    return nameBasedUuid("ipprimer attempt " + std::string(attempt_uuid));
}

Built toStatement(const Record& record, const Settings& settings) {
    if (!isUuid(record.uuid)) return {std::nullopt, "the event has no UUID"};
    const auto agent = actor(record.learner, settings);
    if (!agent) return {std::nullopt, "the learner has neither an employee id with an account home page set nor an e-mail address"};

    const json recorded_context = parsedContext(record.context_json);
    json statement = {{"id", record.uuid}, {"actor", *agent}, {"timestamp", isoTimestamp(record.timestamp_ms)}};
    for (char& c : statement["id"].get_ref<std::string&>()) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    json context = {{"platform", settings.platform}, {"language", settings.language}};
    json parents = json::array(), grouping = json::array({course(settings)}), other = json::array();
    json result = json::object();
    const bool has_module = !record.module_id.empty();

    if (record.verb == "opened" || record.verb == "finished") {
        statement["verb"] = verb(record.verb == "opened" ? kExperienced : kCompleted);
        statement["object"] = activity(activityId(settings, "lessons", record.object_id), "lesson", record.object_title, settings);
        if (has_module) parents.push_back(moduleActivity(record, settings));
        if (record.verb == "finished") result["completion"] = true;
        if (auto workshop = recorded_context.find("workshop"); workshop != recorded_context.end())
            other.push_back(activity(activityId(settings, "workshops",
                                                workshop->is_string() ? workshop->get<std::string>() : workshop->dump()),
                                     "meeting", "", settings));
    } else if (record.verb == "attempt-started" || record.verb == "attempt-finished") {
        statement["object"] = activity(quizActivityId(settings, record.object_id), "assessment", record.object_title, settings);
        if (has_module) parents.push_back(moduleActivity(record, settings));
        if (record.verb == "attempt-started") {
            statement["verb"] = verb(kAttempted);
        } else {
            const auto passed = recorded_context.find("passed");
            const bool known = passed != recorded_context.end() && passed->is_boolean();
            statement["verb"] = verb(!known ? kCompleted : passed->get<bool>() ? kPassed : kFailed);
            if (known) result["success"] = passed->get<bool>();
            result["completion"] = true;
            if (record.score) {
                const double percent = std::clamp(*record.score, 0.0, 100.0);
                result["score"] = {{"scaled", percent / 100.0}, {"raw", percent}, {"min", 0}, {"max", 100}};
            }
        }
    } else if (record.verb == "answered") {
        statement["verb"] = verb(kAnswered);
        statement["object"] = {{"objectType", "Activity"},
                               {"id", activityId(settings, "questions", record.object_id)},
                               {"definition", interactionDefinition(record, settings)}};
        if (auto quiz = recorded_context.find("quiz"); quiz != recorded_context.end() && quiz->is_string())
            parents.push_back(activity(quizActivityId(settings, quiz->get<std::string>()), "assessment", record.quiz_title, settings));
        if (has_module) grouping.push_back(moduleActivity(record, settings));
        if (record.score) {
            const double fraction = std::clamp(*record.score, 0.0, 1.0);
            result["score"] = {{"scaled", fraction}, {"raw", fraction}, {"min", 0}, {"max", 1}};
            result["success"] = fraction >= 0.999;
        }
        if (record.interaction && !record.response_json.empty()) {
            const json response = json::parse(record.response_json, nullptr, false);
            if (auto pattern = responsePattern(*record.interaction, response)) result["response"] = *pattern;
        }
    } else if (record.verb == "attended") {
        statement["verb"] = verb(kAttended);
        statement["object"] = activity(activityId(settings, "workshops", record.object_id), "meeting", record.object_title, settings);
        result["completion"] = true;
        if (auto lessons = recorded_context.find("lessons"); lessons != recorded_context.end() && lessons->is_array())
            for (const auto& lesson : *lessons)
                if (lesson.is_string())
                    other.push_back(activity(activityId(settings, "lessons", lesson.get<std::string>()), "lesson", "", settings));
    } else if (record.verb == "credit-withdrawn") {
        // voidingStatements makes its statements; here it is a skip only when there is nothing to take back.
        return {std::nullopt, "a workshop credit withdrawn whose attendance is not in these records"};
    } else {
        return {std::nullopt, "\"" + record.verb + "\" is a manager's action, not a learning record"};
    }

    if (record.duration_ms && record.verb != "opened" && record.verb != "attempt-started")
        result["duration"] = isoDuration(*record.duration_ms);
    if (!record.attempt.empty()) context["registration"] = registrationOf(record.attempt);
    else if (record.attempt_id) context["registration"] = registrationOf(record.installation_id, *record.attempt_id);
    json activities = {{"grouping", grouping}};
    if (!parents.empty()) activities["parent"] = parents;
    if (!other.empty()) activities["other"] = other;
    context["contextActivities"] = activities;
    if (!record.installation_id.empty())
        context["extensions"] = {{settings.activity_base + "/extensions/installation", record.installation_id}};
    statement["context"] = context;
    if (!result.empty()) statement["result"] = result;
    return {statement, ""};
}

std::vector<json> voidingStatements(const Record& record, const Settings& settings) {
    std::vector<json> statements;
    if (!isUuid(record.uuid)) return statements;
    const json recorded_context = parsedContext(record.context_json);
    std::string by = recorded_context.is_object() ? recorded_context.value("by", "") : "";
    if (by.empty()) by = "trainer";
    const std::string home = settings.account_home_page.empty() ? settings.activity_base : settings.account_home_page;
    const json trainer = {{"objectType", "Agent"}, {"name", by}, {"account", {{"homePage", home}, {"name", by}}}};
    for (const std::string& voided : record.takes_back) {
        if (!isUuid(voided)) continue;
        std::string target = voided;
        for (char& c : target) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        statements.push_back({{"id", nameBasedUuid("ipprimer voids " + record.uuid + " " + target)},
                              {"actor", trainer},
                              {"verb", verb(kVoided)},
                              {"object", {{"objectType", "StatementRef"}, {"id", target}}},
                              {"timestamp", isoTimestamp(record.timestamp_ms)}});
    }
    return statements;
}

}  // namespace ipprimer::exports::xapi
