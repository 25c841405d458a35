// `ipprimer org init|join|status`: the organisation's server. IT runs `init`
// once on the server; each PC `join`s it; `status` says how things stand.
#pragma once

#include <string>

#include "cli/options.h"

namespace CLI {
class App;
}

namespace ipprimer::cli {

struct OrgOptions {
    std::string url;  // a postgresql:// URL, key=value pairs or service=NAME
};

// This computer's name, as the server's list of installations shows it.
std::string computerName();

CLI::App* addOrgCommand(CLI::App& cli, OrgOptions& options);
int runOrg(const GlobalOptions& global, const OrgOptions& options, const CLI::App& org);

}  // namespace ipprimer::cli
