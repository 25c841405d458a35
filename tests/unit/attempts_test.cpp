// Quiz attempts in the store: each answer is on disk the moment it is given,
// an unfinished attempt comes back with its answers, what does not fit is
// refused, and a quiz's standing (passed, failed, attempts left, expired) is
// derived from the records.
#include "store/attempts.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "store/schema.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::store;

namespace {

constexpr std::int64_t kDay = 86'400'000;
// 2025-03-10 12:00 UTC: noon, so local days match UTC days in any zone within 11 hours.
constexpr std::int64_t kStart = 1'741'608'000'000;

class AttemptsFile : public ::testing::Test {
protected:
    void SetUp() override {
        store_.emplace(dir_ / "progress.db");
        store_->setClock([this] { return now_; });
        learner_ = store_->roster().add({"Dana Test", "", "", "it", ""});
        other_ = store_->roster().add({"Alex Other", "", "", "it", ""});
    }

    Attempts& attempts() { return store_->attempts(); }
    // A second connection to the file, to read the rows as they were written.
    Database raw() { return Database(dir_ / "progress.db", OpenMode::ReadOnly); }
    std::int64_t startQuiz(const std::string& quiz = "role:it", std::vector<std::string> ids = {"q1", "q2", "q3"}) {
        return attempts().start(learner_, {quiz, quiz.starts_with("role:") ? "role" : "practice", 12345, std::move(ids)});
    }
    void answerAll(std::int64_t attempt, double score) {
        for (const char* id : {"q1", "q2", "q3"}) attempts().recordAnswer(learner_, attempt, {id, score, "{}", 1000});
    }
    void finishWith(std::int64_t attempt, double percent, bool passed) {
        attempts().finish(learner_, attempt, {percent, passed, 75, 60000});
    }
    QuizStanding standing(const QuizRules& rules) {
        LocalCalendar calendar;
        return quizStanding(attempts().attempts(learner_, "role:it"), rules, calendar.dateOf(now_), calendar);
    }

    const ipprimer::testing::TempFolder temp_{"ipprimer-attempts"};
    const std::filesystem::path dir_ = temp_.path();
    std::optional<SqliteStore> store_;
    std::int64_t now_ = kStart;
    std::int64_t learner_ = 0, other_ = 0;
};

std::string messageOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const StoreError& error) {
        return error.what();
    }
    return "(no error)";
}

}  // namespace

TEST_F(AttemptsFile, AnAttemptsRowsAllCarryItsId) {
    const std::int64_t attempt = startQuiz();
    attempts().recordAnswer(learner_, attempt, {"q2", 0.5, R"({"chosen":[1]})", 4200});
    attempts().finish(learner_, attempt, {50.0, false, 75, 9000});
    Database db = raw();
    Statement rows(db, "SELECT id, verb, attempt_id, context FROM events WHERE attempt_id = ?1 ORDER BY id");
    rows.bind(1, attempt);
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.columnInt64(0), attempt) << "the attempt's id is its started row's id";
    EXPECT_EQ(rows.columnText(1), "attempt-started");
    const auto context = nlohmann::json::parse(rows.columnText(3));
    EXPECT_EQ(context["seed"], 12345u);
    EXPECT_EQ(context["kind"], "role");
    EXPECT_EQ(context["questions"], (std::vector<std::string>{"q1", "q2", "q3"}));
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.columnText(1), "answered");
    EXPECT_EQ(nlohmann::json::parse(rows.columnText(3))["quiz"], "role:it");
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.columnText(1), "attempt-finished");
    const auto finished = nlohmann::json::parse(rows.columnText(3));
    EXPECT_EQ(finished["passed"], false);
    EXPECT_EQ(finished["pass_mark"], 75);
    EXPECT_FALSE(rows.step());
}

TEST_F(AttemptsFile, AnAnswerIsOnDiskTheMomentItIsGiven) {
    const std::int64_t attempt = startQuiz();
    attempts().recordAnswer(learner_, attempt, {"q1", 1.0, R"({"truth":true})", 3100});
    // Another program opening the file sees it at once, with all it says.
    SqliteStore reader{dir_ / "progress.db"};
    auto seen = reader.attempts().attempt(attempt);
    ASSERT_TRUE(seen);
    ASSERT_EQ(seen->answers.size(), 1u);
    EXPECT_EQ(seen->answers[0].question_id, "q1");
    EXPECT_DOUBLE_EQ(seen->answers[0].score, 1.0);
    EXPECT_EQ(seen->answers[0].response, R"({"truth":true})");
    EXPECT_EQ(seen->answers[0].duration_ms, 3100);
    EXPECT_EQ(seen->answers[0].at, kStart);
    EXPECT_FALSE(seen->finished());
}

