// Country codes as IP registers write them: ISO 3166-1 alpha-2 ("DE", "US"),
// and the offices that grant one right for many countries ("EU", "BX").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ipprimer {

// Whether `code` (upper case) is an ISO 3166-1 alpha-2 code or one of the
// regional and international codes IP offices use: EU (EUIPO), BX (Benelux),
// EP (European Patent Office), WO (WIPO: PCT and Madrid), OA (OAPI),
// AP (ARIPO), EA (Eurasian Patent Office).
bool isCountryCode(std::string_view code);

// Why `code` is refused, for a message: "'UK' is not a country code; the
// United Kingdom is GB". Empty when `code` is a country code.
std::string countryCodeProblem(std::string_view code);

// Codes written in a cell or a field: separated by commas, semicolons, '|',
// slashes or white space, in any case; upper-cased, duplicates dropped, in
// the order written. Nothing is checked here (see isCountryCode).
std::vector<std::string> splitCountryCodes(std::string_view text);

// The countries a right registered under `code` covers: the 27 member states
// for EU, Belgium, the Netherlands and Luxembourg for BX, the country itself
// for a country code, none for WO (an international filing protects only
// where it names) and the other regional codes (their members vary by right).
std::vector<std::string> countriesCoveredBy(std::string_view code);

}  // namespace ipprimer
