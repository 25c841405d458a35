// The store as the program uses it: learners, settings, recorded lessons and
// the statuses derived from them, durability, and the default path.
#include "store/sqlite_store.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "store/paths.h"
#include "store/schema.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::store;

namespace {

NewLearner newLearner(std::string name, std::string employee_id = "", std::string role = "engineer") {
    return NewLearner{std::move(name), std::move(employee_id), "", std::move(role), ""};
}

std::string messageOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const StoreError& error) {
        return error.what();
    }
    return "(no error)";
}

// A clock that starts at a known time and moves one second per reading.
Store::Clock steppingClock(std::int64_t start) {
    return [now = start]() mutable {
        const std::int64_t value = now;
        now += 1000;
        return value;
    };
}

class StoreFile : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = dir_ / "progress.db";
    }

    // A second connection to the file, as another tool would open it.
    Database rawConnection() { return Database(path_, OpenMode::ReadWrite); }

    const ipprimer::testing::TempFolder temp_{"ipprimer-store"};
    const std::filesystem::path dir_ = temp_.path();
    std::filesystem::path path_;
};

}  // namespace

// --- Learners ---------------------------------------------------------------

TEST(StoreLearners, AnAddedLearnerReadsBackAsEntered) {
    SqliteStore store{":memory:"};
    store.setClock([] { return std::int64_t{1'700'000'000'000}; });
    const auto id = store.roster().add({"  Ada Lovelace ", "E-042", "ada@example.com", "engineer", "R&D"});

    const std::optional<Learner> ada = store.roster().find(id);
    ASSERT_TRUE(ada);
    EXPECT_EQ(ada->id, id);
    EXPECT_EQ(ada->name, "Ada Lovelace");
    EXPECT_EQ(ada->employee_id, "E-042");
    EXPECT_EQ(ada->email, "ada@example.com");
    EXPECT_EQ(ada->role, "engineer");
    EXPECT_EQ(ada->department, "R&D");
    EXPECT_EQ(ada->start_date, "");
    EXPECT_FALSE(ada->archived);
    EXPECT_EQ(ada->created_at, 1'700'000'000'000);
    EXPECT_FALSE(store.roster().find(id + 1));
}

TEST(StoreLearners, ManyLearnersMayHaveNoEmployeeId) {
    SqliteStore store{":memory:"};
    store.roster().add(newLearner("Ada"));
    store.roster().add(newLearner("Grace", "   "));
    EXPECT_EQ(store.roster().list().size(), 2u);
}

TEST(StoreLearners, ADuplicateEmployeeIdIsRefusedAndNobodyIsAdded) {
    SqliteStore store{":memory:"};
    store.roster().add(newLearner("Ada Lovelace", "E-042"));
    const std::string message = messageOf([&] { store.roster().add(newLearner("Grace Hopper", " E-042")); });
    EXPECT_EQ(message, "employee id E-042 already belongs to Ada Lovelace in :memory:; Grace Hopper was not added");
    ASSERT_EQ(store.roster().list().size(), 1u);
    EXPECT_EQ(store.roster().list()[0].name, "Ada Lovelace");
}

TEST(StoreLearners, ANameAndARoleAreRequired) {
    SqliteStore store{":memory:"};
    EXPECT_EQ(messageOf([&] { store.roster().add(newLearner("  ")); }), "a learner needs a name");
    EXPECT_EQ(messageOf([&] { store.roster().add(newLearner("Ada", "", "")); }), "the learner Ada needs a role");
    EXPECT_TRUE(store.roster().list(true).empty());
}

TEST_F(StoreFile, LearnersAreListedByNameAndArchivedOnesOnlyOnRequest) {
    SqliteStore store{path_};
    store.roster().add(newLearner("charlie"));
    const auto bob = store.roster().add(newLearner("Bob"));
    store.roster().add(newLearner("alice"));
    rawConnection().exec("UPDATE learners SET archived = 1 WHERE id = " + std::to_string(bob));

    std::vector<std::string> names;
    for (const Learner& learner : store.roster().list()) names.push_back(learner.name);
    EXPECT_EQ(names, (std::vector<std::string>{"alice", "charlie"}));

    names.clear();
    for (const Learner& learner : store.roster().list(true)) names.push_back(learner.name);
    EXPECT_EQ(names, (std::vector<std::string>{"alice", "Bob", "charlie"}));
    EXPECT_TRUE(store.roster().find(bob)->archived);
}

TEST_F(StoreFile, LearnersAreNeverDeleted) {
    SqliteStore store{path_};
    store.roster().add(newLearner("Ada"));
    EXPECT_NE(messageOf([&] { rawConnection().exec("DELETE FROM learners"); }).find("learners are never deleted"),
              std::string::npos);
    EXPECT_EQ(store.roster().list().size(), 1u);
}

