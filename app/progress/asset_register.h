// The company's IP asset register as plain values: the kinds of asset, an
// entry's fields, and what makes an entry valid. The rules that read the
// register (deadlines, risks) are register_rules.h; its CSV import is
// register_import.h.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/dates.h"

namespace ipprimer::progress {

enum class AssetKind {
    Trademark,
    Patent,
    UtilityModel,
    Design,
    Domain,
    Copyright,  // copyright works and software
    TradeSecret,
    PlantVariety,
    LicenceIn,   // a right of someone else's the company uses under licence
    LicenceOut,  // a right of the company's that others use under licence
};

struct AssetKindInfo {
    AssetKind kind;
    std::string_view key;   // as written in files: "utility_model"
    std::string_view name;  // as shown: "Utility model"
};
// Every kind, in the order they are listed.
std::span<const AssetKindInfo> assetKinds();
std::string_view kindKey(AssetKind kind);
std::string_view kindName(AssetKind kind);
// A kind by its key, without regard to case, with spaces or hyphens for
// underscores and the American "license": "Utility model", "license-in".
std::optional<AssetKind> parseAssetKind(std::string_view text);
// "trademark, patent, ...": for messages.
std::string assetKindKeys();

// Where an asset stands. Empty (Unknown) is allowed: many registers start
// without it.
enum class AssetStatus { Unknown, Idea, Pending, Registered, InUse, Lapsed, Abandoned };
std::string_view statusKey(AssetStatus status);   // "in_use"; "" for Unknown
std::string_view statusName(AssetStatus status);  // "In use"; "" for Unknown
// A status by its key (any case, spaces or hyphens for underscores), or by
// the words registers also use: filed or applied (pending), granted
// (registered), active (in use), expired (lapsed). Empty text is Unknown.
std::optional<AssetStatus> parseAssetStatus(std::string_view text);
std::string assetStatusKeys();
// Whether the right can still be lost by a missed date (not lapsed or abandoned).
bool isLive(AssetStatus status);

// One entry of the register.
struct Asset {
    std::string id;  // stable across changes; given when the entry is first recorded
    AssetKind kind = AssetKind::Trademark;
    std::string title;
    std::string owner;  // the company, a founder, a contractor...; for a licence in, the licensor
    std::vector<std::string> countries;  // codes (base/countries.h)
    std::string application_number;
    std::string registration_number;
    std::optional<Date> filing_date;
    std::optional<Date> renewal_date;  // the next renewal, or a licence's notice date
    std::optional<Date> expiry_date;
    AssetStatus status = AssetStatus::Unknown;
    std::string responsible;            // the person who acts on its dates
    std::vector<std::string> products;  // products and services it covers
    std::string notes;
    // Trade secrets: where the secret is kept (a reference, never the secret)
    // and the people who have access (names or employee ids).
    std::string kept_where;
    std::vector<std::string> access;

    bool operator==(const Asset&) const = default;
};

struct AssetProblem {
    std::string field;  // the column it is about: "title", "countries", ...
    std::string message;
};

// What is wrong with an entry: no title, a country that is not a code, dates
// out of order, a secret's fields on another kind. Empty when it is fine.
std::vector<AssetProblem> assetProblems(const Asset& asset);

// A list field as one line of text ("a; b") and back: items are separated by
// semicolons or line breaks, trimmed, empty ones dropped.
std::string joinedList(const std::vector<std::string>& items);
std::vector<std::string> splitList(std::string_view text);

}  // namespace ipprimer::progress
