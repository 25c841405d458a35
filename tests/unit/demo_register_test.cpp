// The demo company's register and self-check: valid entries, and something
// for every part of the screens to show (deadlines, each kind of risk, an
// improvement between two takes).
#include <gtest/gtest.h>

#include <set>

#include "course/course.h"
#include "demo/demo_register.h"
#include "progress/register_rules.h"
#include "progress/selfcheck_actions.h"

using namespace ipprimer;
using namespace ipprimer::progress;

TEST(DemoRegister, EveryEntryIsValidAndEveryRiskShows) {
    const Date today = makeDate(2025, 3, 14);
    const std::vector<Asset> assets = demo::demoRegister(today, {"Anna Berger", "Tom Wu", "Lena Vogt"});
    EXPECT_GE(assets.size(), 15u);
    std::set<AssetKind> kinds;
    for (const Asset& a : assets) {
        EXPECT_TRUE(assetProblems(a).empty()) << a.title;
        kinds.insert(a.kind);
    }
    EXPECT_EQ(kinds.size(), 9u) << "every kind but plant varieties, which a maker of vices has none of";

    EXPECT_GE(deadlinesWithin(assets, today, 90).size(), 5u);
    RiskInputs inputs;
    inputs.today = today;
    inputs.company_names = {demo::kDemoCompany};
    inputs.sales_countries = {"GB", "IE", "DE", "FR", "US"};
    inputs.people = {{"Anna Berger", "", true}, {"Tom Wu", "", false}, {"Lena Vogt", "", true}};
    std::set<RiskKind> risks;
    for (const Risk& risk : registerRisks(assets, inputs)) risks.insert(risk.kind);
    EXPECT_EQ(risks, (std::set<RiskKind>{RiskKind::DatePassed, RiskKind::UntrainedAccess, RiskKind::UnknownPeople,
                                         RiskKind::NoAccessRecorded, RiskKind::NotOwned, RiskKind::TrademarkMissing}));
}

TEST(DemoRegister, TheSecondSelfCheckShowsProgress) {
    const course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    const course::SelfCheck& check = course.selfcheck;
    for (const Answers& take : {demo::demoFirstTake(), demo::demoSecondTake()}) {
        for (const auto& [id, answer] : take) {
            const course::Question* question = check.question(id);
            ASSERT_NE(question, nullptr) << id;
            std::string problem;
            EXPECT_TRUE(checkedAnswer(*question, answer, problem)) << id << ": " << problem;
        }
        EXPECT_TRUE(completion(check, take).complete());
    }
    const Comparison comparison = compareTakes(check, demo::demoFirstTake(), demo::demoSecondTake());
    EXPECT_GE(comparison.count(ActionChange::Done), 5);
    EXPECT_TRUE(comparison.improved());
    EXPECT_GE(actionsFor(check, demo::demoSecondTake()).size(), 10u);
}
