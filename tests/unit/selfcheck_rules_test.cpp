// The rules that turn self-check answers into actions, on the bundled
// questionnaire: a model company's answers call for nothing, and each row
// changes a few of them and expects exactly its actions, at its urgency.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "course/course.h"
#include "progress/selfcheck_actions.h"

using namespace ipprimer;
using namespace ipprimer::progress;
using course::Urgency;

namespace {

const course::Course& bundled() {
    static const course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    return course;
}

using Given = std::vector<std::pair<std::string, std::vector<std::string>>>;

Answers answers(const Given& given) {
    Answers out;
    for (const auto& [id, values] : given) out[id] = Answer{values};
    return out;
}

// A company that does everything the self-check asks: no action applies.
Answers modelCompany() {
    return answers({
        {"company-name", {"Brotlabor GmbH"}}, {"staff", {"12"}}, {"offer", {"goods", "food"}},
        {"own-development", {"yes"}}, {"edge", {"brand", "knowhow"}}, {"ip-lead", {"yes"}},
        {"register-kept", {"current"}}, {"last-review", {"recent"}}, {"training", {"all"}},
        {"trading-name-registered", {"yes"}}, {"product-brands", {"yes"}}, {"product-brands-registered", {"all"}},
        {"logo-origin", {"staff"}}, {"name-clearance", {"yes"}}, {"domains", {"company"}}, {"brand-watch", {"yes"}},
        {"inventions", {"yes"}}, {"shown-before-filing", {"no"}}, {"invention-records", {"yes"}},
        {"protection-decision", {"secret"}}, {"patent-search", {"yes"}}, {"fto", {"yes"}}, {"looks-matter", {"yes"}},
        {"designs-protected", {"registered"}}, {"writes-software", {"yes"}}, {"software-by-contractors", {"no"}},
        {"open-source", {"tracked"}}, {"software-licences", {"yes"}}, {"outside-material", {"licensed"}},
        {"online-tools", {"written"}}, {"has-secrets", {"yes"}}, {"secrets-listed", {"yes"}}, {"secrets-access", {"need"}},
        {"it-measures", {"accounts", "rights", "backups", "encryption", "leavers"}}, {"leak-plan", {"yes"}},
        {"employment-terms", {"all"}}, {"uses-freelancers", {"yes"}}, {"freelancer-rights", {"always"}},
        {"nda-use", {"always"}}, {"leavers", {"yes"}}, {"develops-with-partners", {"yes"}},
        {"partner-ownership", {"yes"}}, {"licenses-out", {"yes"}}, {"licence-terms-out", {"yes"}},
        {"licenses-in", {"yes"}}, {"licence-dates-in", {"yes"}}, {"sells-abroad", {"yes"}},
        {"sales-countries", {"DE", "AT", "FR"}}, {"protected-abroad", {"all"}}, {"distributor-terms", {"yes"}},
        {"received-claim", {"no"}}, {"found-copies", {"no"}}, {"keeps-evidence", {"yes"}}, {"knows-help", {"yes"}},
        {"raising-money", {"no"}}, {"plan-covers-ip", {"yes"}}, {"tax-checked", {"yes"}},
    });
}

Answers modelCompanyWith(const Given& changes) {
    Answers out = modelCompany();
    for (const auto& [id, values] : changes) out[id] = Answer{values};
    return out;
}

struct Row {
    const char* name;
    Given changes;
    // The actions expected, each with its urgency; the first is the row's own.
    std::vector<std::pair<std::string, Urgency>> fires;
};

std::ostream& operator<<(std::ostream& out, const Row& row) { return out << row.name; }

using U = Urgency;
const std::vector<Row>& rows() {
    static const std::vector<Row> table = {
        {"no-ip-lead", {{"ip-lead", {"no"}}}, {{"name-ip-lead", U::High}}},
        {"unsure-ip-lead", {{"ip-lead", {"unsure"}}}, {{"name-ip-lead", U::High}}},
        {"outdated-register", {{"register-kept", {"outdated"}}}, {{"keep-register", U::High}}},
        {"no-register-before-raising-money", {{"register-kept", {"none"}}, {"raising-money", {"yes"}}, {"ownership-proof", {"yes"}}},
         {{"keep-register", U::Critical}}},
        {"never-reviewed", {{"last-review", {"never"}}}, {{"first-review", U::Medium}}},
        {"reviewed-two-years-ago", {{"last-review", {"older"}}}, {}},
        {"some-trained-with-secrets", {{"training", {"some"}}}, {{"train-staff", U::High}}},
        {"none-trained-no-secrets", {{"training", {"none"}}, {"has-secrets", {"no"}}}, {{"train-staff", U::Medium}}},
        {"trading-name-unsure-brand-matters", {{"trading-name-registered", {"unsure"}}}, {{"register-trading-name", U::Critical}}},
        {"trading-name-unregistered-at-home",
         {{"trading-name-registered", {"no"}}, {"edge", {"knowhow"}}, {"sells-abroad", {"no"}}},
         {{"register-trading-name", U::High}}},
        {"some-product-names", {{"product-brands-registered", {"some"}}}, {{"register-product-names", U::High}}},
        {"product-names-without-brand-edge", {{"product-brands-registered", {"none"}}, {"edge", {"price"}}},
         {{"register-product-names", U::Medium}}},
        {"no-product-names-at-all", {{"product-brands", {"no"}}, {"product-brands-registered", {"none"}}}, {}},
        {"logo-unassigned", {{"logo-origin", {"unassigned"}}}, {{"secure-logo", U::High}}},
        {"logo-forgotten", {{"logo-origin", {"unsure"}}}, {{"secure-logo", U::High}}},
        {"logo-assigned", {{"logo-origin", {"assigned"}}}, {}},
        {"no-name-search", {{"name-clearance", {"no"}}}, {{"search-new-names", U::Medium}}},
        {"domains-personal", {{"domains", {"person"}}}, {{"move-domains", U::High}}},
        {"no-brand-watch", {{"brand-watch", {"no"}}}, {{"watch-brand", U::Low}}},
        {"no-brand-watch-nothing-registered",
         {{"brand-watch", {"no"}}, {"trading-name-registered", {"no"}}, {"product-brands", {"no"}}},
         {{"register-trading-name", U::Critical}}},
        {"invention-shown", {{"shown-before-filing", {"yes"}}}, {{"disclosed-invention", U::Critical}}},
        {"invention-shown-maybe", {{"shown-before-filing", {"unsure"}}}, {{"disclosed-invention", U::Critical}}},
        {"no-inventions-old-answers-ignored", {{"inventions", {"no"}}, {"shown-before-filing", {"yes"}},
                                               {"invention-records", {"no"}}, {"protection-decision", {"undecided"}}},
         {}},
        {"undecided", {{"protection-decision", {"undecided"}}}, {{"decide-protection", U::High}}},
        {"undecided-technology-edge", {{"protection-decision", {"undecided"}}, {"edge", {"technology"}}},
         {{"decide-protection", U::Critical}}},
        {"no-records", {{"invention-records", {"no"}}}, {{"record-inventions", U::Medium}}},
        {"no-patent-search", {{"patent-search", {"no"}}}, {{"search-patents", U::Medium}}},
        {"reseller-old-answers-ignored", {{"own-development", {"no"}}, {"patent-search", {"no"}}, {"fto", {"no"}}}, {}},
        {"no-fto-exporting", {{"fto", {"unsure"}}}, {{"check-freedom", U::Critical}}},
        {"no-fto-at-home", {{"fto", {"no"}}, {"sells-abroad", {"no"}}}, {{"check-freedom", U::High}}},
        {"designs-unregistered", {{"designs-protected", {"unregistered"}}}, {{"protect-designs", U::Medium}}},
        {"designs-unprotected-looks-sell", {{"designs-protected", {"nothing"}}, {"edge", {"looks"}}},
         {{"protect-designs", U::High}}},
        {"varieties-unprotected", {{"offer", {"plants"}}, {"plant-varieties", {"unprotected"}}},
         {{"protect-varieties", U::Medium}}},
        {"varieties-answer-without-plants", {{"plant-varieties", {"unprotected"}}}, {}},
        {"contractor-code", {{"software-by-contractors", {"yes"}}, {"freelancer-rights", {"never"}}},
         {{"contractor-code", U::High}, {"freelancer-assignments", U::High}}},
        {"contractor-code-assigned", {{"software-by-contractors", {"yes"}}}, {}},
        {"freelancers-sometimes", {{"freelancer-rights", {"sometimes"}}}, {{"freelancer-assignments", U::High}}},
        {"freelancers-before-a-sale",
         {{"freelancer-rights", {"sometimes"}}, {"raising-money", {"yes"}}, {"ownership-proof", {"yes"}}},
         {{"freelancer-assignments", U::Critical}}},
        {"open-source-untracked", {{"open-source", {"untracked"}}}, {{"open-source-list", U::Medium}}},
        {"open-source-unknown", {{"open-source", {"unsure"}}}, {{"open-source-list", U::Medium}}},
        {"licences-unmatched", {{"software-licences", {"no"}}}, {{"count-licences", U::Medium}}},
        {"found-pictures", {{"outside-material", {"found"}}}, {{"replace-found-material", U::High}}},
        {"no-tool-rules-with-secrets", {{"online-tools", {"none"}}}, {{"online-tool-rules", U::High}}},
        {"unwritten-tool-rules-no-secrets", {{"online-tools", {"informal"}}, {"has-secrets", {"no"}}},
         {{"online-tool-rules", U::Medium}}},
        {"secrets-unlisted", {{"secrets-listed", {"no"}}}, {{"list-secrets", U::High}}},
        {"secrets-open-to-all", {{"secrets-access", {"everyone"}}}, {{"need-to-know", U::High}}},
        {"leavers-accounts-open", {{"it-measures", {"accounts", "rights", "backups", "encryption"}}},
         {{"it-basics", U::High}}},
        {"no-encryption", {{"it-measures", {"accounts", "rights", "backups", "leavers"}}}, {{"encrypt-and-back-up", U::Low}}},
        {"no-it-measures", {{"it-measures", {}}}, {{"it-basics", U::High}, {"encrypt-and-back-up", U::Low}}},
        {"no-leak-plan", {{"leak-plan", {"no"}}}, {{"leak-plan", U::Low}}},
        {"employment-terms-unsure", {{"employment-terms", {"unsure"}}}, {{"employment-terms", U::High}}},
        {"nda-sometimes", {{"nda-use", {"sometimes"}}}, {{"nda-first", U::Critical}}},
        {"nda-never-no-secrets", {{"nda-use", {"never"}}, {"has-secrets", {"no"}}}, {{"nda-first", U::High}}},
        {"no-leaving-routine", {{"leavers", {"no"}}}, {{"leaving-checklist", U::Medium}}},
        {"partner-results-unclear", {{"partner-ownership", {"unsure"}}}, {{"partner-ownership", U::High}}},
        {"no-partners-old-answer-ignored", {{"develops-with-partners", {"no"}}, {"partner-ownership", {"no"}}}, {}},
        {"licence-out-loose", {{"licence-terms-out", {"no"}}}, {{"licence-out-terms", U::Medium}}},
        {"licence-in-dates-unknown", {{"licence-dates-in", {"no"}}}, {{"licence-in-dates", U::Medium}}},
        {"protected-in-some", {{"protected-abroad", {"some"}}}, {{"protect-abroad", U::Critical}}},
        {"protected-at-home-only-price-edge", {{"protected-abroad", {"none"}}, {"edge", {"price"}}},
         {{"protect-abroad", U::High}}},
        {"distributors-unbound", {{"distributor-terms", {"no"}}}, {{"distributor-terms", U::High}}},
        {"copies-found", {{"found-copies", {"yes"}}}, {{"act-on-copies", U::High}}},
        {"claim-received", {{"received-claim", {"yes"}}}, {{"learn-from-claim", U::Medium}}},
        {"no-evidence", {{"keeps-evidence", {"no"}}}, {{"keep-evidence", U::Low}}},
        {"no-help-known", {{"knows-help", {"no"}}}, {{"find-help", U::Low}}},
        {"plan-without-ip", {{"plan-covers-ip", {"no"}}}, {{"ip-in-plan", U::Medium}}},
        {"plan-without-ip-raising", {{"plan-covers-ip", {"no"}}, {"raising-money", {"yes"}}, {"ownership-proof", {"yes"}}},
         {{"ip-in-plan", U::High}}},
        {"no-proof-of-ownership", {{"raising-money", {"yes"}}, {"ownership-proof", {"no"}}}, {{"ownership-proof", U::High}}},
        {"no-proof-logo-unassigned", {{"raising-money", {"yes"}}, {"ownership-proof", {"no"}}, {"logo-origin", {"unassigned"}}},
         {{"ownership-proof", U::Critical}, {"secure-logo", U::High}}},
        {"tax-unchecked", {{"tax-checked", {"unsure"}}}, {{"tax-relief", U::Low}}},
        {"tax-not-asked", {{"inventions", {"no"}}, {"licenses-out", {"no"}}, {"tax-checked", {"no"}}}, {}},
    };
    return table;
}

class SelfCheckRule : public ::testing::TestWithParam<Row> {};

}  // namespace

