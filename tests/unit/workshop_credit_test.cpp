// Workshop credit taken back: the rule (progress/workshop_credit.h), the
// store that appends a "credit-withdrawn" record and never changes one, and
// every reader of the records that honours it; and a session's date, time and
// place as planned.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <random>

#include "base/dates.h"
#include "export/workshop_files.h"
#include "progress/workshop_credit.h"
#include "store/learner_history.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::store;
using progress::FinishedRecord;
using progress::Withdrawal;

namespace {

std::string messageOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const StoreError& error) {
        return error.what();
    }
    return "(no error)";
}

class Credit : public ::testing::Test {
protected:
    void SetUp() override {
        store_.emplace(dir_ / "progress.db");
        store_->setClock([now = std::int64_t{1715677200000}]() mutable { return now += 1000; });
        ada_ = store_->roster().add({"Ada Lovelace", "E001", "", "rnd", "Engineering"});
        bob_ = store_->roster().add({"Bob Stone", "E002", "", "marketing", "Sales"});
    }

    NewWorkshop plan() const {
        NewWorkshop session{"Sam Trainer", {{"trade-secrets", "Trade secrets"}, {"what-is-ip", "What is IP?"}}, {ada_, bob_}};
        session.date = "2024-05-14";
        session.time = "09:30";
        session.place = "Room 2, Lyon";
        return session;
    }

    // Every row of the events table, as another tool would read it.
    std::vector<std::string> allEvents() {
        Database raw(dir_ / "progress.db", OpenMode::ReadOnly);
        Statement select(raw, "SELECT id, learner_id, verb, object, ifnull(context, ''), at FROM events ORDER BY id");
        std::vector<std::string> rows;
        while (select.step())
            rows.push_back(select.columnText(0) + "|" + select.columnText(1) + "|" + select.columnText(2) + "|" +
                           select.columnText(3) + "|" + select.columnText(4) + "|" + select.columnText(5));
        return rows;
    }

    // The manager's summary of a lesson (kept by the schema's triggers).
    std::optional<std::int64_t> summaryFinish(std::int64_t learner, const std::string& lesson) {
        for (const LessonHistory& row : store_->reports().learnerHistory(learner).lessons)
            if (row.lesson_id == lesson) return row.first_finished_at;
        return std::nullopt;
    }

    const ipprimer::testing::TempFolder temp_{"ipprimer-credit"};
    const std::filesystem::path dir_ = temp_.path();
    std::optional<SqliteStore> store_;
    std::int64_t ada_ = 0, bob_ = 0;
};

}  // namespace

TEST(CreditRule, AWithdrawalCancelsWhatItsSessionCreditedBeforeIt) {
    const Withdrawal withdrawn{10, 3};
    EXPECT_TRUE(progress::counts({5, 100, 0}, {&withdrawn, 1})) << "read by the learner: never withdrawn";
    EXPECT_FALSE(progress::counts({5, 100, 3}, {&withdrawn, 1})) << "credited by session 3, withdrawn after";
    EXPECT_TRUE(progress::counts({5, 100, 4}, {&withdrawn, 1})) << "another session's credit";
    EXPECT_TRUE(progress::counts({12, 300, 3}, {&withdrawn, 1})) << "credited again after the withdrawal";

    const std::vector<FinishedRecord> finished{{5, 100, 3}, {8, 200, 0}, {12, 300, 3}};
    EXPECT_EQ(progress::firstCountedFinish(finished, {})->at, 100);
    EXPECT_EQ(progress::firstCountedFinish(finished, {&withdrawn, 1})->at, 200) << "the learner's own reading";
    EXPECT_FALSE(progress::firstCountedFinish(std::vector<FinishedRecord>{{5, 100, 3}}, std::vector<Withdrawal>{withdrawn}));

    const std::vector<std::int64_t> attended{5};
    EXPECT_TRUE(progress::creditStands(3, attended, {}));
    EXPECT_FALSE(progress::creditStands(3, attended, {&withdrawn, 1}));
    EXPECT_TRUE(progress::creditStands(3, std::vector<std::int64_t>{5, 12}, {&withdrawn, 1}));
}

