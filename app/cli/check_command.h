// `ipprimer check`: validates a course and prints path:line:col diagnostics.
#pragma once

#include "cli/options.h"

namespace ipprimer::cli {
int runCheck(const GlobalOptions& options);
}
