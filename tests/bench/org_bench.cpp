// The organisation's server, on a real PostgreSQL of the benchmark's own:
// pushing events (events per second), 200 installations syncing at once, and
// the organisation's dashboard over 10,000 learners and about two million
// events, which must take under 200 ms. The records are made once per run
// and pushed as PCs push them (ServerLink, in batches of 1,000); the plans
// of the dashboard's queries are printed (EXPLAIN) with the figures.
#include <benchmark/benchmark.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <random>
#include <thread>

#include "bundled_course.h"
#include "postgres_server.h"
#include "progress/curriculum.h"
#include "store/org_link.h"
#include "store/org_reports.h"
#include "store/org_schema.h"

using namespace ipprimer;
using store::org::ServerEvent;
using store::org::ServerLearner;
using store::org::ServerLink;

namespace {

constexpr int kLearners = 10'000;
constexpr int kInstallations = 200;
constexpr int kEventsPerLearner = 200;
constexpr std::int64_t kDay = 86'400'000;

std::string uuidOf(std::uint64_t kind, std::uint64_t n) {
    char text[40];
    std::snprintf(text, sizeof text, "%08llx-0000-4000-8000-%012llx", static_cast<unsigned long long>(kind),
                  static_cast<unsigned long long>(n));
    return text;
}

std::string installationUuid(int n) { return uuidOf(0xa, static_cast<std::uint64_t>(n)); }

// A learner's year of records, as the program writes them: lessons opened
// and finished, practice quizzes, role-quiz attempts with their answers, and
// reviews to make up the rest.
std::vector<ServerEvent> learnersRecords(const progress::Curriculum& curriculum, const progress::CurriculumRole& role,
                                         int learner, const std::string& learner_uuid, const std::string& installation,
                                         std::uint64_t& next_event, std::int64_t start) {
    std::mt19937_64 random(static_cast<std::uint64_t>(learner));
    std::vector<ServerEvent> events;
    std::int64_t at = start;
    auto add = [&](const char* verb, const std::string& object) -> ServerEvent& {
        ServerEvent& event = events.emplace_back();
        event.uuid = uuidOf(0xe, next_event++);
        event.installation = installation;
        event.learner = learner_uuid;
        event.verb = verb;
        event.object = object;
        at += static_cast<std::int64_t>(random() % (kDay / 4));
        event.at = at;
        return event;
    };
    const bool diligent = random() % 3 != 0;
    for (int module : curriculum.roleModules(role)) {
        for (int lesson : curriculum.moduleLessons(module)) {
            if (!curriculum.roleTakes(role, lesson)) continue;
            add("opened", curriculum.lessonId(lesson));
            if (diligent || random() % 2) add("finished", curriculum.lessonId(lesson));
        }
    }
    std::string attempt;
    for (int attempt_number = 0; attempt_number < 3; ++attempt_number) {
        ServerEvent& started = add("attempt-started", "role:" + role.id);
        started.context = R"({"seed": 1, "kind": "role"})";
        attempt = started.uuid;
        for (int question = 0; question < 12; ++question) {
            ServerEvent& answer = add("answered", "q-" + std::to_string(random() % 400));
            answer.attempt = attempt;
            answer.score = random() % 4 ? 1.0 : 0.0;
            answer.response = R"(["b"])";
        }
        const bool passed = diligent && attempt_number > 0;
        ServerEvent& finished = add("attempt-finished", "role:" + role.id);
        finished.attempt = attempt;
        finished.score = passed ? 85.0 : 55.0;
        finished.context = passed ? R"({"passed": true, "pass_mark": 70})" : R"({"passed": false, "pass_mark": 70})";
        if (passed) break;
    }
    while (static_cast<int>(events.size()) < kEventsPerLearner) {
        ServerEvent& review = add("answered", "q-" + std::to_string(random() % 400));
        review.score = random() % 5 ? 1.0 : 0.0;
        review.response = R"(["a"])";
        review.context = R"({"review": true})";
    }
    return events;
}

struct OrgDatabase {
    testing::PostgresServer server;
    progress::Curriculum curriculum = progress::curriculumOf(bench::bundledCourse());
    std::int64_t events = 0;
    std::uint64_t next_event = 1;
    std::vector<std::string> learners;
    double push_seconds = 0;

    OrgDatabase() {
        if (!server.ready()) throw std::runtime_error(server.problem());
        server.psql("ALTER SYSTEM SET shared_buffers = '256MB'");
        server.stop();
        server.start();
        store::pg::Connection owner(server.url());
        store::org::initialiseServer(owner);
        server.psql("CREATE ROLE laptop LOGIN PASSWORD 'pw' IN ROLE ipprimer_device;"
                    "CREATE ROLE boss LOGIN PASSWORD 'pw' IN ROLE ipprimer_device, ipprimer_manager");
        store::pg::Connection device(server.urlFor("laptop", "pw", "postgres"));
        ServerLink link(device);
        const auto began = std::chrono::steady_clock::now();
        const std::int64_t year_ago = std::chrono::duration_cast<std::chrono::milliseconds>(
                                          std::chrono::system_clock::now().time_since_epoch()).count() - 365 * kDay;
        std::vector<ServerEvent> batch;
        for (int learner = 0; learner < kLearners; ++learner) {
            const std::string installation = installationUuid(learner % kInstallations);
            if (learner < kInstallations) link.join(installation, "pc-" + std::to_string(learner));
            const progress::CurriculumRole& role =
                curriculum.roles()[static_cast<std::size_t>(learner) % curriculum.roles().size()];
            ServerLearner person;
            person.uuid = uuidOf(0xb, static_cast<std::uint64_t>(learner));
            person.name = "Learner " + std::to_string(learner);
            person.employee_id = "E" + std::to_string(learner);
            person.role = role.id;
            person.department = "Department " + std::to_string(learner % 12);
            person.created_at = year_ago;
            learners.push_back(link.registerLearner(person, installation, year_ago));
            for (ServerEvent& event : learnersRecords(curriculum, role, learner, learners.back(), installation,
                                                      next_event, year_ago + (learner % 300) * kDay)) {
                batch.push_back(std::move(event));
                if (batch.size() == 1000) {
                    events += link.push(batch);
                    batch.clear();
                }
            }
        }
        events += link.push(batch);
        push_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
        server.psql("VACUUM ANALYZE");
        std::fprintf(stderr, "organisation: %d learners, %lld events pushed in %.1f s (%.0f events/s, with %d"
                             " learners registered one by one)\n",
                     kLearners, static_cast<long long>(events), push_seconds, events / push_seconds, kLearners);
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
