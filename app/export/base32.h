// Crockford's base32: bytes as text a person can read aloud, type and put in
// a QR code's compact alphanumeric mode (digits and capitals only).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipprimer::exports {

// Digits and capitals without I, L, O and U, five bits a character, no padding.
std::string base32Encode(const std::vector<std::uint8_t>& bytes);

// Reads what base32Encode wrote, forgiving what people do when they copy a
// code: lower case, O for 0, I or L for 1, and dashes or spaces between
// groups. nullopt for any other character, or when the last character holds
// bits that no byte uses (a mistyped or cut code).
std::optional<std::vector<std::uint8_t>> base32Decode(std::string_view text);

// "ABCDE-FGHIJ-K": dashes every `group` characters, so the text wraps between
// groups and a reader keeps their place.
std::string groupedText(std::string_view text, std::size_t group = 5);

}  // namespace ipprimer::exports
