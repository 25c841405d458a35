// The quiz question model read from and written to Moodle's GIFT format.
// Plain values: a Question can be copied, compared and stored without the parser.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace ipprimer::quiz {

enum class QuestionType {
    MultipleChoice,  // one right answer (`=`), wrong ones (`~`)
    MultipleAnswer,  // no `=`: weighted answers `~%50%`, the learner ticks several
    TrueFalse,
    ShortAnswer,
    Matching,
    Numerical,
    Essay,        // `{}`: kept so a bank can be round-tripped, never scored
    Description,  // no braces: text shown between questions, never scored
};

// The markup of a text. The question's text has one; an answer, a feedback
// or a matching item is in the question's format unless it names its own
// (`~[plain]blue`, `#[html]<b>No</b>`, `####[markdown]...`), as in Moodle.
enum class TextFormat { Moodle, Html, Plain, Markdown };

struct Answer {
    std::string text;
    double fraction = 0.0;  // -1..1: Moodle's percentage / 100; `=` is 1, `~` is 0
    std::string feedback;
    // A format of its own, where the text names one that is not the
    // question's; none: the question's. (A short answer's text has none:
    // Moodle keeps no format for what a learner types.)
    std::optional<TextFormat> text_format;
    std::optional<TextFormat> feedback_format;

    bool operator==(const Answer&) const = default;
};

struct MatchPair {
    std::string item;  // empty: a distractor, a match that belongs to no item
    std::string match;  // plain text, as Moodle keeps it
    std::optional<TextFormat> item_format;  // none: the question's

    bool operator==(const MatchPair&) const = default;
};

struct NumericAnswer {
    double value = 0.0;      // for a range, its middle
    double tolerance = 0.0;  // for a range, half its width
    bool is_range = false;   // written `min..max` rather than `value:tolerance`
    double min = 0.0;        // value - tolerance, or the range's ends
    double max = 0.0;
    double fraction = 1.0;
    std::string feedback;
    std::optional<TextFormat> feedback_format;  // none: the question's

    bool operator==(const NumericAnswer&) const = default;
};

struct Question {
    std::string id;     // from `// [id:...]`; stable across edits
    std::string title;  // from `::title::`
    QuestionType type = QuestionType::Description;
    TextFormat format = TextFormat::Moodle;
    std::string text;
    // Missing word: the text after the closing brace; the blank sits between
    // `text` and `text_after`, and the whitespace next to the blank is kept
    // (at most one space) so that `text + blank + text_after` reads right.
    std::string text_after;
    std::string category;           // from the last `$CATEGORY:` line
    std::vector<std::string> tags;  // from `// [tag:...]`, in order, no repeats
    std::vector<Answer> answers;    // multiple choice, multiple answer, short answer
    std::vector<MatchPair> pairs;   // matching
    std::vector<NumericAnswer> numeric;
    bool truth = false;  // true/false: the right answer
    // True/false: shown when the learner is right or wrong. Numerical: the
    // wrong one is shown for a number no answer accepts (`~#...` in GIFT).
    std::string feedback_when_right;
    std::string feedback_when_wrong;
    std::string general_feedback;  // `####...`, shown after any answer
    // The feedbacks' own formats; none: the question's.
    std::optional<TextFormat> right_feedback_format;
    std::optional<TextFormat> wrong_feedback_format;
    std::optional<TextFormat> general_feedback_format;

    // Where the question was read: its first line that is not a comment.
    std::string path;
    int line = 0;
    int column = 0;

    bool operator==(const Question&) const = default;

    bool hasTag(std::string_view tag) const {
        return std::find(tags.begin(), tags.end(), tag) != tags.end();
    }

    // Role ids from `role-<id>` tags; none means the question is for everyone.
    std::vector<std::string> roleTags() const {
        constexpr std::string_view prefix = "role-";
        std::vector<std::string> roles;
        for (const auto& tag : tags)
            if (tag.size() > prefix.size() && tag.starts_with(prefix))
                roles.push_back(tag.substr(prefix.size()));
        return roles;
    }

    bool isMissingWord() const { return !text_after.empty(); }

    // The format a part of the question is shown in: its own, else the question's.
    TextFormat formatOf(const std::optional<TextFormat>& own) const { return own.value_or(format); }

    // Essays and descriptions are kept but never scored.
    bool isScored() const {
        return type != QuestionType::Essay && type != QuestionType::Description;
    }
};

// Equal in everything but where they were read (path, line, column).
inline bool sameContent(Question a, Question b) {
    a.path = b.path;
    a.line = b.line;
    a.column = b.column;
    return a == b;
}

// "multiple_choice", "true_false", ...: the names used in JSON and messages.
inline std::string_view typeName(QuestionType type) {
    switch (type) {
        case QuestionType::MultipleChoice: return "multiple_choice";
        case QuestionType::MultipleAnswer: return "multiple_answer";
        case QuestionType::TrueFalse: return "true_false";
        case QuestionType::ShortAnswer: return "short_answer";
        case QuestionType::Matching: return "matching";
        case QuestionType::Numerical: return "numerical";
        case QuestionType::Essay: return "essay";
        case QuestionType::Description: return "description";
    }
    return "description";
}

// "moodle", "html", "plain", "markdown": as written between brackets in GIFT.
inline std::string_view formatName(TextFormat format) {
    switch (format) {
        case TextFormat::Moodle: return "moodle";
        case TextFormat::Html: return "html";
        case TextFormat::Plain: return "plain";
        case TextFormat::Markdown: return "markdown";
    }
    return "moodle";
}

}  // namespace ipprimer::quiz
