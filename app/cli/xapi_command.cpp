// The xapi commands: settings from the options (and remembered), then the
// journal read into statements, written out or pushed.
#include "cli/xapi_command.h"

#include <CLI/CLI.hpp>

#include <cstdio>

#include "base/dates.h"
#include "base/wording.h"
#include "cli/store_access.h"
#include "export/export_file.h"
#include "export/lrs_push.h"
#include "export/xapi_export.h"

namespace ipprimer::cli {
namespace {

void addSettingOptions(CLI::App* command, XapiOptions& options) {
    command->add_option("--activity-iri", options.activity_base,
                        "The IRI activities are named under (remembered; default https://ipprimer.example/xapi)");
    command->add_option("--home-page", options.home_page,
                        "The home page of the accounts learners are named by, with their employee id (remembered; "
                        "'none' names them by e-mail)");
}

// The options' settings over the remembered ones; remembered when changed.
exports::xapi::Settings settingsFor(store::Store& store, const course::Course& course, const XapiOptions& options) {
    exports::xapi::Settings settings = exports::xapi::settingsFrom(store.settings(), course);
    if (options.activity_base.empty() && options.home_page.empty()) return settings;
    if (!options.activity_base.empty()) settings.activity_base = options.activity_base;
    if (!options.home_page.empty()) settings.account_home_page = options.home_page == "none" ? "" : options.home_page;
    exports::xapi::rememberSettings(store.settings(), settings);
    return settings;
}

int runExport(store::Store& store, const course::Course& course, const XapiOptions& options) {
    std::int64_t since_ms = 0;
    if (!options.since.empty()) {
        const auto day = parseDate(options.since);
        if (!day) {
            std::fprintf(stderr, "ipprimer xapi export: --since must be a date YYYY-MM-DD (not '%s')\n", options.since.c_str());
            return kExitBadArguments;
        }
        since_ms = static_cast<std::int64_t>(day->days) * 86'400'000;
    }
    const exports::xapi::Settings settings = settingsFor(store, course, options);
    exports::xapi::StatementReader reader(store.journal(), store.roster(), course, settings, 0, since_ms);
    exports::xapi::StatementsText text;
    std::string skip_reason;
    for (;;) {
        const exports::xapi::StatementPage page = reader.next(1000);
        if (skip_reason.empty()) skip_reason = page.skip_reason;
        for (const auto& statement : page.statements) text.add(statement);
        if (page.finished) break;
    }
    const std::size_t count = text.count();
    exports::saveExport(options.out, text.finish());
    std::fprintf(stderr, "Wrote %s to %s\n", countText(static_cast<long long>(count), "statement", "statements").c_str(),
                 options.out.c_str());
    if (!skip_reason.empty()) std::fprintf(stderr, "Some records were left out, e.g. %s\n", skip_reason.c_str());
    return kExitOk;
}

int runPush(store::Store& store, const course::Course& course, const XapiOptions& options) {
    exports::xapi::LrsEndpoint endpoint{options.lrs, "", ""};
    if (!options.lrs.starts_with("http://") && !options.lrs.starts_with("https://")) {
        std::fprintf(stderr, "ipprimer xapi push: --lrs must be the LRS's http:// or https:// endpoint (not '%s')\n",
                     options.lrs.c_str());
        return kExitBadArguments;
    }
    try {
        exports::xapi::readCredentials(endpoint, options.credentials);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer xapi push: %s\n", error.what());
        return kExitBadArguments;
    }
    const exports::xapi::Settings settings = settingsFor(store, course, options);
    exports::xapi::PushOptions push;
    push.batch_size = static_cast<std::size_t>(options.batch);
    push.tries = options.retries + 1;
    push.progress = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
    const exports::xapi::PushResult result = exports::xapi::pushStatements(store, course, settings, endpoint, push);
    if (!result.skip_reason.empty()) std::fprintf(stderr, "Some records were left out, e.g. %s\n", result.skip_reason.c_str());
    if (!result.ok()) {
        std::fprintf(stderr, "ipprimer xapi push: %s\n%s sent before that; the next push goes on from there.\n",
                     result.error.c_str(),
                     countText(static_cast<long long>(result.sent), "statement was", "statements were").c_str());
        return kExitBadInput;
    }
    std::fprintf(stderr, "Sent %s to %s\n", countText(static_cast<long long>(result.sent), "statement", "statements").c_str(),
                 exports::xapi::statementsUrl(options.lrs).c_str());
    return kExitOk;
}

}  // namespace

CLI::App* addXapiCommand(CLI::App& cli, XapiOptions& options) {
    CLI::App* command = cli.add_subcommand("xapi", "The learning records as xAPI 1.0.3 statements, for the company's LMS");
    command->require_subcommand(1, 1);
    options.export_command = command->add_subcommand("export", "Write every learning record as xAPI statements to a JSON file");
    options.export_command->add_option("--out,-o", options.out, "The JSON file to write (readable by you only)")->required();
    options.export_command->add_option("--since", options.since, "Only records from this day (YYYY-MM-DD, UTC) on");
    addSettingOptions(options.export_command, options);

    options.push_command = command->add_subcommand("push", "Send the records not sent yet to a Learning Record Store");
    options.push_command->footer("Statements go to LRS/statements in batches, with HTTP Basic credentials from "
                                 "IPPRIMER_LRS_KEY and IPPRIMER_LRS_SECRET or from --credentials FILE (one line "
                                 "key:secret). What the LRS accepted is remembered per LRS and not sent again; a "
                                 "statement sent twice keeps its id, so the LRS keeps one copy.");
    options.push_command->add_option("--lrs", options.lrs, "The LRS's xAPI endpoint, e.g. https://lrs.example.com/xapi")->required();
    options.push_command->add_option("--credentials", options.credentials, "A file holding key:secret");
    options.push_command->add_option("--batch", options.batch, "Statements per request (default 100)")->check(CLI::Range(1, 1000));
    options.push_command->add_option("--retries", options.retries,
                                     "Tries more per batch when the LRS fails or cannot be reached, after 1, 2, 4 ... s "
                                     "(default 3)")->check(CLI::Range(0, 10));
    addSettingOptions(options.push_command, options);
    return command;
}

int runXapi(const GlobalOptions& global, const XapiOptions& options) {
    const char* name = *options.export_command ? "xapi export" : "xapi push";
    auto course = loadCourseFor(global, name);
    if (!course) return kExitBadInput;
    auto store = openStoreFor(global, name);
    if (!store) return kExitBadInput;
    try {
        return *options.export_command ? runExport(*store, *course, options) : runPush(*store, *course, options);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer %s: %s\n", name, error.what());
        return kExitBadInput;
    }
}

}  // namespace ipprimer::cli
