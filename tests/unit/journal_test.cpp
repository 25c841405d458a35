// The event journal through the store's interfaces: every event gets its own
// UUID and this installation's id, batches are all or nothing, and the reader
// streams each event once, in order, from any position.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <functional>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "store/sqlite_store.h"
#include "store/uuid.h"
#include "store/verbs.h"
#include "store_error_message.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::store;
using ipprimer::testing::storeErrorOf;

namespace {

const std::regex kUuidV4("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");

NewEvent opened(std::int64_t learner_id, std::string lesson, std::int64_t at = 0) {
    NewEvent event;
    event.learner_id = learner_id;
    event.verb = verbs::kOpened;
    event.object = std::move(lesson);
    event.at = at;
    return event;
}

std::vector<Event> readAll(Journal& journal, std::int64_t from = 0, std::size_t page = 1000) {
    std::vector<Event> events;
    JournalReader reader(journal, from, page);
    while (auto event = reader.next()) events.push_back(std::move(*event));
    return events;
}

class JournalFile : public ::testing::Test {
protected:
    void SetUp() override {
        store_.emplace(dir_ / "progress.db");
        store_->setClock([this] { return now_ += 1000; });
        ada_ = store_->roster().add({"Ada", "E1", "", "staff", ""});
        bob_ = store_->roster().add({"Bob", "E2", "", "staff", ""});
    }

    const ipprimer::testing::TempFolder temp_{"ipprimer-journal"};
    const std::filesystem::path dir_ = temp_.path();
    std::optional<SqliteStore> store_;
    std::int64_t now_ = 1'741'608'000'000;
    std::int64_t ada_ = 0, bob_ = 0;
};

}  // namespace

TEST(Uuids, AreVersionFourAndDifferEveryTime) {
    std::set<std::string> seen;
    for (int i = 0; i < 2000; ++i) {
        const std::string uuid = newUuid();
        EXPECT_TRUE(std::regex_match(uuid, kUuidV4)) << uuid;
        EXPECT_TRUE(isUuid(uuid)) << uuid;
        seen.insert(uuid);
    }
    EXPECT_EQ(seen.size(), 2000u);
    EXPECT_FALSE(isUuid("not-a-uuid"));
    EXPECT_FALSE(isUuid("0C6DC807-B72C-459A-8386-C6202E7E6532")) << "written in lower case only";
    EXPECT_FALSE(isUuid("0c6dc807b72c459a8386c6202e7e65320000"));
}

TEST(Uuids, AForkedChildDoesNotRepeatItsParentsNext) {
    newUuid();  // the parent now holds random bytes for its next UUIDs
    int pipe_ends[2];
    ASSERT_EQ(pipe(pipe_ends), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        const std::string uuid = newUuid();
        const ssize_t written = write(pipe_ends[1], uuid.data(), uuid.size());
        _exit(written == static_cast<ssize_t>(uuid.size()) ? 0 : 1);
    }
    close(pipe_ends[1]);
    char buffer[64];
    const ssize_t read_bytes = read(pipe_ends[0], buffer, sizeof buffer);
    close(pipe_ends[0]);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_EQ(read_bytes, 36);
    EXPECT_NE(std::string(buffer, 36), newUuid()) << "the child fetched bytes of its own";
}

