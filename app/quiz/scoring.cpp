// Scoring rules per question type; see scoring.h for the rules themselves.
#include "quiz/scoring.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

namespace ipprimer::quiz {
namespace {

bool isSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

void appendUtf8(std::string& out, unsigned code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// Lower case for the letters the course's languages use (English, French, Spanish...).
unsigned lowerCode(unsigned c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;  // Latin-1: À..Þ except ×
    if (c == 0x178) return 0xFF;                             // Ÿ
    // Latin Extended-A pairs: upper case on even code points, except two runs on odd ones.
    if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return c % 2 == 0 ? c + 1 : c;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return c % 2 == 1 ? c + 1 : c;
    return c;
}

bool withinAnswer(double x, const NumericAnswer& a) {
    double low = a.is_range ? a.min : a.value - std::abs(a.tolerance);
    double high = a.is_range ? a.max : a.value + std::abs(a.tolerance);
    // The ends are included; a relative epsilon keeps 3.14 +- 0.01 accepting 3.15
    // despite binary rounding (Moodle adds a similar epsilon).
    double epsilon = 1e-9 * std::max({1.0, std::abs(low), std::abs(high)});
    return x >= low - epsilon && x <= high + epsilon;
}

Score finish(Score s, const Question& q) {
    s.fraction = std::clamp(s.fraction, 0.0, 1.0);
    s.correct = s.scored && s.fraction >= 0.999;
    if (!q.general_feedback.empty()) {
        s.feedback.push_back(q.general_feedback);
        s.feedback_formats.push_back(q.formatOf(q.general_feedback_format));
    }
    return s;
}

void addFeedback(Score& s, const std::string& text, TextFormat format) {
    if (text.empty()) return;
    s.feedback.push_back(text);
    s.feedback_formats.push_back(format);
}

}  // namespace

std::string normaliseAnswer(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        if (isSpace(c)) {
            pending_space = !out.empty();
            ++i;
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        // Two-byte UTF-8 sequences hold every letter lowerCode changes.
        if ((c & 0xE0) == 0xC0 && i + 1 < text.size() &&
            (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
            unsigned code = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
            appendUtf8(out, lowerCode(code));
            i += 2;
            continue;
        }
        out += static_cast<char>(c < 0x80 ? lowerCode(c) : c);
        ++i;
    }
    return out;
}

bool matchesShortAnswer(std::string_view accepted, std::string_view typed) {
    // The pattern as characters, with -1 for a wildcard.
    std::string pattern_text = normaliseAnswer(accepted);
    std::vector<int> pattern;
    for (size_t i = 0; i < pattern_text.size(); ++i) {
        if (pattern_text[i] == '\\' && i + 1 < pattern_text.size() && pattern_text[i + 1] == '*') {
            pattern.push_back('*');
            ++i;
        } else if (pattern_text[i] == '*') {
            pattern.push_back(-1);
        } else {
            pattern.push_back(static_cast<unsigned char>(pattern_text[i]));
        }
    }
    std::string text = normaliseAnswer(typed);
    // Greedy matching that backtracks to the last wildcard.
    size_t p = 0, t = 0, star = std::string::npos, resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == -1) {
            star = p++;
            resume = t;
        } else if (p < pattern.size() && pattern[p] == static_cast<unsigned char>(text[t])) {
            ++p;
            ++t;
        } else if (star != std::string::npos) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == -1) ++p;
    return p == pattern.size();
}

std::optional<double> parseTypedNumber(std::string_view typed) {
    while (!typed.empty() && isSpace(static_cast<unsigned char>(typed.front()))) typed.remove_prefix(1);
    while (!typed.empty() && isSpace(static_cast<unsigned char>(typed.back()))) typed.remove_suffix(1);
    std::string text(typed);
    // A lone comma is a decimal separator ("3,14"); "1,000.5" is not a number here.
    if (std::count(text.begin(), text.end(), ',') == 1 && text.find('.') == std::string::npos)
        std::replace(text.begin(), text.end(), ',', '.');
    std::string_view s = text;
    if (s.starts_with('+')) s.remove_prefix(1);
    if (s.empty() || s.starts_with('+') || (typed.starts_with('+') && s.starts_with('-')))
        return std::nullopt;
    double value = 0;
    auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (error != std::errc() || end != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

Score score(const Question& q, const Response& r) {
    Score s;
    switch (q.type) {
        case QuestionType::MultipleChoice: {
            // One choice only: ticking several is not an answer to a one-answer question.
            if (r.chosen.size() == 1 && r.chosen[0] >= 0 &&
                static_cast<size_t>(r.chosen[0]) < q.answers.size()) {
                const Answer& a = q.answers[static_cast<size_t>(r.chosen[0])];
                s.fraction = a.fraction;
                addFeedback(s, a.feedback, q.formatOf(a.feedback_format));
            }
            break;
        }
        case QuestionType::MultipleAnswer: {
            std::set<int> seen;
            for (int index : r.chosen) {
                if (index < 0 || static_cast<size_t>(index) >= q.answers.size()) continue;
                if (!seen.insert(index).second) continue;
                const Answer& a = q.answers[static_cast<size_t>(index)];
                s.fraction += a.fraction;
                addFeedback(s, a.feedback, q.formatOf(a.feedback_format));
            }
            break;
        }
        case QuestionType::TrueFalse:
            if (r.truth) {
                bool right = *r.truth == q.truth;
                s.fraction = right ? 1.0 : 0.0;
                addFeedback(s, right ? q.feedback_when_right : q.feedback_when_wrong,
                            q.formatOf(right ? q.right_feedback_format : q.wrong_feedback_format));
            }
            break;
        case QuestionType::ShortAnswer: {
            const Answer* best = nullptr;
            if (!normaliseAnswer(r.text).empty())
                for (const auto& a : q.answers)
                    if (matchesShortAnswer(a.text, r.text) && (!best || a.fraction > best->fraction))
                        best = &a;
            if (best) {
                s.fraction = best->fraction;
                addFeedback(s, best->feedback, q.formatOf(best->feedback_format));
            }
            break;
        }
        case QuestionType::Numerical: {
            const NumericAnswer* best = nullptr;
            if (auto x = parseTypedNumber(r.text))
                for (const auto& a : q.numeric)
                    if (withinAnswer(*x, a) && (!best || a.fraction > best->fraction)) best = &a;
            if (best) {
                s.fraction = best->fraction;
                addFeedback(s, best->feedback, q.formatOf(best->feedback_format));
            } else {
                addFeedback(s, q.feedback_when_wrong, q.formatOf(q.wrong_feedback_format));
            }
            break;
        }
        case QuestionType::Matching: {
            int items = 0;
            int right = 0;
            for (size_t i = 0; i < q.pairs.size(); ++i) {
                if (q.pairs[i].item.empty()) continue;  // a distractor: nothing to match
                ++items;
                int chosen = i < r.matched.size() ? r.matched[i] : -1;
                // Two items may share a match text: the text is what counts.
                if (chosen >= 0 && static_cast<size_t>(chosen) < q.pairs.size() &&
                    q.pairs[static_cast<size_t>(chosen)].match == q.pairs[i].match)
                    ++right;
            }
            s.fraction = items == 0 ? 0.0 : static_cast<double>(right) / items;
            break;
        }
        case QuestionType::Essay:
        case QuestionType::Description:
            // Not scored: an essay needs a trainer, a description asks nothing.
            s.scored = false;
            s.fraction = 0.0;
            break;
    }
    return finish(std::move(s), q);
}

}  // namespace ipprimer::quiz
