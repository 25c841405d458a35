// Text helpers of the GIFT reader; see gift_text.h.
#include "quiz/gift_text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

namespace ipprimer::quiz::gift {

using std::size_t;

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string unescape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '\\' && i + 1 < s.size()) {
            char next = s[i + 1];
            if (next == 'n') {
                out += '\n';
                ++i;
                continue;
            }
            if (isOneOf(next, "~=#{}:\\")) {
                out += next;
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

size_t findUnescaped(std::string_view s, std::string_view chars, size_t from, size_t to) {
    to = std::min(to, s.size());
    for (size_t i = from; i < to; ++i) {
        if (s[i] == '\\') {
            ++i;
            continue;
        }
        if (isOneOf(s[i], chars)) return i;
    }
    return npos;
}

size_t findUnescapedSeq(std::string_view s, std::string_view seq, size_t from, size_t to) {
    to = std::min(to, s.size());
    for (size_t i = from; i + seq.size() <= to; ++i) {
        if (s[i] == '\\') {
            ++i;
            continue;
        }
        if (s[i] == seq[0] && s.compare(i, seq.size(), seq) == 0) return i;
    }
    return npos;
}

size_t rfindUnescapedSeq(std::string_view s, std::string_view seq, size_t from, size_t to) {
    size_t found = npos;
    to = std::min(to, s.size());
    for (size_t i = from; i + seq.size() <= to; ++i) {
        if (s[i] == '\\') {
            ++i;
            continue;
        }
        if (s[i] == seq[0] && s.compare(i, seq.size(), seq) == 0) found = i;
    }
    return found;
}

std::optional<double> parseNumber(std::string_view s) {
    s = trim(s);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    if (s.empty() || s.front() == '+') return std::nullopt;
    double value = 0;
    auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (error != std::errc() || end != s.data() + s.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

bool isMoodleGrade(double fraction) {
    static constexpr double grades[] = {1.0,       0.9,       0.8333333, 0.8,   0.75,
                                        0.7,       0.6666667, 0.6,       0.5,   0.4,
                                        0.3333333, 0.3,       0.25,      0.2,   0.1666667,
                                        0.1428571, 0.125,     0.1111111, 0.1,   0.05,
                                        0.0};
    for (double grade : grades)
        if (std::abs(std::abs(fraction) - grade) < 0.00001) return true;
    return false;
}

std::string numberText(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

std::string percent(double fraction) { return numberText(fraction * 100) + "%"; }

std::string quoted(std::string_view s, size_t limit) {
    std::string text(trim(s));
    for (char& c : text)
        if (c == '\n' || c == '\t') c = ' ';
    if (text.size() > limit) {
        size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        text = text.substr(0, cut) + "...";
    }
    return "'" + text + "'";
}

}  // namespace ipprimer::quiz::gift
