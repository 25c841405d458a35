// The register and the self-check replayed from their events: changes never
// overwrite, each keeps who and when, proposals are decided once, and takes
// are resumed and compared.
#include <gtest/gtest.h>

#include "progress/register_records.h"
#include "progress/selfcheck_takes.h"

using namespace ipprimer;
using namespace ipprimer::progress;

namespace {

Asset mark(const char* title) {
    Asset a;
    a.kind = AssetKind::Trademark;
    a.title = title;
    a.owner = "Brotlabor GmbH";
    a.countries = {"DE", "EU"};
    a.renewal_date = parseDate("2031-05-03");
    a.status = AssetStatus::Registered;
    a.products = {"Bread"};
    return a;
}

RegisterEvent recorded(const char* id, const Asset& asset, const char* by, std::int64_t at) {
    RegisterEvent e;
    e.kind = RegisterEventKind::Recorded;
    e.object = id;
    e.asset = assetJson(asset);
    e.by = by;
    e.at = at;
    return e;
}

RegisterEvent decided(RegisterEventKind kind, const char* proposal, const char* by, std::int64_t at) {
    RegisterEvent e;
    e.kind = kind;
    e.object = proposal;
    e.by = by;
    e.at = at;
    return e;
}

}  // namespace

TEST(RegisterRecords, AnEntryReadsBackFromItsJson) {
    Asset secret;
    secret.kind = AssetKind::TradeSecret;
    secret.title = "Dough \"R-7\" recipe";
    secret.kept_where = "Safe";
    secret.access = {"Anna Berger", "E-2"};
    secret.filing_date = parseDate("2020-02-29");
    for (const Asset& a : {mark("Brotlabor"), secret}) EXPECT_EQ(assetFromJson(assetJson(a)), a);
    EXPECT_FALSE(assetFromJson("[]"));
    EXPECT_FALSE(assetFromJson(R"({"kind": "brand", "title": "x"})"));
    EXPECT_FALSE(assetFromJson("not json"));
    // An older record without some keys still reads.
    const auto old = assetFromJson(R"({"kind": "domain", "title": "brotlabor.de", "colour": "red"})");
    ASSERT_TRUE(old);
    EXPECT_EQ(old->title, "brotlabor.de");
    EXPECT_EQ(old->status, AssetStatus::Unknown);
}

TEST(RegisterRecords, EachChangeIsKeptWithWhoAndWhen) {
    Asset first = mark("Brotlabor");
    Asset renewed = first;
    renewed.renewal_date = parseDate("2041-05-03");
    renewed.countries = {"DE", "EU", "CH"};
    const std::vector<RegisterEvent> events = {
        recorded("a1", first, "Anna Berger", 1000),
        recorded("a2", mark("Roggenwolke"), "Anna Berger", 2000),
        recorded("a1", renewed, "Tom Wu", 3000),
    };
    const RegisterState state = replayRegister(events);
    ASSERT_EQ(state.entries.size(), 2u);
    EXPECT_EQ(state.entries[0].asset.id, "a1");
    EXPECT_EQ(state.entries[0].asset.renewal_date, parseDate("2041-05-03"));
    ASSERT_EQ(state.entries[0].history.size(), 2u);
    EXPECT_EQ(state.entries[0].history[0].by, "Anna Berger");
    EXPECT_TRUE(state.entries[0].history[0].changed.empty());
    EXPECT_EQ(state.entries[0].history[1].by, "Tom Wu");
    EXPECT_EQ(state.entries[0].history[1].at, 3000);
    EXPECT_EQ(state.entries[0].history[1].changed, (std::vector<std::string>{"countries", "renewal_date"}));
    EXPECT_EQ(state.assets().size(), 2u);

    // Replaying only the events up to a point gives the register as it was then.
    const RegisterState then = replayRegister(std::span(events).first(2));
    EXPECT_EQ(then.entry("a1")->asset.renewal_date, parseDate("2031-05-03"));
}

TEST(RegisterRecords, RemovedEntriesAndUnreadableEvents) {
    RegisterEvent broken = recorded("a3", mark("x"), "Anna", 3);
    broken.asset = "{";
    RegisterEvent removed = decided(RegisterEventKind::Removed, "a1", "Anna", 4);
    RegisterEvent removed_unknown = decided(RegisterEventKind::Removed, "zz", "Anna", 5);
    const std::vector<RegisterEvent> events = {recorded("a1", mark("Brotlabor"), "Anna", 1),
                                               recorded("a2", mark("Roggenwolke"), "Anna", 2), broken, removed,
                                               removed_unknown};
    const RegisterState state = replayRegister(events);
    ASSERT_EQ(state.entries.size(), 1u);
    EXPECT_EQ(state.entries[0].asset.title, "Roggenwolke");
    EXPECT_EQ(state.unreadable, 1);
}

