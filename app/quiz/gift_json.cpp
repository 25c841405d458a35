// JSON views of the quiz model; field names follow the C++ members.
#include "quiz/gift_json.h"

namespace ipprimer::quiz {
namespace {

// A part's own format, as a key beside its text, only where it has one.
void ownFormat(nlohmann::json& out, const char* key, const std::optional<TextFormat>& format) {
    if (format) out[key] = formatName(*format);
}

}  // namespace

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
    for (const auto& a : q.answers) {
        json entry = {{"text", a.text}, {"fraction", a.fraction}, {"feedback", a.feedback}};
        ownFormat(entry, "text_format", a.text_format);
        ownFormat(entry, "feedback_format", a.feedback_format);
        answers.push_back(std::move(entry));
    }
    out["answers"] = std::move(answers);

    json pairs = json::array();
    for (const auto& p : q.pairs) {
        json entry = {{"item", p.item}, {"match", p.match}};
        ownFormat(entry, "item_format", p.item_format);
        pairs.push_back(std::move(entry));
    }
    out["pairs"] = std::move(pairs);

    json numeric = json::array();
    for (const auto& n : q.numeric) {
        json entry = n.is_range ? json{{"min", n.min}, {"max", n.max}}
                                : json{{"value", n.value}, {"tolerance", n.tolerance}};
        entry["fraction"] = n.fraction;
        entry["feedback"] = n.feedback;
        ownFormat(entry, "feedback_format", n.feedback_format);
        numeric.push_back(std::move(entry));
    }
    out["numeric"] = std::move(numeric);

    if (q.type == QuestionType::TrueFalse) out["truth"] = q.truth;
    out["feedback_when_right"] = q.feedback_when_right;
    out["feedback_when_wrong"] = q.feedback_when_wrong;
    out["general_feedback"] = q.general_feedback;
    ownFormat(out, "right_feedback_format", q.right_feedback_format);
    ownFormat(out, "wrong_feedback_format", q.wrong_feedback_format);
    ownFormat(out, "general_feedback_format", q.general_feedback_format);
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
