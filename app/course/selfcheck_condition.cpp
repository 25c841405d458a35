// A small recursive-descent parser for the self-check's conditions, and the
// checks that tie a condition to the questions it reads.
#include "course/selfcheck_condition.h"

#include <algorithm>
#include <charconv>

#include "base/countries.h"

namespace ipprimer::course {
namespace {

struct Token {
    enum class Kind { Word, Symbol, End } kind = Kind::End;
    std::string text;
    int offset = 0;
};

bool isWordChar(char c) {
    // A dot is read as part of a word so that "2.5" is refused as a number, not as a stray '.'.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

std::vector<Token> tokenize(std::string_view text, ConditionProblem& problem, bool& ok) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
            continue;
        }
        Token token;
        token.offset = static_cast<int>(i);
        if (isWordChar(c)) {
            token.kind = Token::Kind::Word;
            while (i < text.size() && isWordChar(text[i])) token.text += text[i++];
        } else if ((c == '!' || c == '<' || c == '>' || c == '=') && i + 1 < text.size() && text[i + 1] == '=') {
            token.kind = Token::Kind::Symbol;
            token.text = c == '=' ? "=" : std::string{c, '='};
            i += 2;
        } else if (std::string_view("=<>()[],").find(c) != std::string_view::npos) {
            token.kind = Token::Kind::Symbol;
            token.text = std::string(1, c);
            ++i;
        } else {
            problem = {static_cast<int>(i), std::string("unexpected '") + c + "'"};
            ok = false;
            return tokens;
        }
        tokens.push_back(std::move(token));
    }
    tokens.push_back({Token::Kind::End, "", static_cast<int>(text.size())});
    return tokens;
}

class Parser {
public:
    Parser(std::vector<Token> tokens, ConditionProblem& problem) : tokens_(std::move(tokens)), problem_(problem) {}

    std::optional<Condition> parse() {
        auto condition = disjunction();
        if (condition && peek().kind != Token::Kind::End) return fail("expected 'and', 'or' or the end, found '" + peek().text + "'");
        return condition;
    }

private:
    const Token& peek() const { return tokens_[position_]; }
    const Token& take() { return tokens_[std::min(position_++, tokens_.size() - 1)]; }
    bool takeIf(std::string_view text) {
        if (peek().kind == Token::Kind::End || peek().text != text) return false;
        ++position_;
        return true;
    }
    std::nullopt_t fail(std::string message) {
        problem_ = {peek().offset, std::move(message)};
        return std::nullopt;
    }
    static bool isKeyword(std::string_view word) {
        return word == "and" || word == "or" || word == "in" || word == "has" || word == "lacks";
    }

    // Joins parts under `op`, or returns the single part as it is.
    static Condition joined(Condition::Op op, std::vector<Condition> parts) {
        if (parts.size() == 1) return std::move(parts.front());
        Condition joined_condition;
        joined_condition.op = op;
        joined_condition.parts = std::move(parts);
        return joined_condition;
    }

    std::optional<Condition> disjunction() {
        std::vector<Condition> parts;
        do {
            auto part = conjunction();
            if (!part) return std::nullopt;
            parts.push_back(std::move(*part));
        } while (takeIf("or"));
        return joined(Condition::Op::Or, std::move(parts));
    }

    std::optional<Condition> conjunction() {
        std::vector<Condition> parts;
        do {
            auto part = factor();
            if (!part) return std::nullopt;
            parts.push_back(std::move(*part));
        } while (takeIf("and"));
        return joined(Condition::Op::And, std::move(parts));
    }

    std::optional<Condition> factor() {
        if (takeIf("(")) {
            auto inner = disjunction();
            if (!inner) return std::nullopt;
            if (!takeIf(")")) return fail("expected ')'");
            return inner;
        }
        return clause();
    }

    std::optional<std::string> value() {
        if (peek().kind != Token::Kind::Word || isKeyword(peek().text)) {
            fail(peek().kind == Token::Kind::End ? "expected a value at the end" : "expected a value, found '" + peek().text + "'");
            return std::nullopt;
        }
        return take().text;
    }

    std::optional<Condition> clause() {
        if (peek().kind != Token::Kind::Word || isKeyword(peek().text))
            return fail(peek().kind == Token::Kind::End ? "expected a question id at the end"
                                                        : "expected a question id, found '" + peek().text + "'");
        Condition clause_condition;
        clause_condition.question = take().text;
        const Token op = take();
        using Op = Condition::Op;
        static const std::pair<std::string_view, Op> kSimple[] = {
            {"=", Op::Equal}, {"!=", Op::NotEqual}, {"has", Op::Has}, {"lacks", Op::Lacks}};
        static const std::pair<std::string_view, Op> kCompare[] = {
            {"<", Op::Less}, {"<=", Op::LessOrEqual}, {">", Op::Greater}, {">=", Op::GreaterOrEqual}};
        for (const auto& [text, kind] : kSimple) {
            if (op.text != text || op.kind == Token::Kind::End) continue;
            clause_condition.op = kind;
            auto v = value();
            if (!v) return std::nullopt;
            clause_condition.values.push_back(*v);
            return clause_condition;
        }
        for (const auto& [text, kind] : kCompare) {
            if (op.text != text || op.kind == Token::Kind::End) continue;
            clause_condition.op = kind;
            const Token& number = peek();
            const auto [end, error] =
                std::from_chars(number.text.data(), number.text.data() + number.text.size(), clause_condition.number);
            if (number.kind != Token::Kind::Word || error != std::errc() || end != number.text.data() + number.text.size())
                return fail("'" + std::string(text) + "' needs a whole number after it");
            clause_condition.values.push_back(take().text);
            return clause_condition;
        }
        if (op.text == "in" && op.kind == Token::Kind::Word) {
            clause_condition.op = Op::In;
            if (!takeIf("[")) return fail("expected '[' after 'in'");
            do {
                auto v = value();
                if (!v) return std::nullopt;
                clause_condition.values.push_back(*v);
            } while (takeIf(","));
            if (!takeIf("]")) return fail("expected ',' or ']'");
            return clause_condition;
        }
        --position_;
        return fail("expected =, !=, in, has, lacks, <, <=, > or >= after '" + clause_condition.question + "'");
    }