// --- Settings ---------------------------------------------------------------

TEST_F(StoreFile, SettingsAreReplacedInPlaceAndKept) {
    {
        SqliteStore store{path_};
        EXPECT_FALSE(store.settings().value("text-scale"));
        store.settings().set("text-scale", "1.25");
        store.settings().set("text-scale", "1.5");
        store.settings().set("last-profile", "3");
        EXPECT_EQ(store.settings().value("text-scale"), "1.5");
    }
    SqliteStore store{path_};
    EXPECT_EQ(store.settings().value("text-scale"), "1.5");
    EXPECT_EQ(store.settings().value("last-profile"), "3");
    Database raw = rawConnection();
    Statement rows(raw, "SELECT count(*) FROM settings WHERE key = 'text-scale'");
    rows.step();
    EXPECT_EQ(rows.columnInt64(0), 1);
}

// --- Events -----------------------------------------------------------------

TEST_F(StoreFile, RecordsSurviveCloseAndReopen) {
    std::int64_t ada = 0;
    {
        SqliteStore store{path_};
        ada = store.roster().add(newLearner("Ada"));
        store.lessons().recordOpened(ada, "what-is-ip");
        store.lessons().recordFinished(ada, "what-is-ip");
        store.lessons().recordOpened(ada, "trademarks");
    }
    SqliteStore store{path_};
    EXPECT_EQ(store.journal().count(), 3);
    EXPECT_EQ(store.lessons().status(ada, "what-is-ip"), LessonStatus::Finished);
    EXPECT_EQ(store.lessons().status(ada, "trademarks"), LessonStatus::InProgress);
    EXPECT_EQ(store.lessons().lastOpened(ada), "trademarks");
}

TEST_F(StoreFile, EventsCarryTheLearnerVerbLessonAndClockTime) {
    SqliteStore store{path_};
    store.setClock(steppingClock(1'700'000'000'000));
    const auto ada = store.roster().add(newLearner("Ada"));  // reads the clock once
    store.lessons().recordOpened(ada, "patents");
    store.lessons().recordFinished(ada, "patents");

    Database raw = rawConnection();
    Statement rows(raw, "SELECT learner_id, verb, object, at FROM events ORDER BY id");
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.columnInt64(0), ada);
    EXPECT_EQ(rows.columnText(1), "opened");
    EXPECT_EQ(rows.columnText(2), "patents");
    EXPECT_EQ(rows.columnInt64(3), 1'700'000'001'000);
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.columnText(1), "finished");
    EXPECT_EQ(rows.columnInt64(3), 1'700'000'002'000);
    EXPECT_FALSE(rows.step());
}

TEST_F(StoreFile, EventsAreAppendOnly) {
    SqliteStore store{path_};
    const auto ada = store.roster().add(newLearner("Ada"));
    store.lessons().recordFinished(ada, "what-is-ip");

    Database raw = rawConnection();
    EXPECT_NE(messageOf([&] { raw.exec("UPDATE events SET verb = 'opened'"); }).find("append-only"),
              std::string::npos);
    EXPECT_NE(messageOf([&] { raw.exec("DELETE FROM events"); }).find("append-only"), std::string::npos);
    EXPECT_EQ(store.journal().count(), 1);
    EXPECT_EQ(store.lessons().status(ada, "what-is-ip"), LessonStatus::Finished);
}

TEST(StoreEvents, AnUnknownLearnerOrAnEmptyLessonIsRefused) {
    SqliteStore store{":memory:"};
    EXPECT_EQ(messageOf([&] { store.lessons().recordOpened(99, "what-is-ip"); }),
              "there is no learner with id 99 in :memory:; \"opened what-is-ip\" was not recorded");
    const auto ada = store.roster().add(newLearner("Ada"));
    EXPECT_NE(messageOf([&] { store.lessons().recordFinished(ada, ""); }), "(no error)");
    EXPECT_EQ(store.journal().count(), 0);
}

// --- Derived status ---------------------------------------------------------

