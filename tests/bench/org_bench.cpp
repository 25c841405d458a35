// The organisation's server, on a real PostgreSQL of the benchmark's own:
// a PC joining with 10,000 learners' history (its first sync, in records per
// second), pushing batches (events per second), 200 installations syncing at
// once, and the organisation's dashboard over 10,000 learners and about two
// million events, which must take under 200 ms. The plans of the dashboard's
// queries are printed (EXPLAIN) with the figures, and the PC's and the
// server's statuses compared learner by learner.
#include <benchmark/benchmark.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

#include <map>

#include "demo/demo_data.h"
#include "postgres_server.h"
#include "progress/curriculum.h"
#include "store/org_link.h"
#include "store/org_reports.h"
#include "store/org_schema.h"
#include "store/org_sync.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"

using namespace ipprimer;
using store::org::ServerEvent;
using store::org::ServerLearner;
using store::org::ServerLink;

namespace {

constexpr int kLearners = 10'000;
constexpr int kInstallations = 200;

std::string uuidOf(std::uint64_t kind, std::uint64_t n) {
    char text[40];
    std::snprintf(text, sizeof text, "%08llx-0000-4000-8000-%012llx", static_cast<unsigned long long>(kind),
                  static_cast<unsigned long long>(n));
    return text;
}

std::string installationUuid(int n) { return uuidOf(0xa, static_cast<std::uint64_t>(n)); }

// One line per learner of what their status says, by employee id.
std::map<std::string, std::string> statusesOf(const store::Dashboard& dashboard) {
    std::map<std::string, std::string> lines;
    for (const store::DashboardRow& row : dashboard.rows) {
        const progress::LearnerStatus& status = row.status;
        lines[row.learner.employee_id] =
            std::string(progress::stateName(status.state)) + " " + formatDate(status.due) + " " +
            (status.valid_until ? formatDate(*status.valid_until) : "-") + " " +
            std::to_string(status.lessons_finished) + " " + std::to_string(status.role_quiz_attempts);
    }
    return lines;
}

// The demo's 10,000 learners and their two million records, made on a PC
// and sent to the server by the sync itself, as a PC joining with its
// history sends them (a manager's login, so managers' actions go too).
struct OrgDatabase {
    testing::TempFolder folder{"ipprimer-org-bench"};
    testing::PostgresServer server;
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    progress::Curriculum curriculum = progress::curriculumOf(course);
    std::int64_t events = 0;
    std::uint64_t next_event = 1;
    std::vector<std::string> learners;  // their UUIDs on the server

    OrgDatabase() {
        if (!server.ready()) throw std::runtime_error(server.problem());
        server.psql("ALTER SYSTEM SET shared_buffers = '256MB'");
        server.stop();
        server.start();
        store::pg::Connection owner(server.url());
        store::org::initialiseServer(owner);
        server.psql("CREATE ROLE laptop LOGIN PASSWORD 'pw' IN ROLE ipprimer_device;"
                    "CREATE ROLE boss LOGIN PASSWORD 'pw' IN ROLE ipprimer_device, ipprimer_manager");
        setenv("PGPASSWORD", "pw", 1);

        store::SqliteStore pc(folder.path() / "progress.db");
        {
            demo::DemoOptions options;
            options.learners = kLearners;
            options.seed = 1;
            events = demo::generateDemoData(pc, demo::demoCourseOf(course), options).events;
        }
        const std::string target = server.urlFor("boss", "", "postgres");
        store::pg::Connection manager(target);
        store::org::join(pc, manager, target, "bench");
        const auto began = std::chrono::steady_clock::now();
        const store::org::SyncReport report = store::org::synchronise(pc, manager);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
        server.psql("VACUUM ANALYZE");
        std::fprintf(stderr,
                     "organisation: a PC joined with %d learners and %lld records; its first sync registered %lld "
                     "learners and sent %lld records in %.1f s (%.0f records/s, registrations included)\n",
                     kLearners, static_cast<long long>(events), static_cast<long long>(report.registered),
                     static_cast<long long>(report.sent), seconds, report.sent / seconds);

        // One set of rules: the PC and the server agree on every learner.
        const Date today = localDate(store::Store::systemClock());
        const auto local = statusesOf(pc.reports().dashboard(curriculum, today, true));
        const auto remote = statusesOf(store::org::loadOrgDashboard(manager, curriculum, today, true));
        int differ = 0;
        for (const auto& [id, line] : local) differ += remote.count(id) == 0 || remote.at(id) != line;
        std::fprintf(stderr, "statuses: %zu learners on the PC, %zu on the server, %d differ\n", local.size(),
                     remote.size(), differ);

        const store::pg::Result uuids = manager.exec("SELECT uuid FROM ipprimer.learners ORDER BY id");
        for (int row = 0; row < uuids.rows(); ++row) learners.emplace_back(uuids.text(row, 0));
        store::pg::Connection device(server.urlFor("laptop", "", "postgres"));
        ServerLink link(device);
        for (int pc_number = 0; pc_number < kInstallations; ++pc_number)
            link.join(installationUuid(pc_number), "pc-" + std::to_string(pc_number));
        explain();
    }

