// The IP register's rules: entries checked, deadlines over day boundaries,
// and each risk on the entries that raise it and only on them.
#include <gtest/gtest.h>

#include "progress/register_rules.h"

using namespace ipprimer;
using namespace ipprimer::progress;

namespace {

Date day(const char* text) { return parseDate(text).value(); }

Asset asset(AssetKind kind, const char* title) {
    Asset a;
    a.kind = kind;
    a.title = title;
    a.owner = "Brotlabor GmbH";
    a.status = AssetStatus::Registered;
    return a;
}

Asset renewing(const char* title, const char* renewal, AssetStatus status = AssetStatus::Registered) {
    Asset a = asset(AssetKind::Trademark, title);
    a.renewal_date = day(renewal);
    a.status = status;
    return a;
}

std::vector<std::string> titles(const std::vector<Deadline>& deadlines) {
    std::vector<std::string> out;
    for (const Deadline& d : deadlines) out.push_back(formatDate(d.date) + " " + d.asset->title);
    return out;
}

RiskInputs inputs() {
    RiskInputs in;
    in.today = day("2025-03-14");
    in.company_names = {"Brotlabor GmbH"};
    in.sales_countries = {"DE", "AT"};
    in.people = {{"Anna Berger", "E-1", true}, {"Tom Wu", "E-2", false}, {"Lena Vogt", "E-3", false}};
    return in;
}

std::vector<std::string> kindsAndTitles(const std::vector<Risk>& risks) {
    static const char* kNames[] = {"date-passed", "untrained",  "unknown-people", "no-access",
                                   "not-owned",   "no-owner",   "trademark-missing"};
    std::vector<std::string> out;
    for (const Risk& r : risks)
        out.push_back(std::string(kNames[static_cast<int>(r.kind)]) + " " + (r.asset ? r.asset->title : "-"));
    return out;
}

}  // namespace

TEST(AssetRegister, KindsAndStatusesAreReadAsPeopleWriteThem) {
    EXPECT_EQ(parseAssetKind("Utility Model"), AssetKind::UtilityModel);
    EXPECT_EQ(parseAssetKind("license-in"), AssetKind::LicenceIn);
    EXPECT_EQ(parseAssetKind(" TRADE_SECRET "), AssetKind::TradeSecret);
    EXPECT_EQ(parseAssetKind("domain name"), AssetKind::Domain);
    EXPECT_FALSE(parseAssetKind("brand"));
    EXPECT_EQ(assetKindKeys(), "trademark, patent, utility_model, design, domain, copyright, trade_secret, "
                               "plant_variety, licence_in, licence_out");
    EXPECT_EQ(parseAssetStatus(""), AssetStatus::Unknown);
    EXPECT_EQ(parseAssetStatus("Granted"), AssetStatus::Registered);
    EXPECT_EQ(parseAssetStatus("filed"), AssetStatus::Pending);
    EXPECT_EQ(parseAssetStatus("in use"), AssetStatus::InUse);
    EXPECT_FALSE(parseAssetStatus("maybe"));
    for (const AssetKindInfo& info : assetKinds()) EXPECT_EQ(parseAssetKind(info.key), info.kind);
}

TEST(AssetRegister, AnEntryIsCheckedFieldByField) {
    Asset a = asset(AssetKind::Patent, " ");
    a.countries = {"DE", "UK"};
    a.filing_date = day("2024-05-01");
    a.expiry_date = day("2024-04-30");
    a.kept_where = "Safe";
    const std::vector<AssetProblem> problems = assetProblems(a);
    ASSERT_EQ(problems.size(), 4u);
    EXPECT_EQ(problems[0].field, "title");
    EXPECT_EQ(problems[1].message, "'UK' is not a country code; the United Kingdom is GB");
    EXPECT_EQ(problems[2].message, "the expiry date 2024-04-30 is before the filing date 2024-05-01");
    EXPECT_EQ(problems[3].message, "only a trade secret records where it is kept; this is a Patent");
    a = asset(AssetKind::TradeSecret, "Dough recipe");
    a.kept_where = "Safe in the bakery office";
    a.access = {"Anna Berger"};
    EXPECT_TRUE(assetProblems(a).empty());
}

