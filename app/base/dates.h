// Calendar days for due dates and expiry: a Date is a count of days, parsed
// from and written as YYYY-MM-DD, and the local day on which an event happened.
#pragma once

#include <climits>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ipprimer {

// A day of the proleptic Gregorian calendar, counted from 1970-01-01.
struct Date {
    std::int32_t days = 0;
    auto operator<=>(const Date&) const = default;
};

inline Date addDays(Date date, int days) { return Date{date.days + days}; }
inline int daysBetween(Date from, Date to) { return to.days - from.days; }

// Calendar months later; a day that does not exist in the target month
// becomes that month's last day (2024-01-31 + 1 month = 2024-02-29).
Date addMonths(Date date, int months);

// Strict YYYY-MM-DD of a real day (2023-02-29 is refused), years 1900-2999.
std::optional<Date> parseDate(std::string_view text);
// YYYY-MM-DD.
std::string formatDate(Date date);
Date makeDate(int year, int month, int day);  // the caller knows it is valid

// "14 March 2025": a day in words, unambiguous on both sides of the Atlantic
// (certificates print it so), and back; nullopt for anything else.
std::string dateInWords(Date date);
std::optional<Date> parseDateInWords(const std::string& text);
// "Mar": the month's name cut to three letters, for a chart's axis.
std::string shortMonthName(Date date);

// The local calendar day of unix-millisecond timestamps, in the machine's
// time zone. Asks the C library once per UTC day (its offset at both ends),
// and per quarter hour only on a day when the offset changes (every zone's
// midnight falls on a quarter hour), so a million conversions stay cheap.
class LocalCalendar {
public:
    Date dateOf(std::int64_t unix_ms);

private:
    static constexpr std::int32_t kVaries = 1 << 30;
    std::int32_t quarterOffset(std::int64_t quarter);

    static constexpr std::int32_t kUnknown = kVaries + 1;
    std::int32_t dayOffset(std::int64_t utc_day);

    // Seconds east of UTC by UTC day from first_day_ (kUnknown: not asked yet).
    std::vector<std::int32_t> day_offsets_;
    std::int64_t first_day_ = 0;
    std::unordered_map<std::int64_t, std::int32_t> quarter_offsets_;  // quarter hour -> seconds east
};

// The local day of one timestamp (uses a fresh calendar; for single values).
Date localDate(std::int64_t unix_ms);

// A unix-millisecond time in the machine's time zone, as strftime writes it
// with `pattern` ("%Y-%m-%d %H:%M"); the one place the screens and exports
// turn times into text.
std::string localTimeText(std::int64_t unix_ms, const char* pattern);
// The same time in UTC as ISO 8601 says it: "2024-05-14T09:00:00Z", for files
// other programs read.
std::string utcTimestamp(std::int64_t unix_ms);

}  // namespace ipprimer
