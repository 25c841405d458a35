// The self-check's report on the command line, as PDF or Markdown by the
// file's extension.
#include "cli/selfcheck_command.h"

#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli/store_access.h"
#include "export/export_file.h"
#include "export/selfcheck_report.h"
#include "store/company_records.h"
#include "store/store.h"

namespace ipprimer::cli {

CLI::App* addSelfCheckCommand(CLI::App& cli, SelfCheckOptions& options) {
    CLI::App* command = cli.add_subcommand("selfcheck", "The company's IP self-check");
    command->require_subcommand(1, 1);
    options.report = command->add_subcommand("report", "Write the action report of the last self-check taken");
    options.report->footer("The report of the last finished self-check (or of the one under way, when none is "
                           "finished), with what changed since the one before. Written as PDF or Markdown, as the "
                           "file's extension says; readable only by you (mode 0600).");
    options.report->add_option("--out,-o", options.out, "FILE.pdf or FILE.md")->required();
    return command;
}

int runSelfCheck(const GlobalOptions& global, const SelfCheckOptions& options) {
    const exports::Format* format = exports::formatOfPath(options.out);
    const bool offered = format && std::find(exports::kSelfCheckReportFormats.begin(), exports::kSelfCheckReportFormats.end(),
                                             format->id) != exports::kSelfCheckReportFormats.end();
    if (!offered) {
        std::fprintf(stderr, "ipprimer selfcheck report: --out must name a .pdf or a .md file (not '%s')\n", options.out.c_str());
        return kExitBadArguments;
    }
    auto course = loadCourseFor(global, "selfcheck report");
    if (!course) return kExitBadInput;
    if (course->selfcheck.empty()) {
        std::fprintf(stderr, "ipprimer selfcheck report: the course in %s has no self-check (content/selfcheck.toml)\n",
                     resolveCourseDir(global).string().c_str());
        return kExitBadInput;
    }
    auto store = openStoreFor(global, "selfcheck report");
    if (!store) return kExitBadInput;
    try {
        const auto takes = store->companyRecords().selfCheckTakes();
        const progress::SelfCheckTakeRecord* take = progress::lastFinished(takes);
        if (!take) take = progress::openTake(takes);
        if (!take) {
            std::fprintf(stderr, "ipprimer selfcheck report: nobody has taken the self-check in %s yet; take it in the "
                                 "manager's area of the program\n", store->path().c_str());
            return kExitBadInput;
        }
        if (!take->finished()) std::fprintf(stderr, "No self-check is finished yet; this reports the one under way.\n");
        const exports::SelfCheckTake now{take->answers, localDate(take->finished() ? take->finished_at : store->now())};
        std::optional<exports::SelfCheckTake> before;
        if (const progress::SelfCheckTakeRecord* earlier = progress::finishedBefore(takes, *take))
            before = exports::SelfCheckTake{earlier->answers, localDate(earlier->finished_at)};
        exports::saveExport(options.out, exports::selfCheckReportText(format->id, *course, now, before));
        std::fprintf(stderr, "Wrote the self-check report of %s to %s\n", formatDate(now.on).c_str(), options.out.c_str());
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer selfcheck report: %s\n", error.what());
        return kExitBadInput;
    }
    return kExitOk;
}

}  // namespace ipprimer::cli