TEST(AssetRegister, ListsAreSplitOnSemicolonsAndLineBreaks) {
    EXPECT_EQ(splitList(" Rye bread ;Spelt rolls\n\n; "), (std::vector<std::string>{"Rye bread", "Spelt rolls"}));
    EXPECT_EQ(joinedList({"Rye bread", "Spelt rolls"}), "Rye bread; Spelt rolls");
    EXPECT_TRUE(splitList("").empty());
}

TEST(RegisterDeadlines, FromTodayToTheLastDayBothIncluded) {
    const std::vector<Asset> assets = {
        renewing("yesterday", "2025-03-13"),       renewing("today", "2025-03-14"),
        renewing("last day", "2025-06-12"),         renewing("day after", "2025-06-13"),
        renewing("lapsed", "2025-04-01", AssetStatus::Lapsed),
        renewing("abandoned", "2025-04-01", AssetStatus::Abandoned),
        renewing("pending", "2025-04-01", AssetStatus::Pending),
    };
    const auto within = deadlinesWithin(assets, day("2025-03-14"), 90);
    EXPECT_EQ(titles(within), (std::vector<std::string>{"2025-03-14 today", "2025-04-01 pending", "2025-06-12 last day"}));
    EXPECT_EQ(within[0].days_left, 0);
    EXPECT_EQ(within[2].days_left, 90);
    EXPECT_EQ(titles(deadlinesWithin(assets, day("2025-03-14"), 0)), std::vector<std::string>{"2025-03-14 today"});
    // A day later the window moves by a day: today's date is gone, the next comes in.
    EXPECT_EQ(titles(deadlinesWithin(assets, day("2025-03-15"), 90)),
              (std::vector<std::string>{"2025-04-01 pending", "2025-06-12 last day", "2025-06-13 day after"}));
}

TEST(RegisterDeadlines, AcrossAYearEndAndALeapDay) {
    const std::vector<Asset> assets = {renewing("leap", "2028-02-29"), renewing("new year", "2028-01-01")};
    EXPECT_EQ(titles(deadlinesWithin(assets, day("2027-12-31"), 60)),
              (std::vector<std::string>{"2028-01-01 new year", "2028-02-29 leap"}));
    EXPECT_EQ(titles(deadlinesWithin(assets, day("2027-12-31"), 59)), (std::vector<std::string>{"2028-01-01 new year"}));
}

TEST(RegisterDeadlines, RenewalsAndExpiriesSoonestFirstThenByKindAndTitle) {
    Asset patent = asset(AssetKind::Patent, "Clamp");
    patent.expiry_date = day("2025-04-01");
    Asset mark = renewing("Brotlabor", "2025-04-01");
    Asset same_day = renewing("Roggenwolke", "2025-05-01");
    same_day.expiry_date = day("2025-05-01");  // renewal and expiry on one day: listed once
    Asset domain = asset(AssetKind::Domain, "brotlabor.de");
    domain.renewal_date = day("2025-03-20");
    domain.expiry_date = day("2025-04-20");
    const std::vector<Asset> assets = {patent, mark, same_day, domain};
    const auto within = deadlinesWithin(assets, day("2025-03-14"), 90);
    ASSERT_EQ(within.size(), 5u);
    EXPECT_EQ(titles(within), (std::vector<std::string>{"2025-03-20 brotlabor.de", "2025-04-01 Brotlabor",
                                                        "2025-04-01 Clamp", "2025-04-20 brotlabor.de",
                                                        "2025-05-01 Roggenwolke"}));
    EXPECT_EQ(within[1].what, Deadline::What::Renewal);
    EXPECT_EQ(within[2].what, Deadline::What::Expiry);
    EXPECT_EQ(within[4].what, Deadline::What::Renewal);
}

