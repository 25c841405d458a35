// The answers between a GIFT question's braces: choices with their weights,
// short answers, matching pairs, numbers and true/false, each checked as
// Moodle's importer would read it (see gift_reader.cpp for the rest).
#include <algorithm>
#include <cctype>
#include <cmath>

#include "quiz/gift_reader.h"

namespace ipprimer::quiz::gift {

using std::size_t;

std::string Reader::fieldText(size_t from, size_t to, TextFormat format) {
    std::string_view s = body_.text;
    std::string_view raw = trim(s.substr(from, to - from));
    if (raw.starts_with('[')) {
        size_t close = raw.find(']');
        std::string name = close == npos ? "" : lower(raw.substr(1, close - 1));
        for (TextFormat f : {TextFormat::Moodle, TextFormat::Html, TextFormat::Plain,
                             TextFormat::Markdown}) {
            if (name != formatName(f)) continue;
            if (f != format)
                warn(static_cast<size_t>(raw.data() - s.data()),
                     "[" + name + "] here is ignored: answers and feedback are shown in the "
                     "question's format [" + std::string(formatName(format)) + "]");
            raw = trimLeft(raw.substr(close + 1));
            break;
        }
    }
    // Moodle's importer trims every line, so feedback written over several
    // indented lines reads as its words, not as an indented (code) block.
    if (raw.find('\n') == std::string_view::npos) return unescape(raw);
    std::string lines;
    for (size_t start = 0; start <= raw.size();) {
        size_t end = raw.find('\n', start);
        if (end == std::string_view::npos) end = raw.size();
        if (!lines.empty()) lines += '\n';
        lines += trim(raw.substr(start, end - start));
        start = end + 1;
    }
    return unescape(lines);
}

// `%50%`, `%-33.33333%` at the start of an answer: Moodle's weights.
std::optional<double> Reader::readWeight(size_t& from, size_t to) {
    std::string_view s = body_.text;
    size_t p = from;
    while (p < to && isSpace(s[p])) ++p;
    if (p >= to || s[p] != '%') return std::nullopt;
    size_t close = s.find('%', p + 1);
    if (close == npos || close >= to) return std::nullopt;
    std::string_view number = s.substr(p + 1, close - p - 1);
    // Moodle's pattern: optional minus, digits, optional decimals.
    size_t k = 0;
    if (k < number.size() && number[k] == '-') ++k;
    size_t digits = k;
    while (k < number.size() && std::isdigit(static_cast<unsigned char>(number[k]))) ++k;
    if (k == digits) return std::nullopt;
    if (k < number.size() && number[k] == '.') ++k;
    while (k < number.size() && std::isdigit(static_cast<unsigned char>(number[k]))) ++k;
    if (k != number.size()) return std::nullopt;
    // Percent to fraction by moving the decimal point in the text, not by
    // dividing: "33.33333" reads as 0.3333333 exactly, and the writer can
    // always give back the digits of any fraction.
    bool negative = number.starts_with('-');
    if (negative) number.remove_prefix(1);
    size_t point = number.find('.');
    std::string whole(number.substr(0, point));
    std::string decimals(point == npos ? "" : number.substr(point + 1));
    whole.insert(0, whole.size() < 3 ? 3 - whole.size() : 0, '0');
    std::string shifted = (negative ? "-" : "") + whole.substr(0, whole.size() - 2) + "." +
                          whole.substr(whole.size() - 2) + decimals;
    auto value = parseNumber(shifted);
    if (!value) return std::nullopt;
    from = close + 1;
    return *value;
}

void Reader::checkGrade(double fraction, size_t offset) {
    if (!isMoodleGrade(fraction))
        warn(offset, "weight " + percent(fraction) +
                         " is not one of Moodle's grades (100, 90, 83.33333, 80, 75, 70, "
                         "66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, "
                         "12.5, 11.11111, 10, 5, 0 or their negatives); Moodle's import "
                         "refuses it unless set to take the nearest grade");
}

bool Reader::readChoice(Question& q, size_t open, size_t from, size_t to) {
    std::string_view s = body_.text;
    bool single = findUnescaped(s, "=", from, to) != npos;
    for (const Item& item : splitItems(s, from, to, "=~")) {
        size_t marker_at = item.marker ? item.begin - 1 : item.begin;
        if (item.marker == '\0') {
            if (trim(s.substr(item.begin, item.end - item.begin)).empty()) continue;
            warn(item.begin + (s.substr(item.begin).size() -
                               trimLeft(s.substr(item.begin)).size()),
                 "text before the first '=' or '~' is read as a wrong answer; start each "
                 "answer with '=' (right) or '~' (wrong)");
        }
        size_t text_from = item.begin;
        std::optional<double> weight;
        if (item.marker == '=') {
            // Moodle reads no weight after '=' in a multiple choice: the answer
            // counts fully and `%50%` stays in its text. So do we, with a warning.
            size_t probe = text_from;
            if (auto ignored = readWeight(probe, item.end))
                warn(marker_at, "Moodle reads no weight after '=' in a multiple choice: this "
                                "answer counts 100% and shows '%...%' in its text; write ~" +
                                    percent(*ignored) + " for partial credit");
        } else {
            weight = readWeight(text_from, item.end);
            if (weight) checkGrade(*weight, marker_at);
        }
        double fraction = weight ? *weight : (item.marker == '=' ? 1.0 : 0.0);
        size_t hash = findUnescaped(s, "#", text_from, item.end);
        size_t text_to = hash == npos ? item.end : hash;
        Answer answer{fieldText(text_from, text_to, q.format), fraction, ""};
        if (hash != npos) answer.feedback = fieldText(hash + 1, item.end, q.format);
        if (answer.text.empty()) {
            warn(marker_at, "empty answer ignored (Moodle drops it too)");
            continue;
        }
        q.answers.push_back(std::move(answer));
    }
    if (q.answers.size() < 2)
        return fail(open, "multiple choice needs at least two answers, found " +
                              std::to_string(q.answers.size()));
    if (single) {
        q.type = QuestionType::MultipleChoice;
        bool right = false;
        for (const auto& a : q.answers) right = right || a.fraction >= 0.999;
        if (!right)
            return fail(open, "multiple choice has no right answer: mark it with '='");
        return true;
    }
    q.type = QuestionType::MultipleAnswer;
    double positive = 0;
    for (const auto& a : q.answers)
        if (a.fraction > 0) positive += a.fraction;
    if (positive <= 0)
        return fail(open, "multiple choice has no right answer: mark the right answer with "
                          "'=', or give the right answers positive weights such as ~%50%");
    if (std::abs(positive - 1.0) > 1e-6)
        warn(open, "the positive weights of this multiple-answer question add up to " +
                       percent(positive) + ", not 100%: a learner who ticks every right "
                       "answer scores " + percent(std::min(positive, 1.0)));
    return true;
}

bool Reader::readShortAnswer(Question& q, size_t open, size_t from, size_t to) {
    std::string_view s = body_.text;
    q.type = QuestionType::ShortAnswer;
    for (const Item& item : splitItems(s, from, to, "=")) {
        if (item.marker == '\0' && trim(s.substr(item.begin, item.end - item.begin)).empty())
            continue;
        size_t marker_at = item.marker ? item.begin - 1 : item.begin;
        size_t text_from = item.begin;
        auto weight = readWeight(text_from, item.end);
        if (weight) checkGrade(*weight, marker_at);
        size_t hash = findUnescaped(s, "#", text_from, item.end);
        size_t text_to = hash == npos ? item.end : hash;
        Answer answer{fieldText(text_from, text_to, q.format), weight.value_or(1.0), ""};
        if (hash != npos) answer.feedback = fieldText(hash + 1, item.end, q.format);
        if (answer.text.empty()) {
            warn(marker_at, "empty answer ignored (Moodle drops it too)");
            continue;
        }
        q.answers.push_back(std::move(answer));
    }
    if (q.answers.empty()) return fail(open, "short answer has no accepted answer");
    bool full = false;
    for (const auto& a : q.answers) full = full || a.fraction >= 0.999;
    if (!full) warn(open, "no answer gives full marks (100%): nobody can score this question fully");
    return true;
}

bool Reader::readMatching(Question& q, size_t open, size_t from, size_t to) {
    std::string_view s = body_.text;
    q.type = QuestionType::Matching;
    int items = 0;
    for (const Item& item : splitItems(s, from, to, "=")) {
        std::string_view raw = s.substr(item.begin, item.end - item.begin);
        if (item.marker == '\0' && trim(raw).empty()) continue;
        size_t at = item.marker ? item.begin - 1 : item.begin;
        size_t arrow = raw.find("->");
        if (arrow == npos)
            return fail(at, "matching pair " + quoted(raw) + " has no '->': write =item -> match");
        size_t hash = findUnescaped(s, "#", item.begin, item.end);
        if (hash != npos)
            return fail(hash, "'#' in a matching pair: matching has no per-answer feedback "
                              "(Moodle would show the text as part of the match); escape it as \\#");
        MatchPair pair{fieldText(item.begin, item.begin + arrow, q.format),
                       unescape(trim(raw.substr(arrow + 2)))};
        if (pair.match.empty())
            return fail(at, "matching pair " + quoted(raw) + " has nothing after '->'");
        if (!pair.item.empty()) ++items;
        q.pairs.push_back(std::move(pair));
    }
    if (q.pairs.size() < 3)
        return fail(open, "matching needs at least three pairs (=item -> match), found " +
                              std::to_string(q.pairs.size()));
    if (items < 2)
        return fail(open, "matching needs at least two pairs with an item; '= -> match' "
                          "pairs are only distractors");
    return true;
}

bool Reader::readNumerical(Question& q, size_t open, size_t from, size_t to) {
    std::string_view s = body_.text;
    q.type = QuestionType::Numerical;
    // `~#feedback`: Moodle's answer for any other number.
    size_t tilde = findUnescaped(s, "~", from, to);
    size_t answers_to = tilde == npos ? to : tilde;
    if (tilde != npos) {
        size_t hash = findUnescaped(s, "#", tilde + 1, to);
        if (hash != npos) q.feedback_when_wrong = fieldText(hash + 1, to, q.format);
    }
    for (const Item& item : splitItems(s, from, answers_to, "=")) {
        if (item.marker == '\0' && trim(s.substr(item.begin, item.end - item.begin)).empty())
            continue;
        size_t at = item.marker ? item.begin - 1 : item.begin;
        size_t text_from = item.begin;
        auto weight = readWeight(text_from, item.end);
        if (weight) checkGrade(*weight, at);
        size_t hash = findUnescaped(s, "#", text_from, item.end);
        size_t spec_to = hash == npos ? item.end : hash;
        std::string spec = unescape(trim(s.substr(text_from, spec_to - text_from)));
        NumericAnswer answer;
        answer.fraction = weight.value_or(1.0);
        if (hash != npos) answer.feedback = fieldText(hash + 1, item.end, q.format);
        size_t dots = spec.find("..");
        size_t colon = spec.find(':');
        bool ok = false;
        if (dots != std::string::npos && dots > 0) {
            auto low = parseNumber(std::string_view(spec).substr(0, dots));
            auto high = parseNumber(std::string_view(spec).substr(dots + 2));
            if (low && high) {
                if (*low > *high)
                    return fail(at, "numerical range '" + spec + "' runs backwards: write min..max");
                ok = true;
                answer.is_range = true;
                answer.min = *low;
                answer.max = *high;
                answer.value = (*low + *high) / 2;
                answer.tolerance = (*high - *low) / 2;
            }
        } else if (colon != std::string::npos && colon > 0) {
            auto value = parseNumber(std::string_view(spec).substr(0, colon));
            auto tolerance = parseNumber(std::string_view(spec).substr(colon + 1));
            if (value && tolerance) {
                ok = true;
                if (*tolerance < 0)
                    warn(at, "negative tolerance in '" + spec + "' read as " +
                                 numberText(-*tolerance) + ", as Moodle does");
                answer.value = *value;
                answer.tolerance = std::abs(*tolerance);
            }
        } else if (auto value = parseNumber(spec)) {
            ok = true;
            answer.value = *value;
        }
        if (!ok)
            return fail(at, "numerical answer '" + spec +
                                "' is not a number, 'number:tolerance' or 'min..max'");
        if (!answer.is_range) {
            answer.min = answer.value - answer.tolerance;
            answer.max = answer.value + answer.tolerance;
        }
        q.numeric.push_back(std::move(answer));
    }
    if (q.numeric.empty()) return fail(open, "numerical question has no answer after '#'");
    bool full = false;
    for (const auto& a : q.numeric) full = full || a.fraction >= 0.999;
    if (!full) warn(open, "no answer gives full marks (100%): nobody can score this question fully");
    return true;
}

void Reader::readTrueFalse(Question& q, size_t from, size_t to) {
    std::string_view s = body_.text;
    q.type = QuestionType::TrueFalse;
    // Moodle's order: {T#shown after a wrong answer#shown after a right answer}.
    size_t first = findUnescaped(s, "#", from, to);
    std::string_view answer = trim(s.substr(from, (first == npos ? to : first) - from));
    std::string word = lower(answer);
    q.truth = word == "t" || word == "true";
    if (answer != "T" && answer != "TRUE" && answer != "F" && answer != "FALSE")
        warn(from, "Moodle recognises true/false only in capitals (T, TRUE, F, FALSE): it "
                   "would import {" + std::string(answer) + "} as a short answer; write {" +
                       (q.truth ? "TRUE" : "FALSE") + "}");
    if (first == npos) return;
    size_t second = findUnescaped(s, "#", first + 1, to);
    q.feedback_when_wrong = fieldText(first + 1, second == npos ? to : second, q.format);
    if (second != npos) q.feedback_when_right = fieldText(second + 1, to, q.format);
}

}  // namespace ipprimer::quiz::gift
