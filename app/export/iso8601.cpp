// ISO 8601 writing through the calendar in base/dates, and hand-written
// readers for the two shapes xAPI uses.
#include "export/iso8601.h"

#include <cstdio>

#include "base/dates.h"

namespace ipprimer::exports {
namespace {

std::int64_t floorDivide(std::int64_t value, std::int64_t divisor) {
    std::int64_t quotient = value / divisor;
    if (value % divisor != 0 && (value < 0) != (divisor < 0)) --quotient;
    return quotient;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Digits at [from, from + count) as a number; -1 when any is not a digit.
int digits(std::string_view text, std::size_t from, std::size_t count) {
    if (from + count > text.size()) return -1;
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (!isDigit(text[i])) return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

}  // namespace

std::string isoTimestamp(std::int64_t unix_ms) {
    const std::int64_t day = floorDivide(unix_ms, 86'400'000);
    const std::int64_t in_day = unix_ms - day * 86'400'000;
    char time[32];
    std::snprintf(time, sizeof time, "T%02d:%02d:%02d.%03dZ", static_cast<int>(in_day / 3'600'000),
                  static_cast<int>(in_day / 60'000 % 60), static_cast<int>(in_day / 1000 % 60),
                  static_cast<int>(in_day % 1000));
    return formatDate(Date{static_cast<std::int32_t>(day)}) + time;
}

std::string isoDuration(std::int64_t milliseconds) {
    if (milliseconds < 0) milliseconds = 0;
    const std::int64_t hundredths = (milliseconds + 5) / 10;
    const std::int64_t hours = hundredths / 360'000, minutes = hundredths / 6000 % 60;
    const std::int64_t seconds = hundredths / 100 % 60, fraction = hundredths % 100;
    std::string text = "PT";
    if (hours > 0) text += std::to_string(hours) + "H";
    if (minutes > 0) text += std::to_string(minutes) + "M";
    if (seconds > 0 || fraction > 0 || text == "PT") {
        text += std::to_string(seconds);
        if (fraction > 0) {
            char part[8];
            std::snprintf(part, sizeof part, ".%02d", static_cast<int>(fraction));
            std::string decimals = part;
            while (decimals.back() == '0') decimals.pop_back();
            text += decimals;
        }
        text += "S";
    }
    return text;
}

bool isIsoTimestamp(std::string_view text) {
    // YYYY-MM-DDThh:mm:ss
    if (text.size() < 20 || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't') ||
        text[13] != ':' || text[16] != ':')
        return false;
    if (!parseDate(text.substr(0, 10))) return false;
    const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return false;
    std::size_t at = 19;
    if (at < text.size() && text[at] == '.') {
        const std::size_t start = ++at;
        while (at < text.size() && isDigit(text[at])) ++at;
        if (at == start) return false;
    }
    const std::string_view zone = text.substr(at);
    if (zone == "Z" || zone == "z") return true;
    if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':') return false;
    const int zone_hour = digits(zone, 1, 2), zone_minute = digits(zone, 4, 2);
    return zone_hour >= 0 && zone_hour <= 23 && zone_minute >= 0 && zone_minute <= 59;
}

bool isIsoDuration(std::string_view text) {
    if (text.size() < 3 || text[0] != 'P') return false;
    // Weeks stand alone: PnW.
    if (text.back() == 'W') {
        const std::string_view number = text.substr(1, text.size() - 2);
        bool any = false;
        for (char c : number) {
            if (!isDigit(c) && c != '.') return false;
            any = any || isDigit(c);
        }
        return any;
    }
    constexpr std::string_view kDateParts = "YMD", kTimeParts = "HMS";
    bool in_time = false, any_part = false, had_fraction = false;
    std::size_t next_part = 0;  // index into the designators still allowed
    std::size_t at = 1;
    while (at < text.size()) {
        if (text[at] == 'T') {
            if (in_time) return false;
            in_time = true;
            next_part = 0;
            ++at;
            if (at == text.size()) return false;  // a T needs a part after it
            continue;
        }
        if (had_fraction) return false;  // only the last part may have a fraction
        const std::size_t start = at;
        while (at < text.size() && isDigit(text[at])) ++at;
        if (at == start) return false;
        if (at < text.size() && (text[at] == '.' || text[at] == ',')) {
            const std::size_t fraction = ++at;
            while (at < text.size() && isDigit(text[at])) ++at;
            if (at == fraction) return false;
            had_fraction = true;
        }
        if (at == text.size()) return false;
        const std::string_view parts = in_time ? kTimeParts : kDateParts;
        const auto found = parts.find(text[at], next_part);
        if (found == std::string_view::npos) return false;
        next_part = found + 1;
        any_part = true;
        ++at;
    }
    return any_part;
}

}  // namespace ipprimer::exports
