// `ipprimer transcript LEARNER --out FILE.pdf|FILE.json`: a learner's record
// (lessons, quizzes, scores, certificates) as PDF or xAPI statements.
#pragma once

#include <string>

#include "cli/options.h"

namespace CLI {
class App;
}

namespace ipprimer::cli {

struct TranscriptOptions {
    std::string learner;
    std::string out;
};

CLI::App* addTranscriptCommand(CLI::App& cli, TranscriptOptions& options);
int runTranscript(const GlobalOptions& global, const TranscriptOptions& options);

}  // namespace ipprimer::cli
