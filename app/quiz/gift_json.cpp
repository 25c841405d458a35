// JSON views of the quiz model; field names follow the C++ members.
#include "quiz/gift_json.h"

namespace ipprimer::quiz {

nlohmann::json toJson(const Question& q) {
    using nlohmann::json;
    json out = {
        {"id", q.id},
        {"title", q.title},
        {"type", typeName(q.type)},
        {"text", q.text},
    };
    if (!q.text_after.empty()) out["text_after"] = q.text_after;
    out["format"] = formatName(q.format);
    out["category"] = q.category;
    out["tags"] = q.tags;

    json answers = json::array();
    for (const auto& a : q.answers)
        answers.push_back({{"text", a.text}, {"fraction", a.fraction}, {"feedback", a.feedback}});
    out["answers"] = std::move(answers);

    json pairs = json::array();
    for (const auto& p : q.pairs) pairs.push_back({{"item", p.item}, {"match", p.match}});
    out["pairs"] = std::move(pairs);

    json numeric = json::array();
    for (const auto& n : q.numeric) {
        json entry = n.is_range ? json{{"min", n.min}, {"max", n.max}}
                                : json{{"value", n.value}, {"tolerance", n.tolerance}};
        entry["fraction"] = n.fraction;
        entry["feedback"] = n.feedback;
        numeric.push_back(std::move(entry));
    }
    out["numeric"] = std::move(numeric);

    if (q.type == QuestionType::TrueFalse) out["truth"] = q.truth;
    out["feedback_when_right"] = q.feedback_when_right;
    out["feedback_when_wrong"] = q.feedback_when_wrong;
    out["general_feedback"] = q.general_feedback;
    out["scored"] = q.isScored();
    out["line"] = q.line;
    return out;
}

nlohmann::json toJson(const Diagnostic& d) {
    return {{"path", d.path},
            {"line", d.line},
            {"column", d.column},
            {"severity", d.severity == Severity::Error ? "error" : "warning"},
            {"message", d.message}};
}

nlohmann::json toJson(const GiftFile& file) {
    nlohmann::json questions = nlohmann::json::array();
    for (const auto& q : file.questions) questions.push_back(toJson(q));
    nlohmann::json diagnostics = nlohmann::json::array();
    for (const auto& d : file.diagnostics) diagnostics.push_back(toJson(d));
    return {{"questions", std::move(questions)}, {"diagnostics", std::move(diagnostics)}};
}

}  // namespace ipprimer::quiz
