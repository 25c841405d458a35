// Responses to and from JSON, and responses given on a learner's behalf.
#include "quiz/responses.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace ipprimer::quiz {
namespace {

bool usesChoices(QuestionType type) {
    return type == QuestionType::MultipleChoice || type == QuestionType::MultipleAnswer;
}

bool usesText(QuestionType type) { return type == QuestionType::ShortAnswer || type == QuestionType::Numerical; }

std::vector<int> intsOf(const nlohmann::json& json, const char* key) {
    std::vector<int> out;
    auto it = json.find(key);
    if (it == json.end() || !it->is_array()) return out;
    for (const auto& value : *it)
        if (value.is_number_integer()) out.push_back(value.get<int>());
    return out;
}

// A number written so that parseTypedNumber reads it back exactly enough.
std::string numberText(double value) {
    std::ostringstream out;
    out.precision(12);
    out << value;
    return out.str();
}

}  // namespace

nlohmann::json responseToJson(const Question& q, const Response& r) {
    nlohmann::json out = nlohmann::json::object();
    if (usesChoices(q.type)) {
        nlohmann::json texts = nlohmann::json::array();
        for (int index : r.chosen)
            texts.push_back(index >= 0 && static_cast<std::size_t>(index) < q.answers.size()
                                ? q.answers[static_cast<std::size_t>(index)].text
                                : std::string());
        out["chosen"] = r.chosen;
        out["texts"] = std::move(texts);
    } else if (q.type == QuestionType::TrueFalse) {
        out["truth"] = r.truth ? nlohmann::json(*r.truth) : nlohmann::json(nullptr);
    } else if (usesText(q.type)) {
        out["text"] = r.text;
    } else if (q.type == QuestionType::Matching) {
        nlohmann::json texts = nlohmann::json::array();
        for (int index : r.matched)
            texts.push_back(index >= 0 && static_cast<std::size_t>(index) < q.pairs.size()
                                ? q.pairs[static_cast<std::size_t>(index)].match
                                : std::string());
        out["matched"] = r.matched;
        out["texts"] = std::move(texts);
    }
    return out;
}

Response responseFromJson(const nlohmann::json& json) {
    Response r;
    if (!json.is_object()) return r;
    r.chosen = intsOf(json, "chosen");
    r.matched = intsOf(json, "matched");
    if (auto it = json.find("truth"); it != json.end() && it->is_boolean()) r.truth = it->get<bool>();
    if (auto it = json.find("text"); it != json.end() && it->is_string()) r.text = it->get<std::string>();
    return r;
}

std::optional<Response> parseResponse(std::string_view json_text) {
    nlohmann::json json = nlohmann::json::parse(json_text, nullptr, false);
    if (json.is_discarded()) return std::nullopt;
    return responseFromJson(json);
}

std::string recordedAnswerText(const Question* question, std::string_view response_json) {
    const nlohmann::json json = nlohmann::json::parse(response_json, nullptr, false);
    if (!json.is_object()) return response_json.empty() ? "No answer" : std::string(response_json);
    std::string out;
    auto join = [&](const std::string& part) { out += (out.empty() ? "" : "; ") + part; };
    if (auto texts = json.find("texts"); texts != json.end() && texts->is_array()) {
        const bool matching = json.contains("matched");
        for (std::size_t i = 0; i < texts->size(); ++i) {
            const std::string text = (*texts)[i].is_string() ? (*texts)[i].get<std::string>() : "(none)";
            if (matching && question && i < question->pairs.size())
                join(question->pairs[i].item + " \xE2\x86\x92 " + text);
            else
                join(text);
        }
    } else if (auto truth = json.find("truth"); truth != json.end() && truth->is_boolean()) {
        out = truth->get<bool>() ? "True" : "False";
    } else if (auto typed = json.find("text"); typed != json.end() && typed->is_string()) {
        out = "\"" + typed->get<std::string>() + "\"";
    } else if (auto chosen = json.find("chosen"); chosen != json.end() && chosen->is_array() && question) {
        for (const auto& index : *chosen)
            if (index.is_number_integer() && index.get<int>() >= 0 &&
                static_cast<std::size_t>(index.get<int>()) < question->answers.size())
                join(question->answers[static_cast<std::size_t>(index.get<int>())].text);
    }
    return out.empty() ? "No answer" : out;
}