TEST_F(JournalFile, EveryEventCarriesItsOwnUuidAndThisInstallation) {
    // Written through every part of the store that records something.
    store_->lessons().recordOpened(ada_, "what-is-ip");
    store_->lessons().recordFinished(ada_, "what-is-ip");
    const std::int64_t attempt = store_->attempts().start(ada_, {"role:staff", "role", 1, {"q1"}});
    store_->attempts().recordAnswer(ada_, attempt, {"q1", 1.0, "{}", 10});
    store_->attempts().finish(ada_, attempt, {100, true, 70, 10});
    store_->attempts().recordReviewAnswer(bob_, {"q1", 0.0, "{}", 10});
    store_->roster().extendDueDate(bob_, localDate(now_ + 86'400'000), "Maria");
    store_->roster().archive(bob_, "Maria");
    const std::int64_t session = store_->workshops().start({"Sam", {{"trade-secrets", "Trade secrets"}}, {}});
    store_->workshops().confirmAttendance(session, {ada_});
    store_->journal().append(opened(bob_, "patents"));

    const std::string installation = store_->journal().installation();
    EXPECT_TRUE(std::regex_match(installation, kUuidV4)) << installation;
    const std::vector<Event> events = readAll(store_->journal());
    ASSERT_EQ(events.size(), 11u);
    EXPECT_EQ(store_->journal().count(), 11);
    std::set<std::string> uuids;
    for (const Event& event : events) {
        EXPECT_TRUE(std::regex_match(event.uuid, kUuidV4)) << event.verb << " " << event.uuid;
        EXPECT_EQ(event.installation, installation) << event.verb;
        uuids.insert(event.uuid);
    }
    EXPECT_EQ(uuids.size(), events.size()) << "no two events share a UUID";

    // The attempt's events name it by its started event's UUID.
    EXPECT_EQ(events[2].verb, verbs::kAttemptStarted);
    EXPECT_EQ(events[2].position, attempt);
    EXPECT_EQ(events[2].attempt, events[2].uuid);
    EXPECT_EQ(events[3].attempt, events[2].uuid);
    EXPECT_EQ(events[4].attempt, events[2].uuid);
    EXPECT_EQ(events[5].attempt, "") << "a review answer belongs to no attempt";
}

TEST_F(JournalFile, TheInstallationIdIsKeptWithTheFileAndDiffersBetweenFiles) {
    const std::string first = store_->journal().installation();
    store_.reset();
    EXPECT_EQ(SqliteStore(dir_ / "progress.db").journal().installation(), first);
    EXPECT_NE(SqliteStore(dir_ / "other.db").journal().installation(), first);
}

TEST_F(JournalFile, TheReaderStreamsEveryEventOnceInOrderFromAPosition) {
    std::vector<NewEvent> batch;
    for (int i = 0; i < 95; ++i) batch.push_back(opened(i % 2 ? ada_ : bob_, "lesson-" + std::to_string(i), 1000 + i));
    const std::vector<std::int64_t> positions = store_->journal().append(batch);
    ASSERT_EQ(positions.size(), 95u);

    // Pages of 7: the reader crosses many page ends.
    const std::vector<Event> all = readAll(store_->journal(), 0, 7);
    ASSERT_EQ(all.size(), 95u);
    std::set<std::string> uuids;
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all[i].position, positions[i]);
        EXPECT_EQ(all[i].object, "lesson-" + std::to_string(i)) << "in the order written";
        EXPECT_EQ(all[i].at, 1000 + static_cast<std::int64_t>(i));
        if (i > 0) {
            EXPECT_GT(all[i].position, all[i - 1].position);
        }
        uuids.insert(all[i].uuid);
    }
    EXPECT_EQ(uuids.size(), 95u) << "each event once";

    // From a position in the middle: exactly the events after it.
    const std::vector<Event> later = readAll(store_->journal(), positions[39], 7);
    ASSERT_EQ(later.size(), 55u);
    EXPECT_EQ(later.front().position, positions[40]);
    EXPECT_EQ(later.back().position, positions.back());

    // At the end the reader waits; what is written later comes next, once.
    JournalReader reader = store_->journal().readFrom(positions.back());
    EXPECT_FALSE(reader.next());
    store_->lessons().recordOpened(ada_, "after");
    const auto next = reader.next();
    ASSERT_TRUE(next);
    EXPECT_EQ(next->object, "after");
    EXPECT_FALSE(reader.next());
    EXPECT_EQ(reader.position(), next->position);
}

