// The verification code printed under a certificate's QR code: a signed claim
// that anyone holding the organisation's public key can check offline.
//
// Layout (version 1), before base32: version byte, key id (4 bytes), date
// passed and valid until (days since 1970, 2 bytes each), score (1 byte), the
// certificate id, learner name and employee id (each a length byte and UTF-8),
// a 16-byte BLAKE2b digest of canonicalBytes(certificate), then the Ed25519
// signature (64 bytes) of all that. The code alone says who passed, when and
// until when; the digest ties it to every other line of the certificate.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/dates.h"
#include "export/certificate.h"
#include "export/certificate_keys.h"

namespace ipprimer::exports {

// What a code states once its signature has been checked.
struct SignedClaim {
    KeyId key_id{};
    std::string certificate_id;
    std::string learner_name;
    std::string employee_id;
    int score_percent = 0;
    Date passed_on;
    Date valid_until;
    std::array<std::uint8_t, 16> digest{};  // of canonicalBytes of the whole certificate
};

// The code for a certificate, in dashed groups of five. Throws
// std::invalid_argument when a field cannot be carried (more than 255 bytes,
// a score outside 0..100, a date outside 1970-2149).
std::string issueCode(const Certificate& certificate, const SigningKey& key);

enum class Verdict {
    Genuine,        // signed by a trusted key, matches, still valid
    UnknownFormat,  // not a code of ours, cut short, or from a newer version
    EditedText,     // the code or the certificate differs from what was signed
    OtherKey,       // well formed, but signed by a key the verifier does not trust
    Expired,        // genuine, but past its valid-until date
    // Only a verifier holding the organisation's records can say these
    // (checkWithRecords in certificate_records.h):
    UnknownId,        // signed, but no certificate with its id was issued in the records
    LearnerArchived,  // genuine, but the learner has since been archived (left)
};

struct Verification {
    Verdict verdict = Verdict::UnknownFormat;
    std::string reason;                // one sentence for the person checking
    std::optional<SignedClaim> claim;  // set once the signature is known good
};

// Checks a code on its own against the trusted keys (the current one and any
// earlier ones not withdrawn) on `today`.
Verification verifyCode(std::string_view code, const std::vector<PublicKey>& trusted, Date today);

// Checks a code and the certificate it was printed on: every field shown
// must be the one signed, or the verdict is EditedText naming the field.
Verification verifyCertificate(const Certificate& shown, std::string_view code,
                               const std::vector<PublicKey>& trusted, Date today);

}  // namespace ipprimer::exports