TEST(RegisterRisks, ACleanRegisterHasNone) {
    Asset mark = asset(AssetKind::Trademark, "Brotlabor");
    mark.countries = {"EU"};
    Asset secret = asset(AssetKind::TradeSecret, "Dough recipe");
    secret.access = {"E-1", "anna  BERGER"};
    Asset licence = asset(AssetKind::LicenceIn, "Mixer firmware");
    licence.owner = "Knetwerk AG";
    Asset domain = asset(AssetKind::Domain, "brotlabor.de");
    domain.owner = "brotlabor";
    domain.renewal_date = day("2025-03-14");  // today: due, not passed
    const std::vector<Asset> assets = {mark, secret, licence, domain};
    EXPECT_EQ(kindsAndTitles(registerRisks(assets, inputs())), std::vector<std::string>{});
}

TEST(RegisterRisks, AnAssetOwnedBySomeoneElseOrByNobody) {
    Asset logo = asset(AssetKind::Copyright, "Logo");
    logo.owner = "Freelancer: Mia Kurz";
    Asset script = asset(AssetKind::Copyright, "Mixer script");
    script.owner = " ";
    Asset lapsed = asset(AssetKind::Design, "Old tin");
    lapsed.owner = "Someone";
    lapsed.status = AssetStatus::Lapsed;
    Asset ours = asset(AssetKind::Copyright, "Web shop");
    ours.owner = "the company";
    Asset mark = asset(AssetKind::Trademark, "Brotlabor");
    mark.countries = {"DE", "AT"};
    const std::vector<Asset> assets = {logo, script, lapsed, ours, mark};
    const auto risks = registerRisks(assets, inputs());
    EXPECT_EQ(kindsAndTitles(risks), (std::vector<std::string>{"not-owned Logo", "no-owner Mixer script"}));
    EXPECT_EQ(risks[0].message,
              "it is recorded as owned by Freelancer: Mia Kurz, not by the company: get the right assigned to the "
              "company in writing, or a licence");
    // Without the company's name only a missing owner can be judged.
    RiskInputs nameless = inputs();
    nameless.company_names.clear();
    EXPECT_EQ(kindsAndTitles(registerRisks(assets, nameless)), std::vector<std::string>{"no-owner Mixer script"});
}

TEST(RegisterRisks, OwnerNamesMatchWithoutRegardToCasePunctuationOrLegalForm) {
    EXPECT_TRUE(ownerIsCompany("BROTLABOR gmbh.", {"Brotlabor GmbH"}));
    EXPECT_TRUE(ownerIsCompany("Brotlabor", {"Brotlabor GmbH"}));
    EXPECT_TRUE(ownerIsCompany("Brotlabor GmbH & Co. KG", {"Brotlabor GmbH"}));
    EXPECT_TRUE(ownerIsCompany("Company", {}));
    EXPECT_FALSE(ownerIsCompany("Brotlaborant", {"Brotlabor"}));
    EXPECT_FALSE(ownerIsCompany("Anna Berger (founder)", {"Brotlabor GmbH"}));
}

