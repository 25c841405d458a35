// Every learning record of a store as statements: each one valid by the
// xAPI 1.0.3 rules, one per event, the same when built again, and named by
// the settings the manager chose.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "course/course.h"
#include "demo/demo_data.h"
#include "export/xapi_export.h"
#include "export/xapi_statement.h"
#include "export/xapi_validate.h"
#include "store/sqlite_store.h"

using namespace ipprimer;
using namespace ipprimer::exports::xapi;
using nlohmann::json;

namespace {

struct XapiExport : ::testing::Test {
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::SqliteStore store{":memory:"};

    void SetUp() override {
        store.setClock([] { return std::int64_t{1'741'608'000'000}; });
        demo::DemoOptions options;
        options.learners = 40;
        demo::generateDemoData(store, demo::demoCourseOf(course), options);
    }

    std::vector<json> all(const Settings& settings, std::int64_t since_ms = 0) {
        StatementReader reader(store.journal(), store.roster(), course, settings, 0, since_ms);
        std::vector<json> statements;
        for (;;) {
            StatementPage page = reader.next(250);
            for (auto& s : page.statements) statements.push_back(std::move(s));
            if (page.finished) return statements;
        }
    }
};

TEST_F(XapiExport, EveryStatementKeepsTheRulesAndEveryKindOfRecordIsThere) {
    Settings settings;
    settings.account_home_page = "https://staff.example.com";
    const std::vector<json> statements = all(settings);
    ASSERT_GT(statements.size(), 500u);
    std::set<std::string> verbs, ids;
    for (const json& s : statements) {
        const auto problems = validateStatement(s);
        EXPECT_TRUE(problems.empty()) << s.dump(2) << "\n" << (problems.empty() ? "" : problems.front());
        verbs.insert(s["verb"]["id"].get<std::string>());
        ids.insert(s["id"].get<std::string>());
        EXPECT_EQ(s["actor"]["account"]["homePage"], "https://staff.example.com");
    }
    EXPECT_EQ(ids.size(), statements.size()) << "one statement per event, each its own id";
    for (std::string_view verb : {kExperienced, kCompleted, kAttempted, kAnswered, kPassed, kFailed})
        EXPECT_TRUE(verbs.count(std::string(verb))) << verb;
}

TEST_F(XapiExport, OneEventOneStatementWithTheEventsIdAndManagersActionsLeftOut) {
    std::set<std::string> learning;
    for (store::JournalReader reader = store.journal().readFrom(); auto event = reader.next();)
        if (event->verb != "due-extended" && event->verb != "archived" && event->verb != "restored") learning.insert(event->uuid);
    std::set<std::string> ids;
    for (const json& s : all(Settings{})) ids.insert(s["id"].get<std::string>());
    EXPECT_EQ(ids, learning);
}

TEST_F(XapiExport, BuildingAgainGivesTheSameStatementsSoAResendIsHarmless) {
    EXPECT_EQ(all(Settings{}), all(Settings{}));
}

TEST_F(XapiExport, TheStatementsOfOneAttemptShareItsRegistrationAndNoOtherAttemptHasIt) {
    std::map<std::string, std::set<std::string>> verbs_by_registration;
    for (const json& s : all(Settings{}))
        if (s["context"].contains("registration"))
            verbs_by_registration[s["context"]["registration"].get<std::string>()].insert(s["verb"]["id"].get<std::string>());
    ASSERT_FALSE(verbs_by_registration.empty());
    int whole = 0;
    for (const auto& [registration, verbs] : verbs_by_registration) {
        EXPECT_EQ(verbs.count(std::string(kAttempted)), 1u) << registration << ": every registration starts with its attempt";
        whole += verbs.count(std::string(kAnswered)) && (verbs.count(std::string(kPassed)) || verbs.count(std::string(kFailed)));
    }
    EXPECT_GT(whole, 10) << "finished attempts carry their answers and their result under one registration";
}

TEST_F(XapiExport, AnsweredQuestionsAreInteractionsUnderTheirQuizAndModule) {
    Settings settings;
    settings.activity_base = "https://lms.example.org/ip";
    int answered = 0;
    for (const json& s : all(settings)) {
        EXPECT_TRUE(s["object"]["id"].get<std::string>().starts_with("https://lms.example.org/ip/")) << s["object"]["id"];
        if (s["verb"]["id"] != kAnswered) continue;
        ++answered;
        const json& definition = s["object"]["definition"];
        EXPECT_EQ(definition["type"], "http://adlnet.gov/expapi/activities/cmi.interaction");
        EXPECT_TRUE(definition.contains("interactionType")) << s.dump(2);
        EXPECT_TRUE(definition.contains("name"));
        // An answer in a quiz names the quiz; a review answer (no attempt) has none.
        EXPECT_EQ(s["context"]["contextActivities"].contains("parent"), s["context"].contains("registration")) << s.dump(2);
        EXPECT_EQ(s["context"]["contextActivities"]["grouping"].size(), 2u) << "the course and the module";
        EXPECT_EQ(s["context"]["platform"], "IP Primer");
    }
    EXPECT_GT(answered, 100);
}

TEST_F(XapiExport, SinceLeavesOutEarlierRecords) {
    const auto everything = all(Settings{});
    const std::int64_t cut = 1'741'608'000'000 - 30LL * 86'400'000;
    const auto recent = all(Settings{}, cut);
    EXPECT_LT(recent.size(), everything.size());
    EXPECT_GT(recent.size(), 0u);
    for (const json& s : recent) EXPECT_GE(s["timestamp"].get<std::string>(), std::string("2025-02-08")) << s["timestamp"];
}

TEST_F(XapiExport, ALearnerWithNeitherAccountNorMailIsSkippedWithAReason) {
    store::SqliteStore bare{":memory:"};
    const auto id = bare.roster().add(store::NewLearner{.name = "Kim", .role = course.roles.front().id});
    bare.journal().append(store::NewEvent{.learner_id = id, .verb = "opened", .object = course.lessons.front().id});
    StatementReader reader(bare.journal(), bare.roster(), course, Settings{});
    const StatementPage page = reader.next(10);
    EXPECT_TRUE(page.statements.empty());
    EXPECT_EQ(page.skipped, 1u);
    EXPECT_NE(page.skip_reason.find("Kim"), std::string::npos) << page.skip_reason;
    EXPECT_NE(page.skip_reason.find("e-mail"), std::string::npos) << page.skip_reason;
}

TEST_F(XapiExport, SettingsAreRememberedAndABadIriIsRefused) {
    Settings settings = settingsFrom(store.settings(), course);
    EXPECT_EQ(settings.activity_base, "https://ipprimer.example/xapi");
    settings.activity_base = "https://lms.example.org/ip";
    settings.account_home_page = "https://staff.example.com";
    rememberSettings(store.settings(), settings);
    const Settings again = settingsFrom(store.settings(), course);
    EXPECT_EQ(again.activity_base, "https://lms.example.org/ip");
    EXPECT_EQ(again.account_home_page, "https://staff.example.com");
    settings.activity_base = "lms example";
    EXPECT_THROW(rememberSettings(store.settings(), settings), std::invalid_argument);
    EXPECT_EQ(settingsFrom(store.settings(), course).activity_base, "https://lms.example.org/ip") << "nothing saved";
}

}  // namespace

