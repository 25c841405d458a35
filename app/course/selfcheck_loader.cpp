// Reads the self-check's sections, questions and actions with toml++; every
// problem becomes a diagnostic at the line (and column) it is about.
#include "course/selfcheck_loader.h"

#include <toml++/toml.h>

#include <algorithm>
#include <set>

#include "course/selfcheck_condition.h"

namespace ipprimer::course {
namespace fs = std::filesystem;
namespace {

class SelfCheckLoader {
public:
    SelfCheckLoader(std::string path, Diagnostics& diagnostics) : path_(std::move(path)), out_(diagnostics) {}

    SelfCheck load(const toml::table& doc) {
        SelfCheck check;
        check.path = path_;
        if (const toml::table* head = doc["selfcheck"].as_table()) {
            if (auto title = text(*head, "title", false); !title.empty()) check.title = title;
            check.introduction = text(*head, "introduction", false);
            check.sales_countries = text(*head, "sales_countries", false);
            check.company_name = text(*head, "company_name", false);
            check.confidentiality_lessons = strings(*head, "confidentiality_lessons");
        } else {
            error(1, 1, "no [selfcheck] table; write its title and introduction there");
        }
        sections(doc, check);
        namedQuestion(doc, check, "sales_countries", check.sales_countries, AnswerKind::Countries);
        namedQuestion(doc, check, "company_name", check.company_name, AnswerKind::Text);
        actions(doc, check);
        registerTasks(doc, check);
        return check;
    }

private:
    void report(Severity severity, int line, int column, std::string message) {
        out_.push_back({path_, line, column, severity, std::move(message)});
    }
    void error(int line, int column, std::string message) { report(Severity::Error, line, column, std::move(message)); }
    static int lineOf(const toml::node* node) { return node ? static_cast<int>(node->source().begin.line) : 0; }
    static int columnOf(const toml::node* node) { return node ? static_cast<int>(node->source().begin.column) : 0; }

    std::string text(const toml::table& t, const char* key, bool required) {
        const toml::node* node = t.get(key);
        if (!node) {
            if (required) error(lineOf(&t), columnOf(&t), std::string("missing '") + key + "'");
            return {};
        }
        if (auto s = node->value<std::string>()) return *s;
        error(lineOf(node), columnOf(node), std::string("'") + key + "' must be a string");
        return {};
    }

    std::vector<std::string> strings(const toml::table& t, const char* key) {
        std::vector<std::string> out;
        const toml::node* node = t.get(key);
        if (!node) return out;
        const toml::array* list = node->as_array();
        if (!list) {
            error(lineOf(node), columnOf(node), std::string("'") + key + "' must be a list of strings");
            return out;
        }
        for (const toml::node& item : *list) {
            if (auto s = item.value<std::string>())
                out.push_back(*s);
            else
                error(lineOf(&item), columnOf(&item), std::string("'") + key + "' must hold strings only");
        }
        return out;
    }

    const toml::array* tables(const toml::table& t, const char* key, const char* written) {
        const toml::node* node = t.get(key);
        if (!node) return nullptr;
        const toml::array* list = node->as_array();
        if (!list || !list->is_array_of_tables()) {
            error(lineOf(node), columnOf(node), std::string("'") + key + "' must be written as [[" + written + "]] tables");
            return nullptr;
        }
        return list;
    }

    // Ids are read in conditions and placeholders: letters, digits and hyphens.
    bool usableId(const std::string& id, const char* what, const toml::table& t) {
        const bool ok = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        });
        if (!ok && !id.empty())
            error(lineOf(t.get("id")), columnOf(t.get("id")),
                  std::string(what) + " id '" + id + "' must be lower-case letters, digits, '-' or '_'; skipped");
        return ok;
    }

    // A condition in a string: parsed, then checked against the questions `find` allows.
    std::optional<Condition> condition(const toml::table& t, const char* key,
                                       const std::function<const Question*(std::string_view)>& find, bool required) {
        const toml::node* node = t.get(key);
        const std::string written = text(t, key, required);
        if (written.empty()) {
            if (node && required) error(lineOf(node), columnOf(node), std::string("'") + key + "' is empty");
            return std::nullopt;
        }
        ConditionProblem problem;
        auto parsed = parseCondition(written, problem);
        // The value starts after its opening quote.
        const int column = columnOf(node) + 1;
        if (!parsed) {
            error(lineOf(node), column + problem.offset, std::string("'") + key + "': " + problem.message);
            return std::nullopt;
        }
        const std::vector<std::string> problems = conditionProblems(*parsed, find);
        for (const std::string& p : problems) error(lineOf(node), column, std::string("'") + key + "': " + p);
        if (!problems.empty()) return std::nullopt;
        return parsed;
    }

