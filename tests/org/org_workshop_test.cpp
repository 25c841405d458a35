// Workshop credit across PCs: a credit a trainer withdrew on one PC counts
// nowhere, on the server as on every PC, and a session of the same number on
// another PC (each numbers its own from 1) keeps its credit.
#include <gtest/gtest.h>

#include "org_pc.h"
#include "org_server.h"

using namespace ipprimer;
using namespace ipprimer::testing;

namespace {

void joinAsDevice(const Pc& pc, const OrgServer& org) {
    pc.knowPassword("laptop", kDevicePassword);
    const ProcessResult join = pc.ipprimer({"org", "join", org.deviceLogin()});
    ASSERT_EQ(join.exit_code, 0) << join.err;
}

void sync(const Pc& pc) {
    const ProcessResult result = pc.ipprimer({"sync"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
}

std::int64_t learnerWith(store::Store& store, const std::string& employee_id) {
    for (const store::Learner& learner : store.roster().list(true))
        if (learner.employee_id == employee_id) return learner.id;
    ADD_FAILURE() << "no learner " << employee_id;
    return 0;
}

// The first lesson every employee reads.
store::WorkshopLesson firstLesson() {
    const progress::Curriculum& curriculum = bundledCurriculum();
    const progress::CurriculumRole* role = curriculum.role("all-staff");
    const int lesson = curriculum.moduleLessons(curriculum.roleModules(*role).front()).front();
    return {curriculum.lessonId(lesson), "First lesson"};
}

std::string serverFinishes(const OrgServer& org, const std::string& employee_id) {
    return org.psql("SELECT count(*) FROM ipprimer.lesson_progress p JOIN ipprimer.learners l ON l.id = p.learner_id"
                    " WHERE l.employee_id = '" + employee_id + "' AND p.first_finished_at IS NOT NULL");
}

}  // namespace

TEST(OrgWorkshop, AWithdrawnCreditCountsNowhereAndAnotherPcsSessionOfTheSameNumberStands) {
    IPPRIMER_ORG_SERVER(org);
    Pc laptop("laptop"), room("room");
    {
        auto store = laptop.open();
        addLearner(*store, "Ada Okafor", "E1");
        addLearner(*store, "Bo Lind", "E2");
    }
    joinAsDevice(laptop, org);
    joinAsDevice(room, org);
    sync(laptop);
    sync(room);

    // The meeting room's first session credits Bo...
    std::int64_t room_session = 0;
    {
        auto store = room.open();
        room_session = store->workshops().start({"Sam Trainer", {firstLesson()}, {}});
        store->workshops().confirmAttendance(room_session, {learnerWith(*store, "E2")});
    }
    sync(room);
    // ...and the laptop's first session credits both, by mistake: neither was there.
    std::int64_t laptop_session = 0;
    {
        auto store = laptop.open();
        laptop_session = store->workshops().start({"Lee Trainer", {firstLesson()}, {}});
        const std::int64_t ada = learnerWith(*store, "E1"), bo = learnerWith(*store, "E2");
        store->workshops().confirmAttendance(laptop_session, {ada, bo});
        store->workshops().withdrawCredit(laptop_session, ada, "Lee Trainer", "not there");
        store->workshops().withdrawCredit(laptop_session, bo, "Lee Trainer", "not there");
    }
    ASSERT_EQ(room_session, laptop_session) << "each PC numbers its sessions from 1";
    sync(laptop);
    sync(room);
    sync(laptop);

    EXPECT_EQ(serverFinishes(org, "E1"), "0\n") << "Ada's only credit was withdrawn";
    EXPECT_EQ(serverFinishes(org, "E2"), "1\n") << "Bo's credit from the room stands";
    const auto on_server = serverStatuses(org.managerUrl());
    EXPECT_EQ(localStatuses(laptop), on_server) << "the same records, the same rules";
    EXPECT_EQ(localStatuses(room).at("E2"), on_server.at("E2"));
    for (const Pc* pc : {&laptop, &room}) {
        auto store = pc->open();
        EXPECT_EQ(store->lessons().status(learnerWith(*store, "E2"), firstLesson().id), store::LessonStatus::Finished);
    }
    auto store = laptop.open();
    EXPECT_EQ(store->lessons().status(learnerWith(*store, "E1"), firstLesson().id), store::LessonStatus::NotStarted);
    EXPECT_EQ(store->workshops().attendedBy(learnerWith(*store, "E2")), std::vector<std::int64_t>{})
        << "the room's session is not one of the laptop's";
}
