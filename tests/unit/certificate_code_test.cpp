// Certificates and their verification codes: a genuine one passes, and every
// way of faking one a person might try fails with a reason that says why.
#include <gtest/gtest.h>

#include <set>

#include "export/base32.h"
#include "export/certificate.h"
#include "export/certificate_code.h"
#include "export/certificate_keys.h"

using namespace ipprimer;
using namespace ipprimer::exports;

namespace {

Certificate sample() {
    Certificate c;
    c.organisation = "Acme Widgets Ltd";
    c.learner_name = "Zoë Müller-Åberg";
    c.employee_id = "E-1042";
    c.role_title = "Engineer or researcher";
    c.modules = {"What IP is", "Trade secrets and confidentiality", "Patents"};
    c.score_percent = 92;
    c.passed_on = makeDate(2025, 3, 14);
    c.valid_until = makeDate(2027, 3, 14);
    c.certificate_id = "7K3Q-F9M2-A1BX";
    return c;
}

const Date kToday = makeDate(2025, 6, 1);

// The same code with one character replaced by another the alphabet allows.
std::string withOneCharacterChanged(std::string code, std::size_t index) {
    while (code[index] == '-') ++index;
    code[index] = code[index] == 'A' ? 'B' : 'A';
    return code;
}

TEST(Base32, RoundTripsEveryLengthAndForgivesWhatPeopleType) {
    for (std::size_t size = 0; size < 40; ++size) {
        std::vector<std::uint8_t> bytes(size);
        for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<std::uint8_t>(i * 37 + size);
        const std::string text = base32Encode(bytes);
        EXPECT_EQ(base32Decode(text), bytes) << size;
        EXPECT_EQ(base32Decode(groupedText(text)), bytes) << size;
    }
    // Lower case, O for zero and l for one read the same as the code.
    EXPECT_EQ(base32Decode("0113-abcd"), base32Decode("OIl3 ABCD"));
    EXPECT_FALSE(base32Decode("ABC!"));  // not in the alphabet
    EXPECT_FALSE(base32Decode("U"));     // U is left out on purpose
    EXPECT_FALSE(base32Decode("AB1"));   // its last character holds bits no byte uses
}

TEST(CertificateText, EveryFieldChangesTheBytesAndALineBreakCannotForgeAField) {
    const Certificate original = sample();
    const std::string bytes = canonicalBytes(original);
    EXPECT_NE(bytes.find("learner: Zoë Müller-Åberg\n"), std::string::npos) << bytes;
    EXPECT_NE(bytes.find("valid until: 2027-03-14\n"), std::string::npos) << bytes;

    Certificate forged = original;
    forged.learner_name = "Zoë Müller-Åberg\nemployee id: E-1";
    EXPECT_EQ(canonicalBytes(forged).find("\nemployee id: E-1\n"), std::string::npos);

    // Moving a module into the role title is not the same certificate.
    Certificate moved = original;
    moved.role_title += "\nmodule: Patents";
    moved.modules.pop_back();
    EXPECT_NE(canonicalBytes(moved), bytes);
}

TEST(CertificateId, IsShortGroupedAndFresh) {
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        const std::string id = newCertificateId();
        EXPECT_EQ(id.size(), 14u) << id;
        EXPECT_EQ(id[4], '-');
        seen.insert(id);
    }
    EXPECT_EQ(seen.size(), 200u);
}

TEST(CertificateKeys, PublicAndSecretTextsRoundTrip) {
    const SigningKey key = SigningKey::generate();
    const std::string text = publicKeyText(key.publicKey());
    EXPECT_EQ(text.rfind("ed25519:", 0), 0u) << text;
    EXPECT_EQ(parsePublicKey(text), key.publicKey());
    EXPECT_EQ(parsePublicKey(text.substr(8)), key.publicKey());  // pasted without the prefix
    EXPECT_FALSE(parsePublicKey("ed25519:ABCDE"));

    const auto again = SigningKey::fromSecretText(key.secretText());
    ASSERT_TRUE(again);
    EXPECT_EQ(again->publicKey(), key.publicKey());
    // A public key is never taken for a secret one.
    EXPECT_FALSE(SigningKey::fromSecretText(text));
    EXPECT_EQ(fingerprint(key.publicKey()).size(), 19u);
    EXPECT_NE(fingerprint(key.publicKey()), fingerprint(SigningKey::generate().publicKey()));
}

TEST(CertificateCode, AGenuineCertificatePassesAndTheCodeAloneSaysWhoAndUntilWhen) {
    const SigningKey key = SigningKey::generate();
    const Certificate certificate = sample();
    const std::string code = issueCode(certificate, key);
    EXPECT_LT(code.size(), 260u) << "short enough for a QR code a phone reads from paper";

    const Verification alone = verifyCode(code, {key.publicKey()}, kToday);
    EXPECT_EQ(alone.verdict, Verdict::Genuine) << alone.reason;
    ASSERT_TRUE(alone.claim);
    EXPECT_EQ(alone.claim->learner_name, "Zoë Müller-Åberg");
    EXPECT_EQ(alone.claim->employee_id, "E-1042");
    EXPECT_EQ(alone.claim->certificate_id, "7K3Q-F9M2-A1BX");
    EXPECT_EQ(alone.claim->score_percent, 92);
    EXPECT_EQ(alone.claim->valid_until, makeDate(2027, 3, 14));
    EXPECT_NE(alone.reason.find("2027-03-14"), std::string::npos) << alone.reason;

    const Verification with_text = verifyCertificate(certificate, code, {key.publicKey()}, kToday);
    EXPECT_EQ(with_text.verdict, Verdict::Genuine) << with_text.reason;
    // Typed in lower case without dashes, it is still the same code.
    std::string typed;
    for (char c : code)
        if (c != '-') typed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_EQ(verifyCode(typed, {key.publicKey()}, kToday).verdict, Verdict::Genuine);
}

