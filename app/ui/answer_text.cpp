// Responses and right answers in words. Every text goes through
// quiz::markdownSource, so a [plain] answer is never read as Markdown.
#include "ui/answer_text.h"

#include <algorithm>
#include <sstream>

#include "quiz/question_text.h"

namespace ipprimer::ui {
namespace {

using quiz::QuestionType;

// A part in its own format when it names one, else in the question's.
std::string md(const quiz::Question& q, const std::string& text,
               const std::optional<quiz::TextFormat>& own = std::nullopt) {
    return quiz::markdownSource(text, q.formatOf(own));
}

// Typed text shown as typed: inline code cannot hold Markdown.
std::string typed(const std::string& text) {
    std::string fence = text.find('`') == std::string::npos ? "`" : "`` ";
    std::string closing = fence == "`" ? "`" : " ``";
    return fence + text + closing;
}

std::string number(double value) {
    std::ostringstream out;
    out.precision(10);
    out << value;
    return out.str();
}

std::string bulletList(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& line : lines) out += "- " + line + "\n";
    return out;
}

constexpr const char* kNoAnswer = "*No answer*";

}  // namespace

std::string describeResponse(const quiz::Question& q, const quiz::Response& r) {
    switch (q.type) {
        case QuestionType::MultipleChoice:
        case QuestionType::MultipleAnswer: {
            std::vector<std::string> chosen;
            for (int index : r.chosen)
                if (index >= 0 && static_cast<std::size_t>(index) < q.answers.size())
                    chosen.push_back(md(q, q.answers[static_cast<std::size_t>(index)].text,
                                        q.answers[static_cast<std::size_t>(index)].text_format));
            if (chosen.empty()) return kNoAnswer;
            return chosen.size() == 1 ? chosen.front() : bulletList(chosen);
        }
        case QuestionType::TrueFalse:
            if (!r.truth) return kNoAnswer;
            return *r.truth ? "True" : "False";
        case QuestionType::ShortAnswer:
        case QuestionType::Numerical:
            if (r.text.find_first_not_of(" \t") == std::string::npos) return kNoAnswer;
            return typed(r.text);
        case QuestionType::Matching: {
            std::vector<std::string> lines;
            for (std::size_t i = 0; i < q.pairs.size(); ++i) {
                if (q.pairs[i].item.empty()) continue;
                int chosen = i < r.matched.size() ? r.matched[i] : -1;
                std::string match = chosen >= 0 && static_cast<std::size_t>(chosen) < q.pairs.size()
                                        ? md(q, q.pairs[static_cast<std::size_t>(chosen)].match)
                                        : std::string("*none chosen*");
                lines.push_back(md(q, q.pairs[i].item, q.pairs[i].item_format) + " \xE2\x86\x92 " + match);
            }
            return lines.empty() ? kNoAnswer : bulletList(lines);
        }
        case QuestionType::Essay:
        case QuestionType::Description: return kNoAnswer;
    }
    return kNoAnswer;
}

std::string describeRightAnswer(const quiz::Question& q) {
    switch (q.type) {
        case QuestionType::MultipleChoice: {
            double best = 0;
            for (const quiz::Answer& a : q.answers) best = std::max(best, a.fraction);
            std::vector<std::string> right, partly;
            for (const quiz::Answer& a : q.answers) {
                if (a.fraction >= best && best > 0) right.push_back(md(q, a.text, a.text_format));
                else if (a.fraction > 0) partly.push_back(md(q, a.text, a.text_format) + " *(" + number(a.fraction * 100) + "%)*");
            }
            std::string out = right.size() == 1 ? right.front() : bulletList(right);
            if (!partly.empty()) out += "\n\nPartly right: " + [&] {
                std::string joined;
                for (const std::string& p : partly) joined += (joined.empty() ? "" : "; ") + p;
                return joined;
            }();
            return out;
        }
        case QuestionType::MultipleAnswer: {
            std::vector<std::string> right;
            for (const quiz::Answer& a : q.answers)
                if (a.fraction > 0) right.push_back(md(q, a.text, a.text_format));
            return right.empty() ? "*None of them*" : bulletList(right);
        }
        case QuestionType::TrueFalse: return q.truth ? "True" : "False";
        case QuestionType::ShortAnswer: {
            std::vector<std::string> full, partial;
            for (const quiz::Answer& a : q.answers) {
                if (a.fraction >= 0.999) full.push_back(typed(a.text));
                else if (a.fraction > 0) partial.push_back(typed(a.text) + " *(" + number(a.fraction * 100) + "%)*");
            }
            std::string out = full.empty() ? std::string() : full.front();
            if (full.size() > 1) {
                out += "  \nAlso accepted: ";
                for (std::size_t i = 1; i < full.size(); ++i) out += (i > 1 ? ", " : "") + full[i];
            }
            if (!partial.empty()) {
                out += "  \nPartly right: ";
                for (std::size_t i = 0; i < partial.size(); ++i) out += (i ? ", " : "") + partial[i];
            }
            return out;
        }
        case QuestionType::Numerical: {
            std::vector<std::string> lines;
            for (const quiz::NumericAnswer& a : q.numeric) {
                std::string line = a.is_range ? "from " + number(a.min) + " to " + number(a.max)
                                   : a.tolerance != 0 ? number(a.value) + " (\xC2\xB1 " + number(a.tolerance) + ")"
                                                      : number(a.value);
                if (a.fraction < 0.999) line += " *(" + number(a.fraction * 100) + "%)*";
                if (a.fraction > 0) lines.push_back(line);
            }
            return lines.size() == 1 ? lines.front() : bulletList(lines);
        }
        case QuestionType::Matching: {
            std::vector<std::string> lines;
            for (const quiz::MatchPair& p : q.pairs)
                if (!p.item.empty()) lines.push_back(md(q, p.item, p.item_format) + " \xE2\x86\x92 " + md(q, p.match));
            return bulletList(lines);
        }
        case QuestionType::Essay:
        case QuestionType::Description: return {};
    }
    return {};
}

}  // namespace ipprimer::ui
