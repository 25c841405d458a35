// The demo-data command: the bundled course's real lessons and questions,
// made-up people, written into a database of its own.
#include "cli/demo_data_command.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>

#include "cli/store_access.h"
#include "progress/curriculum.h"
#include "demo/demo_data.h"
#include "demo/demo_register.h"

namespace ipprimer::cli {

CLI::App* addDemoDataCommand(CLI::App& cli, DemoDataOptions& options) {
    CLI::App* demo = cli.add_subcommand("demo-data", "Fill a new database (--db PATH) with made-up learners and their records");
    demo->footer("Learners of the course's roles with histories over the last years: most compliant, some overdue, "
                 "expiring or expired, some in the middle of a quiz, a few archived. For trying the manager's dashboard "
                 "(ipprimer --db PATH) and for benchmarks; it never writes into your own progress database.");
    demo->add_option("--learners", options.learners, "How many learners to make up")->required()->check(CLI::Range(1, 1000000));
    demo->add_option("--seed", options.seed, "The same seed gives the same people and histories (default 1)");
    return demo;
}

int runDemoData(const GlobalOptions& global, const DemoDataOptions& options) {
    if (global.db_path.empty()) {
        std::fprintf(stderr,
                     "ipprimer demo-data: say where to write with --db PATH; demo data never goes into your own "
                     "progress database\n");
        return kExitBadArguments;
    }
    auto course = loadCourseFor(global, "demo-data");
    if (!course) return kExitBadInput;
    auto store = openStoreFor(global, "demo-data");
    if (!store) return kExitBadInput;
    const auto began = std::chrono::steady_clock::now();
    try {
        const demo::DemoCourse demo = demo::demoCourseOf(*course);
        demo::DemoOptions demo_options;
        demo_options.learners = options.learners;
        demo_options.seed = options.seed;
        const demo::DemoResult result = demo::generateDemoData(*store, demo, demo_options);
        const demo::DemoCompanyResult company = demo::addDemoCompanyRecords(*store, *course);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
        std::printf("Wrote %d learners and %lld records to %s in %.1f s\n", result.learners,
                    static_cast<long long>(result.events), store->path().c_str(), seconds);
        std::printf("and the demo company's IP register (%d entries, %d proposals) and %d self-checks\n", company.assets,
                    company.proposals, company.takes);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer demo-data: %s\n", error.what());
        return kExitBadInput;
    }
    return kExitOk;
}

}  // namespace ipprimer::cli
