// Calendar arithmetic through <chrono>'s civil calendar, and local days
// through localtime_r's UTC offset.
#include "base/dates.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <sstream>

namespace ipprimer {
namespace {
namespace chrono = std::chrono;

chrono::year_month_day civil(Date date) { return chrono::year_month_day{chrono::sys_days{chrono::days{date.days}}}; }

Date fromCivil(const chrono::year_month_day& ymd) {
    return Date{static_cast<std::int32_t>(chrono::sys_days{ymd}.time_since_epoch().count())};
}

// Floor division, so times before 1970 land on the right day too.
std::int64_t floorDivide(std::int64_t value, std::int64_t divisor) {
    std::int64_t quotient = value / divisor;
    if ((value % divisor != 0) && ((value < 0) != (divisor < 0))) --quotient;
    return quotient;
}

}  // namespace

Date makeDate(int year, int month, int day) {
    return fromCivil(chrono::year{year} / chrono::month{static_cast<unsigned>(month)} /
                     chrono::day{static_cast<unsigned>(day)});
}

Date addMonths(Date date, int months) {
    chrono::year_month_day ymd = civil(date);
    chrono::year_month_day moved = ymd + chrono::months{months};
    if (!moved.ok()) moved = chrono::year_month_day{chrono::year_month_day_last{moved.year(), chrono::month_day_last{moved.month()}}};
    return fromCivil(moved);
}

std::optional<Date> parseDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto number = [&](std::size_t from, std::size_t length) -> int {
        int value = 0;
        for (std::size_t i = from; i < from + length; ++i) {
            if (text[i] < '0' || text[i] > '9') return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    if (year < 1900 || year > 2999 || month < 1 || day < 1) return std::nullopt;
    const chrono::year_month_day ymd{chrono::year{year}, chrono::month{static_cast<unsigned>(month)},
                                     chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok()) return std::nullopt;
    return fromCivil(ymd);
}

std::string formatDate(Date date) {
    const chrono::year_month_day ymd = civil(date);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return text;
}

namespace {
constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
}  // namespace

std::string dateInWords(Date date) {
    const std::string iso = formatDate(date);
    return std::to_string(std::stoi(iso.substr(8, 2))) + " " + kMonths[std::stoi(iso.substr(5, 2)) - 1] + " " +
           iso.substr(0, 4);
}

std::optional<Date> parseDateInWords(const std::string& text) {
    std::istringstream in(text);
    int day = 0, year = 0;
    std::string month;
    if (!(in >> day >> month >> year)) return std::nullopt;
    for (int m = 0; m < 12; ++m)
        if (month == kMonths[m]) {
            char iso[16];
            std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, m + 1, day);
            return parseDate(iso);
        }
    return std::nullopt;
}

std::string shortMonthName(Date date) {
    return std::string(kMonths[static_cast<unsigned>(civil(date).month()) - 1], 3);
}

namespace {
std::int32_t offsetAt(std::int64_t unix_seconds) {
    const std::time_t at = static_cast<std::time_t>(unix_seconds);
    std::tm local{};
    localtime_r(&at, &local);
    return static_cast<std::int32_t>(local.tm_gmtoff);
}
}  // namespace

std::int32_t LocalCalendar::quarterOffset(std::int64_t quarter) {
    auto found = quarter_offsets_.find(quarter);
    if (found == quarter_offsets_.end()) found = quarter_offsets_.emplace(quarter, offsetAt(quarter * 900)).first;
    return found->second;
}

std::int32_t LocalCalendar::dayOffset(std::int64_t utc_day) {
    // Days within about 30 years of the first one asked for sit in a vector.
    constexpr std::int64_t kSpan = 11000;
    if (day_offsets_.empty()) first_day_ = utc_day - kSpan / 2;
    const std::int64_t slot = utc_day - first_day_;
    if (slot < 0 || slot >= kSpan) {
        const std::int32_t first = offsetAt(utc_day * 86400);
        return first == offsetAt(utc_day * 86400 + 86399) ? first : kVaries;
    }
    if (day_offsets_.empty()) day_offsets_.assign(static_cast<std::size_t>(kSpan), kUnknown);
    std::int32_t& offset = day_offsets_[static_cast<std::size_t>(slot)];
    if (offset == kUnknown) {
        const std::int32_t first = offsetAt(utc_day * 86400);
        offset = first == offsetAt(utc_day * 86400 + 86399) ? first : kVaries;
    }
    return offset;
}

Date LocalCalendar::dateOf(std::int64_t unix_ms) {
    const std::int64_t seconds = floorDivide(unix_ms, 1000);
    std::int32_t offset = dayOffset(floorDivide(seconds, 86400));
    if (offset == kVaries) offset = quarterOffset(floorDivide(seconds, 900));
    return Date{static_cast<std::int32_t>(floorDivide(seconds + offset, 86400))};
}

Date localDate(std::int64_t unix_ms) {
    LocalCalendar calendar;
    return calendar.dateOf(unix_ms);
}

std::string localTimeText(std::int64_t unix_ms, const char* pattern) {
    const std::time_t seconds = static_cast<std::time_t>(unix_ms / 1000);
    std::tm parts{};
    localtime_r(&seconds, &parts);
    char text[64];
    const std::size_t length = std::strftime(text, sizeof text, pattern, &parts);
    return std::string(text, length);
}

std::string utcTimestamp(std::int64_t unix_ms) {
    const std::time_t seconds = static_cast<std::time_t>(floorDivide(unix_ms, 1000));
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    char text[32];
    const std::size_t length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return std::string(text, length);
}

}  // namespace ipprimer
