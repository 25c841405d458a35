// Times and durations as ISO 8601 text, the way xAPI statements carry them,
// and the checks a validator needs for text that came from elsewhere.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ipprimer::exports {

// "2025-03-14T09:30:05.123Z": UTC, to the millisecond.
std::string isoTimestamp(std::int64_t unix_ms);

// "PT1H2M3.45S": hours, minutes and seconds to the hundredth, as xAPI asks
// (more precision is dropped by the LRS anyway); "PT0S" for nothing.
std::string isoDuration(std::int64_t milliseconds);

// A combined date and time as RFC 3339 profiles ISO 8601: a real calendar
// day, 24-hour time, optional fraction, and a zone (Z or +hh:mm).
bool isIsoTimestamp(std::string_view text);

// A duration in ISO 8601's format with designators (P3Y6M4DT12H30M5S, P4W,
// PT0.5S): at least one part, parts in order, a fraction only on the last,
// weeks alone. The alternative format (P0003-06-04T12:30:05) is refused.
bool isIsoDuration(std::string_view text);

}  // namespace ipprimer::exports