TEST_F(Credit, WithdrawingAppendsOneRecordAndChangesNone) {
    const std::int64_t id = store_->workshops().start(plan());
    store_->workshops().confirmAttendance(id, {ada_, bob_});
    const std::vector<std::string> before = allEvents();

    store_->workshops().withdrawCredit(id, bob_, "Sam Trainer", "ticked by mistake: Bob was off sick");

    const std::vector<std::string> after = allEvents();
    ASSERT_EQ(after.size(), before.size() + 1);
    EXPECT_TRUE(std::equal(before.begin(), before.end(), after.begin())) << "no record was changed";
    EXPECT_NE(after.back().find("|" + std::to_string(bob_) + "|credit-withdrawn|" + std::to_string(id) + "|"),
              std::string::npos)
        << after.back();
    EXPECT_NE(after.back().find("\"reason\":\"ticked by mistake: Bob was off sick\""), std::string::npos) << after.back();

    const auto session = store_->workshops().find(id);
    EXPECT_EQ(session->attendees, std::vector<std::int64_t>{ada_});
    ASSERT_EQ(session->withdrawn.size(), 1u);
    EXPECT_EQ(session->withdrawn[0].learner_id, bob_);
    EXPECT_EQ(session->withdrawn[0].by, "Sam Trainer");
    EXPECT_EQ(session->withdrawn[0].reason, "ticked by mistake: Bob was off sick");
    EXPECT_EQ(store_->workshops().list()[0].attendees, 1);
    EXPECT_TRUE(store_->workshops().attendedBy(bob_).empty());
    EXPECT_EQ(store_->workshops().attendedBy(ada_), std::vector<std::int64_t>{id});
}

TEST_F(Credit, TheLessonsNoLongerCountUnlessTheLearnerFinishedThemOtherwise) {
    const std::int64_t id = store_->workshops().start(plan());
    store_->lessons().recordOpened(bob_, "what-is-ip");
    store_->workshops().confirmAttendance(id, {ada_, bob_});
    store_->lessons().recordFinished(bob_, "what-is-ip");  // Bob read this one himself afterwards
    const std::int64_t read_at = *summaryFinish(bob_, "what-is-ip");
    ASSERT_TRUE(summaryFinish(bob_, "trade-secrets"));

    store_->workshops().withdrawCredit(id, bob_, "Sam Trainer", "");

    EXPECT_EQ(store_->lessons().status(bob_, "trade-secrets"), LessonStatus::NotStarted);
    EXPECT_EQ(store_->lessons().status(bob_, "what-is-ip"), LessonStatus::Finished) << "his own reading stands";
    auto statuses = store_->lessons().statuses(bob_);
    EXPECT_FALSE(statuses.contains("trade-secrets"));
    EXPECT_EQ(statuses["what-is-ip"], LessonStatus::Finished);
    // The manager's summaries say the same.
    EXPECT_FALSE(summaryFinish(bob_, "trade-secrets"));
    EXPECT_GT(*summaryFinish(bob_, "what-is-ip"), read_at - 1000 * 60) << "the day of his reading";
    EXPECT_EQ(store_->lessons().status(ada_, "trade-secrets"), LessonStatus::Finished) << "Ada keeps her credit";
    EXPECT_TRUE(summaryFinish(ada_, "trade-secrets"));
}

TEST_F(Credit, AWithdrawnCreditCanBeGivenAgainAndOnlyOnceWithdrawn) {
    const std::int64_t id = store_->workshops().start(plan());
    store_->workshops().confirmAttendance(id, {bob_});
    EXPECT_NE(messageOf([&] { store_->workshops().withdrawCredit(id, ada_, "Sam", ""); }).find("holds no credit"), std::string::npos);
    EXPECT_NE(messageOf([&] { store_->workshops().withdrawCredit(id, bob_, " ", ""); }).find("who withdraws it"), std::string::npos);
    EXPECT_NE(messageOf([&] { store_->workshops().withdrawCredit(id + 9, bob_, "Sam", ""); }).find("no workshop session"),
              std::string::npos);
    store_->workshops().withdrawCredit(id, bob_, "Sam", "wrong Bob");
    EXPECT_NE(messageOf([&] { store_->workshops().withdrawCredit(id, bob_, "Sam", ""); }).find("holds no credit"), std::string::npos)
        << "a credit is withdrawn once";

    // He was there after all: confirming him again credits him again.
    EXPECT_EQ(store_->workshops().confirmAttendance(id, {bob_}), 1);
    EXPECT_EQ(store_->lessons().status(bob_, "trade-secrets"), LessonStatus::Finished);
    EXPECT_TRUE(summaryFinish(bob_, "trade-secrets"));
    const auto session = store_->workshops().find(id);
    EXPECT_EQ(session->attendees, std::vector<std::int64_t>{bob_});
    EXPECT_TRUE(session->withdrawn.empty());
    EXPECT_EQ(store_->workshops().confirmAttendance(id, {bob_}), 0) << "credited, so skipped";
}

