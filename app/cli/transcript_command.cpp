// The transcript command: find the learner, write the file its extension names.
#include "cli/transcript_command.h"

#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli/learner_lookup.h"
#include "cli/store_access.h"
#include "export/export_file.h"
#include "export/transcript.h"

namespace ipprimer::cli {

CLI::App* addTranscriptCommand(CLI::App& cli, TranscriptOptions& options) {
    CLI::App* transcript = cli.add_subcommand(
        "transcript", "Save a learner's training record (lessons, quizzes, scores, certificates) as PDF or xAPI JSON");
    transcript->add_option("LEARNER", options.learner, "The learner: employee id or name")->required();
    transcript->add_option("--out,-o", options.out, "The file to write: FILE.pdf, or FILE.json for xAPI 1.0.3 statements")
        ->required();
    return transcript;
}

int runTranscript(const GlobalOptions& global, const TranscriptOptions& options) {
    const exports::Format* format = exports::formatOfPath(options.out);
    if (!format || (format->id != exports::FormatId::Pdf && format->id != exports::FormatId::Json)) {
        std::fprintf(stderr, "ipprimer transcript: --out must end in .pdf or .json: %s\n", options.out.c_str());
        return kExitBadArguments;
    }
    auto store = openStoreToRead(global, "transcript");
    if (!store) return kExitBadInput;
    const auto course = loadCourseFor(global, "transcript");
    if (!course) return kExitBadInput;
    const auto learner = findLearner(store->roster(), options.learner, "transcript");
    if (!learner) return kExitBadInput;
    try {
        exports::saveExport(options.out, exports::transcriptFile(format->id, *store, *course, learner->id,
                                                                 localDate(store->now())));
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer transcript: %s\n", error.what());
        return kExitBadInput;
    }
    std::printf("Saved %s's training record to %s\n", learner->name.c_str(), options.out.c_str());
    return kExitOk;
}

}  // namespace ipprimer::cli
