// The company's records in the store: self-check answers saved as they are
// given and resumed, takes compared, and register changes kept with who and
// when; nothing is overwritten.
#include <gtest/gtest.h>

#include "course/course.h"
#include "store/company_records.h"
#include "store/sqlite_store.h"
#include "store/store.h"

using namespace ipprimer;
using progress::Answer;
using progress::Asset;
using progress::AssetKind;

namespace {

struct RecordsFixture : ::testing::Test {
    store::SqliteStore store{":memory:"};
    std::int64_t owner = 0, employee = 0;
    std::int64_t clock = 1'700'000'000'000;

    void SetUp() override {
        store.setClock([this] { return clock += 1000; });
        store::NewLearner a;
        a.name = "Brigid Brennan";
        a.role = "owner";
        owner = store.roster().add(a);
        store::NewLearner b;
        b.name = "Tom Wu";
        b.role = "rnd";
        b.employee_id = "E-2";
        employee = store.roster().add(b);
    }

    Asset mark(const char* title) {
        Asset a;
        a.kind = AssetKind::Trademark;
        a.title = title;
        a.countries = {"GB"};
        return a;
    }
};

}  // namespace

TEST_F(RecordsFixture, ASelfCheckIsSavedAnswerByAnswerAndResumed) {
    std::string take;
    {
        store::CompanyRecords& records = store.companyRecords();
        take = records.startSelfCheck(owner);
        records.recordSelfCheckAnswer(owner, take, "ip-lead", Answer{{"no"}});
        records.recordSelfCheckAnswer(owner, take, "staff", Answer{{"46"}});
        records.recordSelfCheckAnswer(owner, take, "ip-lead", Answer{{"unsure"}});
    }
    // Read back as the next session would: the take is there to resume.
    store::CompanyRecords* records = &store.companyRecords();
    auto takes = records->selfCheckTakes();
    ASSERT_EQ(takes.size(), 1u);
    ASSERT_NE(progress::openTake(takes), nullptr);
    EXPECT_EQ(progress::openTake(takes)->id, take);
    EXPECT_EQ(takes[0].answers, (progress::Answers{{"ip-lead", Answer{{"unsure"}}}, {"staff", Answer{{"46"}}}}));
    EXPECT_EQ(takes[0].learner_id, owner);

    records->recordSelfCheckAnswer(owner, take, "staff", std::nullopt);  // withdrawn
    records->finishSelfCheck(owner, take);
    EXPECT_THROW(records->recordSelfCheckAnswer(owner, take, "staff", Answer{{"1"}}), store::StoreError);
    EXPECT_THROW(records->recordSelfCheckAnswer(owner, "no-such-take", "staff", Answer{{"1"}}), store::StoreError);

    const std::string again = records->startSelfCheck(owner);
    records->recordSelfCheckAnswer(owner, again, "ip-lead", Answer{{"yes"}});
    takes = records->selfCheckTakes();
    ASSERT_EQ(takes.size(), 2u);
    EXPECT_EQ(takes[0].answers, (progress::Answers{{"ip-lead", Answer{{"unsure"}}}}));
    EXPECT_TRUE(takes[0].finished());
    EXPECT_EQ(progress::lastFinished(takes)->id, take);
    EXPECT_EQ(progress::openTake(takes)->id, again);
}

TEST_F(RecordsFixture, RegisterChangesAreKeptWithWhoAndWhen) {
    store::CompanyRecords* records = &store.companyRecords();
    const std::string id = records->recordAsset(owner, mark("BRENNAN"));
    EXPECT_EQ(id.size(), 36u);
    Asset changed = records->registerState().entry(id)->asset;
    changed.countries = {"GB", "EU"};
    EXPECT_EQ(records->recordAsset(employee, changed), id);
    const std::string other = records->recordAsset(owner, mark("ClampPro"));
    records->removeAsset(owner, other);
    EXPECT_THROW(records->removeAsset(owner, other), store::StoreError);
    Asset bad = mark("");
    EXPECT_THROW(records->recordAsset(owner, bad), store::StoreError);

    const progress::RegisterState state = records->registerState();
    ASSERT_EQ(state.entries.size(), 1u);
    const progress::RegisterEntry& entry = state.entries[0];
    EXPECT_EQ(entry.asset.countries, (std::vector<std::string>{"GB", "EU"}));
    ASSERT_EQ(entry.history.size(), 2u);
    EXPECT_EQ(entry.history[0].by, "Brigid Brennan");
    EXPECT_EQ(entry.history[1].by, "Tom Wu");
    EXPECT_EQ(entry.history[1].changed, std::vector<std::string>{"countries"});
    EXPECT_LT(entry.history[0].at, entry.history[1].at);
    // Nothing was overwritten: every change is its own event.
    EXPECT_EQ(store.journal().count(), 4);
}

