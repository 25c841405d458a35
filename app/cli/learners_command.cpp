// The staff list on the command line: import with every bad row reported as
// FILE:line: error: ..., and a plain listing.
#include "cli/learners_command.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <memory>
#include <optional>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "cli/store_access.h"
#include "progress/curriculum.h"
#include "store/learners_import.h"
#include "store/org_roster.h"
#include "store/org_schema.h"
#include "store/postgres.h"

namespace ipprimer::cli {
namespace {

// Columns are padded by characters shown, not bytes, so accented names line up.
std::size_t shownWidth(const std::string& text) {
    std::size_t width = 0;
    for (unsigned char c : text) width += (c & 0xC0) != 0x80;
    return width;
}

void printTable(const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) widths.push_back(0);
            widths[i] = std::max(widths[i], shownWidth(row[i]));
        }
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line += std::string(widths[i] - shownWidth(row[i]) + 2, ' ');
        }
        std::printf("%s\n", line.c_str());
    }
}

int runImport(const GlobalOptions& global, const LearnersOptions& options) {
    std::ifstream in(options.file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "ipprimer learners import: cannot read %s\n", options.file.c_str());
        return kExitBadInput;
    }
    std::ostringstream text;
    text << in.rdbuf();
    auto course = loadCourseFor(global, "learners import");
    if (!course) return kExitBadInput;
    // The organisation's roster on its server, or this computer's.
    std::unique_ptr<store::Store> store;
    std::optional<store::pg::Connection> server;
    std::vector<store::Learner> known;
    try {
        if (options.org.empty()) {
            store = openStoreFor(global, "learners import");
            if (!store) return kExitBadInput;
            known = store->roster().list(true);
        } else {
            server.emplace(options.org);
            store::org::checkServerSchema(*server);
            known = store::org::readOrgRoster(*server);
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer learners import: %s\n", error.what());
        return kExitBadInput;
    }

    const progress::Curriculum curriculum = progress::curriculumOf(*course);
    const store::ImportPlan plan = store::planImport(known, curriculum, text.str(), options.file);
    for (const std::string& message : plan.formattedMessages()) std::fprintf(stderr, "%s\n", message.c_str());
    const int bad_rows = plan.count(store::ImportAction::Error);
    const int errors = plan.errorCount();
    if (errors > 0 && (!options.skip_bad_rows || plan.rows.empty())) {
        std::fprintf(stderr, "%s: %d error(s) in %d row(s); nothing was imported%s\n", options.file.c_str(), errors,
                     bad_rows, plan.rows.empty() ? "" : " (fix them, or leave those rows out with --skip-bad-rows)");
        return kExitBadInput;
    }

    if (options.dry_run) {
        std::vector<std::vector<std::string>> rows{{"line", "action", "employee id", "name", "role", "department", "start date"}};
        for (const store::ImportRow& row : plan.rows) {
            std::string action;
            switch (row.action) {
            case store::ImportAction::Add: action = "add"; break;
            case store::ImportAction::Update: {
                action = "update:";
                for (const std::string& column : row.changed) action += (action.back() == ':' ? " " : ", ") + column;
                break;
            }
            case store::ImportAction::Unchanged: action = "unchanged"; break;
            case store::ImportAction::Error: action = "skip (bad row)"; break;
            }
            rows.push_back({std::to_string(row.line), action, row.employee_id, row.name, row.role, row.department, row.start_date});
        }
        printTable(rows);
        std::printf("Dry run of %s: %d to add, %d to update, %d unchanged, %d bad row(s) to skip. Nothing was written.\n",
                    options.file.c_str(), plan.count(store::ImportAction::Add), plan.count(store::ImportAction::Update),
                    plan.count(store::ImportAction::Unchanged), bad_rows);
        return kExitOk;
    }

    try {
        const store::ImportResult result =
            store ? store->roster().applyImport(plan, options.skip_bad_rows)
                  : store::org::applyOrgImport(*server, plan, options.skip_bad_rows, store::Store::systemClock());
        const std::string into = store ? store->path().string() : "the organisation's server (" + server->describe() + ")";
        std::printf("Imported %s into %s: %d added, %d updated, %d unchanged", options.file.c_str(), into.c_str(),
                    result.added, result.updated, result.unchanged);
        if (result.skipped) std::printf(", %d bad row(s) skipped", result.skipped);
        std::printf(".\n");
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer learners import: %s\n", error.what());
        return kExitBadInput;
    }
    return kExitOk;
}

int runList(const GlobalOptions& global, const LearnersOptions& options) {
    auto store = openStoreFor(global, "learners list");
    if (!store) return kExitBadInput;
    const std::vector<store::Learner> learners = store->roster().list(options.all);
    if (learners.empty()) {
        std::fprintf(stderr, "No learners in %s yet. Import a staff list with: ipprimer learners import FILE.csv\n",
                     store->path().c_str());
        return kExitOk;
    }
    std::vector<std::vector<std::string>> rows{{"employee id", "name", "email", "role", "department", "start date"}};
    if (options.all) rows.front().push_back("archived");
    for (const store::Learner& learner : learners) {
        rows.push_back({learner.employee_id.empty() ? "-" : learner.employee_id, learner.name,
                        learner.email.empty() ? "-" : learner.email, learner.role,
                        learner.department.empty() ? "-" : learner.department,
                        learner.start_date.empty() ? "-" : learner.start_date});
        if (options.all) rows.back().push_back(learner.archived ? "yes" : "no");
    }
    printTable(rows);
    return kExitOk;
}

}  // namespace

CLI::App* addLearnersCommand(CLI::App& cli, LearnersOptions& options) {
    CLI::App* learners = cli.add_subcommand("learners", "The staff list: import it from a spreadsheet, or list it");
    learners->require_subcommand(1, 1);
    options.command = learners;

    options.import = learners->add_subcommand("import", "Add and update learners from a CSV file (a staff list)");
    options.import->footer(
        "The first line names the columns: name, employee_id, role (an id or title of a course role), and optionally "
        "email, department, start_date (YYYY-MM-DD). UTF-8 with or without a byte-order mark; commas, semicolons or "
        "tabs; quoted fields may hold line breaks. Learners are matched by employee id: known ones are updated, new "
        "ones added, nobody is removed. Every bad row is reported as FILE:line: error: ..., and nothing is imported "
        "while any row is bad, unless --skip-bad-rows. Exit status: 0 imported, 1 bad file, 2 bad arguments.");
    options.import->add_option("FILE", options.file, "The CSV file (UTF-8, with or without a byte-order mark)")->required();
    options.import->add_flag("--dry-run", options.dry_run, "Check the file and show what would change; write nothing");
    options.import->add_flag("--skip-bad-rows", options.skip_bad_rows, "Import the good rows and leave the bad ones out");
    options.import->add_option("--org", options.org,
                               "Import into the organisation's server (a postgresql:// URL, key=value pairs or "
                               "service=NAME; a manager's login): every linked PC offers these people as profiles "
                               "after its next sync");

    options.list = learners->add_subcommand("list", "List the learners (active ones unless --all)");
    options.list->add_flag("--all", options.all, "Include archived learners");
    return learners;
}

int runLearners(const GlobalOptions& global, const LearnersOptions& options) {
    if (options.import && *options.import) return runImport(global, options);
    return runList(global, options);
}

}  // namespace ipprimer::cli
