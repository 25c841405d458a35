// What every store's company records share, written once over the
// interface, and the pure helpers beside it.
#include "store/company_records.h"

#include <set>

#include "base/text.h"

namespace ipprimer::store {
RegisterImportResult CompanyRecords::applyRegisterImport(std::int64_t learner_id, const progress::RegisterImportPlan& plan) {
    if (const int errors = plan.errorCount(); errors > 0)
        throw StoreError(plan.file + " has " + std::to_string(errors) + (errors == 1 ? " error" : " errors") +
                         "; nothing was imported");
    RegisterImportResult result;
    std::vector<progress::Asset> changed;
    for (const progress::RegisterImportRow& row : plan.rows) {
        switch (row.action) {
            case progress::RegisterRowAction::Add: ++result.added; break;
            case progress::RegisterRowAction::Update: ++result.updated; break;
            case progress::RegisterRowAction::Unchanged: ++result.unchanged; continue;
            case progress::RegisterRowAction::Error: continue;
        }
        changed.push_back(row.asset);
    }
    if (!changed.empty()) recordAssets(learner_id, changed);
    return result;
}

std::vector<Learner> learnersNamed(std::span<const Learner> learners, std::string_view name_or_employee_id) {
    const std::string wanted = trimmed(name_or_employee_id);
    std::vector<Learner> named;
    if (wanted.empty()) return named;
    for (const Learner& learner : learners)
        if (!learner.employee_id.empty() && learner.employee_id == wanted) return {learner};
    for (const Learner& learner : learners)
        if (asciiLowered(learner.name) == asciiLowered(wanted)) named.push_back(learner);
    return named;
}

progress::RiskInputs riskInputs(const course::Course& course, const std::vector<progress::SelfCheckTakeRecord>& takes,
                                std::span<const progress::Asset> assets, std::span<const Learner> learners,
                                const std::function<bool(std::int64_t learner_id)>& trained, Date today) {
    progress::RiskInputs inputs;
    inputs.today = today;
    const course::SelfCheck& check = course.selfcheck;
    const progress::SelfCheckTakeRecord* take = progress::lastFinished(takes);
    if (!take) take = progress::openTake(takes);
    if (take) {
        const progress::Answers counting = progress::countingAnswers(check, take->answers);
        if (const auto name = counting.find(check.company_name); name != counting.end() && !name->second.values.empty())
            inputs.company_names.push_back(name->second.values.front());
        if (const auto countries = counting.find(check.sales_countries); countries != counting.end())
            inputs.sales_countries = countries->second.values;
    }
    // Only the people a secret's access list names are looked up: a staff of
    // thousands costs nothing more.
    std::set<std::string> named;
    for (const progress::Asset& asset : assets)
        for (const std::string& who : asset.access) named.insert(asciiLowered(trimmed(who)));
    for (const Learner& learner : learners)
        if (named.contains(asciiLowered(learner.name)) || named.contains(asciiLowered(learner.employee_id)))
            inputs.people.push_back({learner.name, learner.employee_id, trained(learner.id)});
    return inputs;
}

}  // namespace ipprimer::store
