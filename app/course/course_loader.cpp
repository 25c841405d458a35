// Reads course.toml, the lessons it names and the glossary. One bad file or
// entry becomes a diagnostic; everything else still loads.
#include <algorithm>
#include <toml++/toml.h>

#include <fstream>
#include <set>
#include <sstream>

#include "course/course.h"
#include "course/glossary.h"
#include "course/selfcheck_loader.h"
#include "quiz/gift_parser.h"

namespace ipprimer::course {
namespace fs = std::filesystem;

namespace {

class Loader {
public:
    Loader(Course& course) : c_(course) {}

    void run() {
        fs::path toml_path = c_.root / "content" / "course.toml";
        toml::table doc;
        try {
            doc = toml::parse_file(toml_path.string());
        } catch (const toml::parse_error& e) {
            const auto& where = e.source().begin;
            error(toml_path, static_cast<int>(where.line), static_cast<int>(where.column),
                  std::string(e.description()));
            return;
        }
        settings(doc, toml_path);
        modules(doc, toml_path);
        roles(doc, toml_path);
        lessons();
        banks();
        c_.glossary = loadGlossary(c_.root / "content" / "glossary.toml", c_, c_.diagnostics);
        for (Lesson& lesson : c_.lessons) annotateGlossary(lesson.doc, c_.glossary);
        c_.selfcheck = loadSelfCheck(c_.root / "content" / "selfcheck.toml", c_, c_.diagnostics);
    }

private:
    void error(const fs::path& path, int line, int col, std::string message) {
        c_.diagnostics.push_back({c_.relative(path), line, col, Severity::Error, std::move(message)});
    }
    void warning(const fs::path& path, int line, int col, std::string message) {
        c_.diagnostics.push_back({c_.relative(path), line, col, Severity::Warning, std::move(message)});
    }

    static int lineOf(const toml::node* node) { return node ? static_cast<int>(node->source().begin.line) : 0; }
    static int colOf(const toml::node* node) { return node ? static_cast<int>(node->source().begin.column) : 0; }

    // A required string field; reports where it is missing or of the wrong type.
    std::string text(const toml::table& t, const char* key, const fs::path& path, bool required = true) {
        const toml::node* node = t.get(key);
        if (!node) {
            if (required) error(path, lineOf(&t), colOf(&t), std::string("missing '") + key + "'");
            return {};
        }
        if (auto s = node->value<std::string>()) return *s;
        error(path, lineOf(node), colOf(node), std::string("'") + key + "' must be a string");
        return {};
    }

    int integer(const toml::table& t, const char* key, int fallback, int min, int max, const fs::path& path) {
        const toml::node* node = t.get(key);
        if (!node) return fallback;
        auto v = node->value<int64_t>();
        if (!v || *v < min || *v > max) {
            error(path, lineOf(node), colOf(node),
                  std::string("'") + key + "' must be a whole number from " + std::to_string(min) + " to " +
                      std::to_string(max));
            return fallback;
        }
        return static_cast<int>(*v);
    }

    std::vector<std::string> strings(const toml::table& t, const char* key, const fs::path& path,
                                     bool required = true) {
        std::vector<std::string> out;
        const toml::node* node = t.get(key);
        if (!node) {
            if (required) error(path, lineOf(&t), colOf(&t), std::string("missing '") + key + "'");
            return out;
        }
        const toml::array* arr = node->as_array();
        if (!arr) {
            error(path, lineOf(node), colOf(node), std::string("'") + key + "' must be a list of strings");
            return out;
        }
        for (const toml::node& item : *arr) {
            if (auto s = item.value<std::string>())
                out.push_back(*s);
            else
                error(path, lineOf(&item), colOf(&item), std::string("'") + key + "' must hold strings only");
        }
        return out;
    }