    void sections(const toml::table& doc, SelfCheck& check) {
        const toml::array* list = tables(doc, "sections", "sections");
        if (!list) {
            if (!doc.get("sections")) error(1, 1, "no [[sections]]: the self-check has no questions");
            return;
        }
        std::set<std::string> section_ids;
        for (const toml::node& node : *list) {
            const toml::table& t = *node.as_table();
            Section section;
            section.line = lineOf(&t);
            section.id = text(t, "id", true);
            section.title = text(t, "title", true);
            section.introduction = text(t, "introduction", false);
            if (!usableId(section.id, "section", t)) continue;
            if (!section_ids.insert(section.id).second) {
                error(section.line, 1, "section '" + section.id + "' is defined twice; skipped");
                continue;
            }
            if (const toml::array* questions = tables(t, "questions", "sections.questions"))
                for (const toml::node& q : *questions) question(*q.as_table(), check, section);
            if (section.questions.empty()) {
                error(section.line, 1, "section '" + section.id + "' has no [[sections.questions]]");
                continue;
            }
            check.sections.push_back(std::move(section));
        }
    }

    void question(const toml::table& t, SelfCheck& check, Section& section) {
        Question q;
        q.line = lineOf(&t);
        q.id = text(t, "id", true);
        q.text = text(t, "text", true);
        q.help = text(t, "help", false);
        if (!usableId(q.id, "question", t) || q.text.empty()) return;
        if (!question_ids_.insert(q.id).second) {
            error(q.line, 1, "question id '" + q.id + "' is used twice; skipped");
            return;
        }
        const std::string kind = text(t, "kind", true);
        if (kind.empty()) return;
        if (!parseAnswerKind(kind, q.kind)) {
            error(lineOf(t.get("kind")), columnOf(t.get("kind")),
                  "question '" + q.id + "': kind '" + kind +
                      "' is not one of yes_no, yes_no_unsure, choice, multi, number, countries, text; skipped");
            return;
        }
        if (!choices(t, q) || !numberRange(t, q)) return;
        // A question may depend only on the questions before it, so the
        // questionnaire can be answered from top to bottom.
        auto earlier = [&](std::string_view id) -> const Question* {
            if (const Question* found = check.question(id)) return found;
            for (const Question& other : section.questions)
                if (other.id == id) return &other;
            return nullptr;
        };
        if (t.get("ask_if")) {
            q.ask_if = condition(t, "ask_if", earlier, true);
            if (!q.ask_if) return;
        }
        section.questions.push_back(std::move(q));
    }

    bool choices(const toml::table& t, Question& q) {
        const bool wanted = q.kind == AnswerKind::Choice || q.kind == AnswerKind::Multi;
        const toml::node* node = t.get("choices");
        if (!wanted) {
            if (node) error(lineOf(node), columnOf(node), "question '" + q.id + "': only choice and multi questions have choices");
            return true;
        }
        const toml::array* list = node ? node->as_array() : nullptr;
        if (!list) {
            error(node ? lineOf(node) : q.line, node ? columnOf(node) : 1,
                  "question '" + q.id + "' needs 'choices = [{ id = \"...\", text = \"...\" }, ...]'; skipped");
            return false;
        }
        std::set<std::string> ids;
        for (const toml::node& item : *list) {
            const toml::table* choice = item.as_table();
            const std::string id = choice ? (*choice)["id"].value_or(std::string{}) : "";
            const std::string words = choice ? (*choice)["text"].value_or(std::string{}) : "";
            if (id.empty() || words.empty()) {
                error(lineOf(&item), columnOf(&item), "question '" + q.id + "': a choice needs an 'id' and a 'text'");
                continue;
            }
            if (id == "yes" || id == "no" || !ids.insert(id).second) {
                error(lineOf(&item), columnOf(&item),
                      "question '" + q.id + "': choice id '" + id + (id == "yes" || id == "no" ? "' is kept for yes_no questions" : "' is used twice"));
                continue;
            }
            q.choices.push_back({id, words});
        }
        if (q.choices.size() < 2) {
            error(lineOf(node), columnOf(node), "question '" + q.id + "' needs at least two choices; skipped");
            return false;
        }
        return true;
    }

    bool numberRange(const toml::table& t, Question& q) {
        if (q.kind != AnswerKind::Number) return true;
        q.min = t["min"].value_or<long long>(0);
        q.max = t["max"].value_or<long long>(1000000);
        if (q.min > q.max) {
            error(q.line, 1, "question '" + q.id + "': 'min' is above 'max'; skipped");
            return false;
        }
        return true;
    }

