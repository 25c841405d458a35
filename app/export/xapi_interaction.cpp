// Questions as interactions and responses as patterns (xAPI 1.0.3, Response
// Patterns): lists joined by [,], pairs by [.], ranges by [:].
#include "export/xapi_interaction.h"

#include <array>
#include <charconv>

#include "quiz/scoring.h"

namespace ipprimer::exports::xapi {
namespace {

constexpr double kFullMarks = 0.999;  // as quiz/scoring.h counts an answer right

std::string answerId(std::size_t index) { return "answer-" + std::to_string(index + 1); }
std::string itemId(std::size_t index) { return "item-" + std::to_string(index + 1); }
std::string matchId(std::size_t index) { return "match-" + std::to_string(index + 1); }

std::string numberText(double value) {
    std::array<char, 32> buffer{};
    const auto written = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), written.ptr);
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const auto& part : parts) {
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

std::vector<int> indices(const nlohmann::json& recorded, const char* key) {
    std::vector<int> out;
    if (auto it = recorded.find(key); it != recorded.end() && it->is_array())
        for (const auto& value : *it)
            if (value.is_number_integer()) out.push_back(value.get<int>());
    return out;
}

Interaction choiceInteraction(const quiz::Question& q) {
    Interaction interaction{InteractionType::Choice, std::vector<std::string>{}, {}, {}, {}};
    std::vector<std::string> together;  // multiple answer: every answer that earns marks
    double total = 0;
    for (std::size_t i = 0; i < q.answers.size(); ++i) {
        interaction.choices.push_back({answerId(i), q.answers[i].text});
        const double fraction = q.answers[i].fraction;
        if (q.type == quiz::QuestionType::MultipleChoice && fraction >= kFullMarks)
            interaction.correct_responses->push_back(answerId(i));
        if (q.type == quiz::QuestionType::MultipleAnswer && fraction > 0) {
            together.push_back(answerId(i));
            total += fraction;
        }
    }
    if (q.type == quiz::QuestionType::MultipleAnswer && total >= kFullMarks)
        interaction.correct_responses->push_back(joined(together, "[,]"));
    return interaction;
}

Interaction matchingInteraction(const quiz::Question& q) {
    Interaction interaction{InteractionType::Matching, std::vector<std::string>{}, {}, {}, {}};
    // Two items may share a match text (scoring compares texts): one target each text.
    auto targetFor = [&](const std::string& text) {
        for (const auto& target : interaction.target)
            if (target.description == text) return target.id;
        return std::string();
    };
    for (std::size_t i = 0; i < q.pairs.size(); ++i)
        if (targetFor(q.pairs[i].match).empty()) interaction.target.push_back({matchId(i), q.pairs[i].match});
    std::vector<std::string> pairs;
    for (std::size_t i = 0; i < q.pairs.size(); ++i) {
        if (q.pairs[i].item.empty()) continue;  // a distractor: a match for no item
        interaction.source.push_back({itemId(i), q.pairs[i].item});
        pairs.push_back(itemId(i) + "[.]" + targetFor(q.pairs[i].match));
    }
    interaction.correct_responses->push_back(joined(pairs, "[,]"));
    return interaction;
}

}  // namespace

std::string_view interactionTypeName(InteractionType type) {
    switch (type) {
        case InteractionType::TrueFalse: return "true-false";
        case InteractionType::Choice: return "choice";
        case InteractionType::FillIn: return "fill-in";
        case InteractionType::LongFillIn: return "long-fill-in";
        case InteractionType::Matching: return "matching";
        case InteractionType::Performance: return "performance";
        case InteractionType::Sequencing: return "sequencing";
        case InteractionType::Likert: return "likert";
        case InteractionType::Numeric: return "numeric";
        case InteractionType::Other: return "other";
    }
    return "other";
}

std::optional<InteractionType> interactionTypeNamed(std::string_view name) {
    for (int i = 0; i <= static_cast<int>(InteractionType::Other); ++i) {
        const auto type = static_cast<InteractionType>(i);
        if (interactionTypeName(type) == name) return type;
    }
    return std::nullopt;
}

