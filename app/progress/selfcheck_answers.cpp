// Self-check answers: checking them, the ones that count, and conditions.
#include "progress/selfcheck_answers.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>

#include "base/countries.h"
#include "base/text.h"

namespace ipprimer::progress {
using course::AnswerKind;
using course::Condition;
using course::Question;
namespace {

std::optional<long long> wholeNumber(std::string_view text) {
    long long n = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return n;
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const std::string& part : parts) out += (out.empty() ? "" : std::string(separator)) + part;
    return out;
}

bool countriesHave(const std::vector<std::string>& codes, std::string_view country) {
    for (const std::string& code : codes) {
        if (code == country) return true;
        const std::vector<std::string> covered = countriesCoveredBy(code);
        if (std::find(covered.begin(), covered.end(), country) != covered.end()) return true;
    }
    return false;
}

bool clauseHolds(const Condition& clause, const Answer& answer) {
    using Op = Condition::Op;
    const std::vector<std::string>& values = answer.values;
    const std::string& wanted = clause.values.empty() ? std::string() : clause.values.front();
    const std::string given = values.empty() ? std::string() : values.front();
    auto contains = [&](const std::string& v) {
        return std::find(values.begin(), values.end(), v) != values.end() || countriesHave(values, v);
    };
    switch (clause.op) {
        case Op::Equal: {
            const auto a = wholeNumber(given), b = wholeNumber(wanted);
            return a && b ? *a == *b : given == wanted;
        }
        case Op::NotEqual: {
            const auto a = wholeNumber(given), b = wholeNumber(wanted);
            return a && b ? *a != *b : given != wanted;
        }
        case Op::In: return std::find(clause.values.begin(), clause.values.end(), given) != clause.values.end();
        case Op::Has: return contains(wanted);
        case Op::Lacks: return !contains(wanted);
        default: break;
    }
    const auto number = wholeNumber(given);
    if (!number) return false;
    switch (clause.op) {
        case Op::Less: return *number < clause.number;
        case Op::LessOrEqual: return *number <= clause.number;
        case Op::Greater: return *number > clause.number;
        case Op::GreaterOrEqual: return *number >= clause.number;
        default: return false;
    }
}

}  // namespace

std::optional<Answer> checkedAnswer(const Question& question, const Answer& given, std::string& problem) {
    Answer answer;
    for (const std::string& value : given.values)
        if (std::string v = trimmed(value); !v.empty()) answer.values.push_back(std::move(v));
    auto refuse = [&](std::string message) -> std::optional<Answer> {
        problem = std::move(message);
        return std::nullopt;
    };
    switch (question.kind) {
        case AnswerKind::YesNo:
        case AnswerKind::YesNoUnsure:
        case AnswerKind::Choice: {
            const std::vector<std::string> allowed = question.allowedValues();
            if (answer.values.size() != 1) return refuse("choose one answer");
            if (std::find(allowed.begin(), allowed.end(), answer.values.front()) == allowed.end())
                return refuse("'" + answer.values.front() + "' is not one of the answers (" + joined(allowed, ", ") + ")");
            return answer;
        }
        case AnswerKind::Multi: {
            Answer ordered;
            for (const std::string& value : answer.values)
                if (std::none_of(question.choices.begin(), question.choices.end(),
                                 [&](const course::Choice& c) { return c.id == value; }))
                    return refuse("'" + value + "' is not one of the choices");
            for (const course::Choice& choice : question.choices)
                if (std::find(answer.values.begin(), answer.values.end(), choice.id) != answer.values.end())
                    ordered.values.push_back(choice.id);
            return ordered;
        }
        case AnswerKind::Number: {
            if (answer.values.size() != 1) return refuse("write one whole number");
            const auto number = wholeNumber(answer.values.front());
            if (!number) return refuse("'" + answer.values.front() + "' is not a whole number");
            if (*number < question.min || *number > question.max)
                return refuse("write a number from " + std::to_string(question.min) + " to " + std::to_string(question.max));
            answer.values.front() = std::to_string(*number);
            return answer;
        }
        case AnswerKind::Countries: {
            Answer codes;
            for (const std::string& value : answer.values)
                for (std::string& code : splitCountryCodes(value)) {
                    if (!isCountryCode(code)) return refuse(countryCodeProblem(code));
                    if (std::find(codes.values.begin(), codes.values.end(), code) == codes.values.end())
                        codes.values.push_back(std::move(code));
                }
            if (codes.values.empty()) return refuse("write at least one country code, such as DE or FR");
            return codes;
        }
        case AnswerKind::Text: {
            if (answer.values.empty()) return refuse("write an answer, or skip the question");
            return Answer{{joined(answer.values, " ")}};
        }
    }
    return refuse("this question cannot be answered");
}