TEST_F(JournalFile, ABatchIsAllOrNothingAndHoldsWholeAttempts) {
    const std::string started = newUuid();
    NewEvent start;
    start.uuid = started;
    start.learner_id = ada_;
    start.verb = verbs::kAttemptStarted;
    start.object = "role:staff";
    start.context = R"({"seed": 5, "questions": ["q1", "q2"], "kind": "role"})";
    NewEvent answer;
    answer.learner_id = ada_;
    answer.verb = verbs::kAnswered;
    answer.object = "q2";
    answer.attempt = started;
    answer.score = 1.0;
    answer.response = "{}";
    NewEvent stranger = opened(999, "what-is-ip");

    const std::int64_t before = store_->journal().count();
    EXPECT_EQ(storeErrorOf([&] { store_->journal().append(std::vector<NewEvent>{start, answer, stranger}); }),
              "there is no learner with id 999 in " + (dir_ / "progress.db").string() +
                  "; \"opened what-is-ip\" was not recorded");
    EXPECT_EQ(store_->journal().count(), before) << "the attempt before it was not kept either";

    const std::vector<std::int64_t> positions = store_->journal().append(std::vector<NewEvent>{start, answer});
    const std::optional<AttemptRecord> attempt = store_->attempts().attempt(positions[0]);
    ASSERT_TRUE(attempt) << "the started event is the attempt, its position the attempt's id";
    EXPECT_EQ(attempt->seed, 5u);
    ASSERT_EQ(attempt->answers.size(), 1u);
    EXPECT_EQ(attempt->answers[0].question_id, "q2");
    EXPECT_EQ(readAll(store_->journal(), before).at(0).uuid, started) << "a UUID given is the one kept";

    // The same UUID again, a malformed one, an attempt nobody started: refused.
    EXPECT_NE(storeErrorOf([&] { store_->journal().append(start); }).find("an event with id " + started + " is already in"),
              std::string::npos);
    NewEvent malformed = opened(ada_, "x");
    malformed.uuid = "12345";
    EXPECT_NE(storeErrorOf([&] { store_->journal().append(malformed); }).find("'12345' is not a UUID"), std::string::npos);
    NewEvent orphan = answer;
    orphan.attempt = newUuid();
    EXPECT_NE(storeErrorOf([&] { store_->journal().append(orphan); }).find("there is no quiz attempt " + orphan.attempt),
              std::string::npos);
    EXPECT_EQ(store_->journal().count(), before + 2);
}

TEST_F(JournalFile, AWriteBatchCommitsAsOneAndARefusedCallInsideLeavesTheRest) {
    const std::int64_t before = store_->journal().count();
    {
        const auto batch = store_->beginBatch();
        store_->lessons().recordOpened(ada_, "a");
        EXPECT_THROW(store_->lessons().recordOpened(999, "b"), StoreError);
        store_->journal().append(opened(bob_, "c"));
        batch->commit();
    }
    EXPECT_EQ(store_->journal().count(), before + 2) << "the refused call only was left out";
    {
        const auto dropped = store_->beginBatch();
        store_->lessons().recordOpened(ada_, "d");
    }
    EXPECT_EQ(store_->journal().count(), before + 2) << "a batch dropped before commit keeps nothing";
}

TEST_F(JournalFile, ALoadIsAllOrNothingAndLeavesTheFileAsItWas) {
    const std::int64_t before = store_->journal().count();
    {
        const auto load = store_->beginBatch(BatchKind::Load);
        store_->journal().append(opened(ada_, "a"));
        EXPECT_THROW(store_->journal().append(opened(999, "b")), StoreError);
        EXPECT_THROW(load->commit(), StoreError) << "a refused call undid the whole load";
    }
    EXPECT_EQ(store_->journal().count(), before);
    {
        const auto load = store_->beginBatch(BatchKind::Load);
        std::vector<NewEvent> batch;
        for (int i = 0; i < 50; ++i) batch.push_back(opened(ada_, "l" + std::to_string(i)));
        store_->journal().append(batch);
        load->commit();
    }
    EXPECT_EQ(store_->journal().count(), before + 50);
    // UUIDs are still unique and checked after the load.
    const std::string taken = readAll(store_->journal()).back().uuid;
    NewEvent again = opened(bob_, "x");
    again.uuid = taken;
    EXPECT_NE(storeErrorOf([&] { store_->journal().append(again); }).find("is already in"), std::string::npos);
    // And every write is again durable on its own.
    store_.reset();
    SqliteStore reopened(dir_ / "progress.db");
    EXPECT_EQ(reopened.journal().count(), before + 50);
}