TEST(RegisterRecords, AProposalIsDecidedOnce) {
    Asset idea;
    idea.kind = AssetKind::TradeSecret;
    idea.title = "Our supplier price list";
    RegisterEvent proposed;
    proposed.kind = RegisterEventKind::Proposed;
    proposed.object = "p1";
    proposed.asset = assetJson(idea);
    proposed.learner_id = 7;
    proposed.by = "Tom Wu";
    proposed.lesson = "trade-secrets";
    proposed.at = 10;
    RegisterEvent second = proposed;
    second.object = "p2";
    second.asset = assetJson(mark("Dough mixer script"));
    RegisterEvent accept = decided(RegisterEventKind::Accepted, "p1", "Anna Berger", 20);
    accept.entry = "a9";
    RegisterEvent late_decline = decided(RegisterEventKind::Declined, "p1", "Someone", 30);
    RegisterEvent decline = decided(RegisterEventKind::Declined, "p2", "Anna Berger", 40);
    decline.reason = "Already in the register";
    Asset edited = idea;
    edited.kept_where = "Purchasing folder, restricted";
    const std::vector<RegisterEvent> events = {proposed, second, accept, recorded("a9", edited, "Anna Berger", 20),
                                               late_decline, decline};
    const RegisterState state = replayRegister(events);
    ASSERT_EQ(state.proposals.size(), 2u);
    EXPECT_TRUE(state.openProposals().empty());
    const Proposal& p1 = *state.proposal("p1");
    EXPECT_EQ(p1.state, Proposal::State::Accepted);
    EXPECT_EQ(p1.decided_by, "Anna Berger") << "a later decision changes nothing";
    EXPECT_EQ(p1.entry, "a9");
    EXPECT_EQ(p1.learner_id, 7);
    EXPECT_EQ(p1.lesson, "trade-secrets");
    EXPECT_EQ(state.proposal("p2")->state, Proposal::State::Declined);
    EXPECT_EQ(state.proposal("p2")->reason, "Already in the register");
    ASSERT_NE(state.entry("a9"), nullptr);
    EXPECT_EQ(state.entry("a9")->asset.kept_where, "Purchasing folder, restricted");

    const RegisterState before = replayRegister(std::span(events).first(2));
    EXPECT_EQ(before.openProposals().size(), 2u);
}

TEST(SelfCheckTakes, AnswersAreResumedAndTakesCompared) {
    using K = SelfCheckEventKind;
    const std::vector<SelfCheckEvent> events = {
        {K::Started, "t1", "", "", 3, 100},
        {K::Answered, "t1", "ip-lead", R"(["no"])", 3, 110},
        {K::Answered, "t1", "staff", R"(["12"])", 3, 120},
        {K::Answered, "t1", "ip-lead", R"(["unsure"])", 3, 130},  // changed their mind: the last answer counts
        {K::Answered, "t9", "staff", R"(["99"])", 3, 135},        // a take never started
        {K::Finished, "t1", "", "", 3, 140},
        {K::Answered, "t1", "staff", R"(["13"])", 3, 150},        // after the take finished
        {K::Started, "t2", "", "", 4, 200},
        {K::Answered, "t2", "ip-lead", R"(["yes"])", 4, 210},
        {K::Answered, "t2", "staff", R"(["14"])", 4, 220},
        {K::Answered, "t2", "staff", "null", 4, 230},              // withdrawn
        {K::Answered, "t2", "edge", "{broken", 4, 240},
    };
    const std::vector<SelfCheckTakeRecord> takes = replaySelfChecks(events);
    ASSERT_EQ(takes.size(), 2u);
    EXPECT_EQ(takes[0].answers, (Answers{{"ip-lead", Answer{{"unsure"}}}, {"staff", Answer{{"12"}}}}));
    EXPECT_EQ(takes[0].finished_at, 140);
    EXPECT_EQ(takes[1].answers, (Answers{{"ip-lead", Answer{{"yes"}}}}));
    EXPECT_EQ(takes[1].learner_id, 4);
    ASSERT_NE(openTake(takes), nullptr);
    EXPECT_EQ(openTake(takes)->id, "t2");
    EXPECT_EQ(lastFinished(takes)->id, "t1");
    EXPECT_EQ(finishedBefore(takes, takes[1])->id, "t1");
    EXPECT_EQ(finishedBefore(takes, takes[0]), nullptr);

    // Once the second take is finished there is nothing to resume.
    std::vector<SelfCheckEvent> done = events;
    done.push_back({K::Finished, "t2", "", "", 4, 300});
    const auto finished = replaySelfChecks(done);
    EXPECT_EQ(openTake(finished), nullptr);
    EXPECT_EQ(lastFinished(finished)->id, "t2");
    EXPECT_TRUE(replaySelfChecks({}).empty());
}
