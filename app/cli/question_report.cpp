// `ipprimer report --by question`: the question statistics of this
// computer's records, one row per question (export/question_files.h).
#include <cstdio>
#include <stdexcept>
#include <utility>

#include "base/wording.h"
#include "cli/report_command.h"
#include "cli/store_access.h"
#include "export/export_file.h"
#include "export/question_files.h"
#include "progress/question_sample.h"
#include "store/attempts.h"

namespace ipprimer::cli {

int runQuestionReport(const GlobalOptions& global, const ReportOptions& options) {
    // The learner filters choose rows of the dashboard; a question's row has none of them.
    const std::pair<bool, const char*> learner_filters[] = {
        {!options.role.empty(), "--role"},     {!options.department.empty(), "--department"},
        {!options.status.empty(), "--status"}, {!options.search.empty(), "--search"},
        {options.all, "--all"},                {!options.org.empty(), "--org"}};
    for (const auto& [given, name] : learner_filters) {
        if (!given) continue;
        std::fprintf(stderr, "ipprimer report: %s does not go with --by question (it counts every learner's first attempts)\n",
                     name);
        return kExitBadArguments;
    }
    const exports::Format* format = exports::findFormat(options.format);
    if (!format) {
        std::fprintf(stderr, "ipprimer report: --format must be %s\n",
                     exports::formatKeys(exports::kQuestionStatisticsFormats).c_str());
        return kExitBadArguments;
    }
    auto course = loadCourseFor(global, "report");
    if (!course) return kExitBadInput;
    auto store = openStoreToRead(global, "report");
    if (!store) return kExitBadInput;
    try {
        const quiz::StatisticsRules rules;
        const auto rows = progress::questionRows(store::firstAttemptAnswers(store->attempts()),
                                                 progress::scoredQuestionIds(*course), rules);
        const std::string text = exports::questionStatisticsText(format->id, rows, *course, rules);
        if (options.output.empty()) {
            std::fwrite(text.data(), 1, text.size(), stdout);
        } else {
            exports::saveExport(options.output, text);
            std::fprintf(stderr, "Wrote %s to %s\n", countText(static_cast<long long>(rows.size()), "question", "questions").c_str(),
                         options.output.c_str());
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer report: %s\n", error.what());
        return kExitBadInput;
    }
    return kExitOk;
}

}  // namespace ipprimer::cli