    void explain() {
        for (std::string_view query : store::org::orgDashboardQueries()) {
            std::string sql(query);
            for (std::size_t at; (at = sql.find("$1")) != std::string::npos;) sql.replace(at, 2, "false");
            std::fprintf(stderr, "\nEXPLAIN %s\n%s", sql.c_str(), server.psql("EXPLAIN " + sql).c_str());
        }
    }
};

OrgDatabase& organisation() {
    static OrgDatabase database;
    return database;
}

// The organisation's dashboard (`report --org`, the manager's area of a
// linked PC): every learner's status from the server's roster and summaries.
void BM_OrgDashboard(benchmark::State& state) {
    OrgDatabase& org = organisation();
    store::pg::Connection manager(org.server.urlFor("boss", "pw", "postgres"));
    const Date today = localDate(std::chrono::duration_cast<std::chrono::milliseconds>(
                                     std::chrono::system_clock::now().time_since_epoch()).count());
    std::size_t rows = 0;
    for (auto _ : state) {
        const store::Dashboard dashboard = store::org::loadOrgDashboard(manager, org.curriculum, today);
        rows = dashboard.rows.size();
        benchmark::DoNotOptimize(dashboard);
    }
    state.counters["learners"] = static_cast<double>(rows);
    state.counters["events"] = static_cast<double>(org.events);
}
BENCHMARK(BM_OrgDashboard)->Unit(benchmark::kMillisecond)->UseRealTime();

// One PC pushing a batch of 1,000 new events for its learners (one
// transaction: COPY, then INSERT ... ON CONFLICT DO NOTHING and the triggers).
void BM_OrgPush(benchmark::State& state) {
    OrgDatabase& org = organisation();
    store::pg::Connection device(org.server.urlFor("laptop", "pw", "postgres"));
    ServerLink link(device);
    const std::string installation = installationUuid(0);
    for (auto _ : state) {
        std::vector<ServerEvent> batch;
        for (int i = 0; i < 1000; ++i) {
            ServerEvent& event = batch.emplace_back();
            event.uuid = uuidOf(0xe, org.next_event++);
            event.installation = installation;
            event.learner = org.learners[static_cast<std::size_t>(i) % 50 * kInstallations];
            event.verb = "answered";
            event.object = "q-" + std::to_string(i % 400);
            event.score = 1.0;
            event.response = R"(["c"])";
            event.at = 1'700'000'000'000 + i;
        }
        benchmark::DoNotOptimize(link.push(batch));
    }
    state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(BM_OrgPush)->Unit(benchmark::kMillisecond)->UseRealTime();

// 200 installations syncing at once, each on its own connection: 50 new
// events pushed, then the roster changes and its learners' records pulled.
void BM_OrgTwoHundredSyncs(benchmark::State& state) {
    OrgDatabase& org = organisation();
    for (auto _ : state) {
        std::atomic<int> failures{0};
        std::vector<std::thread> pcs;
        const std::uint64_t first_event = org.next_event;
        org.next_event += kInstallations * 50;
        for (int pc = 0; pc < kInstallations; ++pc) {
            pcs.emplace_back([&, pc] {
                try {
                    store::pg::Connection device(org.server.urlFor("laptop", "pw", "postgres"));
                    ServerLink link(device);
                    const std::string installation = installationUuid(pc);
                    std::vector<ServerEvent> batch;
                    std::vector<std::string> own;
                    for (int i = 0; i < 50; ++i) {
                        const std::string& learner =
                            org.learners[static_cast<std::size_t>(pc + (i % 50) * kInstallations)];
                        if (i < 50) own.push_back(learner);
                        ServerEvent& event = batch.emplace_back();
                        event.uuid = uuidOf(0xe, first_event + static_cast<std::uint64_t>(pc * 50 + i));
                        event.installation = installation;
                        event.learner = learner;
                        event.verb = "opened";
                        event.object = "what-is-ip";
                        event.at = 1'700'000'000'000 + i;
                    }
                    link.push(batch);
                    const std::vector<std::string> none;
                    const auto pulled = link.pull(installation, "0", none, "0", std::vector<std::string>(own.begin(), own.begin() + 5));
                    benchmark::DoNotOptimize(pulled);
                } catch (const std::exception& error) {
                    std::fprintf(stderr, "pc %d: %s\n", pc, error.what());
                    ++failures;
                }
            });
        }
        for (std::thread& pc : pcs) pc.join();
        if (failures > 0) state.SkipWithError("some installations failed");
    }
    state.SetItemsProcessed(state.iterations() * kInstallations);
}
BENCHMARK(BM_OrgTwoHundredSyncs)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

}  // namespace
