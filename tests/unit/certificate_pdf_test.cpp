// The certificate PDF read back as a person and a verifier would: its text
// through pdftotext, its page through pdftoppm (poppler-utils).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "export/certificate_code.h"
#include "export/certificate_pdf.h"
#include "export/qr_code.h"
#include "pdf_text.h"
#include "picture.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::exports;
using ipprimer::testing::commandOutput;
using ipprimer::testing::withoutSpaces;

namespace {

Certificate sample() {
    Certificate c;
    c.organisation = "Acme Widgets Ltd";
    c.learner_name = "Zoë Müller-Åberg";
    c.employee_id = "E-1042";
    c.role_title = "Engineer or researcher";
    c.modules = {"What intellectual property is", "Trade secrets and confidentiality", "Patents and inventions",
                 "Copyright and software", "Working with partners"};
    c.score_percent = 92;
    c.passed_on = makeDate(2025, 3, 14);
    c.valid_until = makeDate(2027, 3, 14);
    c.certificate_id = "7K3Q-F9M2-A1BX";
    return c;
}

struct Drawn {
    std::string text;  // pdftotext
    std::string info;  // pdfinfo
    ipprimer::testing::Picture page;
};

Drawn draw(const Certificate& c, const std::string& code, const PublicKey& key, PaperSize paper,
           const ipprimer::testing::TempFolder& folder) {
    const std::string pdf = (folder.path() / "certificate.pdf").string();
    std::ofstream(pdf, std::ios::binary) << certificatePdf(c, code, key, paper);
    if (const char* keep = std::getenv("IPPRIMER_KEEP_CERTIFICATE"))  // for redrawing docs/certificate.png
        std::filesystem::copy_file(pdf, keep, std::filesystem::copy_options::overwrite_existing);
    Drawn drawn;
    drawn.text = commandOutput("pdftotext -layout '" + pdf + "' -");
    drawn.info = commandOutput("pdfinfo '" + pdf + "'");
    const std::string png = (folder.path() / "page").string();
    std::system(("pdftoppm -png -r 60 -singlefile '" + pdf + "' '" + png + "'").c_str());
    EXPECT_TRUE(drawn.page.load(png + ".png")) << "pdftoppm made no page";
    return drawn;
}

TEST(CertificatePdf, ReadsBackWithTheNameTheCodeAndTheDates) {
    ipprimer::testing::TempFolder folder;
    const SigningKey key = SigningKey::generate();
    const Certificate c = sample();
    const std::string code = issueCode(c, key);
    const Drawn drawn = draw(c, code, key.publicKey(), PaperSize::A4, folder);

    EXPECT_NE(drawn.text.find("Zoë Müller-Åberg"), std::string::npos) << drawn.text;
    EXPECT_NE(drawn.text.find("E-1042"), std::string::npos);
    EXPECT_NE(drawn.text.find("Engineer or researcher"), std::string::npos);
    EXPECT_NE(drawn.text.find("14 March 2025"), std::string::npos) << drawn.text;
    EXPECT_NE(drawn.text.find("14 March 2027"), std::string::npos) << drawn.text;
    EXPECT_NE(drawn.text.find("92%"), std::string::npos);
    EXPECT_NE(drawn.text.find("7K3Q-F9M2-A1BX"), std::string::npos);
    for (const auto& module : c.modules) EXPECT_NE(drawn.text.find(module), std::string::npos) << module;
    // The code wraps over lines on the page; read without the breaks it is whole.
    EXPECT_NE(withoutSpaces(drawn.text).find(code), std::string::npos) << drawn.text;
    EXPECT_NE(withoutSpaces(drawn.text).find(withoutSpaces(fingerprint(key.publicKey()))), std::string::npos);

    EXPECT_NE(drawn.info.find("Pages:           1"), std::string::npos) << drawn.info;
    EXPECT_NE(drawn.info.find("(A4)"), std::string::npos) << drawn.info;
    EXPECT_NE(drawn.info.find(code), std::string::npos) << "the code is in the file's keywords: " << drawn.info;
}

TEST(CertificatePdf, ThePageIsDrawnNotBlankWithTheQrCodeAtTheBottomLeft) {
    ipprimer::testing::TempFolder folder;
    const SigningKey key = SigningKey::generate();
    const Certificate c = sample();
    const Drawn drawn = draw(c, issueCode(c, key), key.publicKey(), PaperSize::A4, folder);
    const ipprimer::testing::Picture& page = drawn.page;
    ASSERT_GT(page.width, 400);
    EXPECT_GT(page.inkShare(), 0.03) << "a page with almost nothing on it";
    // The QR code: about half its modules dark, in the lower left quarter.
    EXPECT_GT(page.inkShare(page.width / 8, page.height * 3 / 4, page.width * 5 / 16, page.height * 15 / 16), 0.2);
    // The name, large, in the upper half.
    EXPECT_GT(page.tallestGlyphRun(page.width / 6, page.height / 4, page.width * 5 / 6, page.height / 2), 18);
}

TEST(CertificatePdf, FitsUsLetterAndALongModuleListOnOnePage) {
    ipprimer::testing::TempFolder folder;
    const SigningKey key = SigningKey::generate();
    Certificate c = sample();
    for (int i = 1; i <= 12; ++i) c.modules.push_back("Extra module number " + std::to_string(i));
    const Drawn drawn = draw(c, issueCode(c, key), key.publicKey(), PaperSize::Letter, folder);
    EXPECT_NE(drawn.info.find("612 x 792 pts (letter)"), std::string::npos) << drawn.info;
    EXPECT_NE(drawn.info.find("Pages:           1"), std::string::npos) << drawn.info;
    EXPECT_NE(drawn.text.find("Extra module number 12"), std::string::npos) << drawn.text;
    EXPECT_NE(drawn.text.find("14 March 2027"), std::string::npos) << drawn.text;
}

TEST(QrCode, HoldsACertificateCodeWithFinderPatternsInThreeCorners) {
    const SigningKey key = SigningKey::generate();
    const QrCode qr = makeQrCode(issueCode(sample(), key));
    ASSERT_GE(qr.size, 21);
    EXPECT_EQ((qr.size - 17) % 4, 0) << "a QR code's side is 17 + 4 x version";
    for (auto [x, y] : {std::pair{0, 0}, std::pair{qr.size - 7, 0}, std::pair{0, qr.size - 7}}) {
        EXPECT_TRUE(qr.isDark(x, y) && qr.isDark(x + 6, y + 6) && qr.isDark(x + 3, y + 3)) << x << "," << y;
        EXPECT_FALSE(qr.isDark(x + 1, y + 1)) << x << "," << y;
    }
    EXPECT_THROW(makeQrCode(std::string(8000, 'A')), std::runtime_error);
}

}  // namespace
