// The register on the command line: a CSV import checked row by row, the
// register printed as CSV or JSON, and the dates due.
#include "cli/register_command.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "base/field_limits.h"
#include "base/wording.h"
#include "cli/learner_lookup.h"
#include "cli/store_access.h"
#include "export/export_file.h"
#include "export/register_files.h"
#include "store/company_records.h"
#include "store/store.h"

namespace ipprimer::cli {
namespace {

const char* actionWord(progress::RegisterRowAction action) {
    switch (action) {
        case progress::RegisterRowAction::Add: return "add";
        case progress::RegisterRowAction::Update: return "update";
        case progress::RegisterRowAction::Unchanged: return "unchanged";
        case progress::RegisterRowAction::Error: return "bad row";
    }
    return "";
}

int runImport(const GlobalOptions& global, const RegisterOptions& options) {
    std::ifstream in(options.file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "ipprimer register import: cannot read %s\n", options.file.c_str());
        return kExitBadInput;
    }
    std::ostringstream text;
    text << in.rdbuf();
    auto store = openStoreFor(global, "register import");
    if (!store) return kExitBadInput;
    store::CompanyRecords& records = store->companyRecords();
    const std::vector<progress::Asset> existing = records.registerState().assets();
    const progress::RegisterImportPlan plan = progress::planRegisterImport(text.str(), options.file, existing);
    for (const std::string& message : plan.formattedMessages()) std::fprintf(stderr, "%s\n", message.c_str());
    if (const int errors = plan.errorCount(); errors > 0) {
        std::fprintf(stderr, "%s: %s in %s; nothing was imported\n", options.file.c_str(),
                     countText(errors, "error", "errors").c_str(),
                     countText(plan.count(progress::RegisterRowAction::Error), "row", "rows").c_str());
        return kExitBadInput;
    }
    const auto summary = [&](const char* lead) {
        std::printf("%s %s: %d to add, %d to update, %d unchanged.", lead, options.file.c_str(),
                    plan.count(progress::RegisterRowAction::Add), plan.count(progress::RegisterRowAction::Update),
                    plan.count(progress::RegisterRowAction::Unchanged));
    };
    if (options.dry_run) {
        for (const progress::RegisterImportRow& row : plan.rows) {
            std::string changed;
            for (const std::string& column : row.changed) changed += (changed.empty() ? " (" : ", ") + column;
            std::printf("%d\t%s%s\t%s\t%s\n", row.line, actionWord(row.action), changed.empty() ? "" : (changed + ")").c_str(),
                        std::string(progress::kindKey(row.asset.kind)).c_str(), row.asset.title.c_str());
        }
        summary("Dry run of");
        std::printf(" Nothing was written.\n");
        return kExitOk;
    }
    const auto importer =
        actingPerson(store->roster().list(), options.by, "register import", "importing", "change to the register");
    if (!importer) return kExitBadArguments;
    try {
        const store::RegisterImportResult result = records.applyRegisterImport(importer->id, plan);
        std::printf("Imported %s into the register in %s: %d added, %d updated, %d unchanged.\n", options.file.c_str(),
                    store->path().c_str(), result.added, result.updated, result.unchanged);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer register import: %s\n", error.what());
        return kExitBadInput;
    }
    return kExitOk;
}

int runExport(const GlobalOptions& global, const RegisterOptions& options) {
    auto store = openStoreToRead(global, "register export");
    if (!store) return kExitBadInput;
    try {
        const exports::Format* format = exports::findFormat(options.format);
        if (!format) throw std::invalid_argument("--format must be " + exports::formatKeys(exports::kRegisterFormats));
        const std::vector<progress::Asset> assets = store->companyRecords().registerState().assets();
        const std::string text = exports::registerText(format->id, assets);
        if (options.output.empty()) {
            std::fwrite(text.data(), 1, text.size(), stdout);
        } else {
            exports::saveExport(options.output, text);
            std::fprintf(stderr, "Wrote %zu register entr%s to %s\n", assets.size(), assets.size() == 1 ? "y" : "ies",
                         options.output.c_str());
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer register export: %s\n", error.what());
        return kExitBadInput;
    }
    return kExitOk;
}

int runDue(const GlobalOptions& global, const RegisterOptions& options) {
    auto store = openStoreToRead(global, "register due");
    if (!store) return kExitBadInput;
    const std::vector<progress::Asset> assets = store->companyRecords().registerState().assets();
    for (const progress::Deadline& deadline : progress::deadlinesWithin(assets, localDate(store->now()), options.within))
        std::printf("%s\t%s\t%s\n", formatDate(deadline.date).c_str(),
                    std::string(progress::kindKey(deadline.asset->kind)).c_str(),
                    withoutControlCharacters(deadline.asset->title).c_str());
    return kExitOk;
}

}  // namespace

CLI::App* addRegisterCommand(CLI::App& cli, RegisterOptions& options) {
    CLI::App* command = cli.add_subcommand("register", "The company's IP register: import it, export it, list its dates due");
    command->require_subcommand(1, 1);

    options.import = command->add_subcommand("import", "Add and update register entries from a CSV file");
    options.import->footer(
        "The first line names the columns, in any order: kind, title (both required), owner, countries, "
        "application_number, registration_number, filing_date, renewal_date, expiry_date, status, responsible, "
        "products, notes, kept_where, access. Kinds: trademark, patent, utility_model, design, domain, copyright, "
        "trade_secret, plant_variety, licence_in, licence_out. Dates YYYY-MM-DD; lists separated by semicolons; "
        "countries as two-letter codes (EU for an EU right). The same CSV rules as `learners import`. A row updates "
        "the entry with its registration number, else its application number, else its title. Every bad row is "
        "reported as FILE:line: error: ..., and nothing is imported while any row is bad. Exit status: 0 imported, "
        "1 bad file, 2 bad arguments.");
    options.import->add_option("FILE", options.file, "The CSV file (UTF-8, with or without a byte-order mark)")->required();
    options.import->add_flag("--dry-run", options.dry_run, "Check the file and show what would change; write nothing");
    options.import->add_option("--by", options.by, "Who is importing: a name or employee id of the staff list");

    options.export_command = command->add_subcommand("export", "Print the register as CSV or JSON, with the import's columns");
    std::vector<std::string> formats;
    for (exports::FormatId format : exports::kRegisterFormats) formats.emplace_back(exports::formatOf(format).key);
    options.format = formats.front();
    options.export_command->add_option("--format", options.format, exports::formatKeys(exports::kRegisterFormats) + " (default csv)")
        ->check(CLI::IsMember(formats));
    options.export_command->add_option("--output,-o", options.output, "Write to this file instead of the standard output");

    options.due = command->add_subcommand("due", "Print every renewal and expiry date due soon, soonest first");
    options.due->footer("One line per date: DATE<TAB>KIND<TAB>TITLE, from today to today + DAYS, both included.");
    options.due->add_option("--within", options.within, "Days from today (default 90)")->check(CLI::Range(0, 36500));
    return command;
}

int runRegister(const GlobalOptions& global, const RegisterOptions& options) {
    if (options.import && *options.import) return runImport(global, options);
    if (options.export_command && *options.export_command) return runExport(global, options);
    return runDue(global, options);
}

}  // namespace ipprimer::cli