    void settings(const toml::table& doc, const fs::path& path) {
        const toml::table* t = doc["course"].as_table();
        if (!t) {
            warning(path, 1, 1, "no [course] table; using default settings");
            return;
        }
        Settings& s = c_.settings;
        if (auto title = text(*t, "title", path, false); !title.empty()) s.title = title;
        s.source = text(*t, "source", path, false);
        s.recertification_months = integer(*t, "recertification_months", s.recertification_months, 1, 240, path);
        s.default_due_days = integer(*t, "default_due_days", s.default_due_days, 1, 3650, path);
        s.attempt_limit = integer(*t, "attempt_limit", s.attempt_limit, 0, 100, path);
        if (auto g = text(*t, "grading", path, false); !g.empty()) {
            if (g == "highest" || g == "last")
                s.grading = g;
            else
                error(path, lineOf(t->get("grading")), colOf(t->get("grading")),
                      "'grading' must be \"highest\" or \"last\"");
        }
        s.practice_size = integer(*t, "practice_size", s.practice_size, 1, 200, path);
        s.review_daily_cap = integer(*t, "review_daily_cap", s.review_daily_cap, 1, 500, path);
        for (auto [key, value] : {std::pair{"role_quiz_feedback", &s.role_quiz_feedback},
                                  std::pair{"practice_feedback", &s.practice_feedback}}) {
            std::string timing = text(*t, key, path, false);
            if (timing == "each" || timing == "end")
                *value = timing;
            else if (!timing.empty())
                error(path, lineOf(t->get(key)), colOf(t->get(key)),
                      std::string("'") + key + "' must be \"each\" (after every question) or \"end\" (on the result page)");
        }
    }

    const toml::array* tables(const toml::table& doc, const char* key, const fs::path& path) {
        const toml::node* node = doc.get(key);
        if (!node) {
            error(path, 1, 1, std::string("no [[") + key + "]] entries");
            return nullptr;
        }
        const toml::array* arr = node->as_array();
        if (!arr || !arr->is_array_of_tables()) {
            error(path, lineOf(node), colOf(node), std::string("'") + key + "' must be written as [[" + key + "]] tables");
            return nullptr;
        }
        return arr;
    }

    // Module ids, lesson ids and bank names become folder and file names, so
    // they are kept to what every file system takes (and cannot climb out of
    // the course with '..' or '/').
    bool usableAsFileName(const std::string& name, const char* what, const fs::path& path, int line) {
        const bool ok = !name.empty() && name.size() <= 100 && std::all_of(name.begin(), name.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        });
        if (!ok)
            error(path, line, 1, std::string(what) + " '" + name.substr(0, 100) + (name.size() > 100 ? "..." : "") +
                                     "' must be 1 to 100 letters, digits, '-' or '_' (it names a file); skipped");
        return ok;
    }

    void modules(const toml::table& doc, const fs::path& path) {
        const toml::array* arr = tables(doc, "modules", path);
        if (!arr) return;
        std::set<std::string> ids;
        for (const toml::node& node : *arr) {
            const toml::table& t = *node.as_table();
            Module m;
            m.line = lineOf(&t);
            m.id = text(t, "id", path);
            m.title = text(t, "title", path);
            m.lesson_ids = strings(t, "lessons", path);
            m.quiz = text(t, "quiz", path, false);
            if (m.id.empty() || !usableAsFileName(m.id, "module id", path, m.line)) continue;
            if (!m.quiz.empty() && !usableAsFileName(m.quiz, "quiz bank name", path, m.line)) m.quiz.clear();
            std::erase_if(m.lesson_ids, [&](const std::string& id) { return !usableAsFileName(id, "lesson id", path, m.line); });
            if (!ids.insert(m.id).second) {
                error(path, m.line, 1, "module '" + m.id + "' is defined twice");
                continue;
            }
            c_.modules.push_back(std::move(m));
        }
    }

    void roles(const toml::table& doc, const fs::path& path) {
        const toml::array* arr = tables(doc, "roles", path);
        if (!arr) return;
        std::set<std::string> ids;
        for (const toml::node& node : *arr) {
            const toml::table& t = *node.as_table();
            Role r;
            r.line = lineOf(&t);
            r.id = text(t, "id", path);
            r.title = text(t, "title", path);
            r.description = text(t, "description", path, false);
            r.modules = strings(t, "modules", path);
            r.quiz_size = integer(t, "quiz_size", r.quiz_size, 1, 200, path);
            r.pass_mark = integer(t, "pass_mark", r.pass_mark, 1, 100, path);
            r.due_days = integer(t, "due_days", r.due_days, 0, 3650, path);
            if (r.id.empty()) continue;
            if (!ids.insert(r.id).second) {
                error(path, r.line, 1, "role '" + r.id + "' is defined twice");
                continue;
            }
            for (const std::string& m : r.modules)
                if (!c_.module(m)) error(path, r.line, 1, "role '" + r.id + "' requires unknown module '" + m + "'");
            r.lessons = strings(t, "lessons", path, false);
            for (const std::string& lesson : r.lessons) {
                const Module* owner = nullptr;
                for (const Module& m : c_.modules)
                    if (std::find(m.lesson_ids.begin(), m.lesson_ids.end(), lesson) != m.lesson_ids.end()) owner = &m;
                if (!owner)
                    error(path, r.line, 1, "role '" + r.id + "' lists unknown lesson '" + lesson + "'");
                else if (std::find(r.modules.begin(), r.modules.end(), owner->id) == r.modules.end())
                    error(path, r.line, 1, "role '" + r.id + "' lists lesson '" + lesson + "' of module '" + owner->id +
                                               "', which the role does not take");
            }
            c_.roles.push_back(std::move(r));
        }
    }

