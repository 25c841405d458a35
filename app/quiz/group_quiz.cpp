// The group quiz's rules; see group_quiz.h.
#include "quiz/group_quiz.h"

#include <algorithm>

#include "quiz/answer_order.h"

namespace ipprimer::quiz {
namespace {

// The option's text in a kept name "A: text"; the whole name when it has no letter.
std::string_view textOfName(std::string_view name) {
    if (name.size() >= 3 && name[0] >= 'A' && name[0] <= 'Z' && name[1] == ':' && name[2] == ' ') return name.substr(3);
    return name;
}

}  // namespace

bool canAskRoom(const Question& question) {
    switch (question.type) {
    case QuestionType::MultipleChoice:
    case QuestionType::MultipleAnswer:
    case QuestionType::ShortAnswer: return !question.answers.empty();
    case QuestionType::TrueFalse: return true;
    case QuestionType::Numerical: return !question.numeric.empty();
    case QuestionType::Matching: return question.pairs.size() >= 2;
    case QuestionType::Essay:
    case QuestionType::Description: return false;
    }
    return false;
}

bool hasRoomOptions(const Question& question) {
    return question.type == QuestionType::MultipleChoice || question.type == QuestionType::MultipleAnswer ||
           question.type == QuestionType::TrueFalse;
}

std::vector<RoomOption> roomOptions(const Question& question, std::uint64_t seed) {
    std::vector<RoomOption> options;
    if (question.type == QuestionType::TrueFalse) {
        const TextFormat right = question.formatOf(question.right_feedback_format);
        const TextFormat wrong = question.formatOf(question.wrong_feedback_format);
        options.push_back({"True", question.truth, -1, true,
                           question.truth ? question.feedback_when_right : question.feedback_when_wrong,
                           TextFormat::Markdown, question.truth ? right : wrong});
        options.push_back({"False", !question.truth, -1, false,
                           question.truth ? question.feedback_when_wrong : question.feedback_when_right,
                           TextFormat::Markdown, question.truth ? wrong : right});
        return options;
    }
    if (!hasRoomOptions(question)) return options;
    for (int index : answerOrder(question, seed).answers) {
        const Answer& answer = question.answers[static_cast<std::size_t>(index)];
        const bool right = question.type == QuestionType::MultipleAnswer ? answer.fraction > 0 : answer.fraction >= 0.999;
        options.push_back({answer.text, right, index, false, answer.feedback, question.formatOf(answer.text_format),
                           question.formatOf(answer.feedback_format)});
    }
    return options;
}

std::vector<std::string> roomMatches(const Question& question, std::uint64_t seed) {
    std::vector<std::string> matches;
    for (int pair : answerOrder(question, seed).matches) matches.push_back(question.pairs[static_cast<std::size_t>(pair)].match);
    return matches;
}

std::string optionLetter(std::size_t position) { return std::string(1, static_cast<char>('A' + position % 26)); }

std::string optionName(std::size_t position, std::string_view text) {
    return optionLetter(position) + ": " + std::string(text);
}

RoomEntry emptyEntry(const Question& question, const std::vector<RoomOption>& options) {
    RoomEntry entry;
    entry.counts.assign(options.size(), 0);
    entry.chosen.assign(options.size(), 0);
    entry.matched.assign(question.pairs.size(), -1);
    return entry;
}

RoomEntry keptEntry(const Question& question, const std::vector<RoomOption>& options,
                    const std::vector<KeptOption>& kept, std::string_view kept_answer) {
    RoomEntry entry = emptyEntry(question, options);
    std::vector<bool> used(kept.size(), false);
    std::vector<bool> found(options.size(), false);
    for (std::size_t i = 0; i < options.size(); ++i)
        for (std::size_t k = 0; k < kept.size(); ++k)
            if (!used[k] && textOfName(kept[k].name) == options[i].text) {
                entry.counts[i] = kept[k].count;
                used[k] = found[i] = true;
                break;
            }
    // Options edited since: the hands left over, in their order, when nothing was added or removed.
    if (kept.size() == options.size()) {
        std::size_t next = 0;
        for (std::size_t i = 0; i < options.size(); ++i) {
            if (found[i]) continue;
            while (used[next]) ++next;
            entry.counts[i] = kept[next].count;
            used[next] = true;
        }
    }
    if (!hasRoomOptions(question) && question.type != QuestionType::Matching) entry.text = std::string(kept_answer);
    return entry;
}

bool roomAnswered(const Question& question, const RoomEntry& entry) {
    if (hasRoomOptions(question)) return std::any_of(entry.chosen.begin(), entry.chosen.end(), [](char c) { return c; });
    if (question.type == QuestionType::Matching)
        return std::any_of(entry.matched.begin(), entry.matched.end(), [](int m) { return m >= 0; });
    return entry.text.find_first_not_of(" \t") != std::string::npos;
}

std::optional<RoomAnswer> roomAnswer(const Question& question, const std::vector<RoomOption>& options,
                                     const std::vector<std::string>& matches, const RoomEntry& entry) {
    if (!roomAnswered(question, entry)) return std::nullopt;
    RoomAnswer answer;
    auto say = [&](const std::string& part) { answer.said += (answer.said.empty() ? "" : "; ") + part; };
    if (hasRoomOptions(question)) {
        for (std::size_t i = 0; i < options.size() && i < entry.chosen.size(); ++i) {
            if (!entry.chosen[i]) continue;
            if (question.type == QuestionType::TrueFalse)
                answer.response.truth = options[i].truth;
            else
                answer.response.chosen.push_back(options[i].answer);
            say(optionName(i, options[i].text));
        }
    } else if (question.type == QuestionType::Matching) {
        for (std::size_t i = 0; i < question.pairs.size(); ++i) {
            answer.response.matched.push_back(-1);
            const int pick = i < entry.matched.size() ? entry.matched[i] : -1;
            if (pick < 0 || static_cast<std::size_t>(pick) >= matches.size() || question.pairs[i].item.empty()) continue;
            const std::string& match = matches[static_cast<std::size_t>(pick)];
            for (std::size_t j = 0; j < question.pairs.size(); ++j)
                if (question.pairs[j].match == match) {
                    answer.response.matched.back() = static_cast<int>(j);
                    break;
                }
            say(question.pairs[i].item + " \xE2\x86\x92 " + match);
        }
    } else {
        answer.response.text = entry.text;
        answer.said = entry.text;
    }
    answer.score = score(question, answer.response);
    return answer;
}

}  // namespace ipprimer::quiz
