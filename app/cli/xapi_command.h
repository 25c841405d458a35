// `ipprimer xapi export|push`: the learning records as xAPI 1.0.3 statements,
// written to a file or sent to the company's Learning Record Store.
#pragma once

#include <string>

#include "cli/options.h"

namespace CLI {
class App;
}

namespace ipprimer::cli {

struct XapiOptions {
    CLI::App* export_command = nullptr;
    CLI::App* push_command = nullptr;
    std::string since;  // export: YYYY-MM-DD, records from that day (UTC) on
    std::string out;
    std::string lrs;
    std::string credentials;
    std::string activity_base;  // remembered in the store's settings
    std::string home_page;      // likewise; "none" forgets it
    int batch = 100;
    int retries = 3;  // more tries per batch after the first
};

CLI::App* addXapiCommand(CLI::App& cli, XapiOptions& options);
int runXapi(const GlobalOptions& global, const XapiOptions& options);

}  // namespace ipprimer::cli