    void lessons() {
        fs::path toml_path = c_.root / "content" / "course.toml";
        std::set<std::string> seen;
        for (const Module& m : c_.modules) {
            for (const std::string& id : m.lesson_ids) {
                if (!seen.insert(id).second) {
                    error(toml_path, m.line, 1, "lesson '" + id + "' is listed twice");
                    continue;
                }
                fs::path path = c_.root / "lessons" / m.id / (id + ".md");
                std::ifstream in(path, std::ios::binary);
                if (!in) {
                    error(path, 0, 0, "cannot read lesson '" + id + "' of module '" + m.id + "' (listed in content/course.toml)");
                    continue;
                }
                std::ostringstream text;
                text << in.rdbuf();
                Lesson lesson{id, m.id, path, markdown::parse(text.str())};
                if (lesson.doc.title.empty())
                    error(path, 1, 1, "lesson has no '# ' title heading; it was skipped");
                else
                    c_.lessons.push_back(std::move(lesson));
            }
        }
    }

    void banks() {
        fs::path toml_path = c_.root / "content" / "course.toml";
        for (const Module& m : c_.modules) {
            if (m.quiz.empty()) continue;
            fs::path path = c_.root / "quizzes" / (m.quiz + ".gift");
            std::error_code ec;
            if (!fs::exists(path, ec)) {
                error(toml_path, m.line, 1, "module '" + m.id + "' names quiz bank 'quizzes/" + m.quiz + ".gift', which does not exist");
                continue;
            }
            quiz::GiftFile file = quiz::loadGiftFile(path);
            for (Diagnostic d : file.diagnostics) {
                d.path = c_.relative(path);
                c_.diagnostics.push_back(std::move(d));
            }
            for (quiz::Question& q : file.questions) q.path = c_.relative(path);
            c_.banks.push_back(Bank{m.id, path, std::move(file.questions)});
        }
    }

    Course& c_;
};

}  // namespace

Course loadCourse(const fs::path& root) {
    Course course;
    course.root = root;
    Loader(course).run();
    return course;
}

const Lesson* Course::lesson(std::string_view id) const {
    for (const Lesson& l : lessons)
        if (l.id == id) return &l;
    return nullptr;
}

const Module* Course::module(std::string_view id) const {
    for (const Module& m : modules)
        if (m.id == id) return &m;
    return nullptr;
}

const Role* Course::role(std::string_view id) const {
    for (const Role& r : roles)
        if (r.id == id) return &r;
    return nullptr;
}

const quiz::Question* Course::question(std::string_view id) const {
    for (const Bank& b : banks)
        for (const quiz::Question& q : b.questions)
            if (q.id == id) return &q;
    return nullptr;
}

std::string Course::moduleOfQuestion(std::string_view question_id) const {
    for (const Bank& b : banks)
        for (const quiz::Question& q : b.questions)
            if (q.id == question_id) return b.module_id;
    return {};
}

std::vector<const Lesson*> Course::lessonsFor(std::string_view role_id) const {
    const Role* r = role(role_id);
    std::vector<const Lesson*> out;
    for (const Lesson& l : lessons) {
        bool wanted = !r;
        if (r)
            for (const std::string& m : r->modules) wanted = wanted || m == l.module_id;
        if (wanted && r) wanted = r->takes(l.id);
        if (wanted) out.push_back(&l);
    }
    return out;
}

int readingMinutes(int words) {
    if (words <= 0) return 0;
    return (words + kReadingWordsPerMinute - 1) / kReadingWordsPerMinute;
}

int Lesson::minutes() const { return readingMinutes(doc.words); }

int Course::readingMinutesFor(std::string_view role_id) const {
    int words = 0;
    for (const Lesson* lesson : lessonsFor(role_id)) words += lesson->doc.words;
    return readingMinutes(words);
}

std::string Course::relative(const fs::path& path) const {
    std::error_code ec;
    fs::path rel = fs::relative(path, root, ec);
    if (ec || rel.empty() || rel.native().starts_with("..")) return path.string();
    return rel.string();
}

}  // namespace ipprimer::course