TEST_F(AttemptsFile, AnUnfinishedAttemptComesBackWithItsAnswersNewestFirst) {
    const std::int64_t older = startQuiz("module:why-ip", {"q1", "q2"});
    now_ += 1000;
    const std::int64_t newer = startQuiz();
    attempts().recordAnswer(learner_, newer, {"q1", 1.0, "{}", 10});
    attempts().recordAnswer(learner_, newer, {"q3", 0.0, "{}", 20});
    auto open = attempts().unfinished(learner_);
    ASSERT_EQ(open.size(), 2u);
    EXPECT_EQ(open[0].id, newer);
    EXPECT_EQ(open[1].id, older);
    EXPECT_EQ(open[0].answered, 2);
    ASSERT_NE(open[0].answerTo("q3"), nullptr);
    EXPECT_EQ(open[0].answerTo("q3")->duration_ms, 20);
    EXPECT_EQ(open[0].answerTo("q2"), nullptr);
    EXPECT_EQ(open[0].seed, 12345u);
    EXPECT_TRUE(attempts().unfinished(other_).empty());

    attempts().finish(learner_, newer, {33.3, false, 75, 30});
    open = attempts().unfinished(learner_);
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].id, older);
}

TEST_F(AttemptsFile, WhatDoesNotFitIsRefusedAndNothingIsRecorded) {
    const std::int64_t attempt = startQuiz();
    const std::int64_t before = store_->journal().count();
    EXPECT_NE(messageOf([&] { attempts().recordAnswer(learner_, attempt, {"q9", 1.0, "{}", 1}); }).find("not part of quiz attempt"),
              std::string::npos);
    EXPECT_NE(messageOf([&] { attempts().recordAnswer(other_, attempt, {"q1", 1.0, "{}", 1}); }).find("another learner"),
              std::string::npos);
    EXPECT_NE(messageOf([&] { attempts().recordAnswer(learner_, attempt, {"q1", 1.5, "{}", 1}); }).find("from 0 to 1"),
              std::string::npos);
    EXPECT_NE(messageOf([&] { attempts().recordAnswer(learner_, 999999, {"q1", 1.0, "{}", 1}); }).find("no quiz attempt"),
              std::string::npos);
    EXPECT_NE(messageOf([&] { attempts().start(learner_, {"role:it", "role", 1, {}}); }).find("no questions"),
              std::string::npos);
    EXPECT_NE(messageOf([&] { attempts().start(4242, {"role:it", "role", 1, {"q1"}}); }).find("no learner with id 4242"),
              std::string::npos);
    EXPECT_EQ(store_->journal().count(), before);

    attempts().finish(learner_, attempt, {0, false, 75, 0});
    EXPECT_NE(messageOf([&] { attempts().recordAnswer(learner_, attempt, {"q1", 1.0, "{}", 1}); }).find("already finished"),
              std::string::npos);
    EXPECT_NE(messageOf([&] { attempts().finish(learner_, attempt, {0, false, 75, 0}); }).find("already finished"),
              std::string::npos);
}

TEST_F(AttemptsFile, AttemptsBestScoreAndCountsPerQuiz) {
    const std::int64_t first = startQuiz();
    answerAll(first, 0.5);
    finishWith(first, 50, false);
    now_ += kDay;
    const std::int64_t second = startQuiz();
    answerAll(second, 1.0);
    finishWith(second, 100, true);
    now_ += kDay;
    startQuiz("module:why-ip", {"q1"});

    auto list = attempts().attempts(learner_, "role:it");
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].id, first);
    EXPECT_EQ(list[0].answered, 3);
    ASSERT_TRUE(list[1].outcome);
    EXPECT_TRUE(list[1].outcome->passed);
    EXPECT_EQ(list[1].finished_at, kStart + kDay);
    EXPECT_EQ(attempts().bestScore(learner_, "role:it"), 100.0);
    EXPECT_FALSE(attempts().bestScore(learner_, "module:why-ip"));
    EXPECT_EQ(attempts().attemptCount(learner_, "role:it", 0), 2);
    EXPECT_EQ(attempts().attemptCount(learner_, "role:it", kStart + 1), 1);
}

