// Certificates as the records hold them: who has earned one (by the
// compliance rules every screen uses), issuing it on the signing machine as a
// `certificate-issued` event, reading issued ones back to draw again, and
// the checks a verifier can add when it holds the organisation's records.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/dates.h"
#include "export/certificate.h"
#include "export/certificate_code.h"
#include "export/certificate_keys.h"
#include "export/pdf_page.h"
#include "progress/status.h"

namespace ipprimer::store {
class Store;
struct IssuedCertificate;
}  // namespace ipprimer::store

namespace ipprimer::exports {

// A certificate as issued: what was signed, its code and the key that signed it.
struct IssuedRecord {
    std::int64_t learner_id = 0;
    std::string role;  // the role id it was earned for
    Certificate certificate;
    std::string code;
    PublicKey key;
    std::int64_t issued_at = 0;  // unix ms
};

// The event's details as JSON, and back; nullopt when a record cannot be read.
std::string recordDetails(const IssuedRecord& record);
std::optional<IssuedRecord> readIssued(const store::IssuedCertificate& issued);

// Everything a learner's certificates need from the issuing computer.
struct Issuer {
    const progress::Curriculum& curriculum;
    std::string organisation;           // printed on new certificates
    const SigningKey* key = nullptr;    // null: this computer cannot issue
    std::string key_file;               // for messages: where the key would be
    Date today;
    // The keys an issued certificate may be signed by to be saved again; one
    // signed by a withdrawn key is issued anew. Empty: any (a learner's PC).
    std::vector<PublicKey> trusted = {};
};

// What this computer issues with: its signing key if it has one (the file
// beside the database), the organisation's name and the trusted keys.
struct LocalIssuer {
    std::optional<SigningKey> key;
    std::string organisation;
    std::string key_file;
    Date today;
    std::vector<PublicKey> trusted;

    // Valid while this LocalIssuer and `curriculum` are.
    Issuer issuer(const progress::Curriculum& curriculum) const {
        return Issuer{curriculum, organisation, key ? &*key : nullptr, key_file, today, trusted};
    }
};
// Throws std::runtime_error when the key file is unsafe or unreadable.
LocalIssuer localIssuer(store::Store& store);

struct CertificateOutcome {
    std::optional<IssuedRecord> record;  // set when there is a certificate to draw
    bool newly_issued = false;
    bool earned = false;  // the rules give the learner a certificate (it may still not be issued here)
    bool needs_signing_computer = false;  // earned, not yet issued, and this computer holds no key
    std::string problem;  // why there is none, one or two sentences for a person
};

// The learner's certificate for their current training: the one already
// issued for it, else a new one when `issuer.key` is set (recorded at once),
// else why not (not passed, expired, archived, not issued yet here). With
// `issue` false nothing is signed or recorded: a certificate that would be
// issued comes back as no record and no problem.
CertificateOutcome certificateFor(store::Store& store, const Issuer& issuer, std::int64_t learner_id,
                                  bool issue = true);

// The paper of the place the program runs in: US Letter where LC_PAPER (or
// LC_ALL, LANG) names the United States or Canada, A4 elsewhere.
PaperSize localPaper();

// "certificate-E1042-zoe-muller.pdf"-like: the employee id and the name,
// without characters a file system or a mail program would trip over.
std::string certificateFileName(const Certificate& certificate);

// Saves the learner's certificate as a PDF at `path` (issuing it first when
// needed and possible); the outcome says why not when there is none.
// Throws WriteError when the file cannot be written.
CertificateOutcome saveCertificate(store::Store& store, const Issuer& issuer, std::int64_t learner_id,
                                   const std::filesystem::path& path, PaperSize paper);

// Whether the learner may have a certificate now, and if not why; the same
// rules as certificateFor, without touching the records.
std::string certificateProblem(const std::string& name, const progress::LearnerStatus& status, bool archived);

// The certificates issued to a learner that can still be read, oldest first.
std::vector<IssuedRecord> issuedRecords(store::Store& store, std::int64_t learner_id);

// Adds what the organisation's records know to a verification: a code whose
// id was never issued here (UnknownId), or whose learner has been archived
// (LearnerArchived). A store with no learners holds no records to check and
// leaves the verification as it was.
Verification checkWithRecords(store::Store& store, Verification verification);

}  // namespace ipprimer::exports
