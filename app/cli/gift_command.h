// `ipprimer gift inspect FILE.gift`, `ipprimer gift export --out FILE.gift`
// and `ipprimer gift flagged`: the quiz banks for authors, Moodle and trainers.
#pragma once

#include <string>

#include "cli/options.h"

namespace CLI {
class App;
}

namespace ipprimer::cli {

struct GiftOptions {
    CLI::App* command = nullptr;
    CLI::App* inspect = nullptr;
    CLI::App* export_banks = nullptr;
    CLI::App* flagged = nullptr;
    std::string file;  // inspect: the bank to read
    std::string out;   // export: the file to write
};

// Adds `gift` and its subcommands to the command line.
CLI::App* addGiftCommand(CLI::App& cli, GiftOptions& options);
int runGift(const GlobalOptions& global, const GiftOptions& options);

}  // namespace ipprimer::cli