TEST_F(Credit, TheStoreAndTheRuleAgreeOnEveryMixOfRecords) {
    // Random histories of one learner: reading, credit from two sessions,
    // withdrawals; the home screen's statuses and the manager's summaries
    // must both say what progress::firstCountedFinish says.
    std::mt19937 random(13);
    NewWorkshop first = plan(), second = plan();
    second.lessons = {{"what-is-ip", "What is IP?"}};
    const std::int64_t sessions[] = {store_->workshops().start(first), store_->workshops().start(second)};
    int withdrawn = 0, credited_again = 0;
    for (int round = 0; round < 40; ++round) {
        const std::int64_t learner = store_->roster().add({"Learner " + std::to_string(round), "", "", "rnd", ""});
        std::vector<FinishedRecord> finished_trade, finished_what;
        std::vector<Withdrawal> withdrawals;
        std::int64_t sequence = 0;
        for (int step = 0; step < 6; ++step) {
            const int what = static_cast<int>(random() % 4);
            const std::int64_t session = sessions[random() % 2];
            const std::int64_t at = store_->now() + 1000;  // the clock moves one second per reading
            if (what == 0) {
                store_->lessons().recordFinished(learner, "what-is-ip");
                finished_what.push_back({++sequence, at, 0});
            } else if (what == 1 && store_->workshops().confirmAttendance(session, {learner}) == 1) {
                ++sequence;
                credited_again += std::any_of(withdrawals.begin(), withdrawals.end(),
                                              [&](const Withdrawal& w) { return w.workshop == session; });
                if (session == sessions[0]) finished_trade.push_back({sequence, at, session});
                finished_what.push_back({sequence, at, session});
            } else if (what >= 2) {
                try {
                    store_->workshops().withdrawCredit(session, learner, "Sam", "");
                    withdrawals.push_back({++sequence, session});
                    ++withdrawn;
                } catch (const StoreError&) {
                    // no credit from that session to withdraw: nothing recorded
                }
            }
        }
        for (const auto& [lesson, finished] : {std::pair{"trade-secrets", finished_trade}, std::pair{"what-is-ip", finished_what}}) {
            const auto rule = progress::firstCountedFinish(finished, withdrawals);
            EXPECT_EQ(store_->lessons().status(learner, lesson) == LessonStatus::Finished, rule.has_value())
                << "round " << round << ", " << lesson;
            const auto summary = summaryFinish(learner, lesson);
            EXPECT_EQ(summary.has_value(), rule.has_value()) << "round " << round << ", " << lesson;
            if (summary && rule) {
                EXPECT_EQ(*summary, rule->at) << "round " << round << ", " << lesson;
            }
        }
    }
    EXPECT_GT(withdrawn, 10) << "the histories withdraw credit";
    EXPECT_GT(credited_again, 3) << "and give it again";
}

TEST_F(Credit, ASessionKeepsItsDateTimeAndPlaceAndExportsThem) {
    const std::int64_t id = store_->workshops().start(plan());
    store_->workshops().confirmAttendance(id, {ada_, bob_});
    store_->workshops().withdrawCredit(id, bob_, "Sam Trainer", "not there");
    const auto session = store_->workshops().find(id);
    EXPECT_EQ(session->date, "2024-05-14");
    EXPECT_EQ(session->time, "09:30");
    EXPECT_EQ(session->place, "Room 2, Lyon");
    EXPECT_EQ(store_->workshops().list()[0].place, "Room 2, Lyon");

    const std::string csv = exports::workshopCsv(*store_, id);
    EXPECT_NE(csv.find(std::to_string(id) + ",2024-05-14,Sam Trainer,session,,\"Room 2, Lyon\",09:30,,"), std::string::npos)
        << csv;
    EXPECT_NE(csv.find(",withdrawn,E002,Bob Stone,not there,,"), std::string::npos) << csv;
    EXPECT_EQ(csv.find(",absent,E002,Bob Stone"), std::string::npos) << "listed once, as withdrawn\n" << csv;
    const auto json = nlohmann::json::parse(exports::workshopJson(*store_, id));
    EXPECT_EQ(json["date"], "2024-05-14");
    EXPECT_EQ(json["time"], "09:30");
    EXPECT_EQ(json["place"], "Room 2, Lyon");
    ASSERT_EQ(json["withdrawn"].size(), 1u);
    EXPECT_EQ(json["withdrawn"][0]["name"], "Bob Stone");
    EXPECT_EQ(json["withdrawn"][0]["reason"], "not there");
    EXPECT_EQ(json["withdrawn"][0]["by"], "Sam Trainer");

    NewWorkshop bad = plan();
    bad.date = "2024-02-30";
    EXPECT_NE(messageOf([&] { store_->workshops().start(bad); }).find("YYYY-MM-DD"), std::string::npos);
    bad = plan();
    bad.time = "9.30";
    EXPECT_NE(messageOf([&] { store_->workshops().start(bad); }).find("HH:MM"), std::string::npos);
    bad.time = "24:00";
    EXPECT_NE(messageOf([&] { store_->workshops().start(bad); }).find("HH:MM"), std::string::npos);
}

