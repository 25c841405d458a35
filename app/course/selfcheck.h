// The IP self-check as content: sections of questions a manager answers about
// the company, and the actions its answers call for (content/selfcheck.toml,
// described in content/AUTHORING.md). Answers and the rules that read them
// are progress/selfcheck_*.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace ipprimer::course {

// How a question is answered.
enum class AnswerKind {
    YesNo,        // yes, no
    YesNoUnsure,  // yes, no, unsure
    Choice,       // one of the question's choices
    Multi,        // any of the question's choices, or none
    Number,       // a whole number from min to max
    Countries,    // country codes (base/countries.h)
    Text,         // free text; no condition reads it
};

// The word a trainer writes after `kind =`: "yes_no", "multi", ...
std::string_view answerKindKey(AnswerKind kind);
bool parseAnswerKind(std::string_view key, AnswerKind& kind);
// Whether answers of this kind are a set of values (multi, countries).
inline bool isSetKind(AnswerKind kind) { return kind == AnswerKind::Multi || kind == AnswerKind::Countries; }

struct Choice {
    std::string id;
    std::string text;
};

// A condition on answers, as written after `when =`, `ask_if =` or
// `more_urgent_if =`: clauses like `staff >= 10`, `offer has software`,
// `nda-use in [sometimes, never]`, joined by `and` and `or` (and binding
// tighter), with parentheses. A clause on a question not answered is false.
struct Condition {
    enum class Op { Equal, NotEqual, In, Has, Lacks, Less, LessOrEqual, Greater, GreaterOrEqual, And, Or };
    Op op = Op::Equal;
    std::string question;             // clauses
    std::vector<std::string> values;  // clauses: one value, or the list after `in`
    long long number = 0;             // comparisons
    std::vector<Condition> parts;     // And, Or

    bool isClause() const { return op != Op::And && op != Op::Or; }
};

struct Question {
    std::string id;
    std::string text;
    std::string help;  // a sentence under the question; may be empty
    AnswerKind kind = AnswerKind::YesNo;
    std::vector<Choice> choices;  // Choice, Multi
    long long min = 0, max = 0;   // Number
    std::optional<Condition> ask_if;  // asked only when this holds; none: always
    int line = 0;

    // The values a single-value answer may take (yes/no/unsure or the choice ids).
    std::vector<std::string> allowedValues() const;
    // What a value reads as for people: a choice's text, "Yes", ...
    std::string valueText(std::string_view value) const;
};

struct Section {
    std::string id;
    std::string title;
    std::string introduction;
    std::vector<Question> questions;
    int line = 0;
};

// How soon an action should be done, most urgent first.
enum class Urgency { Critical = 0, High = 1, Medium = 2, Low = 3 };
std::string_view urgencyKey(Urgency urgency);   // "critical"
std::string_view urgencyName(Urgency urgency);  // "Critical"
bool parseUrgency(std::string_view key, Urgency& urgency);

struct Action {
    std::string id;
    std::string title;
    Condition when;
    std::optional<Condition> more_urgent_if;  // raises the urgency one step
    Urgency urgency = Urgency::Medium;
    std::vector<std::string> who;  // role ids of the course
    // May name answers: {question-id}, or {question-id|words used when it is not answered}.
    std::string why;
    std::string this_month;
    std::string lesson;  // a `lesson:<id>` or `lesson:<id>#<anchor>` link
    int line = 0;
};

// A lesson task through which employees propose entries for the company's IP
// register ("list the confidential information you handle"); the manager
// accepts, edits or declines each proposal.
struct RegisterTask {
    std::string lesson;  // the lesson id whose reader offers the task
    std::string kind;    // the kind proposed by default (progress::AssetKind's key); may be empty
    std::string prompt;  // what the employee is asked
    int line = 0;
};

struct SelfCheck {
    std::string path;  // relative to the course root, for messages
    std::string title = "IP self-check";
    std::string introduction;
    // The question whose answer lists the countries the company sells in; the
    // register's risk rules read it. Empty: none.
    std::string sales_countries;
    // The question whose answer is the company's name, which the register's
    // ownership rule compares owners with. Empty: none.
    std::string company_name;
    // The lessons that make up "the confidentiality training": a person with
    // access to a trade secret should have finished them all.
    std::vector<std::string> confidentiality_lessons;
    std::vector<Section> sections;
    std::vector<Action> actions;
    std::vector<RegisterTask> register_tasks;

    bool empty() const { return sections.empty(); }
    const Question* question(std::string_view id) const;
    const Action* action(std::string_view id) const;
    // The register task a lesson offers; null when it offers none.
    const RegisterTask* registerTask(std::string_view lesson_id) const;
    int questionCount() const;
};

}  // namespace ipprimer::course
