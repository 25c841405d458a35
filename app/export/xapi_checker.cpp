// The validator's checks of xAPI's data types: IRIs, UUIDs, language tags and
// maps, extensions, agents and groups, and nulls.
#include "export/xapi_checker.h"

#include <cctype>

#include "export/uuid.h"

namespace ipprimer::exports::xapi {

using nlohmann::json;

bool isAbsoluteIri(std::string_view text) {
    const auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == text.size()) return false;
    if (!std::isalpha(static_cast<unsigned char>(text[0]))) return false;
    for (std::size_t i = 1; i < colon; ++i) {
        const char c = text[i];
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return false;
    }
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7F) return false;  // spaces and control characters
        if (std::string_view("<>\"{}|\\^`").find(c) != std::string_view::npos) return false;
    }
    return true;
}

bool Checker::object(const json& value, const std::string& path, std::initializer_list<std::string_view> keys) {
    if (!value.is_object()) {
        problem(path, "must be an object");
        return false;
    }
    for (const auto& [key, unused] : value.items()) {
        bool known = false;
        for (std::string_view allowed : keys) known = known || key == allowed;
        if (!known) problem(path + "." + key, "is not a property xAPI 1.0.3 allows here");
    }
    return true;
}

bool Checker::string(const json& value, const std::string& path) {
    if (value.is_string() && !value.get<std::string>().empty()) return true;
    problem(path, "must be a non-empty string");
    return false;
}

void Checker::iri(const json& value, const std::string& path) {
    if (!string(value, path)) return;
    if (!isAbsoluteIri(value.get<std::string>())) problem(path, "\"" + value.get<std::string>() + "\" is not an absolute IRI");
}

void Checker::uuid(const json& value, const std::string& path) {
    if (!value.is_string() || !isUuid(value.get<std::string>())) problem(path, value.dump() + " is not a UUID in standard form");
}

// RFC 5646 in outline: subtags of 1-8 letters or digits joined by '-', the
// first of 2-3 letters (a language), 4-8 (registered), or x or i.
void Checker::languageTag(const json& value, const std::string& path) {
    if (!value.is_string()) return problem(path, "must be a language tag");
    const std::string& tag = value.get_ref<const std::string&>();
    std::size_t start = 0;
    bool first = true;
    while (true) {
        const auto end = std::min(tag.find('-', start), tag.size());
        const std::string_view subtag(tag.data() + start, end - start);
        bool ok = !subtag.empty() && subtag.size() <= 8;
        for (char c : subtag) ok = ok && std::isalnum(static_cast<unsigned char>(c));
        if (first) {
            for (char c : subtag) ok = ok && std::isalpha(static_cast<unsigned char>(c));
            ok = ok && (subtag.size() >= 2 || subtag == "x" || subtag == "i" || subtag == "X" || subtag == "I");
        }
        if (!ok) return problem(path, "\"" + tag + "\" is not an RFC 5646 language tag");
        if (end == tag.size()) return;
        start = end + 1;
        first = false;
    }
}

void Checker::languageMap(const json& value, const std::string& path) {
    if (!value.is_object()) return problem(path, "must be a language map");
    for (const auto& [key, text] : value.items()) {
        languageTag(key, path + " key");
        if (!text.is_string()) problem(path + "." + key, "must be a string");
    }
}

void Checker::extensions(const json& value, const std::string& path) {
    if (!value.is_object()) return problem(path, "must be an object");
    for (const auto& [key, unused] : value.items())
        if (!isAbsoluteIri(key)) problem(path, "key \"" + key + "\" is not an absolute IRI");
}

void Checker::noNulls(const json& value, const std::string& path) {
    if (value.is_null()) return problem(path, "is null");
    if (value.is_object()) {
        for (const auto& [key, inner] : value.items())
            if (key != "extensions") noNulls(inner, path + "." + key);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) noNulls(value[i], path + "[" + std::to_string(i) + "]");
    }
}

void Checker::agent(const json& value, const std::string& path, bool object_type_required) {
    if (!object(value, path, {"objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"})) return;
    if (value.contains("objectType") ? value["objectType"] != "Agent" : object_type_required)
        problem(path + ".objectType", "must be Agent");
    if (value.contains("name") && !value["name"].is_string()) problem(path + ".name", "must be a string");
    int identifiers = 0;
    if (value.contains("mbox")) {
        ++identifiers;
        const std::string mbox = value["mbox"].is_string() ? value["mbox"].get<std::string>() : "";
        const auto at = mbox.find('@');
        if (mbox.rfind("mailto:", 0) != 0 || at == std::string::npos || at <= 7 || at + 1 == mbox.size())
            problem(path + ".mbox", "must be mailto: and an e-mail address");
    }
    if (value.contains("mbox_sha1sum")) {
        ++identifiers;
        const std::string sum = value["mbox_sha1sum"].is_string() ? value["mbox_sha1sum"].get<std::string>() : "";
        bool hex = sum.size() == 40;
        for (char c : sum) hex = hex && std::isxdigit(static_cast<unsigned char>(c));
        if (!hex) problem(path + ".mbox_sha1sum", "must be 40 hexadecimal digits");
    }
    if (value.contains("openid")) {
        ++identifiers;
        iri(value["openid"], path + ".openid");
    }
    if (value.contains("account")) {
        ++identifiers;
        const json& account = value["account"];
        if (object(account, path + ".account", {"homePage", "name"})) {
            iri(account.value("homePage", json()), path + ".account.homePage");
            string(account.value("name", json()), path + ".account.name");
        }
    }
    if (identifiers != 1)
        problem(path, "must have exactly one of mbox, mbox_sha1sum, openid and account (has " + std::to_string(identifiers) + ")");
}

void Checker::actor(const json& value, const std::string& path) {
    if (!value.is_object()) return problem(path, "must be an object");
    if (value.value("objectType", "Agent") != "Group") return agent(value, path, false);
    if (!object(value, path, {"objectType", "name", "member", "mbox", "mbox_sha1sum", "openid", "account"})) return;
    json identified = value;
    identified.erase("member");
    identified["objectType"] = "Agent";
    const bool anonymous = !(value.contains("mbox") || value.contains("mbox_sha1sum") || value.contains("openid") ||
                             value.contains("account"));
    if (!anonymous) agent(identified, path, false);
    if (!value.contains("member")) {
        if (anonymous) problem(path + ".member", "is required for a group without an identifier");
        return;
    }
    if (!value["member"].is_array()) return problem(path + ".member", "must be a list of Agents");
    for (std::size_t i = 0; i < value["member"].size(); ++i)
        agent(value["member"][i], path + ".member[" + std::to_string(i) + "]", false);
}

}  // namespace ipprimer::exports::xapi
