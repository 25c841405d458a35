// GIFT writer: the layout of Moodle's own exporter (answers one per line,
// indented, general feedback last), plus our `// [id:]` and `// [tag:]` comments.
#include "quiz/gift_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace ipprimer::quiz {
namespace {

// Answers go one per line under the question, indented as in content/AUTHORING.md.
const std::string kIndent = "  ";

// The shortest decimal that reads back as exactly `value`.
std::string number(double value) {
    char buffer[64];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (error != std::errc()) return "0";
    return std::string(buffer, end);
}

// A weight in percent whose digits are those of the shortest decimal that
// reads back as `fraction`, moved two places: the parser moves them back.
std::string weight(double fraction) {
    char buffer[512];
    auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, fraction, std::chars_format::fixed);
    if (error != std::errc()) return "%0%";
    std::string_view text(buffer, static_cast<size_t>(end - buffer));
    bool negative = text.starts_with('-');
    if (negative) text.remove_prefix(1);
    size_t point = text.find('.');
    std::string whole(text.substr(0, point));
    std::string decimals(point == std::string_view::npos ? "" : text.substr(point + 1));
    decimals.append(decimals.size() < 2 ? 2 - decimals.size() : 0, '0');
    whole += decimals.substr(0, 2);
    decimals.erase(0, 2);
    size_t digit = whole.find_first_not_of('0');
    whole = digit == std::string::npos ? "0" : whole.substr(digit);
    std::string out = whole + (decimals.empty() ? "" : "." + decimals);
    return "%" + std::string(negative && out != "0" ? "-" : "") + out + "%";
}

bool startsWithFormatTag(std::string_view text) {
    if (!text.starts_with('[')) return false;
    size_t close = text.find(']');
    if (close == std::string_view::npos) return false;
    std::string name(text.substr(1, close - 1));
    for (char& c : name)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return name == "moodle" || name == "html" || name == "plain" || name == "markdown";
}

// An answer or feedback: a text that looks like a format tag gets the
// question's own tag in front, which the parser strips.
std::string field(std::string_view text, TextFormat format) {
    std::string out;
    if (startsWithFormatTag(text)) {
        out += '[';
        out += formatName(format);
        out += ']';
    }
    out += escapeGift(text);
    return out;
}

// `%...%` at the start of an answer reads as a weight: make the weight explicit.
std::string choicePrefix(const Question& q, const Answer& answer) {
    bool explicit_weight = answer.text.starts_with('%');
    // Moodle reads no weight after '=', so a '%' there is text already.
    if (q.type == QuestionType::MultipleChoice && answer.fraction == 1.0) return "=";
    if (answer.fraction == 0.0) return explicit_weight ? "~%0%" : "~";
    return "~" + weight(answer.fraction);
}

std::string feedback(std::string_view text, TextFormat format) {
    return text.empty() ? "" : "#" + field(text, format);
}

// An id's or tag's value: a ']' inside is written "\]", as Moodle reads it.
std::string markerValue(std::string_view value) {
    std::string out;
    for (char c : value) {
        if (c == ']') out += '\\';
        out += c;
    }
    return out;
}

