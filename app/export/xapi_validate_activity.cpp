// Activities against xAPI 1.0.3: the definition, and for interactions the
// component lists and the shape of correct-response patterns and responses.
#include <charconv>
#include <set>

#include "export/xapi_checker.h"
#include "export/xapi_interaction.h"

namespace ipprimer::exports::xapi {
namespace {

using nlohmann::json;

std::vector<std::string> split(const std::string& text, std::string_view separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const auto found = text.find(separator, start);
        parts.push_back(text.substr(start, found == std::string::npos ? std::string::npos : found - start));
        if (found == std::string::npos) return parts;
        start = found + separator.size();
    }
}

bool isDecimal(const std::string& text) {
    if (text.empty()) return false;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

// Drops leading {case_matters=...}/{order_matters=...}/{lang=...} parameters.
std::string withoutParameters(std::string text) {
    while (!text.empty() && text.front() == '{') {
        const auto close = text.find('}');
        if (close == std::string::npos) break;
        text.erase(0, close + 1);
    }
    return text;
}

// The ids of one component list (empty when the definition has none).
std::set<std::string> idsOf(const json& definition, const char* list) {
    std::set<std::string> ids;
    if (auto it = definition.find(list); it != definition.end() && it->is_array())
        for (const auto& component : *it)
            if (component.is_object() && component.contains("id") && component["id"].is_string())
                ids.insert(component["id"].get<std::string>());
    return ids;
}

// One pattern (or response) of an interaction type; what is wrong, or empty.
std::string patternProblem(InteractionType type, const std::string& pattern, const json& definition) {
    auto listed = [&](const std::string& id, const char* list) {
        const auto ids = idsOf(definition, list);
        return ids.empty() || ids.count(id) > 0;  // without a list there is nothing to compare
    };
    switch (type) {
        case InteractionType::TrueFalse:
            return pattern == "true" || pattern == "false" ? "" : "must be true or false";
        case InteractionType::Choice:
        case InteractionType::Sequencing:
            for (const auto& id : split(pattern, "[,]"))
                if (id.empty() || !listed(id, "choices")) return "\"" + id + "\" is not one of the choices";
            return "";
        case InteractionType::Likert:
            return listed(pattern, "scale") && !pattern.empty() ? "" : "\"" + pattern + "\" is not on the scale";
        case InteractionType::Matching:
            for (const auto& pair : split(pattern, "[,]")) {
                const auto sides = split(pair, "[.]");
                if (sides.size() != 2) return "\"" + pair + "\" is not a source[.]target pair";
                if (!listed(sides[0], "source")) return "\"" + sides[0] + "\" is not a source";
                if (!listed(sides[1], "target")) return "\"" + sides[1] + "\" is not a target";
            }
            return "";
        case InteractionType::Performance:
            for (const auto& step : split(withoutParameters(pattern), "[,]")) {
                const auto sides = split(step, "[.]");
                if (sides.size() != 2 || !listed(sides[0], "steps")) return "\"" + step + "\" is not step[.]response";
            }
            return "";
        case InteractionType::Numeric: {
            if (isDecimal(pattern)) return "";
            const auto ends = split(pattern, "[:]");
            if (ends.size() != 2 || (ends[0].empty() && ends[1].empty()) || (!ends[0].empty() && !isDecimal(ends[0])) ||
                (!ends[1].empty() && !isDecimal(ends[1])))
                return "\"" + pattern + "\" is not a number or min[:]max";
            if (!ends[0].empty() && !ends[1].empty() && std::stod(ends[0]) > std::stod(ends[1]))
                return "\"" + pattern + "\" has its minimum above its maximum";
            return "";
        }
        default: return "";  // fill-in, long-fill-in and other take any text
    }
}

void components(Checker& check, const json& list, const std::string& path) {
    if (!list.is_array()) return check.problem(path, "must be a list of interaction components");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = path + "[" + std::to_string(i) + "]";
        if (!check.object(list[i], at, {"id", "description"})) continue;
        if (!check.string(list[i].value("id", json()), at + ".id")) continue;
        const std::string id = list[i]["id"].get<std::string>();
        if (id.find_first_of(" \t\r\n") != std::string::npos) check.problem(at + ".id", "must not hold white space");
        if (!seen.insert(id).second) check.problem(at + ".id", "\"" + id + "\" appears twice");
        if (list[i].contains("description")) check.languageMap(list[i]["description"], at + ".description");
    }
}

void definition(Checker& check, const json& value, const std::string& path) {
    if (!check.object(value, path, {"name", "description", "type", "moreInfo", "extensions", "interactionType",
                                    "correctResponsesPattern", "choices", "scale", "source", "target", "steps"}))
        return;
    for (const char* key : {"name", "description"})
        if (value.contains(key)) check.languageMap(value[key], path + "." + key);
    for (const char* key : {"type", "moreInfo"})
        if (value.contains(key)) check.iri(value[key], path + "." + key);
    if (value.contains("extensions")) check.extensions(value["extensions"], path + ".extensions");

    std::optional<InteractionType> type;
    if (value.contains("interactionType")) {
        type = value["interactionType"].is_string() ? interactionTypeNamed(value["interactionType"].get<std::string>())
                                                   : std::nullopt;
        if (!type) check.problem(path + ".interactionType", value["interactionType"].dump() + " is not an interaction type");
    }
    // Which component lists each type may carry.
    const std::pair<const char*, std::set<InteractionType>> lists[] = {
        {"choices", {InteractionType::Choice, InteractionType::Sequencing}},
        {"scale", {InteractionType::Likert}},
        {"source", {InteractionType::Matching}},
        {"target", {InteractionType::Matching}},
        {"steps", {InteractionType::Performance}},
    };
    for (const auto& [list, types] : lists) {
        if (!value.contains(list)) continue;
        if (!value.contains("interactionType")) check.problem(path + "." + list, "needs an interactionType");
        else if (type && types.count(*type) == 0)
            check.problem(path + "." + list, std::string("is not used by ") + std::string(interactionTypeName(*type)) + " interactions");
        components(check, value[list], path + "." + list);
    }
    if (!value.contains("correctResponsesPattern")) return;
    const json& patterns = value["correctResponsesPattern"];
    const std::string at = path + ".correctResponsesPattern";
    if (!value.contains("interactionType")) check.problem(at, "needs an interactionType");
    if (!patterns.is_array()) return check.problem(at, "must be a list of strings");
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        if (!patterns[i].is_string()) {
            check.problem(at + "[" + std::to_string(i) + "]", "must be a string");
            continue;
        }
        if (!type) continue;
        const std::string problem = patternProblem(*type, patterns[i].get<std::string>(), value);
        if (!problem.empty()) check.problem(at + "[" + std::to_string(i) + "]", problem);
    }
}

}  // namespace

void Checker::activity(const json& value, const std::string& path) {
    if (!object(value, path, {"objectType", "id", "definition"})) return;
    if (value.contains("objectType") && value["objectType"] != "Activity") problem(path + ".objectType", "must be Activity");
    iri(value.value("id", json()), path + ".id");
    if (value.contains("definition")) definition(*this, value["definition"], path + ".definition");
}

void Checker::response(const json& response, const json& definition_value, const std::string& path) {
    if (!definition_value.is_object() || !definition_value.contains("interactionType") ||
        !definition_value["interactionType"].is_string())
        return;
    const auto type = interactionTypeNamed(definition_value["interactionType"].get<std::string>());
    if (!type) return;  // already reported with the definition
    const std::string problem_text = patternProblem(*type, response.get<std::string>(), definition_value);
    if (!problem_text.empty()) problem(path, problem_text);
}

}  // namespace ipprimer::exports::xapi