TEST_F(RecordsFixture, AnEmployeesProposalIsAcceptedOrDeclinedOnce) {
    store::CompanyRecords* records = &store.companyRecords();
    Asset secret;
    secret.kind = AssetKind::TradeSecret;
    secret.title = "Our supplier price list";
    const std::string first = records->proposeAsset(employee, secret, "trade-secrets");
    const std::string second = records->proposeAsset(employee, mark("Dough mixer"), "identify-and-protect");
    ASSERT_EQ(records->registerState().openProposals().size(), 2u);

    Asset edited = secret;
    edited.kept_where = "ERP purchasing module";
    const std::string entry = records->acceptProposal(owner, first, edited);
    records->declineProposal(owner, second, "Not ours: the mixer's maker wrote it");
    EXPECT_THROW(records->declineProposal(owner, first, ""), store::StoreError);
    EXPECT_THROW(records->acceptProposal(owner, "nope", edited), store::StoreError);

    const progress::RegisterState state = records->registerState();
    EXPECT_TRUE(state.openProposals().empty());
    EXPECT_EQ(state.proposal(first)->entry, entry);
    EXPECT_EQ(state.proposal(first)->by, "Tom Wu");
    EXPECT_EQ(state.proposal(first)->decided_by, "Brigid Brennan");
    EXPECT_EQ(state.proposal(second)->reason, "Not ours: the mixer's maker wrote it");
    ASSERT_NE(state.entry(entry), nullptr);
    EXPECT_EQ(state.entry(entry)->asset.kept_where, "ERP purchasing module");
}

TEST_F(RecordsFixture, AnImportIsWrittenWholeOrNotAtAll) {
    store::CompanyRecords* records = &store.companyRecords();
    const auto bad = progress::planRegisterImport("kind,title\ntrademark,A\nbrand,B\n", "r.csv", {});
    EXPECT_THROW(records->applyRegisterImport(owner, bad), store::StoreError);
    EXPECT_TRUE(records->registerState().entries.empty());

    const auto plan = progress::planRegisterImport("kind,title\ntrademark,A\npatent,B\n", "r.csv", {});
    const auto result = records->applyRegisterImport(owner, plan);
    EXPECT_EQ(result.added, 2);
    const auto assets = records->registerState().assets();
    const auto again = progress::planRegisterImport("kind,title,countries\ntrademark,A,GB\npatent,B,\n", "r.csv", assets);
    const auto second = records->applyRegisterImport(owner, again);
    EXPECT_EQ(second.updated, 1);
    EXPECT_EQ(second.unchanged, 1);
    EXPECT_EQ(records->registerState().entries.size(), 2u);
}

TEST_F(RecordsFixture, RiskInputsComeFromTheSelfCheckAndTheRoster) {
    const course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::CompanyRecords* records = &store.companyRecords();
    const std::string take = records->startSelfCheck(owner);
    records->recordSelfCheckAnswer(owner, take, "company-name", Answer{{"Brennan Machine Tools Ltd"}});
    records->recordSelfCheckAnswer(owner, take, "sales-countries", Answer{{"GB", "US"}});
    store.lessons().recordFinished(employee, "trade-secrets");
    Asset recipe;
    recipe.kind = AssetKind::TradeSecret;
    recipe.title = "Recipe";
    recipe.access = {"brigid brennan", "E-2", "P. Lynch"};
    records->recordAsset(owner, recipe);
    const auto trained = [&](std::int64_t learner) {
        return store.lessons().status(learner, "trade-secrets") == store::LessonStatus::Finished;
    };
    const progress::RiskInputs inputs =
        store::riskInputs(course, records->selfCheckTakes(), records->registerState().assets(), store.roster().list(),
                          trained, makeDate(2025, 3, 14));
    EXPECT_EQ(inputs.company_names, std::vector<std::string>{"Brennan Machine Tools Ltd"});
    EXPECT_EQ(inputs.sales_countries, (std::vector<std::string>{"GB", "US"}));
    ASSERT_EQ(inputs.people.size(), 2u);
    EXPECT_EQ(inputs.people[0].name, "Brigid Brennan");
    EXPECT_FALSE(inputs.people[0].trained);
    EXPECT_EQ(inputs.people[1].employee_id, "E-2");
    EXPECT_TRUE(inputs.people[1].trained);
}