void writeQuestion(std::string& out, const Question& q) {
    if (!q.id.empty()) out += "// [id:" + markerValue(q.id) + "]\n";
    if (!q.tags.empty()) {
        out += "//";
        for (const auto& tag : q.tags) out += " [tag:" + markerValue(tag) + "]";
        out += '\n';
    }
    if (!q.title.empty()) out += "::" + escapeGift(q.title) + "::";
    bool needs_format = q.format != TextFormat::Moodle || startsWithFormatTag(q.text) ||
                        (q.title.empty() && (q.text.starts_with("//") || q.text.starts_with('$')));
    if (needs_format) {
        out += '[';
        out += formatName(q.format);
        out += ']';
    }
    out += escapeGift(q.text);
    if (q.type == QuestionType::Description) {
        out += '\n';
        return;
    }

    // A space before the answers reads better; in a missing word the text keeps
    // its own space next to the blank.
    if (q.text_after.empty() && !q.text.empty()) out += ' ';
    const TextFormat f = q.format;
    std::string general = q.general_feedback.empty() ? "" : "####" + field(q.general_feedback, f);
    switch (q.type) {
        case QuestionType::Essay:
            out += "{" + general + "}";
            break;
        case QuestionType::TrueFalse:
            // Moodle's order: the feedback for a wrong answer comes first.
            out += q.truth ? "{TRUE" : "{FALSE";
            if (!q.feedback_when_wrong.empty())
                out += "#" + field(q.feedback_when_wrong, f);
            else if (!q.feedback_when_right.empty())
                out += "#";
            if (!q.feedback_when_right.empty()) out += "#" + field(q.feedback_when_right, f);
            out += general + "}";
            break;
        case QuestionType::MultipleChoice:
        case QuestionType::MultipleAnswer: {
            out += "{\n";
            // Only a '~' makes answers a multiple choice: with every answer
            // right (all '='), they would read back as a short answer. The
            // last one is then written as ~%100%, which counts the same.
            const bool all_right = q.type == QuestionType::MultipleChoice &&
                                   std::all_of(q.answers.begin(), q.answers.end(),
                                               [](const Answer& a) { return a.fraction == 1.0; });
            for (std::size_t i = 0; i < q.answers.size(); ++i) {
                const Answer& a = q.answers[i];
                const std::string prefix = all_right && i + 1 == q.answers.size() ? "~%100%" : choicePrefix(q, a);
                out += kIndent + prefix + field(a.text, f) + feedback(a.feedback, f) + "\n";
            }
            break;
        }
        case QuestionType::ShortAnswer: {
            // '=' with '->' anywhere between the braces reads as matching, in
            // Moodle as here; a lone answer holding "->" is written without
            // its '=', which GIFT allows for the first answer, and on the
            // brace's line, where a leading "//" is not taken for a comment.
            // (Several such answers cannot be written so that Moodle reads
            // them back.)
            bool arrow = false;
            for (const auto& a : q.answers) arrow = arrow || (a.text + a.feedback).find("->") != std::string::npos;
            const bool bare = arrow && q.answers.size() == 1;
            out += bare ? "{" : "{\n";
            for (const auto& a : q.answers) {
                std::string prefix = a.fraction != 1.0         ? weight(a.fraction)
                                     : a.text.starts_with('%') ? "%100%"
                                                               : "";
                out += (bare ? "" : kIndent + "=") + prefix + field(a.text, f) + feedback(a.feedback, f) + "\n";
            }
            break;
        }
        case QuestionType::Matching:
            out += "{\n";
            for (const auto& p : q.pairs)
                out += kIndent + "=" + field(p.item, f) + " -> " + escapeGift(p.match) + "\n";
            break;
        case QuestionType::Numerical:
            out += "{#\n";
            for (const auto& a : q.numeric) {
                out += kIndent + "=";
                if (a.fraction != 1.0) out += weight(a.fraction);
                out += a.is_range ? number(a.min) + ".." + number(a.max)
                                  : number(a.value) + ":" + number(a.tolerance);
                out += feedback(a.feedback, f) + "\n";
            }
            if (!q.feedback_when_wrong.empty())
                out += kIndent + "~#" + field(q.feedback_when_wrong, f) + "\n";
            break;
        case QuestionType::Description:
            break;
    }
    if (q.type != QuestionType::Essay && q.type != QuestionType::TrueFalse) {
        if (!general.empty()) out += kIndent + general + "\n";
        out += "}";
    }
    out += escapeGift(q.text_after);
    out += '\n';
}

}  // namespace

std::string escapeGift(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        switch (c) {
            case '~':
            case '=':
            case '#':
            case '{':
            case '}':
            case ':':
                out += '\\';
                out += c;
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                break;
            case '\\': {
                // Doubled only where the next character would make it an escape.
                size_t k = i + 1;
                while (k < text.size() && text[k] == '\r') ++k;
                bool escape = k == text.size() ||
                              std::string_view("~=#{}:\\n\n").find(text[k]) != std::string_view::npos;
                out += escape ? "\\\\" : "\\";
                break;
            }
            default:
                out += c;
        }
    }
    return out;
}

std::string writeGift(const std::vector<Question>& questions) {
    std::string out;
    std::string category;
    bool first = true;
    for (const auto& q : questions) {
        if (!first) out += '\n';
        if (q.category != category) {
            out += "$CATEGORY: " + q.category + "\n\n";
            category = q.category;
        }
        writeQuestion(out, q);
        first = false;
    }
    return out;
}

}  // namespace ipprimer::quiz
