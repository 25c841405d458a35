// The country codes, kept as one sorted string of two-letter codes (ISO
// 3166-1 alpha-2 as Debian's iso-codes lists it) so a lookup is a search.
#include "base/countries.h"

#include <algorithm>
#include <array>

namespace ipprimer {
namespace {

constexpr std::string_view kIsoCodes =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY "
    "BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK "
    "FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR "
    "IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK "
    "ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM "
    "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF "
    "TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

constexpr std::array<std::string_view, 7> kRegionalCodes = {"AP", "BX", "EA", "EP", "EU", "OA", "WO"};

constexpr std::array<std::string_view, 27> kEuropeanUnion = {
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"};

bool isIsoCode(std::string_view code) {
    if (code.size() != 2) return false;
    // Every code is two letters and a space, in order: a binary search over them.
    std::size_t low = 0, high = (kIsoCodes.size() + 1) / 3;
    while (low < high) {
        const std::size_t middle = (low + high) / 2;
        const std::string_view candidate = kIsoCodes.substr(middle * 3, 2);
        if (candidate == code) return true;
        if (candidate < code)
            low = middle + 1;
        else
            high = middle;
    }
    return false;
}

}  // namespace

bool isCountryCode(std::string_view code) {
    return isIsoCode(code) || std::find(kRegionalCodes.begin(), kRegionalCodes.end(), code) != kRegionalCodes.end();
}

std::string countryCodeProblem(std::string_view code) {
    if (isCountryCode(code)) return {};
    const std::string quoted = "'" + std::string(code) + "'";
    // The codes people write from habit rather than from the standard.
    if (code == "UK") return quoted + " is not a country code; the United Kingdom is GB";
    if (code == "EL") return quoted + " is not a country code; Greece is GR";
    if (code == "EUIPO") return quoted + " is an office; its code is EU";
    if (code == "WIPO" || code == "PCT") return quoted + " is not a country code; an international filing is WO";
    return quoted + " is not a country code: write the two-letter ISO code (DE, FR, US, GB) or EU for an EU right";
}

std::vector<std::string> splitCountryCodes(std::string_view text) {
    std::vector<std::string> codes;
    std::string current;
    auto finish = [&] {
        if (!current.empty() && std::find(codes.begin(), codes.end(), current) == codes.end()) codes.push_back(current);
        current.clear();
    };
    for (char c : text) {
        if (c == ',' || c == ';' || c == '|' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            finish();
            continue;
        }
        current += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    finish();
    return codes;
}

std::vector<std::string> countriesCoveredBy(std::string_view code) {
    if (code == "EU") return {kEuropeanUnion.begin(), kEuropeanUnion.end()};
    if (code == "BX") return {"BE", "LU", "NL"};
    if (isIsoCode(code)) return {std::string(code)};
    return {};
}

}  // namespace ipprimer
