// The self-check model's small lookups and the names of its kinds.
#include "course/selfcheck.h"

#include <array>

namespace ipprimer::course {
namespace {

constexpr std::array<std::pair<AnswerKind, std::string_view>, 7> kKinds = {{
    {AnswerKind::YesNo, "yes_no"},
    {AnswerKind::YesNoUnsure, "yes_no_unsure"},
    {AnswerKind::Choice, "choice"},
    {AnswerKind::Multi, "multi"},
    {AnswerKind::Number, "number"},
    {AnswerKind::Countries, "countries"},
    {AnswerKind::Text, "text"},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kUrgencies = {{
    {"critical", "Critical"},
    {"high", "High"},
    {"medium", "Medium"},
    {"low", "Low"},
}};

}  // namespace

std::string_view answerKindKey(AnswerKind kind) {
    for (const auto& [k, key] : kKinds)
        if (k == kind) return key;
    return "?";
}

bool parseAnswerKind(std::string_view key, AnswerKind& kind) {
    for (const auto& [k, name] : kKinds)
        if (name == key) {
            kind = k;
            return true;
        }
    return false;
}

std::string_view urgencyKey(Urgency urgency) { return kUrgencies[static_cast<std::size_t>(urgency)].first; }
std::string_view urgencyName(Urgency urgency) { return kUrgencies[static_cast<std::size_t>(urgency)].second; }

bool parseUrgency(std::string_view key, Urgency& urgency) {
    for (std::size_t i = 0; i < kUrgencies.size(); ++i)
        if (kUrgencies[i].first == key) {
            urgency = static_cast<Urgency>(i);
            return true;
        }
    return false;
}

std::vector<std::string> Question::allowedValues() const {
    switch (kind) {
        case AnswerKind::YesNo: return {"yes", "no"};
        case AnswerKind::YesNoUnsure: return {"yes", "no", "unsure"};
        case AnswerKind::Choice: {
            std::vector<std::string> ids;
            for (const Choice& choice : choices) ids.push_back(choice.id);
            return ids;
        }
        default: return {};
    }
}

std::string Question::valueText(std::string_view value) const {
    if (value == "yes" && kind != AnswerKind::Choice && kind != AnswerKind::Multi) return "Yes";
    if (value == "no" && kind != AnswerKind::Choice && kind != AnswerKind::Multi) return "No";
    if (value == "unsure" && kind == AnswerKind::YesNoUnsure) return "Not sure";
    for (const Choice& choice : choices)
        if (choice.id == value) return choice.text;
    return std::string(value);
}

const Question* SelfCheck::question(std::string_view id) const {
    for (const Section& section : sections)
        for (const Question& q : section.questions)
            if (q.id == id) return &q;
    return nullptr;
}

const Action* SelfCheck::action(std::string_view id) const {
    for (const Action& a : actions)
        if (a.id == id) return &a;
    return nullptr;
}

const RegisterTask* SelfCheck::registerTask(std::string_view lesson_id) const {
    for (const RegisterTask& task : register_tasks)
        if (task.lesson == lesson_id) return &task;
    return nullptr;
}

int SelfCheck::questionCount() const {
    int count = 0;
    for (const Section& section : sections) count += static_cast<int>(section.questions.size());
    return count;
}

}  // namespace ipprimer::course