bool isAnswered(const Question& q, const Response& r) {
    switch (q.type) {
        case QuestionType::MultipleChoice:
        case QuestionType::MultipleAnswer: return !r.chosen.empty();
        case QuestionType::TrueFalse: return r.truth.has_value();
        case QuestionType::ShortAnswer:
        case QuestionType::Numerical: return r.text.find_first_not_of(" \t\r\n") != std::string::npos;
        case QuestionType::Matching:
            return std::any_of(r.matched.begin(), r.matched.end(), [](int m) { return m >= 0; });
        case QuestionType::Essay:
        case QuestionType::Description: return false;
    }
    return false;
}

Response bestResponse(const Question& q) {
    Response r;
    switch (q.type) {
        case QuestionType::MultipleChoice: {
            auto best = std::max_element(q.answers.begin(), q.answers.end(),
                                         [](const Answer& a, const Answer& b) { return a.fraction < b.fraction; });
            if (best != q.answers.end()) r.chosen.push_back(static_cast<int>(best - q.answers.begin()));
            break;
        }
        case QuestionType::MultipleAnswer:
            for (std::size_t i = 0; i < q.answers.size(); ++i)
                if (q.answers[i].fraction > 0) r.chosen.push_back(static_cast<int>(i));
            break;
        case QuestionType::TrueFalse: r.truth = q.truth; break;
        case QuestionType::ShortAnswer: {
            auto best = std::max_element(q.answers.begin(), q.answers.end(),
                                         [](const Answer& a, const Answer& b) { return a.fraction < b.fraction; });
            if (best != q.answers.end()) {
                // A wildcard pattern is typed with its stars left out.
                for (char c : best->text)
                    if (c != '*') r.text += c;
            }
            break;
        }
        case QuestionType::Numerical: {
            auto best = std::max_element(q.numeric.begin(), q.numeric.end(),
                                         [](const NumericAnswer& a, const NumericAnswer& b) { return a.fraction < b.fraction; });
            if (best != q.numeric.end()) r.text = numberText(best->is_range ? (best->min + best->max) / 2 : best->value);
            break;
        }
        case QuestionType::Matching:
            for (std::size_t i = 0; i < q.pairs.size(); ++i)
                r.matched.push_back(q.pairs[i].item.empty() ? -1 : static_cast<int>(i));
            break;
        case QuestionType::Essay:
        case QuestionType::Description: break;
    }
    return r;
}

Response wrongResponse(const Question& q) {
    Response r;
    switch (q.type) {
        case QuestionType::MultipleChoice:
        case QuestionType::MultipleAnswer: {
            auto worst = std::min_element(q.answers.begin(), q.answers.end(),
                                          [](const Answer& a, const Answer& b) { return a.fraction < b.fraction; });
            if (worst != q.answers.end()) r.chosen.push_back(static_cast<int>(worst - q.answers.begin()));
            break;
        }
        case QuestionType::TrueFalse: r.truth = !q.truth; break;
        case QuestionType::ShortAnswer: r.text = "no such answer"; break;
        case QuestionType::Numerical: {
            // Far outside every accepted value or range.
            double far = 0;
            for (const NumericAnswer& a : q.numeric)
                far = std::max(far, std::abs(a.is_range ? a.max : a.value + std::abs(a.tolerance)));
            r.text = numberText(far * 10 + 1000);
            break;
        }
        case QuestionType::Matching: {
            // Each item gets the match of the next pair with a different text.
            const std::size_t n = q.pairs.size();
            for (std::size_t i = 0; i < n; ++i) {
                int chosen = -1;
                if (!q.pairs[i].item.empty())
                    for (std::size_t step = 1; step < n && chosen < 0; ++step)
                        if (q.pairs[(i + step) % n].match != q.pairs[i].match) chosen = static_cast<int>((i + step) % n);
                r.matched.push_back(chosen);
            }
            break;
        }
        case QuestionType::Essay:
        case QuestionType::Description: break;
    }
    return r;
}

}  // namespace ipprimer::quiz