TEST(CertificateCode, ACodeWithAnyOneCharacterChangedFails) {
    const SigningKey key = SigningKey::generate();
    const std::string code = issueCode(sample(), key);
    // Every position, so a change in the dates, the name or the signature is caught.
    for (std::size_t index = 0; index < code.size(); ++index) {
        if (code[index] == '-') continue;
        const Verification v = verifyCode(withOneCharacterChanged(code, index), {key.publicKey()}, kToday);
        EXPECT_NE(v.verdict, Verdict::Genuine) << "position " << index;
        EXPECT_NE(v.verdict, Verdict::Expired) << "position " << index;
    }
    const Verification changed = verifyCode(withOneCharacterChanged(code, 120), {key.publicKey()}, kToday);
    EXPECT_EQ(changed.verdict, Verdict::EditedText) << changed.reason;
}

TEST(CertificateCode, ACodeSignedByAnotherKeyFails) {
    const SigningKey organisation = SigningKey::generate();
    const SigningKey forger = SigningKey::generate();
    const std::string code = issueCode(sample(), forger);
    const Verification v = verifyCode(code, {organisation.publicKey()}, kToday);
    EXPECT_EQ(v.verdict, Verdict::OtherKey) << v.reason;
    EXPECT_FALSE(v.claim);
    EXPECT_NE(v.reason.find("another key"), std::string::npos) << v.reason;
    // After a key is replaced, codes signed by the earlier key still check
    // against it while the verifier keeps it among the trusted keys.
    EXPECT_EQ(verifyCode(code, {organisation.publicKey(), forger.publicKey()}, kToday).verdict, Verdict::Genuine);
}

TEST(CertificateCode, EveryEditedFieldOfTheCertificateFailsAndIsNamed) {
    const SigningKey key = SigningKey::generate();
    const Certificate original = sample();
    const std::string code = issueCode(original, key);
    struct Edit {
        const char* what;
        void (*apply)(Certificate&);
        const char* named;
    };
    const Edit edits[] = {
        {"name", [](Certificate& c) { c.learner_name = "Zoe Muller-Aberg"; }, "name"},
        {"employee id", [](Certificate& c) { c.employee_id = "E-1043"; }, "employee id"},
        {"id", [](Certificate& c) { c.certificate_id = "7K3Q-F9M2-A1BY"; }, "id"},
        {"score", [](Certificate& c) { c.score_percent = 98; }, "score"},
        {"passed", [](Certificate& c) { c.passed_on = makeDate(2025, 3, 15); }, "date passed"},
        {"valid until", [](Certificate& c) { c.valid_until = makeDate(2029, 3, 14); }, "valid-until"},
        {"organisation", [](Certificate& c) { c.organisation = "Acme Widgets Inc"; }, "organisation"},
        {"role", [](Certificate& c) { c.role_title = "Manager"; }, "role"},
        {"modules", [](Certificate& c) { c.modules.push_back("Trade marks"); }, "modules"},
    };
    for (const Edit& edit : edits) {
        Certificate shown = original;
        edit.apply(shown);
        const Verification v = verifyCertificate(shown, code, {key.publicKey()}, kToday);
        EXPECT_EQ(v.verdict, Verdict::EditedText) << edit.what << ": " << v.reason;
        EXPECT_NE(v.reason.find(edit.named), std::string::npos) << edit.what << ": " << v.reason;
    }
}

TEST(CertificateCode, ExpiresTheDayAfterItsValidUntilDate) {
    const SigningKey key = SigningKey::generate();
    const std::string code = issueCode(sample(), key);
    EXPECT_EQ(verifyCode(code, {key.publicKey()}, makeDate(2027, 3, 14)).verdict, Verdict::Genuine);
    const Verification v = verifyCode(code, {key.publicKey()}, makeDate(2027, 3, 15));
    EXPECT_EQ(v.verdict, Verdict::Expired) << v.reason;
    EXPECT_NE(v.reason.find("expired on 2027-03-14"), std::string::npos) << v.reason;
    ASSERT_TRUE(v.claim);  // still says whose it was
}

TEST(CertificateCode, WhatIsNotACodeIsSaidToBeOfUnknownFormat) {
    const SigningKey key = SigningKey::generate();
    const std::string code = issueCode(sample(), key);
    for (const std::string& text : {std::string("hello, world"), std::string(""), std::string("ZZZZZ-ZZZZZ"),
                                    code.substr(0, code.size() - 6), code + "-00000-00000"}) {
        const Verification v = verifyCode(text, {key.publicKey()}, kToday);
        EXPECT_EQ(v.verdict, Verdict::UnknownFormat) << text << ": " << v.reason;
        EXPECT_FALSE(v.reason.empty());
    }
}

TEST(CertificateCode, RefusesToSignWhatItCannotCarry) {
    const SigningKey key = SigningKey::generate();
    Certificate c = sample();
    c.learner_name = std::string(300, 'a');
    EXPECT_THROW(issueCode(c, key), std::invalid_argument);
    c = sample();
    c.score_percent = 101;
    EXPECT_THROW(issueCode(c, key), std::invalid_argument);
}

}  // namespace