bool holds(const Condition& condition, const Answers& answers) {
    switch (condition.op) {
        case Condition::Op::And:
            return std::all_of(condition.parts.begin(), condition.parts.end(),
                               [&](const Condition& part) { return holds(part, answers); });
        case Condition::Op::Or:
            return std::any_of(condition.parts.begin(), condition.parts.end(),
                               [&](const Condition& part) { return holds(part, answers); });
        default: {
            const auto found = answers.find(condition.question);
            return found != answers.end() && clauseHolds(condition, found->second);
        }
    }
}

bool isAsked(const Question& question, const Answers& answers) { return !question.ask_if || holds(*question.ask_if, answers); }

Answers countingAnswers(const course::SelfCheck& check, const Answers& answers) {
    Answers counting;
    for (const course::Section& section : check.sections)
        for (const Question& question : section.questions) {
            if (!isAsked(question, counting)) continue;
            if (const auto found = answers.find(question.id); found != answers.end()) counting.insert(*found);
        }
    return counting;
}

namespace {

// The questions asked, given the answers that count (countingAnswers).
std::vector<const Question*> askedGiven(const course::SelfCheck& check, const Answers& counting) {
    std::vector<const Question*> asked;
    for (const course::Section& section : check.sections)
        for (const Question& question : section.questions)
            if (isAsked(question, counting)) asked.push_back(&question);
    return asked;
}

}  // namespace

std::vector<const Question*> askedQuestions(const course::SelfCheck& check, const Answers& answers) {
    return askedGiven(check, countingAnswers(check, answers));
}

Completion completion(const course::SelfCheck& check, const Answers& answers) {
    const Answers counting = countingAnswers(check, answers);
    Completion done;
    for (const Question* question : askedGiven(check, counting)) {
        ++done.asked;
        done.answered += counting.contains(question->id);
    }
    return done;
}

const Question* firstUnanswered(const course::SelfCheck& check, const Answers& answers) {
    const Answers counting = countingAnswers(check, answers);
    for (const Question* question : askedGiven(check, counting))
        if (!counting.contains(question->id)) return question;
    return nullptr;
}

std::string answerText(const Question& question, const Answer& answer) {
    if (question.kind == AnswerKind::Multi) {
        std::vector<std::string> texts;
        for (const std::string& value : answer.values) texts.push_back(question.valueText(value));
        return texts.empty() ? "none" : joined(texts, ", ");
    }
    if (question.kind == AnswerKind::Countries) return joined(answer.values, ", ");
    return answer.values.empty() ? std::string() : question.valueText(answer.values.front());
}

std::string answerJson(const Answer& answer) {
    return nlohmann::json(answer.values).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::optional<Answer> answerFromJson(std::string_view json) {
    const nlohmann::json parsed = nlohmann::json::parse(json, nullptr, false);
    if (!parsed.is_array()) return std::nullopt;
    Answer answer;
    for (const nlohmann::json& value : parsed) {
        if (!value.is_string()) return std::nullopt;
        answer.values.push_back(value.get<std::string>());
    }
    return answer;
}

}  // namespace ipprimer::progress
