// The demo company's register and self-check answers, made up (names,
// numbers and dates invented), dated from the day they are made.
#include "demo/demo_register.h"

#include <memory>

namespace ipprimer::demo {
namespace {

using progress::Asset;
using progress::AssetKind;
using progress::AssetStatus;

Asset entry(AssetKind kind, const char* title, std::vector<std::string> countries, AssetStatus status) {
    Asset a;
    a.kind = kind;
    a.title = title;
    a.owner = kDemoCompany;
    a.countries = std::move(countries);
    a.status = status;
    return a;
}

std::string person(const std::vector<std::string>& people, std::size_t index) {
    return index < people.size() ? people[index] : std::string();
}

}  // namespace

std::vector<Asset> demoRegister(Date today, const std::vector<std::string>& people) {
    auto day = [&](int days) { return addDays(today, days); };
    auto years_ago = [&](int years, int days) { return addDays(addMonths(today, -12 * years), days); };
    std::vector<Asset> assets;

    Asset word = entry(AssetKind::Trademark, "BRENNAN (word mark)", {"GB"}, AssetStatus::Registered);
    word.registration_number = "UK00003145926";
    word.filing_date = years_ago(10, 21);
    word.renewal_date = day(21);
    word.responsible = "Office manager";
    word.products = {"ClampPro 200 series", "QuickJaw inserts", "Bench vices"};
    word.notes = "Renew online at the UK IPO; set reminders a month before.";
    assets.push_back(word);

    Asset eu = entry(AssetKind::Trademark, "BRENNAN (word mark)", {"EU"}, AssetStatus::Registered);
    eu.registration_number = "018271828";
    eu.filing_date = years_ago(5, -40);
    eu.renewal_date = addMonths(eu.filing_date.value(), 120);
    eu.responsible = "Office manager";
    eu.products = word.products;
    assets.push_back(eu);

    Asset clamp = entry(AssetKind::Trademark, "ClampPro", {"GB"}, AssetStatus::Pending);
    clamp.application_number = "UK00004011235";
    clamp.filing_date = day(-62);
    clamp.responsible = "Head of sales";
    clamp.products = {"ClampPro 200 series"};
    clamp.notes = "Priority for an EU and a US filing runs six months from filing.";
    assets.push_back(clamp);

    Asset us = entry(AssetKind::Trademark, "BRENNAN (word mark)", {"US"}, AssetStatus::Idea);
    us.notes = "US distributor starts next year; file before the launch.";
    assets.push_back(us);

    Asset jaw = entry(AssetKind::Patent, "Quick-change clamping jaw", {"GB", "WO"}, AssetStatus::Pending);
    jaw.application_number = "GB2403141.5; PCT/GB2025/050271";
    jaw.filing_date = years_ago(2, 300);
    jaw.renewal_date = day(74);
    jaw.responsible = "Head of R&D, with the patent attorney";
    jaw.products = {"QuickJaw inserts"};
    jaw.notes = "Renewal date = deadline to enter the national and regional phases (EP, US).";
    assets.push_back(jaw);

    Asset vice = entry(AssetKind::Patent, "Vibration-damped vice base", {"GB"}, AssetStatus::Registered);
    vice.registration_number = "GB2582718";
    vice.filing_date = years_ago(6, 39);
    vice.renewal_date = day(39);
    vice.expiry_date = years_ago(-14, 39);
    vice.responsible = "Finance";
    vice.products = {"Bench vices"};
    assets.push_back(vice);

    Asset swivel = entry(AssetKind::UtilityModel, "Swivel lock for bench vices", {"DE"}, AssetStatus::Registered);
    swivel.registration_number = "DE 20 2021 104 577.2";
    swivel.filing_date = years_ago(4, -90);
    swivel.renewal_date = day(-9);  // a fee date just passed: shown as a risk
    swivel.expiry_date = years_ago(-6, -90);
    swivel.responsible = "Head of R&D";
    swivel.products = {"Bench vices"};
    assets.push_back(swivel);

    Asset housing = entry(AssetKind::Design, "ClampPro 200 housing", {"EU"}, AssetStatus::Registered);
    housing.registration_number = "008765432-0001";
    housing.filing_date = years_ago(5, 120);
    housing.renewal_date = day(120);
    housing.responsible = "Office manager";
    housing.products = {"ClampPro 200 series"};
    assets.push_back(housing);

    Asset old_handle = entry(AssetKind::Design, "Vice handle, 2012 model", {"GB"}, AssetStatus::Lapsed);
    old_handle.notes = "Let lapse in the last audit: the product is discontinued.";
    assets.push_back(old_handle);

    Asset dot_com = entry(AssetKind::Domain, "brennan-tools.com", {}, AssetStatus::InUse);
    dot_com.owner = "Pixelwerk Ltd (web agency)";
    dot_com.renewal_date = day(12);
    dot_com.responsible = "IT";
    dot_com.notes = "Registered by the agency in its own account; ask for a transfer.";
    assets.push_back(dot_com);

    Asset dot_uk = entry(AssetKind::Domain, "brennan-tools.co.uk", {}, AssetStatus::InUse);
    dot_uk.renewal_date = day(203);
    dot_uk.responsible = "IT";
    assets.push_back(dot_uk);

    Asset app = entry(AssetKind::Copyright, "Jaw-setting app for Android", {}, AssetStatus::InUse);
    app.owner = "D. Novak (freelance developer)";
    app.responsible = "Head of R&D";
    app.products = {"QuickJaw inserts"};
    app.notes = "No assignment on file; the source code is on the developer's server.";
    assets.push_back(app);

    Asset scripts = entry(AssetKind::Copyright, "CNC post-processor scripts", {}, AssetStatus::InUse);
    scripts.responsible = "Production";
    scripts.products = {"All machined parts"};
    assets.push_back(scripts);

    Asset catalogue = entry(AssetKind::Copyright, "Product catalogue and photos", {}, AssetStatus::InUse);
    catalogue.responsible = "Marketing";
    assets.push_back(catalogue);

    Asset heat = entry(AssetKind::TradeSecret, "Heat-treatment recipe HT-4", {}, AssetStatus::InUse);
    heat.kept_where = "QA office safe; restricted folder Q:/HT (reference only)";
    for (std::size_t i = 0; i < 3; ++i)
        if (std::string name = person(people, i); !name.empty()) heat.access.push_back(name);
    heat.access.push_back("P. Lynch (former contractor)");
    heat.responsible = "Head of quality";
    heat.products = {"QuickJaw inserts", "ClampPro 200 series"};
    assets.push_back(heat);

    Asset prices = entry(AssetKind::TradeSecret, "Supplier price list", {}, AssetStatus::InUse);
    prices.kept_where = "ERP purchasing module";
    prices.responsible = "Purchasing";
    assets.push_back(prices);

    Asset simulation = entry(AssetKind::LicenceIn, "Machining simulation software", {"GB"}, AssetStatus::InUse);
    simulation.owner = "SimuCut GmbH (licensor)";
    simulation.expiry_date = day(58);
    simulation.responsible = "Finance";
    simulation.notes = "Three seats; 30 days' notice before the end date.";
    assets.push_back(simulation);

    Asset nordic = entry(AssetKind::LicenceOut, "QuickJaw licence to Nordic Vices AB", {"SE", "NO", "FI"},
                         AssetStatus::InUse);
    nordic.filing_date = years_ago(1, -30);
    nordic.renewal_date = day(300);
    nordic.responsible = "Head of sales";
    nordic.products = {"QuickJaw inserts"};
    nordic.notes = "Royalty report due every quarter.";
    assets.push_back(nordic);
    return assets;
}

DemoCompanyResult addDemoCompanyRecords(store::Store& store, const course::Course& course) {
    store::CompanyRecords& records = store.companyRecords();
    const std::vector<store::Learner> learners = store.roster().list();
    if (learners.empty()) throw store::StoreError("the demo company's records need the demo learners; there are none");
    auto first = [&](std::initializer_list<const char*> roles, std::size_t skip = 0) -> const store::Learner& {
        for (const char* role : roles)
            for (const store::Learner& learner : learners)
                if (learner.role == role && skip-- == 0) return learner;
        return learners.front();
    };
    const store::Learner& owner = first({"owner", "manager"});
    // The older records are dated by a clock set back; it then runs on from now.
    const std::int64_t now = store.now();
    constexpr std::int64_t kDay = 24LL * 60 * 60 * 1000;
    // Shared with the clock, which outlives this function until it is set again below.
    const auto at = std::make_shared<std::int64_t>(now - 182 * kDay);
    store.setClock([at] { return *at += 60'000; });

    DemoCompanyResult result;
    auto take = [&](const progress::Answers& answers) {
        const std::string id = records.startSelfCheck(owner.id);
        // In the questionnaire's order, as a person answers it.
        for (const course::Section& section : course.selfcheck.sections)
            for (const course::Question& question : section.questions)
                if (const auto answer = answers.find(question.id); answer != answers.end())
                    records.recordSelfCheckAnswer(owner.id, id, question.id, answer->second);
        records.finishSelfCheck(owner.id, id);
        ++result.takes;
    };
    take(demoFirstTake());
    *at = now - 14 * kDay;
    take(demoSecondTake());
    // This quarter's take, begun two days ago: the first section half answered.
    *at = now - 2 * kDay;
    const std::string open = records.startSelfCheck(owner.id);
    const progress::Answers latest = demoSecondTake();
    for (const course::Question& question : course.selfcheck.sections.front().questions) {
        if (question.id == "ip-lead") break;
        if (const auto answer = latest.find(question.id); answer != latest.end())
            records.recordSelfCheckAnswer(owner.id, open, question.id, answer->second);
    }
    ++result.takes;
    // From here the clock runs on in real time from where it was.
    const std::int64_t started = store::Store::systemClock();
    store.setClock([now, started] { return now + (store::Store::systemClock() - started); });

    // Two who finished the confidentiality lessons and one who has not, so the
    // dashboard shows the risk that links the register to the training.
    std::vector<std::string> trained, untrained;
    for (const store::Learner& learner : learners) {
        const auto statuses = store.lessons().statuses(learner.id);
        bool done = true;
        for (const std::string& lesson : course.selfcheck.confidentiality_lessons) {
            const auto status = statuses.find(lesson);
            done = done && status != statuses.end() && status->second == store::LessonStatus::Finished;
        }
        if (learner.id != owner.id) (done ? trained : untrained).push_back(learner.name);
    }
    std::vector<std::string> people;
    for (std::size_t i = 0; i < 2 && i < trained.size(); ++i) people.push_back(trained[i]);
    if (!untrained.empty()) people.push_back(untrained.front());
    result.assets = static_cast<int>(records.recordAssets(owner.id, demoRegister(localDate(now), people)).size());

    progress::Asset prices;
    prices.kind = progress::AssetKind::TradeSecret;
    prices.title = "Customer discount list for distributors";
    prices.kept_where = "Sales folder on the shared drive";
    records.proposeAsset(first({"marketing"}).id, prices, "trade-secrets");
    progress::Asset script;
    script.kind = progress::AssetKind::Copyright;
    script.title = "Spreadsheet macro that plans the heat-treatment batches";
    script.notes = "Written in my own time last winter, used every day in production.";
    records.proposeAsset(first({"rnd"}, 1).id, script, "software-and-licences");
    result.proposals = 2;
    return result;
}

progress::Answers demoFirstTake() {
    using progress::Answer;
    return {
        {"company-name", Answer{{kDemoCompany}}}, {"staff", Answer{{"46"}}}, {"offer", Answer{{"goods", "software"}}},
        {"own-development", Answer{{"yes"}}}, {"edge", Answer{{"technology", "brand"}}}, {"ip-lead", Answer{{"no"}}},
        {"register-kept", Answer{{"outdated"}}}, {"last-review", Answer{{"never"}}}, {"training", Answer{{"none"}}},
        {"trading-name-registered", Answer{{"yes"}}}, {"product-brands", Answer{{"yes"}}},
        {"product-brands-registered", Answer{{"some"}}}, {"logo-origin", Answer{{"assigned"}}},
        {"name-clearance", Answer{{"unsure"}}}, {"domains", Answer{{"person"}}}, {"brand-watch", Answer{{"no"}}},
        {"inventions", Answer{{"yes"}}}, {"shown-before-filing", Answer{{"no"}}}, {"invention-records", Answer{{"no"}}},
        {"protection-decision", Answer{{"patent"}}}, {"patent-search", Answer{{"no"}}}, {"fto", Answer{{"unsure"}}},
        {"looks-matter", Answer{{"yes"}}}, {"designs-protected", Answer{{"registered"}}},
        {"writes-software", Answer{{"yes"}}}, {"software-by-contractors", Answer{{"yes"}}},
        {"open-source", Answer{{"unsure"}}}, {"software-licences", Answer{{"unsure"}}},
        {"outside-material", Answer{{"own"}}}, {"online-tools", Answer{{"none"}}}, {"has-secrets", Answer{{"yes"}}},
        {"secrets-listed", Answer{{"no"}}}, {"secrets-access", Answer{{"everyone"}}},
        {"it-measures", Answer{{"accounts", "backups"}}}, {"leak-plan", Answer{{"no"}}},
        {"employment-terms", Answer{{"some"}}}, {"uses-freelancers", Answer{{"yes"}}},
        {"freelancer-rights", Answer{{"sometimes"}}}, {"nda-use", Answer{{"sometimes"}}}, {"leavers", Answer{{"no"}}},
        {"develops-with-partners", Answer{{"no"}}}, {"licenses-out", Answer{{"yes"}}},
        {"licence-terms-out", Answer{{"yes"}}}, {"licenses-in", Answer{{"yes"}}}, {"licence-dates-in", Answer{{"no"}}},
        {"sells-abroad", Answer{{"yes"}}}, {"sales-countries", Answer{{"GB", "IE", "DE", "FR", "US"}}},
        {"protected-abroad", Answer{{"some"}}}, {"distributor-terms", Answer{{"no"}}},
        {"received-claim", Answer{{"no"}}}, {"found-copies", Answer{{"unsure"}}}, {"keeps-evidence", Answer{{"no"}}},
        {"knows-help", Answer{{"yes"}}}, {"raising-money", Answer{{"yes"}}}, {"plan-covers-ip", Answer{{"no"}}},
        {"ownership-proof", Answer{{"no"}}}, {"tax-checked", Answer{{"unsure"}}},
    };
}

progress::Answers demoSecondTake() {
    using progress::Answer;
    progress::Answers answers = demoFirstTake();
    // Done since: an IP lead named, the register brought up to date, staff
    // partly trained, secrets listed and locked down, NDAs signed, a leaving
    // checklist, the business plan's IP page.
    answers["ip-lead"] = Answer{{"yes"}};
    answers["register-kept"] = Answer{{"current"}};
    answers["training"] = Answer{{"some"}};
    answers["secrets-listed"] = Answer{{"yes"}};
    answers["secrets-access"] = Answer{{"need"}};
    answers["it-measures"] = Answer{{"accounts", "rights", "backups", "leavers"}};
    answers["nda-use"] = Answer{{"always"}};
    answers["leavers"] = Answer{{"yes"}};
    answers["plan-covers-ip"] = Answer{{"yes"}};
    answers["online-tools"] = Answer{{"informal"}};
    return answers;
}

}  // namespace ipprimer::demo
