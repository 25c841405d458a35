// Verification codes: writing the signed claim, reading it back, and the
// checks in the order that gives the most useful reason.
#include "export/certificate_code.h"

#include <sodium.h>

#include <algorithm>
#include <stdexcept>

#include "export/base32.h"

namespace ipprimer::exports {
namespace {

constexpr std::uint8_t kVersion = 1;
// Signed before the claim, so a signature made for anything else the key
// might ever sign can never pass as a certificate.
constexpr std::string_view kDomain = "ipprimer certificate code 1\n";

using Bytes = std::vector<std::uint8_t>;

std::array<std::uint8_t, 16> digestOf(const Certificate& certificate) {
    const std::string text = canonicalBytes(certificate);
    std::array<std::uint8_t, 16> digest{};
    crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(text.data()),
                       text.size(), nullptr, 0);
    return digest;
}

void putDay(Bytes& out, Date date, const char* what) {
    if (date.days < 0 || date.days > 0xFFFF) throw std::invalid_argument(std::string(what) + " is outside 1970-2149");
    out.push_back(static_cast<std::uint8_t>(date.days >> 8));
    out.push_back(static_cast<std::uint8_t>(date.days & 0xFF));
}

void putText(Bytes& out, const std::string& text, const char* what) {
    if (text.size() > 255) throw std::invalid_argument(std::string(what) + " is longer than 255 bytes");
    out.push_back(static_cast<std::uint8_t>(text.size()));
    out.insert(out.end(), text.begin(), text.end());
}

std::string signedMessage(const Bytes& claim) {
    return std::string(kDomain) + std::string(claim.begin(), claim.end());
}

// Reads the claim part of a decoded code; nullopt when the bytes are not one.
struct Reader {
    const Bytes& bytes;
    std::size_t at = 0;
    bool ok = true;

    std::uint8_t byte() {
        if (at >= bytes.size()) { ok = false; return 0; }
        return bytes[at++];
    }
    Date day() {
        const int high = byte();
        return Date{(high << 8) | byte()};
    }
    std::string text() {
        const std::size_t size = byte();
        if (!ok || bytes.size() - at < size) { ok = false; return {}; }
        std::string out(bytes.begin() + static_cast<std::ptrdiff_t>(at), bytes.begin() + static_cast<std::ptrdiff_t>(at + size));
        at += size;
        return out;
    }
};

Verification result(Verdict verdict, std::string reason, std::optional<SignedClaim> claim = std::nullopt) {
    return Verification{verdict, std::move(reason), std::move(claim)};
}

std::string keyIdText(const KeyId& id) { return groupedText(base32Encode(Bytes(id.begin(), id.end())), 4); }

}  // namespace

std::string issueCode(const Certificate& certificate, const SigningKey& key) {
    if (certificate.score_percent < 0 || certificate.score_percent > 100)
        throw std::invalid_argument("the score must be 0 to 100");
    Bytes claim{kVersion};
    const KeyId id = keyId(key.publicKey());
    claim.insert(claim.end(), id.begin(), id.end());
    putDay(claim, certificate.passed_on, "the date passed");
    putDay(claim, certificate.valid_until, "the valid-until date");
    claim.push_back(static_cast<std::uint8_t>(certificate.score_percent));
    putText(claim, certificate.certificate_id, "the certificate id");
    putText(claim, certificate.learner_name, "the learner's name");
    putText(claim, certificate.employee_id, "the employee id");
    const auto digest = digestOf(certificate);
    claim.insert(claim.end(), digest.begin(), digest.end());
    const Signature signature = key.sign(signedMessage(claim));
    claim.insert(claim.end(), signature.begin(), signature.end());
    return groupedText(base32Encode(claim));
}

Verification verifyCode(std::string_view code, const std::vector<PublicKey>& trusted, Date today) {
    const auto bytes = base32Decode(code);
    if (!bytes) return result(Verdict::UnknownFormat, "This is not a certificate code: it holds characters a code never has, or is cut short.");
    if (bytes->empty() || bytes->front() != kVersion)
        return result(Verdict::UnknownFormat, "This is not a certificate code this version of IP Primer can read.");

    Reader reader{*bytes};
    SignedClaim claim;
    reader.byte();  // the version
    for (auto& part : claim.key_id) part = reader.byte();
    claim.passed_on = reader.day();
    claim.valid_until = reader.day();
    claim.score_percent = reader.byte();
    claim.certificate_id = reader.text();
    claim.learner_name = reader.text();
    claim.employee_id = reader.text();
    for (auto& part : claim.digest) part = reader.byte();
    if (!reader.ok || bytes->size() - reader.at != 64)
        return result(Verdict::UnknownFormat, "This certificate code is incomplete or has extra characters; check that all of it was copied.");

    const Bytes signed_part(bytes->begin(), bytes->begin() + static_cast<std::ptrdiff_t>(reader.at));
    Signature signature{};
    std::copy(bytes->begin() + static_cast<std::ptrdiff_t>(reader.at), bytes->end(), signature.begin());

    bool known_key = false;
    bool matches = false;
    for (const PublicKey& key : trusted) {
        if (keyId(key) != claim.key_id) continue;
        known_key = true;
        if (signatureMatches(key, signedMessage(signed_part), signature)) matches = true;
    }
    if (!known_key)
        return result(Verdict::OtherKey, "This code was signed by another key (id " + keyIdText(claim.key_id) +
                                             "), not by the organisation's key; it is not one of its certificates.");
    if (!matches)
        return result(Verdict::EditedText, "This code does not match its signature: it was changed or mistyped after it was signed.");

    if (today > claim.valid_until)
        return result(Verdict::Expired, "Genuine, but expired on " + formatDate(claim.valid_until) + ".", claim);
    return result(Verdict::Genuine,
                  "Genuine: certificate " + claim.certificate_id + " for " + claim.learner_name + " (employee " +
                      claim.employee_id + "), passed on " + formatDate(claim.passed_on) + " with " +
                      std::to_string(claim.score_percent) + "%, valid until " + formatDate(claim.valid_until) + ".",
                  claim);
}

Verification verifyCertificate(const Certificate& shown, std::string_view code, const std::vector<PublicKey>& trusted,
                               Date today) {
    Verification verification = verifyCode(code, trusted, today);
    if (!verification.claim) return verification;
    const SignedClaim& claim = *verification.claim;
    auto edited = [&](const std::string& what, const std::string& shown_value, const std::string& signed_value) {
        return result(Verdict::EditedText,
                      "The certificate was edited: its " + what + " reads \"" + shown_value + "\" but \"" +
                          signed_value + "\" was signed.",
                      claim);
    };
    if (shown.certificate_id != claim.certificate_id) return edited("id", shown.certificate_id, claim.certificate_id);
    if (shown.learner_name != claim.learner_name) return edited("learner's name", shown.learner_name, claim.learner_name);
    if (shown.employee_id != claim.employee_id) return edited("employee id", shown.employee_id, claim.employee_id);
    if (shown.passed_on != claim.passed_on) return edited("date passed", formatDate(shown.passed_on), formatDate(claim.passed_on));
    if (shown.valid_until != claim.valid_until)
        return edited("valid-until date", formatDate(shown.valid_until), formatDate(claim.valid_until));
    if (shown.score_percent != claim.score_percent)
        return edited("score", std::to_string(shown.score_percent) + "%", std::to_string(claim.score_percent) + "%");
    if (digestOf(shown) != claim.digest)
        return result(Verdict::EditedText,
                      "The certificate was edited: its organisation, role or modules differ from those signed.", claim);
    return verification;
}

}  // namespace ipprimer::exports