namespace {

// A session that credited one learner: the ids of what the credit recorded
// (the attended statement and the lessons it finished), in the export.
struct Credit {
    std::int64_t session = 0;
    std::int64_t learner = 0;
    std::set<std::string> statement_ids;
};

std::int64_t lastPosition(store::SqliteStore& store) {
    store::JournalReader reader = store.journal().readFrom();
    while (reader.next()) {
    }
    return reader.position();
}

Credit creditSomeone(store::SqliteStore& store) {
    Credit credit;
    for (const store::Learner& learner : store.roster().list())
        if (!learner.email.empty()) credit.learner = learner.id;
    credit.session = store.workshops().start({"Sam Trainer", {{"what-is-ip", "What is IP?"}}, {credit.learner}});
    const std::int64_t before = lastPosition(store);
    store.workshops().confirmAttendance(credit.session, {credit.learner});
    for (store::JournalReader reader = store.journal().readFrom(before); auto event = reader.next();) {
        std::string id = event->uuid;
        for (char& c : id) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        credit.statement_ids.insert(id);
    }
    return credit;
}

}  // namespace

TEST_F(XapiExport, AWithdrawnWorkshopCreditVoidsWhatTheCreditRecorded) {
    const Credit credit = creditSomeone(store);
    ASSERT_EQ(credit.statement_ids.size(), 2u) << "attended, and the session's lesson finished";
    const std::int64_t pushed = lastPosition(store);  // an earlier push sent the credit
    store.workshops().withdrawCredit(credit.session, credit.learner, "Sam Trainer", "ticked by mistake");

    // Read as a push that starts after the credit was sent, and as a whole export.
    for (const std::int64_t after : {pushed, std::int64_t{0}}) {
        StatementReader reader(store.journal(), store.roster(), course, Settings{}, after);
        std::set<std::string> voided;
        for (bool done = false; !done;) {
            StatementPage page = reader.next(250);
            done = page.finished;
            for (const json& s : page.statements) {
                if (s["verb"]["id"] != kVoided) continue;
                EXPECT_TRUE(validateStatement(s).empty()) << s.dump(2);
                EXPECT_EQ(s["object"]["objectType"], "StatementRef");
                EXPECT_EQ(s["actor"]["name"], "Sam Trainer") << "by the trainer who withdrew it";
                voided.insert(s["object"]["id"].get<std::string>());
            }
        }
        EXPECT_EQ(voided, credit.statement_ids) << "reading after position " << after;
    }
}

TEST_F(XapiExport, ACreditGivenAgainAfterAWithdrawalStands) {
    const Credit first = creditSomeone(store);
    store.workshops().withdrawCredit(first.session, first.learner, "Sam Trainer", "ticked by mistake");
    store.workshops().confirmAttendance(first.session, {first.learner});  // they had come after all
    std::set<std::string> voided, sent;
    for (const json& s : all(Settings{})) {
        sent.insert(s["id"].get<std::string>());
        if (s["verb"]["id"] == kVoided) voided.insert(s["object"]["id"].get<std::string>());
    }
    EXPECT_EQ(voided, first.statement_ids) << "only the first credit is taken back";
    int attended = 0;
    for (const json& s : all(Settings{})) attended += s["verb"]["id"] == kAttended ? 1 : 0;
    EXPECT_EQ(attended, 2) << "the second credit's attended statement is sent and not voided";
}