TEST_F(AttemptsFile, AnswerHistoryKeepsTheOrderAndTellsReviewsApart) {
    const std::int64_t attempt = startQuiz();
    attempts().recordAnswer(learner_, attempt, {"q2", 0.0, "{}", 1});
    now_ += kDay;
    attempts().recordReviewAnswer(learner_, {"q2", 1.0, "{}", 2});
    attempts().recordReviewAnswer(other_, {"q1", 1.0, "{}", 2});
    auto history = attempts().answerHistory(learner_);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_FALSE(history[0].review);
    EXPECT_TRUE(history[1].review);
    EXPECT_EQ(history[1].at, kStart + kDay);
    EXPECT_EQ(attempts().allAnswers().size(), 3u);

    Database db = raw();
    Statement review(db,
                     "SELECT attempt_id IS NULL, context FROM events"
                     " WHERE verb = 'answered' AND score = 1 AND learner_id = ?1");
    review.bind(1, learner_);
    ASSERT_TRUE(review.step());
    EXPECT_EQ(review.columnInt64(0), 1);
    EXPECT_EQ(nlohmann::json::parse(review.columnText(1))["review"], true);
}

TEST_F(AttemptsFile, StandingFromNotTakenToPassedAndExpired) {
    const QuizRules rules{3, false, 12};
    EXPECT_EQ(standing(rules).state, QuizState::NotTaken);
    EXPECT_EQ(standing(rules).attempts_left, 3);

    const std::int64_t first = startQuiz();
    attempts().recordAnswer(learner_, first, {"q1", 1.0, "{}", 1});
    QuizStanding s = standing(rules);
    EXPECT_EQ(s.state, QuizState::InProgress);
    EXPECT_EQ(s.unfinished_attempt, first);
    EXPECT_EQ(s.attempts_left, 2) << "an attempt counts from its start";

    finishWith(first, 40, false);
    s = standing(rules);
    EXPECT_EQ(s.state, QuizState::Failed);
    EXPECT_EQ(s.best_percent, 40.0);
    EXPECT_EQ(s.last_finished_attempt, first);

    now_ += kDay;
    const std::int64_t second = startQuiz();
    finishWith(second, 90, true);
    s = standing(rules);
    EXPECT_EQ(s.state, QuizState::Passed);
    EXPECT_EQ(s.best_percent, 90.0);
    EXPECT_EQ(s.attempts_used, 2);
    ASSERT_TRUE(s.valid_until);
    // The last day the pass counts, as the learner's status says it (passed 2025-03-11, 12 months).
    EXPECT_EQ(formatDate(*s.valid_until), "2026-03-10");

    // A year later the pass has expired: a new certification period, attempts afresh.
    now_ += 366 * kDay;
    s = standing(rules);
    EXPECT_EQ(s.state, QuizState::Expired);
    EXPECT_EQ(s.attempts_used, 0);
    EXPECT_EQ(s.attempts_left, 3);
    EXPECT_FALSE(s.best_percent);
}

TEST_F(AttemptsFile, TheAttemptLimitCountsWithinThePeriod) {
    const QuizRules rules{2, false, 12};
    for (int i = 0; i < 2; ++i) {
        const std::int64_t attempt = startQuiz();
        finishWith(attempt, 10, false);
        now_ += 1000;
    }
    QuizStanding s = standing(rules);
    EXPECT_EQ(s.state, QuizState::Failed);
    EXPECT_EQ(s.attempts_left, 0);
    EXPECT_EQ(standing({0, false, 12}).attempts_left, -1) << "0 means no limit";
}

TEST_F(AttemptsFile, WithLastGradingALaterFailCounts) {
    const std::int64_t pass = startQuiz();
    finishWith(pass, 90, true);
    now_ += 1000;
    const std::int64_t fail = startQuiz();
    finishWith(fail, 30, false);
    EXPECT_EQ(standing({0, false, 12}).state, QuizState::Passed) << "highest: the pass stands";
    const QuizStanding last = standing({0, true, 12});
    EXPECT_EQ(last.state, QuizState::Failed);
    EXPECT_EQ(last.last_percent, 30.0);
}