TEST(StoreStatus, LessonStatusesAcrossLearnersAndLessons) {
    SqliteStore store{":memory:"};
    const auto ada = store.roster().add(newLearner("Ada"));
    const auto bob = store.roster().add(newLearner("Bob"));
    const auto cy = store.roster().add(newLearner("Cy"));

    store.lessons().recordOpened(ada, "what-is-ip");
    store.lessons().recordFinished(ada, "what-is-ip");
    store.lessons().recordOpened(ada, "what-is-ip");  // reading it again keeps it finished
    store.lessons().recordOpened(ada, "trademarks");
    store.lessons().recordFinished(ada, "patents");   // finished without an "opened" still counts
    store.lessons().recordOpened(bob, "trademarks");
    store.lessons().recordFinished(bob, "trademarks");

    using Statuses = std::unordered_map<std::string, LessonStatus>;
    EXPECT_EQ(store.lessons().statuses(ada), (Statuses{{"what-is-ip", LessonStatus::Finished},
                                                   {"trademarks", LessonStatus::InProgress},
                                                   {"patents", LessonStatus::Finished}}));
    EXPECT_EQ(store.lessons().statuses(bob), (Statuses{{"trademarks", LessonStatus::Finished}}));
    EXPECT_TRUE(store.lessons().statuses(cy).empty());

    EXPECT_EQ(store.lessons().status(ada, "trademarks"), LessonStatus::InProgress);
    EXPECT_EQ(store.lessons().status(bob, "trademarks"), LessonStatus::Finished);
    EXPECT_EQ(store.lessons().status(bob, "what-is-ip"), LessonStatus::NotStarted);
    EXPECT_EQ(store.lessons().status(cy, "what-is-ip"), LessonStatus::NotStarted);
}

TEST(StoreStatus, LastOpenedLessonIsTheLearnersMostRecentOne) {
    SqliteStore store{":memory:"};
    store.setClock([] { return std::int64_t{5}; });  // same instant: order of recording decides
    const auto ada = store.roster().add(newLearner("Ada"));
    const auto bob = store.roster().add(newLearner("Bob"));
    EXPECT_FALSE(store.lessons().lastOpened(ada));

    store.lessons().recordOpened(ada, "what-is-ip");
    store.lessons().recordOpened(ada, "trademarks");
    store.lessons().recordFinished(ada, "patents");
    store.lessons().recordOpened(bob, "designs");
    EXPECT_EQ(store.lessons().lastOpened(ada), "trademarks");
    store.lessons().recordOpened(ada, "what-is-ip");
    EXPECT_EQ(store.lessons().lastOpened(ada), "what-is-ip");
    EXPECT_EQ(store.lessons().lastOpened(bob), "designs");
}

// --- Durability and opening -------------------------------------------------

TEST_F(StoreFile, AFinishedLessonSurvivesSigkillRightAfterTheCall) {
    std::int64_t ada = 0;
    {
        SqliteStore store{path_};
        ada = store.roster().add(newLearner("Ada"));
    }
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // No gtest in here, and no return into it: only _exit or the signal.
        try {
            SqliteStore store{path_};
            store.lessons().recordFinished(ada, "what-is-ip");
            kill(getpid(), SIGKILL);
        } catch (...) {
        }
        _exit(1);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "the child did not get to record";

    SqliteStore store{path_};
    EXPECT_EQ(store.journal().count(), 1);
    EXPECT_EQ(store.lessons().status(ada, "what-is-ip"), LessonStatus::Finished);
}

TEST_F(StoreFile, OpenRefusesAJunkFileAndKnowsItsPath) {
    std::ofstream(path_) << "these are my notes, not a database\n";
    EXPECT_EQ(messageOf([&] { SqliteStore{path_}; }),
              path_.string() + " is not an IP Primer database (file is not a database); it was left untouched");
    std::filesystem::remove(path_);
    EXPECT_EQ(SqliteStore(path_).path(), path_);
}

// --- Default path -----------------------------------------------------------

namespace {

// Sets environment variables for one test and puts them back afterwards.
class ScopedEnvironment {
public:
    void set(const char* name, const char* value) {
        if (const char* old = getenv(name))
            saved_.emplace_back(name, std::string(old));
        else
            saved_.emplace_back(name, std::nullopt);
        if (value)
            setenv(name, value, 1);
        else
            unsetenv(name);
    }
    ~ScopedEnvironment() {
        for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) {
            if (it->second)
                setenv(it->first.c_str(), it->second->c_str(), 1);
            else
                unsetenv(it->first.c_str());
        }
    }

private:
    std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
};

}  // namespace

TEST(StorePaths, XdgDataHomeComesFirst) {
    ScopedEnvironment environment;
    environment.set("XDG_DATA_HOME", "/srv/data");
    environment.set("HOME", "/home/ada");
    EXPECT_EQ(defaultDatabasePath(), std::filesystem::path("/srv/data/ipprimer/progress.db"));
}

TEST(StorePaths, HomeIsTheFallbackWhenXdgDataHomeIsUnsetEmptyOrRelative) {
    ScopedEnvironment environment;
    environment.set("HOME", "/home/ada");
    const std::filesystem::path expected("/home/ada/.local/share/ipprimer/progress.db");
    environment.set("XDG_DATA_HOME", nullptr);
    EXPECT_EQ(defaultDatabasePath(), expected);
    environment.set("XDG_DATA_HOME", "");
    EXPECT_EQ(defaultDatabasePath(), expected);
    environment.set("XDG_DATA_HOME", "relative/data");
    EXPECT_EQ(defaultDatabasePath(), expected);
}