TEST(SelfCheckRules, TheModelCompanyAnswersEverythingAndNeedsNoAction) {
    const course::SelfCheck& check = bundled().selfcheck;
    ASSERT_FALSE(check.empty());
    const Answers model = modelCompany();
    for (const auto& [id, answer] : model) {
        ASSERT_NE(check.question(id), nullptr) << id;
        std::string problem;
        EXPECT_TRUE(checkedAnswer(*check.question(id), answer, problem)) << id << ": " << problem;
    }
    EXPECT_TRUE(completion(check, model).complete());
    EXPECT_EQ(firstUnanswered(check, model), nullptr);
    EXPECT_TRUE(actionsFor(check, model).empty());
}

TEST(SelfCheckRules, NoAnswersCallForNoAction) { EXPECT_TRUE(actionsFor(bundled().selfcheck, {}).empty()); }

TEST_P(SelfCheckRule, FiresOnItsAnswersAndOnlyOnThem) {
    const Row& row = GetParam();
    const std::vector<ActionItem> items = actionsFor(bundled().selfcheck, modelCompanyWith(row.changes));
    std::set<std::pair<std::string, Urgency>> fired, expected(row.fires.begin(), row.fires.end());
    for (const ActionItem& item : items) fired.insert({item.action->id, item.urgency});
    EXPECT_EQ(fired, expected);
    for (std::size_t i = 1; i < items.size(); ++i) EXPECT_LE(items[i - 1].urgency, items[i].urgency) << "most urgent first";
}