    void namedQuestion(const toml::table& doc, SelfCheck& check, const char* key, std::string& id, AnswerKind kind) {
        if (id.empty()) return;
        const Question* q = check.question(id);
        if (q && q->kind == kind) return;
        const toml::node* node = doc["selfcheck"][key].node();
        error(lineOf(node), columnOf(node),
              std::string("'") + key + "' must name a " + std::string(answerKindKey(kind)) + " question; '" + id +
                  (q ? "' is " + std::string(answerKindKey(q->kind)) : "' is not a question"));
        id.clear();
    }

    // Placeholders in the texts an action shows: {question-id} or {question-id|fallback}.
    void placeholders(const toml::table& t, const char* key, const std::string& value, const SelfCheck& check,
                      const std::string& action_id) {
        for (std::size_t open = value.find('{'); open != std::string::npos; open = value.find('{', open + 1)) {
            const std::size_t close = value.find('}', open);
            const toml::node* node = t.get(key);
            if (close == std::string::npos) {
                error(lineOf(node), columnOf(node), "action '" + action_id + "': '" + key + "' opens a '{' it never closes");
                return;
            }
            std::string name = value.substr(open + 1, close - open - 1);
            name = name.substr(0, name.find('|'));
            if (!check.question(name))
                error(lineOf(node), columnOf(node),
                      "action '" + action_id + "': '" + key + "' names '{" + name + "}', which is not a question");
        }
    }

    void actions(const toml::table& doc, SelfCheck& check) {
        const toml::array* list = tables(doc, "actions", "actions");
        if (!list) return;
        std::set<std::string> ids;
        auto any_question = [&](std::string_view id) { return check.question(id); };
        for (const toml::node& node : *list) {
            const toml::table& t = *node.as_table();
            Action a;
            a.line = lineOf(&t);
            a.id = text(t, "id", true);
            a.title = text(t, "title", true);
            a.why = text(t, "why", true);
            a.this_month = text(t, "this_month", true);
            a.lesson = text(t, "lesson", true);
            a.who = strings(t, "who");
            if (!usableId(a.id, "action", t) || a.title.empty() || a.why.empty() || a.this_month.empty()) continue;
            if (!ids.insert(a.id).second) {
                error(a.line, 1, "action id '" + a.id + "' is used twice; skipped");
                continue;
            }
            if (a.who.empty()) error(a.line, 1, "action '" + a.id + "' needs 'who': the role ids of the people who should act");
            if (!a.lesson.empty() && !a.lesson.starts_with("lesson:"))
                error(lineOf(t.get("lesson")), columnOf(t.get("lesson")),
                      "action '" + a.id + "': 'lesson' must be a lesson: link, e.g. \"lesson:trade-secrets#key-points\"");
            const std::string urgency = text(t, "urgency", true);
            if (!urgency.empty() && !parseUrgency(urgency, a.urgency))
                error(lineOf(t.get("urgency")), columnOf(t.get("urgency")),
                      "action '" + a.id + "': urgency '" + urgency + "' is not one of critical, high, medium, low");
            placeholders(t, "why", a.why, check, a.id);
            placeholders(t, "this_month", a.this_month, check, a.id);
            auto when = condition(t, "when", any_question, true);
            if (!when) continue;
            a.when = std::move(*when);
            if (t.get("more_urgent_if")) a.more_urgent_if = condition(t, "more_urgent_if", any_question, true);
            check.actions.push_back(std::move(a));
        }
    }

    void registerTasks(const toml::table& doc, SelfCheck& check) {
        const toml::array* list = tables(doc, "register_tasks", "register_tasks");
        if (!list) return;
        std::set<std::string> lessons;
        for (const toml::node& node : *list) {
            const toml::table& t = *node.as_table();
            RegisterTask task;
            task.line = lineOf(&t);
            task.lesson = text(t, "lesson", true);
            task.kind = text(t, "kind", false);
            task.prompt = text(t, "prompt", true);
            if (task.lesson.empty() || task.prompt.empty()) continue;
            if (!lessons.insert(task.lesson).second) {
                error(task.line, 1, "lesson '" + task.lesson + "' already has a register task; skipped");
                continue;
            }
            check.register_tasks.push_back(std::move(task));
        }
    }

    std::string path_;
    Diagnostics& out_;
    std::set<std::string> question_ids_;
};

}  // namespace

SelfCheck loadSelfCheck(const fs::path& path, const Course& course, Diagnostics& diagnostics) {
    if (std::error_code ec; !fs::exists(path, ec)) return {};
    const std::string where = course.relative(path);
    toml::table doc;
    try {
        doc = toml::parse_file(path.string());
    } catch (const toml::parse_error& e) {
        diagnostics.push_back({where, static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column),
                               Severity::Error, std::string(e.description()) + "; the self-check was not loaded"});
        SelfCheck none;
        none.path = where;
        return none;
    }
    return SelfCheckLoader(where, diagnostics).load(doc);
}

}  // namespace ipprimer::course
