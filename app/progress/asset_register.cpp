// The register's kinds and statuses by name, and an entry's checks.
#include "progress/asset_register.h"

#include <array>

#include "base/countries.h"
#include "base/csv_reader.h"
#include "base/field_limits.h"
#include "base/text.h"

namespace ipprimer::progress {
namespace {

constexpr std::array<AssetKindInfo, 10> kKinds = {{
    {AssetKind::Trademark, "trademark", "Trademark"},
    {AssetKind::Patent, "patent", "Patent"},
    {AssetKind::UtilityModel, "utility_model", "Utility model"},
    {AssetKind::Design, "design", "Design"},
    {AssetKind::Domain, "domain", "Domain name"},
    {AssetKind::Copyright, "copyright", "Copyright"},
    {AssetKind::TradeSecret, "trade_secret", "Trade secret"},
    {AssetKind::PlantVariety, "plant_variety", "Plant variety"},
    {AssetKind::LicenceIn, "licence_in", "Licence in"},
    {AssetKind::LicenceOut, "licence_out", "Licence out"},
}};

struct StatusInfo {
    AssetStatus status;
    std::string_view key;
    std::string_view name;
};
constexpr std::array<StatusInfo, 7> kStatuses = {{
    {AssetStatus::Unknown, "", ""},
    {AssetStatus::Idea, "idea", "Idea"},
    {AssetStatus::Pending, "pending", "Pending"},
    {AssetStatus::Registered, "registered", "Registered"},
    {AssetStatus::InUse, "in_use", "In use"},
    {AssetStatus::Lapsed, "lapsed", "Lapsed"},
    {AssetStatus::Abandoned, "abandoned", "Abandoned"},
}};

}  // namespace

std::span<const AssetKindInfo> assetKinds() { return kKinds; }

std::string_view kindKey(AssetKind kind) { return kKinds[static_cast<std::size_t>(kind)].key; }
std::string_view kindName(AssetKind kind) { return kKinds[static_cast<std::size_t>(kind)].name; }

std::optional<AssetKind> parseAssetKind(std::string_view text) {
    // Read as a column's name is: "Utility Model", "utility-model" -> "utility_model".
    std::string key = csvColumnKey(text);
    if (key.starts_with("license_")) key = "licence_" + key.substr(8);
    if (key == "domain_name") key = "domain";
    for (const AssetKindInfo& info : kKinds)
        if (info.key == key) return info.kind;
    return std::nullopt;
}

std::string assetKindKeys() {
    std::string keys;
    for (const AssetKindInfo& info : kKinds) keys += (keys.empty() ? "" : ", ") + std::string(info.key);
    return keys;
}

std::string_view statusKey(AssetStatus status) { return kStatuses[static_cast<std::size_t>(status)].key; }
std::string_view statusName(AssetStatus status) { return kStatuses[static_cast<std::size_t>(status)].name; }

std::optional<AssetStatus> parseAssetStatus(std::string_view text) {
    const std::string key = csvColumnKey(text);
    if (key.empty()) return AssetStatus::Unknown;
    if (key == "filed" || key == "applied") return AssetStatus::Pending;
    if (key == "granted") return AssetStatus::Registered;
    if (key == "active") return AssetStatus::InUse;
    if (key == "expired") return AssetStatus::Lapsed;
    for (const StatusInfo& info : kStatuses)
        if (!info.key.empty() && info.key == key) return info.status;
    return std::nullopt;
}

std::string assetStatusKeys() {
    std::string keys;
    for (const StatusInfo& info : kStatuses)
        if (!info.key.empty()) keys += (keys.empty() ? "" : ", ") + std::string(info.key);
    return keys;
}

bool isLive(AssetStatus status) { return status != AssetStatus::Lapsed && status != AssetStatus::Abandoned; }

namespace {

// The limits of base/field_limits.h, and no control character, in each field.
void textProblems(const Asset& asset, std::vector<AssetProblem>& problems) {
    auto check = [&](const char* field, std::string_view what, const std::string& text, const FieldLimit& limit) {
        const FieldLimit named{what, limit.characters, limit.multiline};
        if (std::string problem = lengthProblem(named, text); !problem.empty())
            problems.push_back({field, std::move(problem)});
        else if (hasControlCharacters(text, limit.multiline))
            problems.push_back({field, std::string(what) + " holds a control character (such as NUL or escape)"});
    };
    check("title", "the title", asset.title, kTitleLimit);
    check("owner", "the owner", asset.owner, kShortTextLimit);
    check("application_number", "the application number", asset.application_number, kShortTextLimit);
    check("registration_number", "the registration number", asset.registration_number, kShortTextLimit);
    check("responsible", "the person responsible", asset.responsible, kNameLimit);
    check("notes", "the notes", asset.notes, kLongTextLimit);
    check("kept_where", "where it is kept", asset.kept_where, kShortTextLimit);
    check("products", "the products", joinedList(asset.products), kLongTextLimit);
    check("access", "the list of who has access", joinedList(asset.access), kLongTextLimit);
}

}  // namespace

std::vector<AssetProblem> assetProblems(const Asset& asset) {
    std::vector<AssetProblem> problems;
    if (trimmed(asset.title).empty()) problems.push_back({"title", "the title is empty"});
    textProblems(asset, problems);
    for (const std::string& code : asset.countries)
        if (!isCountryCode(code)) problems.push_back({"countries", countryCodeProblem(code)});
    if (asset.filing_date && asset.expiry_date && *asset.expiry_date < *asset.filing_date)
        problems.push_back({"expiry_date", "the expiry date " + formatDate(*asset.expiry_date) + " is before the filing date " +
                                               formatDate(*asset.filing_date)});
    if (asset.filing_date && asset.renewal_date && *asset.renewal_date < *asset.filing_date)
        problems.push_back({"renewal_date", "the renewal date " + formatDate(*asset.renewal_date) +
                                                " is before the filing date " + formatDate(*asset.filing_date)});
    if (asset.kind != AssetKind::TradeSecret) {
        if (!asset.kept_where.empty())
            problems.push_back({"kept_where", "only a trade secret records where it is kept; this is a " +
                                                  std::string(kindName(asset.kind))});
        if (!asset.access.empty())
            problems.push_back({"access", "only a trade secret records who has access; this is a " +
                                              std::string(kindName(asset.kind))});
    }
    return problems;
}

std::string joinedList(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items) text += (text.empty() ? "" : "; ") + item;
    return text;
}

std::vector<std::string> splitList(std::string_view text) {
    std::vector<std::string> items;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != ';' && text[i] != '\n' && text[i] != '\r') continue;
        if (std::string item = trimmed(text.substr(start, i - start)); !item.empty()) items.push_back(std::move(item));
        start = i + 1;
    }
    return items;
}

}  // namespace ipprimer::progress