TEST(CreditUpgrade, ACreditGivenBeforeTheUpgradesIsWithdrawnAfterThem) {
    // A file of schema 3 (before step 4 rebuilt the events table), upgraded
    // through every step: step 7's trigger is on the table as it is now.
    const ipprimer::testing::TempFolder temp("ipprimer-credit-upgrade");
    const std::filesystem::path path = temp.path() / "progress.db";
    {
        const std::vector<Migration> three(migrations().begin(), migrations().begin() + 3);
        Database db = openDatabase(path, three);
        db.exec("INSERT INTO learners (id, name, role, created_at) VALUES (1, 'Ada', 'staff', 1)");
        db.exec(R"sql(
            INSERT INTO workshops (id, trainer, lessons, started_at, confirmed_at)
                VALUES (1, 'Sam', '[{"id": "what-is-ip", "title": "What is IP?"}]', 1000, 2000);
            INSERT INTO events (learner_id, verb, object, context, at) VALUES (1, 'finished', 'what-is-ip', '{"workshop": 1}', 2000);
            INSERT INTO events (learner_id, verb, object, context, at) VALUES (1, 'attended', '1', '{"trainer": "Sam"}', 2000);
        )sql");
    }
    SqliteStore store{path};
    const auto session = store.workshops().find(1);
    ASSERT_TRUE(session);
    EXPECT_EQ(session->attendees, std::vector<std::int64_t>{1});
    EXPECT_EQ(session->date, "") << "planned before sessions had a date";
    ASSERT_EQ(store.lessons().status(1, "what-is-ip"), LessonStatus::Finished);

    store.workshops().withdrawCredit(1, 1, "Sam", "not there");

    EXPECT_EQ(store.lessons().status(1, "what-is-ip"), LessonStatus::NotStarted);
    const auto history = store.reports().learnerHistory(1);
    ASSERT_EQ(history.lessons.size(), 1u);
    EXPECT_FALSE(history.lessons[0].first_finished_at) << "the manager's summary follows the withdrawal";
    ASSERT_EQ(history.workshops.size(), 1u);
    EXPECT_TRUE(history.workshops[0].withdrawn_at);
}

TEST_F(Credit, AWithdrawalFromAnotherComputerLeavesThisComputersSessionAlone) {
    // Each PC numbers its sessions from 1; the organisation's sync brings
    // another PC's records of the same learner, session numbers and all.
    const std::int64_t id = store_->workshops().start(plan());
    store_->workshops().confirmAttendance(id, {bob_});
    Event elsewhere;
    elsewhere.uuid = "6f1c2a3b-0000-4000-8000-00000000e001";
    elsewhere.installation = "6f1c2a3b-0000-4000-8000-0000000000aa";
    elsewhere.learner_id = bob_;
    elsewhere.verb = "credit-withdrawn";
    elsewhere.object = std::to_string(id);
    elsewhere.context = R"({"by": "Lee Trainer", "reason": ""})";
    elsewhere.at = store_->now();
    ASSERT_EQ(store_->organisation().takeEvents(std::span(&elsewhere, 1)), 1u);

    EXPECT_EQ(store_->lessons().status(bob_, "trade-secrets"), LessonStatus::Finished);
    EXPECT_TRUE(summaryFinish(bob_, "trade-secrets")) << "the manager's summary too";
    EXPECT_EQ(store_->workshops().find(id)->attendees, std::vector<std::int64_t>{bob_});
    EXPECT_EQ(store_->workshops().attendedBy(bob_), std::vector<std::int64_t>{id});
}
