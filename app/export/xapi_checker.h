// The validator's working parts, shared by its two files (statement parts,
// and activities with their interactions). Not for use outside them.
#pragma once

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace ipprimer::exports::xapi {

class Checker {
public:
    std::vector<std::string> problems;

    void problem(const std::string& path, const std::string& what) { problems.push_back(path + ": " + what); }

    // Object with only the named keys; false (and a problem) when not an object.
    bool object(const nlohmann::json& value, const std::string& path, std::initializer_list<std::string_view> keys);
    bool string(const nlohmann::json& value, const std::string& path);  // a non-empty string
    void iri(const nlohmann::json& value, const std::string& path);
    void uuid(const nlohmann::json& value, const std::string& path);
    void languageTag(const nlohmann::json& value, const std::string& path);
    void languageMap(const nlohmann::json& value, const std::string& path);
    void extensions(const nlohmann::json& value, const std::string& path);
    void noNulls(const nlohmann::json& value, const std::string& path);

    void agent(const nlohmann::json& value, const std::string& path, bool object_type_required);
    void actor(const nlohmann::json& value, const std::string& path);  // Agent or Group
    // Activities (xapi_validate_activity.cpp); the definition, when given, is
    // kept so result.response can be checked against the interaction.
    void activity(const nlohmann::json& value, const std::string& path);
    void response(const nlohmann::json& response, const nlohmann::json& definition, const std::string& path);
};

bool isAbsoluteIri(std::string_view text);

}  // namespace ipprimer::exports::xapi
