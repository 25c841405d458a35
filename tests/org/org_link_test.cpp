// The server's side of a sync, against a real server: a batch sent twice is
// kept once, a PC pulls only the records of its own learners that others
// wrote, by transaction, with nothing missed, and managers' actions need a
// manager's login.
#include <gtest/gtest.h>

#include <thread>

#include "org_server.h"
#include "store/org_link.h"

using namespace ipprimer;
using namespace ipprimer::testing;
using store::org::ServerEvent;
using store::org::ServerLearner;
using store::org::ServerLink;
using store::pg::Connection;

namespace {

constexpr const char* kLaptop = "00000000-0000-4000-8000-00000000a001";
constexpr const char* kMeetingRoom = "00000000-0000-4000-8000-00000000a002";

std::string uuid(int n, char kind = 'e') {
    char text[40];
    std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%c%011d", kind, n);
    return text;
}

ServerLearner learner(int n, const std::string& employee_id = "") {
    ServerLearner person;
    person.uuid = uuid(n, 'b');
    person.name = "Learner " + std::to_string(n);
    person.employee_id = employee_id;
    person.role = "all-staff";
    person.created_at = 1'700'000'000'000;
    return person;
}

ServerEvent event(int n, const std::string& installation, const std::string& learner_uuid,
                  const std::string& verb = "opened", const std::string& object = "what-is-ip") {
    ServerEvent e;
    e.uuid = uuid(n);
    e.installation = installation;
    e.learner = learner_uuid;
    e.verb = verb;
    e.object = object;
    e.at = 1'700'000'000'000 + n;
    return e;
}

std::vector<std::string> uuidsOf(const std::vector<ServerEvent>& events) {
    std::vector<std::string> uuids;
    for (const ServerEvent& e : events) uuids.push_back(e.uuid);
    return uuids;
}

}  // namespace

TEST(OrgLink, ABatchSentTwiceIsKeptOnce) {
    IPPRIMER_ORG_SERVER(org);
    Connection device(org.deviceUrl());
    ServerLink link(device);
    link.join(kLaptop, "laptop");
    const std::string ada = link.registerLearner(learner(1), kLaptop, 1);
    std::vector<ServerEvent> batch{event(1, kLaptop, ada), event(2, kLaptop, ada, "finished"),
                                   event(3, kLaptop, ada, "answered", "q1")};
    batch[2].score = 0.5;
    batch[2].response = "[\"tab\\there\"]\n";
    EXPECT_EQ(link.push(batch), 3);
    EXPECT_EQ(link.push(batch), 0) << "the same batch again adds nothing";
    EXPECT_EQ(org.psql("SELECT count(*) FROM ipprimer.events WHERE verb <> 'learner-added'"), "3\n");
    EXPECT_EQ(org.psql("SELECT response FROM ipprimer.events WHERE verb = 'answered'"), "[\"tab\\there\"]\n\n")
        << "text arrives as written";
    EXPECT_EQ(org.psql("SELECT count(*) FROM ipprimer.lesson_progress WHERE first_finished_at IS NOT NULL"), "1\n");
}

TEST(OrgLink, TheSameEmployeeIdIsTheSamePerson) {
    IPPRIMER_ORG_SERVER(org);
    Connection device(org.deviceUrl());
    ServerLink link(device);
    link.join(kLaptop, "laptop");
    link.join(kMeetingRoom, "meeting room");
    const std::string first = link.registerLearner(learner(1, "E7"), kLaptop, 1);
    EXPECT_EQ(link.registerLearner(learner(2, "E7"), kMeetingRoom, 2), first) << "matched by employee id";
    EXPECT_EQ(link.registerLearner(learner(1, "E7"), kLaptop, 3), first) << "registering again is harmless";
    EXPECT_EQ(link.registerLearner(learner(3), kMeetingRoom, 4), uuid(3, 'b')) << "no employee id: a new person";
    EXPECT_EQ(org.psql("SELECT count(*) FROM ipprimer.learners"), "2\n");
}

TEST(OrgLink, APCPullsOnlyWhatOthersWroteOfItsOwnLearners) {
    IPPRIMER_ORG_SERVER(org);
    Connection laptop_connection(org.deviceUrl());
    Connection room_connection(org.deviceUrl());
    ServerLink laptop(laptop_connection);
    ServerLink room(room_connection);
    laptop.join(kLaptop, "laptop");
    room.join(kMeetingRoom, "meeting room");
    const std::string ada = laptop.registerLearner(learner(1, "E1"), kLaptop, 1);
    const std::string bob = laptop.registerLearner(learner(2, "E2"), kLaptop, 1);
    laptop.push(std::vector{event(1, kLaptop, ada), event(2, kLaptop, bob), event(3, kLaptop, ada, "finished")});

    // Ada moves to the meeting room: her first record there binds her to it.
    room.push(std::vector{event(10, kMeetingRoom, ada, "opened", "kinds-of-ip")});
    const std::vector<std::string> known{};
    const std::vector<std::string> arriving{ada, bob};
    const store::org::Pulled first = room.pull(kMeetingRoom, "0", known, "0", arriving);
    EXPECT_EQ(first.roster.size(), 2u) << "the whole roster";
    EXPECT_EQ(uuidsOf(first.events), (std::vector<std::string>{uuid(1), uuid(3)}))
        << "Ada's records from the laptop; not Bob's (he never used the room), not the room's own";

    laptop.push(std::vector{event(4, kLaptop, ada, "opened", "trade-secrets")});
    const std::vector<std::string> ada_only{ada};
    const store::org::Pulled second = room.pull(kMeetingRoom, first.horizon, ada_only, first.horizon, known);
    EXPECT_EQ(uuidsOf(second.events), (std::vector<std::string>{uuid(4)})) << "only what is new";
    EXPECT_TRUE(second.roster.empty());
}

