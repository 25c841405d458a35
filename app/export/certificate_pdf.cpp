// The certificate's page: a framed, centred composition from the top (title,
// name, role, modules, the three facts) and a verification block anchored at
// the bottom (QR code, code, key), so A4 and US Letter both fit.
#include "export/certificate_pdf.h"

#include <algorithm>
#include <vector>

#include "export/qr_code.h"

namespace ipprimer::exports {
namespace {

constexpr Colour kGold{0.70, 0.56, 0.25};
constexpr Colour kPaper{0.988, 0.980, 0.960};

TextStyle style(std::string font, Colour colour, Align align = Align::Centre, double letter_spacing = 0) {
    return TextStyle{std::move(font), colour, align, letter_spacing, 1.0};
}

std::string upper(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

// Two nested frames on a tinted sheet, with small squares at the corners.
void drawFrame(PdfPage& page) {
    const double w = page.width(), h = page.height();
    page.fill(0, 0, w, h, kPaper);
    page.stroke(24, 24, w - 48, h - 48, 3.0, kNavy);
    page.stroke(32, 32, w - 64, h - 64, 0.8, kGold);
    for (double x : {24.0 - 4, w - 24 - 4})
        for (double y : {24.0 - 4, h - 24 - 4}) page.fill(x, y, 8, 8, kGold);
}

// Score, date passed and valid until side by side, each under a small label.
double drawFacts(PdfPage& page, double y, const Certificate& c) {
    const double left = 80, width = page.width() - 160, column = width / 3;
    const std::pair<std::string, std::string> facts[] = {
        {"SCORE", std::to_string(c.score_percent) + "%"},
        {"DATE PASSED", dateInWords(c.passed_on)},
        {"VALID UNTIL", dateInWords(c.valid_until)},
    };
    page.line(left, y, left + width, y, 0.6, kGold);
    double tallest = 0;
    for (int i = 0; i < 3; ++i) {
        const double x = left + i * column;
        double used = page.text(x, y + 12, column, facts[i].first, style("DejaVu Sans Bold 7", kGrey, Align::Centre, 0.8));
        used += page.text(x, y + 14 + used, column, facts[i].second, style("DejaVu Serif Bold 15", kNavy));
        tallest = std::max(tallest, used);
        if (i > 0) page.line(x, y + 10, x, y + 14 + tallest, 0.6, kGold);
    }
    page.line(left, y + tallest + 26, left + width, y + tallest + 26, 0.6, kGold);
    return tallest + 26;
}

// A gold seal with the year passed, where the page has room for one.
void drawSeal(PdfPage& page, double centre_y, const Certificate& c) {
    const double x = page.width() / 2;
    page.circle(x, centre_y, 29, 1.6, kGold);
    page.circle(x, centre_y, 25, 0.6, kGold);
    page.text(x - 30, centre_y - 13, 60, "CERTIFIED", style("DejaVu Sans Bold 5.5", kGold, Align::Centre, 0.8));
    page.text(x - 30, centre_y - 5, 60, formatDate(c.passed_on).substr(0, 4), style("DejaVu Serif Bold 14", kGold));
}

// The small print along the bottom edge, and above it the QR code with the
// code, the certificate id and the key beside it. Returns the block's top.
double drawVerification(PdfPage& page, const Certificate& c, std::string_view code, const PublicKey& key) {
    const double left = 62, width = page.width() - 2 * left;
    const std::string small_print =
        "To check this certificate, scan the QR code or type the verification code into "
        "\u201Cipprimer certificate verify\u201D with the public key that " + c.organisation +
        " publishes, and compare its fingerprint with the one above. The certificate is genuine only if the "
        "name, dates and score the check shows match this page. The code is an Ed25519 signature by " +
        c.organisation + "; checking it needs no access to any records.";
    const TextStyle small = TextStyle{"DejaVu Sans 6.5", kGrey, Align::Left, 0, 1.1};
    const double small_height = page.measure(width, small_print, small);
    const double small_top = page.height() - 50 - small_height;
    page.text(left, small_top, width, small_print, small);

    const double qr_side = 112;
    const double top = small_top - 14 - qr_side;
    const double text_left = left + qr_side + 14, text_width = width - qr_side - 14;
    page.qrCode(makeQrCode(code), left, top, qr_side);

    const TextStyle label = style("DejaVu Sans Bold 6", kGrey, Align::Left, 0.6);
    const TextStyle mono = style("DejaVu Sans Mono 7", kInk, Align::Left);
    double y = top + 6;
    y += page.text(text_left, y, text_width, "VERIFICATION CODE", label) + 1;
    y += page.text(text_left, y, text_width, code, mono) + 5;
    y += page.text(text_left, y, text_width, "CERTIFICATE ID", label) + 1;
    y += page.text(text_left, y, text_width, c.certificate_id, mono) + 5;
    y += page.text(text_left, y, text_width, "PUBLIC KEY OF " + upper(c.organisation), label) + 1;
    y += page.text(text_left, y, text_width, publicKeyText(key), mono) + 1;
    page.text(text_left, y, text_width, "fingerprint " + fingerprint(key), mono);
    return top;
}

}  // namespace

std::string certificatePdf(const Certificate& c, std::string_view code, const PublicKey& key, PaperSize paper) {
    PdfInfo info;
    info.title = "Certificate " + c.certificate_id + ": " + c.learner_name;
    info.author = c.organisation;
    info.subject = "IP and confidentiality training, " + c.role_title;
    info.keywords = std::string(code);  // so a verifier can read the code from the file itself
    info.date = formatDate(c.passed_on) + "T00:00:00";
    PdfPage page(paper, info);
    drawFrame(page);

    const double width = page.width(), margin = 70, box = width - 2 * margin;
    const double verification_top = drawVerification(page, c, code, key);

    double y = paper == PaperSize::A4 ? 92 : 78;
    y += page.text(margin, y, box, upper(c.organisation), style("DejaVu Sans Bold 10.5", kNavy, Align::Centre, 1.5)) + 14;
    page.line(width / 2 - 30, y, width / 2 + 30, y, 1.2, kGold);
    y += 18;
    y += page.text(margin, y, box, "Certificate of Training", style("DejaVu Serif 34", kNavy)) + 4;
    y += page.text(margin, y, box, "Intellectual property and confidentiality", style("DejaVu Sans 12", kGrey, Align::Centre, 0.8));
    y += paper == PaperSize::A4 ? 44 : 30;

    y += page.text(margin, y, box, "This certifies that", style("DejaVu Serif Italic 12", kGrey)) + 10;
    y += page.text(margin, y, box, c.learner_name, style("DejaVu Serif Bold 34", kInk)) + 6;
    y += page.text(margin, y, box, "Employee ID " + c.employee_id + "   \u00B7   " + c.role_title,
                   style("DejaVu Sans 11.5", kNavy)) + 20;
    y += page.text(margin, y, box, "has completed the training for this role and passed its quiz, covering",
                   style("DejaVu Serif Italic 11.5", kGrey)) + 8;

    // Modules one a line, in two columns when there are many; a long list
    // gets a smaller face so the facts and the code still fit.
    const double facts_height = 90;
    const double room = verification_top - 30 - facts_height - y;
    const std::size_t columns = c.modules.size() > 8 ? 2 : 1;
    const std::size_t per_column = (c.modules.size() + columns - 1) / columns;
    std::vector<std::string> column_text(columns);
    for (std::size_t i = 0; i < c.modules.size(); ++i) {
        std::string& text = column_text[i / per_column];
        text += (text.empty() ? "" : "\n") + c.modules[i];
    }
    const double column_width = box / static_cast<double>(columns);
    TextStyle module_style = style("DejaVu Sans 11", kInk);
    module_style.line_spacing = 1.25;
    auto tallest = [&] {
        double height = 0;
        for (const auto& text : column_text) height = std::max(height, page.measure(column_width, text, module_style));
        return height;
    };
    for (const char* smaller : {"DejaVu Sans 10", "DejaVu Sans 9", "DejaVu Sans 8", "DejaVu Sans 7"}) {
        if (tallest() <= room) break;
        module_style.font = smaller;
        module_style.line_spacing = 1.1;
    }
    const double modules_height = tallest();
    for (std::size_t i = 0; i < columns; ++i)
        page.text(margin + column_width * static_cast<double>(i), y, column_width, column_text[i], module_style);
    y += modules_height;

    // The facts sit halfway between the modules and the verification block.
    const double facts_top = std::max(y + 20, (y + verification_top - facts_height) / 2);
    const double facts_bottom = facts_top + drawFacts(page, facts_top, c);
    if (verification_top - facts_bottom > 76) drawSeal(page, (facts_bottom + verification_top) / 2, c);
    return page.finish();
}

}  // namespace ipprimer::exports
