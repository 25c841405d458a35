// Deadlines and risks of the IP register.
#include "progress/register_rules.h"

#include <algorithm>
#include <set>

#include "base/countries.h"
#include "base/text.h"
#include "base/wording.h"

namespace ipprimer::progress {
namespace {

// Lower case, punctuation gone, runs of spaces as one: "Brotlabor  GmbH." -> "brotlabor gmbh".
std::string plainWords(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
        if (word)
            out += c;
        else if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

bool startsWithWords(const std::string& text, const std::string& start) {
    return !start.empty() && (text == start || text.starts_with(start + " "));
}

bool countsAsFiled(const Asset& asset, Date today) {
    if (asset.status == AssetStatus::Idea || !isLive(asset.status)) return false;
    return !(asset.expiry_date && *asset.expiry_date < today);
}

void datesPassed(const Asset& asset, Date today, std::vector<Risk>& risks) {
    if (!isLive(asset.status) || asset.status == AssetStatus::Idea) return;
    const bool renewal_passed = asset.renewal_date && *asset.renewal_date < today;
    const bool expired = asset.expiry_date && *asset.expiry_date < today;
    if (expired) {
        risks.push_back({RiskKind::DatePassed, &asset,
                         "it expired on " + formatDate(*asset.expiry_date) +
                             ": record its new expiry date if it was extended, or mark it lapsed",
                         {}});
    } else if (renewal_passed) {
        const int days = daysBetween(*asset.renewal_date, today);
        risks.push_back({RiskKind::DatePassed, &asset,
                         "its renewal date " + formatDate(*asset.renewal_date) + " passed " + std::to_string(days) +
                             (days == 1 ? " day" : " days") +
                             " ago: check that it was renewed and record the next date (most offices allow six "
                             "months' grace, with a surcharge)",
                         {}});
    }
}

const PersonTraining* findPerson(const std::vector<PersonTraining>& people, const std::string& who) {
    const std::string wanted = plainWords(who);
    for (const PersonTraining& person : people)
        if (!person.employee_id.empty() && plainWords(person.employee_id) == wanted) return &person;
    for (const PersonTraining& person : people)
        if (plainWords(person.name) == wanted) return &person;
    return nullptr;
}

void secretAccess(const Asset& asset, const RiskInputs& inputs, std::vector<Risk>& risks) {
    if (asset.kind != AssetKind::TradeSecret || !isLive(asset.status)) return;
    if (asset.access.empty()) {
        risks.push_back({RiskKind::NoAccessRecorded, &asset,
                         "nobody is recorded as having access, so nobody can check who knows it", {}});
        return;
    }
    std::vector<std::string> untrained, unknown;
    for (const std::string& who : asset.access) {
        const PersonTraining* person = findPerson(inputs.people, who);
        if (!person)
            unknown.push_back(who);
        else if (!person->trained)
            untrained.push_back(person->name);
    }
    if (!untrained.empty())
        risks.push_back({RiskKind::UntrainedAccess, &asset,
                         listText(untrained) + (untrained.size() == 1 ? " has access but has not"
                                                                    : " have access but have not") +
                             " passed the confidentiality training",
                         untrained});
    if (!unknown.empty())
        risks.push_back({RiskKind::UnknownPeople, &asset,
                         listText(unknown) + (unknown.size() == 1 ? " has access but is not" : " have access but are not") +
                             " on the staff list, so their training cannot be checked",
                         unknown});
}

void ownership(const Asset& asset, const RiskInputs& inputs, std::vector<Risk>& risks) {
    // A licence in is someone else's right by nature; a lapsed one no longer matters.
    if (asset.kind == AssetKind::LicenceIn || !isLive(asset.status)) return;
    if (trimmed(asset.owner).empty()) {
        risks.push_back({RiskKind::OwnerUnknown, &asset, "no owner is recorded: find out who holds the right", {}});
        return;
    }
    if (inputs.company_names.empty() || ownerIsCompany(asset.owner, inputs.company_names)) return;
    risks.push_back({RiskKind::NotOwned, &asset,
                     "it is recorded as owned by " + trimmed(asset.owner) +
                         ", not by the company: get the right assigned to the company in writing, or a licence",
                     {trimmed(asset.owner)}});
}

// Sales countries as given; EU counts as covered only when all its members are.
std::vector<std::string> missingCountries(const std::set<std::string>& covered, const std::vector<std::string>& sales) {
    std::vector<std::string> missing;
    for (const std::string& code : sales) {
        std::vector<std::string> needed = countriesCoveredBy(code);
        if (needed.empty()) continue;  // WO and the like name no market
        const bool all = std::all_of(needed.begin(), needed.end(), [&](const std::string& c) { return covered.contains(c); });
        if (!all) missing.push_back(code);
    }
    return missing;
}

void trademarks(std::span<const Asset> assets, const RiskInputs& inputs, std::vector<Risk>& risks) {
    if (inputs.sales_countries.empty()) return;
    // One mark is often several entries (national, EU): they are grouped by title.
    std::vector<std::pair<std::string, std::vector<const Asset*>>> marks;
    for (const Asset& asset : assets) {
        if (asset.kind != AssetKind::Trademark || !countsAsFiled(asset, inputs.today)) continue;
        const std::string key = plainWords(asset.title);
        auto found = std::find_if(marks.begin(), marks.end(), [&](const auto& mark) { return mark.first == key; });
        if (found == marks.end())
            marks.push_back({key, {&asset}});
        else
            found->second.push_back(&asset);
    }
    if (marks.empty()) {
        risks.push_back({RiskKind::TrademarkMissing, nullptr,
                         "no registered or pending trademark is recorded, yet the company sells in " +
                             listText(inputs.sales_countries),
                         inputs.sales_countries});
        return;
    }
    for (const auto& [key, entries] : marks) {
        std::set<std::string> covered;
        for (const Asset* entry : entries)
            for (const std::string& code : entry->countries)
                for (std::string& country : countriesCoveredBy(code)) covered.insert(std::move(country));
        const std::vector<std::string> missing = missingCountries(covered, inputs.sales_countries);
        if (missing.empty()) continue;
        risks.push_back({RiskKind::TrademarkMissing, entries.front(),
                         "it is not registered or applied for in " + listText(missing) + ", where the company sells",
                         missing});
    }
}

}  // namespace

bool ownerIsCompany(std::string_view owner, const std::vector<std::string>& company_names) {
    const std::string words = plainWords(owner);
    if (words == "company" || words == "the company" || words == "us") return true;
    for (const std::string& name : company_names) {
        const std::string company = plainWords(name);
        if (startsWithWords(words, company) || startsWithWords(company, words)) return true;
    }
    return false;
}

std::vector<Deadline> deadlinesWithin(std::span<const Asset> assets, Date today, int days) {
    std::vector<Deadline> deadlines;
    const Date last = addDays(today, days);
    auto add = [&](const Asset& asset, const std::optional<Date>& date, Deadline::What what) {
        if (date && *date >= today && *date <= last) deadlines.push_back({*date, what, &asset, daysBetween(today, *date)});
    };
    for (const Asset& asset : assets) {
        if (!isLive(asset.status)) continue;
        add(asset, asset.renewal_date, Deadline::What::Renewal);
        if (asset.expiry_date != asset.renewal_date) add(asset, asset.expiry_date, Deadline::What::Expiry);
    }
    std::stable_sort(deadlines.begin(), deadlines.end(), [](const Deadline& a, const Deadline& b) {
        if (a.date != b.date) return a.date < b.date;
        if (a.what != b.what) return a.what < b.what;
        if (a.asset->kind != b.asset->kind) return a.asset->kind < b.asset->kind;
        return a.asset->title < b.asset->title;
    });
    return deadlines;
}

std::vector<Risk> registerRisks(std::span<const Asset> assets, const RiskInputs& inputs) {
    std::vector<Risk> risks;
    for (const Asset& asset : assets) {
        datesPassed(asset, inputs.today, risks);
        secretAccess(asset, inputs, risks);
        ownership(asset, inputs, risks);
    }
    trademarks(assets, inputs, risks);
    std::stable_sort(risks.begin(), risks.end(), [](const Risk& a, const Risk& b) { return a.kind < b.kind; });
    return risks;
}

}  // namespace ipprimer::progress