INSTANTIATE_TEST_SUITE_P(Rows, SelfCheckRule, ::testing::ValuesIn(rows()),
                         [](const ::testing::TestParamInfo<Row>& row_info) {
                             std::string name = row_info.param.name;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST(SelfCheckRules, EveryActionOfTheQuestionnaireHasARowThatFiresIt) {
    std::set<std::string> covered;
    for (const Row& row : rows())
        if (!row.fires.empty()) covered.insert(row.fires.front().first);
    for (const course::Action& action : bundled().selfcheck.actions)
        EXPECT_TRUE(covered.contains(action.id)) << "no row fires action '" << action.id << "'";
}

TEST(SelfCheckRules, TextsNameTheCompanyAndItsAnswers) {
    const course::SelfCheck& check = bundled().selfcheck;
    const auto items = actionsFor(check, modelCompanyWith({{"freelancer-rights", {"never"}}, {"protected-abroad", {"some"}},
                                                          {"ip-lead", {"no"}}}));
    auto item = [&](const std::string& id) {
        for (const ActionItem& i : items)
            if (i.action->id == id) return i;
        ADD_FAILURE() << id << " did not fire";
        return ActionItem{};
    };
    EXPECT_TRUE(item("freelancer-assignments").why.starts_with("Designs, texts"));
    EXPECT_NE(item("freelancer-assignments").why.find("Brotlabor GmbH may then use them"), std::string::npos);
    EXPECT_NE(item("protect-abroad").why.find("does nothing in DE, AT, FR."), std::string::npos);
    EXPECT_NE(item("name-ip-lead").why.find("Nobody at Brotlabor GmbH holds"), std::string::npos);
    EXPECT_NE(item("name-ip-lead").why.find("With 12 people on the payroll"), std::string::npos);

    Answers nameless = modelCompanyWith({{"ip-lead", {"no"}}});
    nameless.erase("company-name");
    nameless.erase("staff");
    const auto anonymous = actionsFor(check, nameless);
    ASSERT_EQ(anonymous.size(), 1u);
    EXPECT_NE(anonymous[0].why.find("Nobody at the company holds"), std::string::npos) << anonymous[0].why;
    EXPECT_NE(anonymous[0].why.find("With only a few people"), std::string::npos) << anonymous[0].why;
    EXPECT_EQ(whoText(bundled(), *anonymous[0].action), "Owner or director");
}

TEST(SelfCheckRules, ASecondTakeShowsWhatIsDoneWhatEasedAndWhatIsNew) {
    const course::SelfCheck& check = bundled().selfcheck;
    const Answers first = modelCompanyWith({{"ip-lead", {"no"}}, {"nda-use", {"never"}}, {"domains", {"person"}},
                                            {"logo-origin", {"unassigned"}}});
    // Since then: an IP lead is named, the domains moved, NDAs are sometimes
    // signed, but the company stopped tracking open source; the secrets are
    // now handled as less sensitive, so the NDA action is less urgent.
    const Answers second = modelCompanyWith({{"nda-use", {"sometimes"}}, {"has-secrets", {"no"}},
                                             {"logo-origin", {"unassigned"}}, {"open-source", {"untracked"}}});
    const Comparison comparison = compareTakes(check, first, second);
    std::vector<std::pair<std::string, ActionChange>> got;
    for (const ComparedAction& a : comparison.actions) got.push_back({a.action->id, a.change});
    const std::vector<std::pair<std::string, ActionChange>> expected = {
        {"name-ip-lead", ActionChange::Done},       {"move-domains", ActionChange::Done},
        {"nda-first", ActionChange::LessUrgent},    {"open-source-list", ActionChange::New},
        {"secure-logo", ActionChange::Unchanged},
    };
    EXPECT_EQ(got, expected);
    EXPECT_EQ(comparison.actions[2].before, Urgency::Critical);
    EXPECT_EQ(comparison.actions[2].now, Urgency::High);
    EXPECT_TRUE(comparison.improved());
    EXPECT_EQ(comparison.count(ActionChange::Done), 2);

    const Comparison same = compareTakes(check, first, first);
    EXPECT_FALSE(same.improved());
    EXPECT_EQ(same.count(ActionChange::Unchanged), static_cast<int>(same.actions.size()));
}
