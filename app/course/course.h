// The course model: modules, lessons, roles, glossary and settings, as loaded
// from a course directory (see content/AUTHORING.md).
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "markdown/document.h"
#include "course/selfcheck.h"
#include "quiz/question.h"

namespace ipprimer::course {

struct Settings {
    std::string title = "IP Primer";
    std::string source;
    int recertification_months = 24;
    int default_due_days = 30;
    int attempt_limit = 0;  // 0 = unlimited
    std::string grading = "highest";
    int practice_size = 10;       // questions in a module's practice quiz
    int review_daily_cap = 20;    // review questions offered per day at most
    // When a quiz shows whether an answer was right, and why: "each" (after
    // every question) or "end" (on the result page).
    std::string role_quiz_feedback = "end";
    std::string practice_feedback = "each";
};

struct Module {
    std::string id;
    std::string title;
    std::vector<std::string> lesson_ids;
    std::string quiz;  // bank name: quizzes/<quiz>.gift
    int line = 0;
};

struct Role {
    std::string id;
    std::string title;
    std::string description;
    std::vector<std::string> modules;
    // When not empty, the role reads only these lessons of its modules (a
    // short curriculum for people with little time); its quiz asks about them.
    std::vector<std::string> lessons;
    int quiz_size = 10;
    int pass_mark = 70;  // percent
    int due_days = 0;    // days a new learner has to complete; 0: the course's default_due_days
    int line = 0;

    // Whether the role reads this lesson of its modules.
    bool takes(std::string_view lesson_id) const {
        return lessons.empty() || std::find(lessons.begin(), lessons.end(), lesson_id) != lessons.end();
    }
    // Whether the role's quizzes may ask a question: a role that reads only
    // some lessons is asked only about them (a topic tag names the lesson).
    bool asksAbout(const quiz::Question& question) const {
        if (lessons.empty()) return true;
        return std::any_of(question.tags.begin(), question.tags.end(), [&](const std::string& tag) { return takes(tag); });
    }
};

struct Lesson {
    std::string id;
    std::string module_id;
    std::filesystem::path path;  // the .md file
    markdown::Document doc;
    const std::string& title() const { return doc.title.empty() ? id : doc.title; }
    // Minutes a learner takes to read it (see readingMinutes).
    int minutes() const;
};

// Words a learner reads in a minute when reading to learn, more slowly than
// the 238 a minute measured for non-fiction read for pleasure (Brysbaert,
// 2019): every lesson and role states its reading time with this pace.
inline constexpr int kReadingWordsPerMinute = 200;
// Whole minutes for `words`, rounded up, at least one for any text.
int readingMinutes(int words);

struct GlossaryTerm {
    std::string term;
    std::vector<std::string> also;
    std::string definition;
    std::string lesson;
    int line = 0;
};

// One module's quiz bank (quizzes/<name>.gift) as it was read.
struct Bank {
    std::string module_id;
    std::filesystem::path path;
    std::vector<quiz::Question> questions;  // the ones that could be read
};

struct Course {
    std::filesystem::path root;
    Settings settings;
    std::vector<Module> modules;
    std::vector<Role> roles;
    std::vector<Lesson> lessons;  // course order; only lessons that loaded
    std::vector<GlossaryTerm> glossary;
    std::vector<Bank> banks;      // course order of the modules
    SelfCheck selfcheck;          // content/selfcheck.toml; empty when there is none
    Diagnostics diagnostics;      // everything skipped or suspicious, with where

    const Lesson* lesson(std::string_view id) const;
    const Module* module(std::string_view id) const;
    const Role* role(std::string_view id) const;
    const quiz::Question* question(std::string_view id) const;
    // The module whose bank holds a question; empty if none.
    std::string moduleOfQuestion(std::string_view question_id) const;
    // The lessons a role takes, in course order (all lessons when role is empty or unknown).
    std::vector<const Lesson*> lessonsFor(std::string_view role_id) const;
    // The reading time of a role's lessons together (of all lessons for no role).
    int readingMinutesFor(std::string_view role_id) const;
    // A path relative to the course root, for messages.
    std::string relative(const std::filesystem::path& path) const;
};

// Loads whatever can be loaded; each problem becomes a diagnostic and never
// stops the rest of the course from loading.
Course loadCourse(const std::filesystem::path& root);

}  // namespace ipprimer::course
