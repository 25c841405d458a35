#include "course/check.h"

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "course/lesson_images.h"
#include "course/selfcheck_loader.h"
#include "quiz/bank_lint.h"

namespace ipprimer::course {
namespace fs = std::filesystem;

bool parseLessonLink(std::string_view url, LessonTarget& target) {
    constexpr std::string_view scheme = "lesson:";
    if (!url.starts_with(scheme)) return false;
    url.remove_prefix(scheme.size());
    auto hash = url.find('#');
    target.lesson_id = std::string(url.substr(0, hash));
    target.anchor = hash == std::string_view::npos ? "" : std::string(url.substr(hash + 1));
    return true;
}

namespace {

void checkLinks(const Course& course, const Lesson& lesson, Diagnostics& out) {
    std::string where = course.relative(lesson.path);
    for (const markdown::LinkRef& link : lesson.doc.links) {
        auto report = [&](Severity severity, std::string message) {
            out.push_back({where, link.line, link.column, severity, std::move(message)});
        };
        const std::string& url = link.url;
        if (link.image) {
            const auto located = locateImage(course.root, url);
            if (const auto* refused = std::get_if<std::string>(&located))
                report(url.starts_with("https:") ? Severity::Warning : Severity::Error, "image " + *refused);
            continue;
        }
        LessonTarget target;
        if (parseLessonLink(url, target)) {
            const Lesson* other = course.lesson(target.lesson_id);
            if (!other)
                report(Severity::Error, "link to unknown lesson '" + target.lesson_id + "'");
            else if (!target.anchor.empty() && !other->doc.hasAnchor(target.anchor))
                report(Severity::Error, "lesson '" + target.lesson_id + "' has no heading with anchor '#" + target.anchor + "'");
        } else if (url.starts_with("#")) {
            if (!lesson.doc.hasAnchor(url.substr(1)))
                report(Severity::Error, "this lesson has no heading with anchor '" + url + "'");
        } else if (url.starts_with("http:")) {
            report(Severity::Warning, "link '" + url + "' is not secure; use https:");
        } else if (!url.starts_with("https:")) {
            report(Severity::Error, "link '" + url + "' will be refused: only lesson: and https: links are followed");
        }
    }
    if (lesson.doc.sections.empty())
        out.push_back({where, 1, 1, Severity::Warning, "lesson has no '## ' questions; the reader cannot fold it"});
}

void checkReachable(const Course& course, Diagnostics& out) {
    fs::path dir = course.root / "lessons";
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return;
    std::set<fs::path> listed;
    for (const Module& m : course.modules)
        for (const std::string& id : m.lesson_ids) listed.insert(dir / m.id / (id + ".md"));
    for (auto it = fs::recursive_directory_iterator(dir, ec); it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        if (it->path().extension() == ".md" && !listed.contains(it->path()))
            out.push_back({course.relative(it->path()), 1, 1, Severity::Warning,
                           "lesson file is not reachable: no module in content/course.toml lists it"});
    }
}

void checkRoles(const Course& course, Diagnostics& out) {
    std::string where = course.relative(course.root / "content" / "course.toml");
    if (course.roles.empty()) out.push_back({where, 1, 1, Severity::Error, "the course defines no roles"});
    for (const Role& r : course.roles)
        if (r.modules.empty())
            out.push_back({where, r.line, 1, Severity::Error, "role '" + r.id + "' requires no modules"});
    for (const Module& m : course.modules) {
        if (m.lesson_ids.empty())
            out.push_back({where, m.line, 1, Severity::Warning, "module '" + m.id + "' has no lessons"});
        bool taken = false;
        for (const Role& r : course.roles)
            for (const std::string& id : r.modules) taken = taken || id == m.id;
        if (!taken)
            out.push_back({where, m.line, 1, Severity::Warning, "module '" + m.id + "' is required by no role"});
    }
}

// Every `lesson:` link in a question's texts (GIFT escapes already removed).
void checkQuestionLinks(const Course& course, const quiz::Question& q, Diagnostics& out) {
    static const std::regex link(R"(lesson:([A-Za-z0-9_-]+)(#([A-Za-z0-9_-]+))?)");
    std::vector<const std::string*> texts = {&q.text, &q.text_after, &q.general_feedback, &q.feedback_when_right,
                                             &q.feedback_when_wrong};
    for (const quiz::Answer& a : q.answers) {
        texts.push_back(&a.text);
        texts.push_back(&a.feedback);
    }
    for (const quiz::NumericAnswer& n : q.numeric) texts.push_back(&n.feedback);
    for (const std::string* text : texts) {
        for (std::sregex_iterator it(text->begin(), text->end(), link), end; it != end; ++it) {
            std::string id = (*it)[1], anchor = (*it)[3];
            const Lesson* lesson = course.lesson(id);
            if (!lesson)
                out.push_back({q.path, q.line, q.column, Severity::Error,
                               "question '" + q.id + "' links to unknown lesson '" + id + "'"});
            else if (!anchor.empty() && !lesson->doc.hasAnchor(anchor))
                out.push_back({q.path, q.line, q.column, Severity::Error,
                               "question '" + q.id + "' links to '" + id + "#" + anchor + "', which has no such heading"});
        }
    }
}

void checkBanks(const Course& course, Diagnostics& out) {
    std::map<std::string, const quiz::Question*> ids;
    for (const Bank& bank : course.banks) {
        for (const quiz::Question& q : bank.questions) {
            auto report = [&](Severity severity, std::string message) {
                out.push_back({q.path, q.line, q.column, severity, std::move(message)});
            };
            if (!q.id.empty()) {
                auto [it, fresh] = ids.emplace(q.id, &q);
                if (!fresh)
                    report(Severity::Error, "question id '" + q.id + "' is also used at " + it->second->path + ":" +
                                                std::to_string(it->second->line));
            }
            if (!q.isScored()) {
                report(Severity::Warning, std::string("question '") + q.id + "' is an " +
                                              std::string(quiz::typeName(q.type)) + "; it is kept but not scored here");
                continue;
            }
            for (const std::string& role : q.roleTags())
                if (!course.role(role)) report(Severity::Warning, "question '" + q.id + "' is tagged for unknown role '" + role + "'");
            if (q.type == quiz::QuestionType::MultipleChoice || q.type == quiz::QuestionType::MultipleAnswer)
                for (const quiz::Answer& a : q.answers)
                    if (a.fraction <= 0 && a.feedback.empty())
                        report(Severity::Warning, "question '" + q.id + "': the wrong answer '" + a.text +
                                                      "' has no feedback saying why");
            checkQuestionLinks(course, q, out);
        }
    }
    // Every role must be able to draw a full quiz from its modules' banks.
    std::string where = course.relative(course.root / "content" / "course.toml");
    for (const Role& role : course.roles) {
        int pool = 0;
        for (const Bank& bank : course.banks)
            if (std::find(role.modules.begin(), role.modules.end(), bank.module_id) != role.modules.end())
                for (const quiz::Question& q : bank.questions) pool += q.isScored() && role.asksAbout(q);
        if (pool < role.quiz_size)
            out.push_back({where, role.line, 1, Severity::Error,
                           "role '" + role.id + "' draws " + std::to_string(role.quiz_size) +
                               " questions, but its modules' banks hold only " + std::to_string(pool)});
    }
}

// Cues that let a learner pass without understanding (quiz/bank_lint.h).
void checkBankQuality(const Course& course, Diagnostics& out) {
    std::vector<const quiz::Question*> scored;
    for (const Bank& bank : course.banks) {
        for (const quiz::Question& q : bank.questions)
            if (q.isScored()) scored.push_back(&q);
        const quiz::LengthCue cue = quiz::lengthCue(bank.questions);
        if (cue.multiple_choice < quiz::kLengthCueMinimum || cue.share() <= quiz::kLengthCueLimit) continue;
        std::string examples;
        for (std::size_t i = 0; i < cue.longest_is_right.size() && i < 5; ++i)
            examples += (i ? ", " : "") + cue.longest_is_right[i]->id;
        if (cue.longest_is_right.size() > 5) examples += ", ...";
        out.push_back({course.relative(bank.path), 1, 1, Severity::Warning,
                       "in " + std::to_string(cue.longest_is_right.size()) + " of " +
                           std::to_string(cue.multiple_choice) + " multiple-choice questions (" +
                           std::to_string(static_cast<int>(cue.share() * 100 + 0.5)) +
                           "%) the right answer is the longest option, so length gives it away; keep it to a third "
                           "or fewer (" + examples + ")"});
    }
    for (const quiz::NearDuplicate& pair : quiz::nearDuplicates(scored)) {
        const quiz::Question& q = *pair.second;
        out.push_back({q.path, q.line, q.column, Severity::Warning,
                       "question '" + q.id + "' looks like a near-duplicate of '" + pair.first->id + "' (" +
                           pair.first->path + ":" + std::to_string(pair.first->line) + ", " +
                           std::to_string(static_cast<int>(pair.similarity * 100 + 0.5)) +
                           "% of their words alike): one quiz could draw both; keep one, or give both the same "
                           "[tag:family-<name>] so a quiz draws at most one"});
    }
}

int countWords(const fs::path& path) {
    std::ifstream in(path);
    int words = 0;
    std::string w;
    while (in >> w) ++words;
    return words;
}

}  // namespace

void checkCourse(const Course& course, Diagnostics& diagnostics) {
    for (const Lesson& lesson : course.lessons) checkLinks(course, lesson, diagnostics);
    checkReachable(course, diagnostics);
    checkRoles(course, diagnostics);
    checkBanks(course, diagnostics);
    checkBankQuality(course, diagnostics);
    checkSelfCheck(course, diagnostics);
}

CheckSummary summarize(const Course& course) {
    CheckSummary s;
    s.modules = static_cast<int>(course.modules.size());
    s.lessons = static_cast<int>(course.lessons.size());
    for (const Lesson& l : course.lessons) {
        // Questions, not the closing "Key points" style sections.
        for (const markdown::Section& section : l.doc.sections)
            s.lesson_questions += section.title.ends_with('?');
        s.words += countWords(l.path);
    }
    s.glossary_terms = static_cast<int>(course.glossary.size());
    for (const Bank& bank : course.banks)
        for (const quiz::Question& q : bank.questions) s.quiz_questions += q.isScored();
    s.selfcheck_questions = course.selfcheck.questionCount();
    s.selfcheck_actions = static_cast<int>(course.selfcheck.actions.size());
    return s;
}

}  // namespace ipprimer::course
