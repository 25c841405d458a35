// The GIFT commands: inspect one bank as JSON, export every bank as one file
// Moodle imports (one $CATEGORY per module), and list the questions learners
// keep missing.
#include "cli/gift_command.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <map>

#include "cli/store_access.h"
#include "export/atomic_file.h"
#include "course/course.h"
#include "quiz/gift_json.h"
#include "quiz/gift_parser.h"
#include "quiz/gift_writer.h"
#include "quiz/review_scheduler.h"
#include "store/attempts.h"

namespace ipprimer::cli {
namespace fs = std::filesystem;
namespace {

int errorsIn(const Diagnostics& diagnostics) {
    return static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                          [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

int runInspect(const GiftOptions& options) {
    quiz::GiftFile file = quiz::loadGiftFile(options.file);
    for (const Diagnostic& d : file.diagnostics) std::fprintf(stderr, "%s\n", d.format().c_str());
    nlohmann::json questions = nlohmann::json::array();
    for (const quiz::Question& q : file.questions) questions.push_back(quiz::toJson(q));
    std::printf("%s\n", questions.dump(2).c_str());
    const int errors = errorsIn(file.diagnostics);
    // Errors are counted, not questions: a byte that is not UTF-8 is an error,
    // yet its question was read (with U+FFFD in place).
    if (errors)
        std::fprintf(stderr, "ipprimer gift inspect: %d %s in %s (see above); %zu %s read\n", errors,
                     errors == 1 ? "error" : "errors", options.file.c_str(), file.questions.size(),
                     file.questions.size() == 1 ? "question" : "questions");
    return errors ? kExitBadInput : kExitOk;
}

// A Moodle category path for a module: "$course$/top/<course>/<module title>".
// Moodle reads "/" as a separator, so a slash inside a name is doubled.
std::string categoryOf(const course::Course& course, const course::Module& module) {
    auto escape = [](std::string text) {
        std::string out;
        for (char c : text) out += c == '/' ? std::string("//") : std::string(1, c);
        return out;
    };
    std::string course_name = course.settings.title.substr(0, course.settings.title.find(':'));
    return "$course$/top/" + escape(course_name) + "/" + escape(module.title);
}

int runExport(const GlobalOptions& global, const GiftOptions& options) {
    const course::Course course = course::loadCourse(resolveCourseDir(global));
    int bank_errors = 0;
    for (const Diagnostic& d : course.diagnostics)
        if (d.path.starts_with("quizzes/") || d.path.ends_with(".gift")) {
            std::fprintf(stderr, "%s\n", d.format().c_str());
            bank_errors += d.severity == Severity::Error;
        }
    std::vector<quiz::Question> questions;
    for (const course::Bank& bank : course.banks) {
        const course::Module* module = course.module(bank.module_id);
        for (quiz::Question q : bank.questions) {
            // A bank's own $CATEGORY is the author's choice and is kept.
            if (q.category.empty() && module) q.category = categoryOf(course, *module);
            questions.push_back(std::move(q));
        }
    }
    if (questions.empty()) {
        std::fprintf(stderr, "ipprimer gift export: the course in %s has no quiz questions to export\n",
                     course.root.string().c_str());
        return kExitBadInput;
    }
    const std::string text = quiz::writeGift(questions);

    // What Moodle will read must be what the banks say: read it back first.
    const quiz::GiftFile reread = quiz::parseGift(text, options.out);
    bool same = reread.questions.size() == questions.size() && errorsIn(reread.diagnostics) == 0;
    for (std::size_t i = 0; same && i < questions.size(); ++i) same = quiz::sameContent(questions[i], reread.questions[i]);
    if (!same) {
        std::fprintf(stderr, "ipprimer gift export: the written GIFT does not read back to the same questions; "
                             "nothing was written (please report this)\n");
        return kExitBadInput;
    }

    // Written whole or not at all; a quiz bank is course material, readable by all.
    const fs::path out = options.out;
    try {
        exports::writeFileAtomically(out, text, exports::Readers::Everyone);
    } catch (const exports::WriteError& error) {
        std::fprintf(stderr, "ipprimer gift export: cannot write %s: %s\n", out.string().c_str(), error.reason().c_str());
        return kExitBadInput;
    }
    std::printf("%s: %zu questions from %zu banks\n", out.string().c_str(), questions.size(), course.banks.size());
    if (bank_errors)
        std::fprintf(stderr, "ipprimer gift export: %d %s in the banks (see above); what could not be read was left out\n",
                     bank_errors, bank_errors == 1 ? "error" : "errors");
    return bank_errors ? kExitBadInput : kExitOk;
}

int runFlagged(const GlobalOptions& global) {
    const course::Course course = course::loadCourse(resolveCourseDir(global));
    auto store = openStoreFor(global, "gift flagged");
    if (!store) return kExitBadInput;
    store::Attempts& attempts = store->attempts();
    const std::vector<store::AnswerEvent> answers = attempts.allAnswers();

    // Replay each learner's answers; keep the questions they miss again and again.
    std::map<std::string, std::vector<std::string>> missed_by;  // question id -> learner names
    const quiz::ReviewSettings settings;
    for (std::size_t begin = 0; begin < answers.size();) {
        std::size_t end = begin;
        std::vector<quiz::AnswerRecord> history;
        while (end < answers.size() && answers[end].learner_id == answers[begin].learner_id) {
            history.push_back({answers[end].question_id, answers[end].score, answers[end].at, answers[end].review});
            ++end;
        }
        auto learner = store->roster().find(answers[begin].learner_id);
        for (const quiz::ReviewState& state : quiz::reviewStates(history, settings))
            if (quiz::isFlagged(state))
                missed_by[state.question_id].push_back(learner ? learner->name : "#" + std::to_string(answers[begin].learner_id));
        begin = end;
    }
    if (missed_by.empty()) {
        std::printf("No question is flagged: no learner has missed one %d times in a row.\n", quiz::kFlagAfterMisses);
        return kExitOk;
    }
    std::vector<std::pair<std::string, std::vector<std::string>>> rows(missed_by.begin(), missed_by.end());
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
    for (auto& [id, names] : rows) {
        std::sort(names.begin(), names.end());
        std::string who;
        for (const std::string& name : names) who += (who.empty() ? "" : ", ") + name;
        const quiz::Question* q = course.question(id);
        const std::string where = q ? q->path + ":" + std::to_string(q->line) + ":" + std::to_string(q->column) + ": "
                                    : std::string("(no longer in the course): ");
        std::printf("%s%s \"%s\": missed %d or more times in a row by %zu learner%s: %s\n", where.c_str(), id.c_str(),
                    q ? q->title.c_str() : "", quiz::kFlagAfterMisses, names.size(), names.size() == 1 ? "" : "s",
                    who.c_str());
    }
    return kExitOk;
}

}  // namespace

CLI::App* addGiftCommand(CLI::App& cli, GiftOptions& options) {
    options.command = cli.add_subcommand("gift", "Quiz banks in Moodle's GIFT format: inspect, export, flagged questions");
    options.command->require_subcommand(1);
    options.inspect = options.command->add_subcommand(
        "inspect", "Print the questions of a GIFT file as JSON; problems go to stderr as path:line:col (exit 1 "
                   "on any error)");
    options.inspect->add_option("FILE", options.file, "The .gift file to read")->required()->check(CLI::ExistingFile);
    options.export_banks = options.command->add_subcommand(
        "export", "Write every quiz bank of the course as one GIFT file that Moodle imports, one $CATEGORY per module");
    options.export_banks->add_option("--out,-o", options.out, "The .gift file to write")->required();
    options.flagged = options.command->add_subcommand(
        "flagged", "List the questions learners keep missing (3 or more times in a row), from the progress database");
    return options.command;
}

int runGift(const GlobalOptions& global, const GiftOptions& options) {
    if (*options.inspect) return runInspect(options);
    if (*options.export_banks) return runExport(global, options);
    if (*options.flagged) return runFlagged(global);
    return kExitBadArguments;
}

}  // namespace ipprimer::cli