TEST(OrgLink, ARecordCommittedLateIsStillPulled) {
    IPPRIMER_ORG_SERVER(org);
    Connection owner(org.ownerUrl());
    Connection laptop_connection(org.deviceUrl());
    Connection room_connection(org.deviceUrl());
    ServerLink laptop(laptop_connection);
    ServerLink room(room_connection);
    laptop.join(kLaptop, "laptop");
    room.join(kMeetingRoom, "meeting room");
    const std::string ada = laptop.registerLearner(learner(1), kLaptop, 1);
    room.push(std::vector{event(10, kMeetingRoom, ada)});

    // A slow transaction starts first and commits after a quicker one.
    Connection slow(org.deviceUrl());
    slow.exec("BEGIN");
    slow.exec("INSERT INTO ipprimer.events (uuid, installation, learner, verb, object, at) VALUES ($1, $2, $3, 'opened', 'slow', 1)",
              store::pg::Params().add(uuid(20)).add(kLaptop).add(ada));
    laptop.push(std::vector{event(21, kLaptop, ada)});
    const std::vector<std::string> none{};
    const std::vector<std::string> ada_only{ada};
    const store::org::Pulled first = room.pull(kMeetingRoom, "0", none, "0", ada_only);
    slow.exec("COMMIT");
    const store::org::Pulled second = room.pull(kMeetingRoom, first.horizon, ada_only, first.horizon, none);
    std::vector<std::string> all = uuidsOf(first.events);
    for (const std::string& id : uuidsOf(second.events)) all.push_back(id);
    std::sort(all.begin(), all.end());
    EXPECT_EQ(all, (std::vector<std::string>{uuid(20), uuid(21)})) << "each once, the late one too";
}

TEST(OrgLink, ADeviceCannotSendAManagersActionAndTheBatchIsRefusedWhole) {
    IPPRIMER_ORG_SERVER(org);
    Connection device(org.deviceUrl());
    ServerLink link(device);
    link.join(kLaptop, "laptop");
    EXPECT_FALSE(link.mayRecordManagerActions());
    const std::string ada = link.registerLearner(learner(1), kLaptop, 1);
    ServerEvent extension = event(2, kLaptop, ada, "due-extended", "role:all-staff");
    extension.context = R"({"due": "2031-01-01", "by": "Boss"})";
    try {
        link.push(std::vector{event(1, kLaptop, ada), extension});
        FAIL() << "a device sent a manager's action";
    } catch (const store::pg::ServerError& error) {
        EXPECT_NE(std::string(error.what()).find("row-level security"), std::string::npos) << error.what();
    }
    EXPECT_EQ(org.psql("SELECT count(*) FROM ipprimer.events WHERE verb <> 'learner-added'"), "0\n");

    Connection manager(org.managerUrl());
    ServerLink managers_link(manager);
    EXPECT_TRUE(managers_link.mayRecordManagerActions());
    EXPECT_EQ(managers_link.push(std::vector{event(1, kLaptop, ada), extension}), 2);
}

TEST(OrgLink, TwoPCsWritingForOneLearnerAtOnceLoseNothing) {
    IPPRIMER_ORG_SERVER(org);
    std::string ada;
    {
        Connection device(org.deviceUrl());
        ServerLink link(device);
        link.join(kLaptop, "laptop");
        link.join(kMeetingRoom, "room");
        ada = link.registerLearner(learner(1), kLaptop, 1);
    }
    auto write = [&](const char* installation, int first) {
        Connection device(org.deviceUrl());
        ServerLink link(device);
        for (int batch = 0; batch < 20; ++batch) {
            std::vector<ServerEvent> events;
            for (int i = 0; i < 50; ++i) {
                const int n = first + batch * 50 + i;
                events.push_back(event(n, installation, ada, i % 2 ? "attempt-started" : "finished",
                                       i % 2 ? "role:all-staff" : "lesson-" + std::to_string(n % 7)));
            }
            link.push(events);
        }
    };
    std::thread laptop(write, kLaptop, 0);
    std::thread room(write, kMeetingRoom, 100000);
    laptop.join();
    room.join();
    EXPECT_EQ(org.psql("SELECT count(*) FROM ipprimer.events WHERE verb <> 'learner-added'"), "2000\n");
    EXPECT_EQ(org.psql("SELECT attempts_started FROM ipprimer.quiz_progress"), "1000\n") << "every start counted once";
    EXPECT_EQ(org.psql("SELECT count(*) FROM ipprimer.lesson_progress"), "7\n");
}