Interaction interactionOf(const quiz::Question& q) {
    using quiz::QuestionType;
    switch (q.type) {
        case QuestionType::MultipleChoice:
        case QuestionType::MultipleAnswer: return choiceInteraction(q);
        case QuestionType::TrueFalse:
            return Interaction{InteractionType::TrueFalse, std::vector<std::string>{q.truth ? "true" : "false"}, {}, {}, {}};
        case QuestionType::ShortAnswer: {
            Interaction interaction{InteractionType::FillIn, std::vector<std::string>{}, {}, {}, {}};
            for (const auto& answer : q.answers) {
                if (answer.fraction < kFullMarks) continue;
                // A wildcard stands for many answers no list can hold.
                if (answer.text.find('*') != std::string::npos) return Interaction{InteractionType::FillIn, std::nullopt, {}, {}, {}};
                interaction.correct_responses->push_back(answer.text);
            }
            return interaction;
        }
        case QuestionType::Numerical: {
            Interaction interaction{InteractionType::Numeric, std::vector<std::string>{}, {}, {}, {}};
            for (const auto& answer : q.numeric) {
                if (answer.fraction < kFullMarks) continue;
                interaction.correct_responses->push_back(
                    answer.min == answer.max ? numberText(answer.min)
                                             : numberText(answer.min) + "[:]" + numberText(answer.max));
            }
            return interaction;
        }
        case QuestionType::Matching: return matchingInteraction(q);
        case QuestionType::Essay: return Interaction{InteractionType::LongFillIn, std::nullopt, {}, {}, {}};
        case QuestionType::Description: return Interaction{InteractionType::Other, std::nullopt, {}, {}, {}};
    }
    return Interaction{};
}

std::optional<std::string> responsePattern(const Interaction& interaction, const nlohmann::json& recorded) {
    if (!recorded.is_object()) return std::nullopt;
    switch (interaction.type) {
        case InteractionType::Choice: {
            std::vector<std::string> chosen;
            for (int index : indices(recorded, "chosen"))
                if (index >= 0) chosen.push_back(answerId(static_cast<std::size_t>(index)));
            if (chosen.empty()) return std::nullopt;
            return joined(chosen, "[,]");
        }
        case InteractionType::TrueFalse: {
            auto it = recorded.find("truth");
            if (it == recorded.end() || !it->is_boolean()) return std::nullopt;
            return it->get<bool>() ? "true" : "false";
        }
        case InteractionType::FillIn:
        case InteractionType::LongFillIn:
        case InteractionType::Numeric: {
            auto it = recorded.find("text");
            if (it == recorded.end() || !it->is_string() || it->get<std::string>().empty()) return std::nullopt;
            if (interaction.type != InteractionType::Numeric) return it->get<std::string>();
            const auto number = quiz::parseTypedNumber(it->get<std::string>());
            if (!number) return std::nullopt;
            return numberText(*number);
        }
        case InteractionType::Matching: {
            // The chosen match by its text where the record keeps it, as scoring counts it.
            const std::vector<int> matched = indices(recorded, "matched");
            const nlohmann::json texts = recorded.value("texts", nlohmann::json::array());
            std::vector<std::string> pairs;
            for (std::size_t i = 0; i < matched.size(); ++i) {
                if (matched[i] < 0) continue;
                std::string target = matchId(static_cast<std::size_t>(matched[i]));
                if (texts.is_array() && i < texts.size() && texts[i].is_string())
                    for (const auto& component : interaction.target)
                        if (component.description == texts[i].get<std::string>()) target = component.id;
                pairs.push_back(itemId(i) + "[.]" + target);
            }
            if (pairs.empty()) return std::nullopt;
            return joined(pairs, "[,]");
        }
        default: return std::nullopt;
    }
}

}  // namespace ipprimer::exports::xapi