TEST(RegisterRisks, ATrademarkMissingWhereTheCompanySells) {
    Asset german = asset(AssetKind::Trademark, "Brotlabor");
    german.countries = {"DE"};
    Asset pending_swiss = asset(AssetKind::Trademark, "brotlabor");  // the same mark, another entry
    pending_swiss.countries = {"CH"};
    pending_swiss.status = AssetStatus::Pending;
    Asset idea = asset(AssetKind::Trademark, "Roggenwolke");
    idea.countries = {"DE", "AT", "CH", "FR"};
    idea.status = AssetStatus::Idea;  // not filed: covers nothing, and is no mark of its own
    Asset expired = asset(AssetKind::Trademark, "Kornblume");
    expired.countries = {"DE", "AT", "CH"};
    expired.expiry_date = day("2025-03-13");
    RiskInputs in = inputs();
    in.sales_countries = {"DE", "AT", "CH", "EU"};
    const std::vector<Asset> assets = {german, pending_swiss, idea, expired};
    const auto risks = registerRisks(assets, in);
    ASSERT_EQ(kindsAndTitles(risks), (std::vector<std::string>{"date-passed Kornblume", "trademark-missing Brotlabor"}));
    EXPECT_EQ(risks[1].items, (std::vector<std::string>{"AT", "EU"}));
    EXPECT_EQ(risks[1].message, "it is not registered or applied for in AT and EU, where the company sells");

    // An EU mark covers Germany and Austria, and the EU itself.
    Asset eu = asset(AssetKind::Trademark, "Brotlabor");
    eu.countries = {"EU"};
    const std::vector<Asset> with_eu = {german, pending_swiss, eu};
    EXPECT_EQ(kindsAndTitles(registerRisks(with_eu, in)), std::vector<std::string>{});

    // No mark at all, while selling: one risk for the register.
    const std::vector<Asset> none = {asset(AssetKind::Patent, "Clamp")};
    const auto unmarked = registerRisks(none, in);
    EXPECT_EQ(kindsAndTitles(unmarked), std::vector<std::string>{"trademark-missing -"});
    EXPECT_EQ(unmarked[0].message, "no registered or pending trademark is recorded, yet the company sells in DE, AT, CH and EU");
    // Nothing known of sales: nothing to compare.
    in.sales_countries.clear();
    EXPECT_EQ(kindsAndTitles(registerRisks(none, in)), std::vector<std::string>{});
}

TEST(RegisterRisks, PeopleWithAccessToASecretWhoHaveNotPassedTheTraining) {
    Asset recipe = asset(AssetKind::TradeSecret, "Dough recipe");
    recipe.access = {"Anna Berger", "E-2", "lena vogt", "Max Hahn"};
    Asset prices = asset(AssetKind::TradeSecret, "Supplier prices");
    Asset old = asset(AssetKind::TradeSecret, "Old recipe");
    old.status = AssetStatus::Abandoned;
    old.access = {"Max Hahn"};
    const std::vector<Asset> assets = {recipe, prices, old};
    RiskInputs in = inputs();
    in.sales_countries.clear();  // no marks in this register: only the secrets are judged
    const auto risks = registerRisks(assets, in);
    ASSERT_EQ(kindsAndTitles(risks), (std::vector<std::string>{"untrained Dough recipe", "unknown-people Dough recipe",
                                                               "no-access Supplier prices"}));
    EXPECT_EQ(risks[0].items, (std::vector<std::string>{"Tom Wu", "Lena Vogt"}));
    EXPECT_EQ(risks[0].message, "Tom Wu and Lena Vogt have access but have not passed the confidentiality training");
    EXPECT_EQ(risks[1].message, "Max Hahn has access but is not on the staff list, so their training cannot be checked");

    // Once they pass, the risk is gone.
    RiskInputs trained = in;
    for (PersonTraining& person : trained.people) person.trained = true;
    EXPECT_EQ(kindsAndTitles(registerRisks(assets, trained)),
              (std::vector<std::string>{"unknown-people Dough recipe", "no-access Supplier prices"}));
}

TEST(RegisterRisks, ADatePassedByADay) {
    Asset yesterday = renewing("Brotlabor", "2025-03-13");
    yesterday.countries = {"DE", "AT"};
    Asset today = renewing("Roggenwolke", "2025-03-14");
    today.countries = {"DE", "AT"};
    Asset lapsed = renewing("Kornblume", "2025-01-01", AssetStatus::Lapsed);
    const std::vector<Asset> assets = {yesterday, today, lapsed};
    const auto risks = registerRisks(assets, inputs());
    ASSERT_EQ(kindsAndTitles(risks), std::vector<std::string>{"date-passed Brotlabor"});
    EXPECT_EQ(risks[0].message,
              "its renewal date 2025-03-13 passed 1 day ago: check that it was renewed and record the next date "
              "(most offices allow six months' grace, with a surcharge)");
}
