// Issuing certificates from the records and reading issued ones back.
#include "export/certificate_records.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "base/wording.h"
#include "export/certificate_pdf.h"
#include "export/certificate_signing.h"
#include "export/export_file.h"
#include "store/store.h"
#include "store/verbs.h"

namespace ipprimer::exports {
namespace {

using nlohmann::json;

std::string text(const json& object, const char* key) {
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

// The record issued for this very training (same role, same day complete,
// same name and employee id), newest first; null when there is none.
const IssuedRecord* sameTraining(const std::vector<IssuedRecord>& records, const store::Learner& learner,
                                 Date completed_on, const std::vector<PublicKey>& trusted) {
    for (auto record = records.rbegin(); record != records.rend(); ++record) {
        const Certificate& c = record->certificate;
        if (!trusted.empty() && std::find(trusted.begin(), trusted.end(), record->key) == trusted.end()) continue;
        if (record->role == learner.role && c.passed_on == completed_on && c.learner_name == learner.name &&
            c.employee_id == learner.employee_id)
            return &*record;
    }
    return nullptr;
}

Certificate newCertificate(const Issuer& issuer, const store::Learner& learner, const progress::LearnerStatus& status) {
    Certificate c;
    c.organisation = issuer.organisation;
    c.learner_name = learner.name;
    c.employee_id = learner.employee_id;
    const progress::CurriculumRole* role = issuer.curriculum.role(learner.role);
    c.role_title = role ? role->title : learner.role;
    if (role)
        for (int module : issuer.curriculum.roleModules(*role))
            c.modules.push_back(issuer.curriculum.modules()[static_cast<std::size_t>(module)].title);
    c.score_percent = static_cast<int>(std::lround(status.role_quiz_best.value_or(0)));
    c.passed_on = *status.completed_on;
    c.valid_until = *status.valid_until;
    c.certificate_id = newCertificateId();
    return c;
}

}  // namespace

std::string recordDetails(const IssuedRecord& record) {
    const Certificate& c = record.certificate;
    json details = {
        {"organisation", c.organisation},
        {"learner", c.learner_name},
        {"employee_id", c.employee_id},
        {"role", record.role},
        {"role_title", c.role_title},
        {"modules", c.modules},
        {"score", c.score_percent},
        {"passed", formatDate(c.passed_on)},
        {"valid_until", formatDate(c.valid_until)},
        {"code", record.code},
        {"key", publicKeyText(record.key)},
    };
    return details.dump();
}

std::optional<IssuedRecord> readIssued(const store::IssuedCertificate& issued) {
    const json details = json::parse(issued.details, nullptr, false);
    if (!details.is_object()) return std::nullopt;
    IssuedRecord record;
    record.learner_id = issued.learner_id;
    record.issued_at = issued.at;
    record.role = text(details, "role");
    record.code = text(details, "code");
    Certificate& c = record.certificate;
    c.certificate_id = issued.certificate_id;
    c.organisation = text(details, "organisation");
    c.learner_name = text(details, "learner");
    c.employee_id = text(details, "employee_id");
    c.role_title = text(details, "role_title");
    if (const auto modules = details.find("modules"); modules != details.end() && modules->is_array())
        for (const json& module : *modules)
            if (module.is_string()) c.modules.push_back(module.get<std::string>());
    if (const auto score = details.find("score"); score != details.end() && score->is_number_integer())
        c.score_percent = score->get<int>();
    const auto passed = parseDate(text(details, "passed"));
    const auto valid_until = parseDate(text(details, "valid_until"));
    const auto key = parsePublicKey(text(details, "key"));
    if (!passed || !valid_until || !key || record.code.empty()) return std::nullopt;
    c.passed_on = *passed;
    c.valid_until = *valid_until;
    record.key = *key;
    return record;
}

std::vector<IssuedRecord> issuedRecords(store::Store& store, std::int64_t learner_id) {
    std::vector<IssuedRecord> records;
    for (const store::IssuedCertificate& issued : store.reports().issuedCertificates(learner_id))
        if (auto record = readIssued(issued)) records.push_back(std::move(*record));
    return records;
}

std::string certificateProblem(const std::string& name, const progress::LearnerStatus& status, bool archived) {
    using progress::LearnerState;
    if (archived) return name + " is archived; certificates are issued to active learners only.";
    if (!status.role_known) return name + "'s role is not in this course, so there is no role quiz to pass.";
    if (status.compliant && status.completed_on && status.valid_until) return {};
    if (status.state == LearnerState::Expired && status.valid_until)
        return name + "'s training expired on " + formatDate(*status.valid_until) +
               "; a new certificate comes with passing the role quiz again.";
    if (status.role_quiz_passed)
        return name + " passed the role quiz but has completed " + std::to_string(status.modules_completed) + " of " +
               countText(status.modules_required, "module", "modules") +
               "; the certificate comes when every module is complete.";
    std::string state(progress::stateName(status.state));
    std::replace(state.begin(), state.end(), '-', ' ');
    return name + " has not passed the role quiz yet (status: " + state + "); the certificate comes with passing it.";
}

CertificateOutcome certificateFor(store::Store& store, const Issuer& issuer, std::int64_t learner_id, bool issue) {
    CertificateOutcome outcome;
    const auto row = store.reports().dashboardRow(issuer.curriculum, learner_id, issuer.today);
    if (!row) {
        outcome.problem = "There is no learner with id " + std::to_string(learner_id) + ".";
        return outcome;
    }
    const store::Learner& learner = row->learner;
    outcome.problem = certificateProblem(learner.name, row->status, learner.archived);
    if (!outcome.problem.empty()) return outcome;
    outcome.earned = true;

    const std::vector<IssuedRecord> records = issuedRecords(store, learner_id);
    if (const IssuedRecord* issued = sameTraining(records, learner, *row->status.completed_on, issuer.trusted)) {
        outcome.record = *issued;
        return outcome;
    }
    if (!issuer.key) {
        outcome.needs_signing_computer = true;
        outcome.problem = learner.name + "'s certificate has not been issued yet. Certificates are signed on the "
                          "organisation's signing computer only, and this one holds no signing key (" +
                          issuer.key_file + "); ask the manager who issues them.";
        return outcome;
    }
    if (issuer.organisation.empty()) {
        outcome.problem = "Name the organisation first: ipprimer certificate key --organisation NAME";
        return outcome;
    }
    if (!issue) return outcome;
    IssuedRecord record;
    record.learner_id = learner_id;
    record.role = learner.role;
    record.certificate = newCertificate(issuer, learner, row->status);
    record.code = issueCode(record.certificate, *issuer.key);
    record.key = issuer.key->publicKey();
    record.issued_at = store.now();
    store::NewEvent event;
    event.learner_id = learner_id;
    event.verb = store::verbs::kCertificateIssued;
    event.object = record.certificate.certificate_id;
    event.context = recordDetails(record);
    event.at = record.issued_at;
    store.journal().append(event);
    outcome.record = std::move(record);
    outcome.newly_issued = true;
    return outcome;
}

LocalIssuer localIssuer(store::Store& store) {
    LocalIssuer local;
    const std::filesystem::path key_file = signingKeyPath(store.path());
    local.key = readSigningKey(key_file);
    local.organisation = organisationName(store.settings());
    local.key_file = key_file.string();
    local.today = localDate(store.now());
    if (local.key) local.trusted = verifyingKeys(store.settings(), local.key);
    return local;
}

PaperSize localPaper() {
    for (const char* name : {"LC_ALL", "LC_PAPER", "LANG"}) {
        const char* value = std::getenv(name);
        if (!value || !*value) continue;
        const std::string_view locale(value);
        return locale.find("_US") != std::string_view::npos || locale.find("_CA") != std::string_view::npos
                   ? PaperSize::Letter
                   : PaperSize::A4;
    }
    return PaperSize::A4;
}

std::string certificateFileName(const Certificate& c) {
    std::string name = "certificate";
    for (const std::string& part : {c.employee_id, c.learner_name}) {
        if (part.empty()) continue;
        name += '-';
        for (unsigned char ch : part) {
            if (std::isalnum(ch)) name += static_cast<char>(std::tolower(ch));
            else if (ch >= 0x80) name += static_cast<char>(ch);  // letters of other scripts, as written
            else if (name.back() != '-') name += '-';
        }
        while (name.back() == '-') name.pop_back();
    }
    return name + ".pdf";
}

CertificateOutcome saveCertificate(store::Store& store, const Issuer& issuer, std::int64_t learner_id,
                                   const std::filesystem::path& path, PaperSize paper) {
    CertificateOutcome outcome = certificateFor(store, issuer, learner_id);
    if (!outcome.record) return outcome;
    const IssuedRecord& record = *outcome.record;
    saveExport(path, certificatePdf(record.certificate, record.code, record.key, paper));
    return outcome;
}

Verification checkWithRecords(store::Store& store, Verification verification) {
    if (!verification.claim) return verification;
    if (verification.verdict != Verdict::Genuine && verification.verdict != Verdict::Expired) return verification;
    if (store.roster().list(true).empty()) return verification;  // a verifier's computer: no records to check
    const SignedClaim& claim = *verification.claim;
    const auto issued = store.reports().findIssuedCertificate(claim.certificate_id);
    if (!issued) {
        verification.verdict = Verdict::UnknownId;
        verification.reason = "The code is signed, but no certificate " + claim.certificate_id +
                              " was ever issued in these records.";
        return verification;
    }
    const auto learner = store.roster().find(issued->learner_id);
    if (learner && learner->archived) {
        std::string when;
        for (const store::ManagerAction& action : store.reports().learnerHistory(learner->id).actions)
            if (action.verb == store::verbs::kArchived) {
                when = " on " + formatDate(localDate(action.at));
                break;  // newest first
            }
        verification.verdict = Verdict::LearnerArchived;
        verification.reason = "Genuine, but " + claim.learner_name + " was archived" + when +
                              " (has left the organisation), so the certificate no longer stands.";
    }
    return verification;
}

}  // namespace ipprimer::exports
