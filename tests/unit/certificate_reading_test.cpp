// A certificate read back from its own PDF's text, as `certificate verify
// FILE.pdf` reads it: every field as drawn, including a name that wraps over
// lines at a hyphen and modules in two columns.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <variant>

#include "export/certificate_code.h"
#include "export/certificate_pdf.h"
#include "export/certificate_reading.h"
#include "pdf_text.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::exports;

namespace {

std::string rawText(const Certificate& c, const std::string& code, const SigningKey& key, PaperSize paper) {
    const ipprimer::testing::TempFolder folder;
    const std::string pdf = (folder.path() / "c.pdf").string();
    std::ofstream(pdf, std::ios::binary) << certificatePdf(c, code, key.publicKey(), paper);
    return ipprimer::testing::commandOutput(("pdftotext -raw -enc UTF-8 '" + pdf + "' -"));
}

Certificate sample() {
    Certificate c;
    c.organisation = "Acme Widgets-and-Gadgets Ltd";
    c.learner_name = "Zoë Müller-Åberg";
    c.employee_id = "E-1042";
    c.role_title = "R&D and engineering";
    c.modules = {"Why IP matters to your company", "The kinds of IP", "IP in daily work"};
    c.score_percent = 92;
    c.passed_on = makeDate(2025, 3, 14);
    c.valid_until = makeDate(2027, 3, 14);
    c.certificate_id = "7K3Q-F9M2-A1BX";
    return c;
}

TEST(CertificateReading, EveryFieldComesBackAsDrawn) {
    const SigningKey key = SigningKey::generate();
    for (PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
        Certificate c = sample();
        const std::string code = issueCode(c, key);
        const auto read = readCertificateText(rawText(c, code, key, paper));
        ASSERT_TRUE(std::holds_alternative<ShownCertificate>(read)) << std::get<std::string>(read);
        const ShownCertificate& shown = std::get<ShownCertificate>(read);
        EXPECT_EQ(shown.certificate, c) << canonicalBytes(shown.certificate);
        EXPECT_EQ(verifyCertificate(shown.certificate, shown.code, {key.publicKey()}, makeDate(2026, 1, 1)).verdict,
                  Verdict::Genuine);
    }
}

TEST(CertificateReading, ALongNameAndManyModulesComeBackWhole) {
    const SigningKey key = SigningKey::generate();
    Certificate c = sample();
    c.learner_name = "Maximiliana Alexandrina Konstantinopoulou-Wettersten von Hohenberg";
    for (int i = 1; i <= 7; ++i) c.modules.push_back("Extra module " + std::to_string(i));
    const auto read = readCertificateText(rawText(c, issueCode(c, key), key, PaperSize::A4));
    ASSERT_TRUE(std::holds_alternative<ShownCertificate>(read)) << std::get<std::string>(read);
    EXPECT_EQ(std::get<ShownCertificate>(read).certificate, c) << canonicalBytes(std::get<ShownCertificate>(read).certificate);
}

TEST(CertificateReading, TextThatIsNoCertificateSaysWhatIsMissing) {
    const auto read = readCertificateText("An invoice\nTotal 12.00\n");
    ASSERT_TRUE(std::holds_alternative<std::string>(read));
    EXPECT_NE(std::get<std::string>(read).find("verification code"), std::string::npos);
}

}  // namespace
