// Answers to the self-check, as plain values: checking what a person gave,
// which answers count (a follow-up question counts only while it is asked),
// whether a condition holds, and the answer as people and records read it.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "course/selfcheck.h"

namespace ipprimer::progress {

// One answer. yes_no, yes_no_unsure and choice hold one value (yes, no,
// unsure or a choice id); number one decimal whole number; text the text;
// multi the choice ids ticked, in the question's order (none: nothing
// ticked); countries the codes given, upper case, in the order given.
struct Answer {
    std::vector<std::string> values;
    bool operator==(const Answer&) const = default;
};

// Answers by question id.
using Answers = std::map<std::string, Answer, std::less<>>;

// What a person gave, checked against the question and put in its recorded
// form (values trimmed, country codes split and upper-cased, ticks in the
// question's order). None, with `problem` saying what is wrong in words a
// person can act on, when the question cannot take it.
std::optional<Answer> checkedAnswer(const course::Question& question, const Answer& given, std::string& problem);

// Whether a condition holds for these answers. A clause on a question with no
// answer is false, whatever its operator. A countries answer `has` a country
// when it names it or names a right that covers it (EU covers its members).
bool holds(const course::Condition& condition, const Answers& answers);

// Whether a question is asked, given the answers that count so far.
bool isAsked(const course::Question& question, const Answers& answers);

// The answers that count: those to questions that are asked, deciding from
// the top, so an answer to a follow-up whose lead question changed is left out.
Answers countingAnswers(const course::SelfCheck& check, const Answers& answers);

// The questions asked given these answers, in order.
std::vector<const course::Question*> askedQuestions(const course::SelfCheck& check, const Answers& answers);

struct Completion {
    int asked = 0;
    int answered = 0;
    bool complete() const { return answered == asked; }
};
Completion completion(const course::SelfCheck& check, const Answers& answers);

// The first question asked and not yet answered; null when all are.
const course::Question* firstUnanswered(const course::SelfCheck& check, const Answers& answers);

// The answer as people read it: "Yes", "Not sure", a choice's text, the
// texts ticked joined by commas ("none" when nothing was), "DE, FR".
std::string answerText(const course::Question& question, const Answer& answer);

// The answer as recorded: a JSON array of strings, ["yes"]. Bytes that are
// not UTF-8 become U+FFFD.
std::string answerJson(const Answer& answer);
// Reads answerJson's form back; none when `json` is not an array of strings.
std::optional<Answer> answerFromJson(std::string_view json);

}  // namespace ipprimer::progress
