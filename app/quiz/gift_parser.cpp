// GIFT reader. Follows Moodle's importer (question/format/gift): a question is a
// run of non-blank lines; whole lines starting with `//` are comments; the first
// `{` and the first `}` delimit the answers; backslash escapes `~ = # { } :`.
// Where Moodle would import something other than what the author meant, this
// reader reports an error (the question is skipped) or a warning.
#include "quiz/gift_parser.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <unordered_map>

#include "base/utf8.h"

namespace ipprimer::quiz {
namespace {

constexpr auto npos = std::string_view::npos;

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// A byte-order mark inside a file (left where two files were pasted together)
// is an invisible zero-width space; at the edges of a text it is trimmed like
// a space, or a question would change when written back at a file's start.
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string_view trimLeft(std::string_view s) {
    for (;;) {
        if (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
        else if (s.starts_with(kByteOrderMark)) s.remove_prefix(kByteOrderMark.size());
        else return s;
    }
}

std::string_view trimRight(std::string_view s) {
    for (;;) {
        if (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
        else if (s.ends_with(kByteOrderMark)) s.remove_suffix(kByteOrderMark.size());
        else return s;
    }
}

std::string_view trim(std::string_view s) { return trimRight(trimLeft(s)); }

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Whether `c` is one of a handful of `chars` (a loop beats memchr this short).
bool isOneOf(char c, std::string_view chars) {
    for (char k : chars)
        if (c == k) return true;
    return false;
}

// Removes GIFT's escapes: `\~ \= \# \{ \} \: \\` give the character, `\n` a
// newline. Any other backslash is text (Markdown's `\*` survives, as in Moodle).
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

// The first of `chars` at or after `from` (and before `to`) that no backslash escapes.
size_t findUnescaped(std::string_view s, std::string_view chars, size_t from = 0,
                     size_t to = npos) {
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

// A whole number in C's syntax ("3.14", "-2e3", "+5"); nothing else on either side.
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

// Moodle's importer refuses by default ("Match grades: error if grade not
// listed") any weight not in its list of grades, or their negatives.
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

std::string quoted(std::string_view s, size_t limit = 40) {
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

struct SourceLine {
    std::string_view text;
    int number = 0;
};

std::vector<SourceLine> splitLines(std::string_view text) {
    std::vector<SourceLine> lines;
    if (text.starts_with(kByteOrderMark)) text.remove_prefix(kByteOrderMark.size());
    size_t start = 0;
    int number = 1;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r') continue;
        lines.push_back({text.substr(start, i - start), number++});
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        start = i + 1;
    }
    if (start < text.size()) lines.push_back({text.substr(start), number});
    return lines;
}

bool isBlank(std::string_view line) { return trimLeft(line).empty(); }

bool isComment(std::string_view line) { return trimLeft(line).starts_with("//"); }

// Columns count characters (UTF-8 code points), from 1; a tab is one.
int columnOf(std::string_view line, size_t byte) {
    int column = 1;
    for (size_t i = 0; i < byte && i < line.size(); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    return column;
}

// The lines of a question that are not comments, joined by '\n', remembering
// where each came from so that an offset in the text maps to line and column.
struct Body {
    struct Piece {
        size_t offset;
        SourceLine line;
    };
    std::string text;
    std::vector<Piece> pieces;

    void append(const SourceLine& line) {
        if (!pieces.empty()) text += '\n';
        pieces.push_back({text.size(), line});
        text += line.text;
    }

    std::pair<int, int> where(size_t offset) const {
        size_t k = 0;
        while (k + 1 < pieces.size() && pieces[k + 1].offset <= offset) ++k;
        const Piece& piece = pieces[k];
        return {piece.line.number, columnOf(piece.line.text, offset - piece.offset)};
    }
};

// `[id:...]` and `[tag:...]` found in comment lines.
struct Markers {
    struct Found {
        std::string value;
        int line;
        int column;
    };
    std::vector<Found> ids;
    std::vector<Found> tags;

    bool empty() const { return ids.empty() && tags.empty(); }
    void clear() {
        ids.clear();
        tags.clear();
    }
    void append(const Markers& other) {
        ids.insert(ids.end(), other.ids.begin(), other.ids.end());
        tags.insert(tags.end(), other.tags.begin(), other.tags.end());
    }
};

// One answer inside the braces: what follows its marker (`=` or `~`; none for
// text before the first marker), up to the next marker.
struct Item {
    char marker;
    size_t begin;  // just after the marker
    size_t end;
};

std::vector<Item> splitItems(std::string_view s, size_t from, size_t to, std::string_view markers) {
    std::vector<Item> items;
    Item current{'\0', from, to};
    for (size_t i = from; i < to; ++i) {
        if (s[i] == '\\') {
            ++i;
            continue;
        }
        if (!isOneOf(s[i], markers)) continue;
        current.end = i;
        items.push_back(current);
        current = {s[i], i + 1, to};
    }
    current.end = to;
    items.push_back(current);
    return items;
}

class Reader {
public:
    Reader(std::string_view text, const std::string& path)
        : lines_(splitLines(text)), path_(path) {}

    GiftFile run();

private:
    void report(Severity severity, int line, int column, std::string message) {
        file_.diagnostics.push_back({path_, line, column, severity, std::move(message)});
    }
    void readMarkers(const SourceLine& line, Markers& markers);
    std::optional<Question> readQuestion();
    bool readChoice(Question& q, size_t open, size_t from, size_t to);
    bool readShortAnswer(Question& q, size_t open, size_t from, size_t to);
    bool readMatching(Question& q, size_t open, size_t from, size_t to);
    bool readNumerical(Question& q, size_t open, size_t from, size_t to);
    void readTrueFalse(Question& q, size_t from, size_t to);
    void attachMarkers(Question& q, const Markers& own);

    // Errors and warnings at an offset in the current question's body.
    bool fail(size_t offset, std::string message) {
        auto [line, column] = body_.where(offset);
        report(Severity::Error, line, column, std::move(message));
        return false;
    }
    void warn(size_t offset, std::string message) {
        auto [line, column] = body_.where(offset);
        report(Severity::Warning, line, column, std::move(message));
    }

    // Answer, feedback or pair text: trimmed, unescaped, with a leading format
    // tag (Moodle allows `[html]` per answer) removed.
    std::string fieldText(size_t from, size_t to, TextFormat format);
    std::optional<double> readWeight(size_t& from, size_t to);
    void checkGrade(double fraction, size_t offset);

    std::vector<SourceLine> lines_;
    std::string path_;
    GiftFile file_;
    Body body_;
    std::string category_;
    Markers carried_;  // from comment-only blocks, for the next question
    std::unordered_map<std::string, int> id_lines_;
};

void Reader::readMarkers(const SourceLine& line, Markers& markers) {
    // Left to right, each marker's value running to its ']': a "[tag:" inside
    // an id's value is part of the id, so what the writer puts on one line
    // reads back the same.
    std::string_view text = line.text;
    size_t at = 0;
    for (;;) {
        const size_t id_at = text.find("[id:", at), tag_at = text.find("[tag:", at);
        at = std::min(id_at, tag_at);
        if (at == npos) return;
        const std::string_view key = at == id_at ? "[id:" : "[tag:";
        int column = columnOf(text, at);
        size_t close = text.find(']', at);
        if (close == npos) {
            report(Severity::Warning, line.number, column, "'" + std::string(key) + "' is not closed by ']'; ignored");
            at += key.size();
            continue;
        }
        std::string value(trim(text.substr(at + key.size(), close - at - key.size())));
        at = close + 1;
        if (value.empty()) {
            report(Severity::Warning, line.number, column, "empty '" + std::string(key) + "]'; ignored");
            continue;
        }
        auto& list = key == "[id:" ? markers.ids : markers.tags;
        list.push_back({std::move(value), line.number, column});
    }
}

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
    return unescape(raw);
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

std::optional<Question> Reader::readQuestion() {
    std::string_view s = body_.text;
    Question q;
    size_t pos = 0;
    while (pos < s.size() && isSpace(s[pos])) ++pos;
    const size_t start = pos;

    if (s.substr(pos).starts_with("::")) {
        size_t end = findUnescapedSeq(s, "::", pos + 2, s.size());
        if (end == npos) {
            fail(pos, "the title opened by '::' is not closed by '::' (escape a colon in a "
                      "title as \\:)");
            return std::nullopt;
        }
        q.title = unescape(trim(s.substr(pos + 2, end - pos - 2)));
        pos = end + 2;
    }

    size_t open = findUnescaped(s, "{", pos);
    size_t close = findUnescaped(s, "}", pos);
    if (open == npos && close != npos) {
        fail(close, "'}' without an opening '{' (escape it as \\} if it is text)");
        return std::nullopt;
    }
    if (open != npos && close != npos && close < open) {
        fail(close, "'}' before the opening '{' (escape it as \\} if it is text)");
        return std::nullopt;
    }
    if (open != npos && close == npos) {
        fail(open, "unterminated '{': no '}' before the blank line or end of file that ends "
                   "the question");
        return std::nullopt;
    }
    if (open != npos) {
        size_t inner = findUnescaped(s, "{", open + 1, close);
        if (inner != npos) {
            fail(inner, "'{' inside the answers: the '{' on line " +
                            std::to_string(body_.where(open).first) +
                            " is not closed before it (escape it as \\{ if it is text)");
            return std::nullopt;
        }
        size_t extra = findUnescaped(s, "{}", close + 1);
        if (extra != npos) {
            fail(extra, std::string("'") + s[extra] +
                            "' after the answers: a question has one answer block; escape it "
                            "as \\" + s[extra] + ", or separate questions with a blank line");
            return std::nullopt;
        }
    }

    // `[markdown]` and the other formats, right before the text.
    size_t text_end = open == npos ? s.size() : open;
    {
        size_t p = pos;
        while (p < text_end && isSpace(s[p])) ++p;
        if (p < text_end && s[p] == '[') {
            size_t close_bracket = s.find(']', p);
            if (close_bracket != npos && close_bracket < text_end) {
                std::string name = lower(s.substr(p + 1, close_bracket - p - 1));
                for (TextFormat f : {TextFormat::Moodle, TextFormat::Html, TextFormat::Plain,
                                     TextFormat::Markdown}) {
                    if (name == formatName(f)) {
                        q.format = f;
                        pos = close_bracket + 1;
                    }
                }
            }
        }
    }

    std::string_view before = s.substr(pos, text_end - pos);
    std::string_view after = open == npos ? std::string_view() : s.substr(close + 1);
    if (trim(after).empty()) {
        q.text = unescape(trim(before));
    } else {
        // Missing word: keep one space on each side of the blank where there was any.
        std::string_view head = trimLeft(before);
        q.text = unescape(trimRight(head));
        if (!q.text.empty() && trimRight(head).size() < head.size()) q.text += ' ';
        if (trimLeft(after).size() < after.size()) q.text_after = " ";
        q.text_after += unescape(trim(after));
    }
    if (q.text.empty() && q.text_after.empty()) {
        fail(start, "the question has no text");
        return std::nullopt;
    }

    if (open == npos) {
        q.type = QuestionType::Description;
        return q;
    }

    size_t answers_to = close;
    size_t general = rfindUnescapedSeq(s, "####", open + 1, close);
    if (general != npos) {
        q.general_feedback = fieldText(general + 4, close, q.format);
        answers_to = general;
    }
    size_t first = open + 1;
    while (first < answers_to && isSpace(s[first])) ++first;
    std::string_view answers = s.substr(first, answers_to - first);

    bool ok = true;
    if (answers.empty()) {
        q.type = QuestionType::Essay;
    } else if (answers.front() == '#') {
        ok = readNumerical(q, open, first + 1, answers_to);
    } else if (findUnescaped(answers, "~") != npos) {
        ok = readChoice(q, open, first, answers_to);
    } else if (findUnescaped(answers, "=") != npos && answers.find("->") != npos) {
        ok = readMatching(q, open, first, answers_to);
    } else {
        size_t hash = findUnescaped(answers, "#");
        std::string word = lower(trim(answers.substr(0, hash)));
        if (word == "t" || word == "true" || word == "f" || word == "false")
            readTrueFalse(q, first, answers_to);
        else
            ok = readShortAnswer(q, open, first, answers_to);
    }
    if (!ok) return std::nullopt;
    return q;
}

void Reader::attachMarkers(Question& q, const Markers& own) {
    // Ids and tags belong in the question's own lines; ones from a comment-only
    // block just above are taken too, with a warning, since Moodle drops them.
    const std::string separated =
        " is separated from its question by a blank line; Moodle only reads ids and tags "
        "in the question's own lines";
    const auto& ids = own.ids.empty() ? carried_.ids : own.ids;
    if (!ids.empty()) q.id = ids.front().value;
    for (const auto& stray : carried_.ids) {
        if (own.ids.empty() && &stray == &carried_.ids.front())
            report(Severity::Warning, stray.line, stray.column, "[id:" + stray.value + "]" + separated);
        else
            report(Severity::Warning, stray.line, stray.column,
                   "[id:" + stray.value + "] ignored: the question already has the id '" + q.id + "'");
    }
    for (size_t k = 1; k < own.ids.size(); ++k)
        if (own.ids[k].value != q.id)
            report(Severity::Warning, own.ids[k].line, own.ids[k].column,
                   "second id '" + own.ids[k].value + "' for one question; '" + q.id +
                       "' is kept (Moodle keeps the first too)");

    if (!carried_.tags.empty()) {
        const auto& tag = carried_.tags.front();
        report(Severity::Warning, tag.line, tag.column, "[tag:" + tag.value + "]" + separated);
    }
    for (const auto& tag : carried_.tags)
        if (!q.hasTag(tag.value)) q.tags.push_back(tag.value);
    for (const auto& tag : own.tags)
        if (!q.hasTag(tag.value)) q.tags.push_back(tag.value);
    carried_.clear();

    if (q.id.empty()) {
        report(Severity::Warning, q.line, q.column,
               "question has no id: add a '// [id:...]' comment line above it");
        return;
    }
    auto [it, inserted] = id_lines_.emplace(q.id, q.line);
    if (!inserted)
        report(Severity::Warning, q.line, q.column,
               "duplicate id '" + q.id + "' (first used on line " +
                   std::to_string(it->second) + ")");
}

GiftFile Reader::run() {
    size_t i = 0;
    while (i < lines_.size()) {
        if (isBlank(lines_[i].text)) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < lines_.size() && !isBlank(lines_[end].text)) ++end;

        Markers own;
        std::vector<const SourceLine*> content;
        for (size_t k = i; k < end; ++k) {
            if (isComment(lines_[k].text))
                readMarkers(lines_[k], own);
            else
                content.push_back(&lines_[k]);
        }
        i = end;

        // `$CATEGORY: path` names the category of the questions that follow.
        if (!content.empty() && trimLeft(content.front()->text).starts_with("$CATEGORY:")) {
            std::string_view line = trimLeft(content.front()->text);
            category_ = std::string(trim(line.substr(10)));
            content.erase(content.begin());
            if (!content.empty())
                report(Severity::Warning, content.front()->number,
                       columnOf(content.front()->text,
                                content.front()->text.size() -
                                    trimLeft(content.front()->text).size()),
                       "put a blank line after '$CATEGORY:': Moodle reads the lines that "
                       "follow it as part of the category name");
        }
        if (content.empty()) {
            carried_.append(own);
            continue;
        }

        body_ = Body();
        for (const SourceLine* line : content) body_.append(*line);
        auto question = readQuestion();
        if (!question) {
            carried_.clear();
            continue;
        }
        Question& q = *question;
        size_t first = 0;
        while (first < body_.text.size() && isSpace(body_.text[first])) ++first;
        std::tie(q.line, q.column) = body_.where(first);
        q.path = path_;
        q.category = category_;
        attachMarkers(q, own);
        file_.questions.push_back(std::move(q));
    }
    for (const auto* list : {&carried_.ids, &carried_.tags})
        for (const auto& stray : *list)
            report(Severity::Warning, stray.line, stray.column,
                   "'" + stray.value + "' is in a comment that no question follows; ignored");
    return std::move(file_);
}

}  // namespace

GiftFile parseGift(std::string_view text, const std::string& path) {
    const std::size_t bad = ipprimer::firstInvalidUtf8(text);
    if (bad == npos) return Reader(text, path).run();
    // A bank saved as Latin-1 or Windows-1252, or damaged: read it with the
    // bad bytes shown as U+FFFD (so nothing downstream ever holds broken
    // text) and say where the first one is, as Moodle would refuse the file.
    GiftFile file = Reader(ipprimer::repairUtf8(text), path).run();
    const std::string_view before = text.substr(0, bad);
    int line = 1;
    for (std::size_t i = 0; i < before.size(); ++i)
        if (before[i] == '\n' || (before[i] == '\r' && (i + 1 == before.size() || before[i + 1] != '\n'))) ++line;
    const std::size_t line_start = before.find_last_of("\r\n") == npos ? 0 : before.find_last_of("\r\n") + 1;
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[bad]));
    file.diagnostics.insert(file.diagnostics.begin(),
                            {path, line, columnOf(before.substr(line_start), bad - line_start), Severity::Error,
                             std::string("the file is not UTF-8 text (byte ") + byte +
                                 " here); save it as UTF-8. Meanwhile unreadable bytes show as \xEF\xBF\xBD"});
    return file;
}

GiftFile loadGiftFile(const std::filesystem::path& path) {
    auto unreadable = [&](const std::string& reason) {
        GiftFile file;
        file.diagnostics.push_back(
            {path.string(), 0, 0, Severity::Error, "cannot read quiz bank: " + reason});
        return file;
    };
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return unreadable("it is a directory");
    std::ifstream in(path, std::ios::binary);
    if (!in) return unreadable(std::filesystem::exists(path, ec) ? "permission denied or I/O error"
                                                                 : "no such file");
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) return unreadable("I/O error while reading");
    return parseGift(text, path.string());
}

}  // namespace ipprimer::quiz