    std::vector<Token> tokens_;
    std::size_t position_ = 0;
    ConditionProblem& problem_;
};

std::string_view opText(Condition::Op op) {
    switch (op) {
        case Condition::Op::Equal: return "=";
        case Condition::Op::NotEqual: return "!=";
        case Condition::Op::In: return "in";
        case Condition::Op::Has: return "has";
        case Condition::Op::Lacks: return "lacks";
        case Condition::Op::Less: return "<";
        case Condition::Op::LessOrEqual: return "<=";
        case Condition::Op::Greater: return ">";
        case Condition::Op::GreaterOrEqual: return ">=";
        case Condition::Op::And: return "and";
        case Condition::Op::Or: return "or";
    }
    return "?";
}

void clauseProblems(const Condition& clause, const std::function<const Question*(std::string_view)>& find,
                    std::vector<std::string>& problems) {
    const Question* question = find(clause.question);
    if (!question) {
        problems.push_back("'" + clause.question + "' is not a question this condition may read");
        return;
    }
    using Op = Condition::Op;
    const AnswerKind kind = question->kind;
    const std::string where = "'" + clause.question + "' (" + std::string(answerKindKey(kind)) + ")";
    const bool set = isSetKind(kind);
    const bool compare = clause.op == Op::Less || clause.op == Op::LessOrEqual || clause.op == Op::Greater ||
                         clause.op == Op::GreaterOrEqual;
    if (kind == AnswerKind::Text) {
        problems.push_back(where + " is free text; no condition can read it");
        return;
    }
    if (set && clause.op != Op::Has && clause.op != Op::Lacks) {
        problems.push_back(where + " holds several values: use 'has' or 'lacks', not '" + std::string(opText(clause.op)) + "'");
        return;
    }
    if (!set && (clause.op == Op::Has || clause.op == Op::Lacks)) {
        problems.push_back(where + " holds one value: use =, != or in, not '" + std::string(opText(clause.op)) + "'");
        return;
    }
    if (kind == AnswerKind::Number) {
        if (!compare && clause.op != Op::Equal && clause.op != Op::NotEqual) {
            problems.push_back(where + " is a number: compare it with =, !=, <, <=, > or >=");
            return;
        }
        for (const std::string& v : clause.values) {
            long long n = 0;
            const auto [end, error] = std::from_chars(v.data(), v.data() + v.size(), n);
            if (error != std::errc() || end != v.data() + v.size())
                problems.push_back(where + " is a number; '" + v + "' is not a whole number");
        }
        return;
    }
    if (compare) {
        problems.push_back(where + " is not a number; '" + std::string(opText(clause.op)) + "' cannot compare it");
        return;
    }
    if (kind == AnswerKind::Countries) {
        for (const std::string& v : clause.values)
            if (!isCountryCode(v)) problems.push_back(countryCodeProblem(v));
        return;
    }
    std::vector<std::string> allowed;
    if (kind == AnswerKind::Multi)
        for (const Choice& choice : question->choices) allowed.push_back(choice.id);
    else
        allowed = question->allowedValues();
    for (const std::string& v : clause.values) {
        if (std::find(allowed.begin(), allowed.end(), v) != allowed.end()) continue;
        std::string list;
        for (const std::string& a : allowed) list += (list.empty() ? "" : ", ") + a;
        problems.push_back(where + " cannot be '" + v + "' (it can be " + list + ")");
    }
}

}  // namespace

std::optional<Condition> parseCondition(std::string_view text, ConditionProblem& problem) {
    bool ok = true;
    std::vector<Token> tokens = tokenize(text, problem, ok);
    if (!ok) return std::nullopt;
    if (tokens.size() == 1) {
        problem = {0, "the condition is empty"};
        return std::nullopt;
    }
    return Parser(std::move(tokens), problem).parse();
}

std::vector<std::string> conditionProblems(const Condition& condition,
                                           const std::function<const Question*(std::string_view)>& find) {
    std::vector<std::string> problems;
    if (condition.isClause()) {
        clauseProblems(condition, find, problems);
        return problems;
    }
    for (const Condition& part : condition.parts)
        for (std::string& p : conditionProblems(part, find)) problems.push_back(std::move(p));
    return problems;
}

std::string conditionText(const Condition& condition) {
    if (condition.isClause()) {
        std::string text = condition.question + " " + std::string(opText(condition.op)) + " ";
        if (condition.op != Condition::Op::In) return text + (condition.values.empty() ? "" : condition.values.front());
        std::string list;
        for (const std::string& v : condition.values) list += (list.empty() ? "" : ", ") + v;
        return text + "[" + list + "]";
    }
    std::string text;
    for (const Condition& part : condition.parts) {
        const bool wrap = condition.op == Condition::Op::And && part.op == Condition::Op::Or;
        text += (text.empty() ? "" : " " + std::string(opText(condition.op)) + " ") +
                (wrap ? "(" + conditionText(part) + ")" : conditionText(part));
    }
    return text;
}

}  // namespace ipprimer::course
