// A certificate read back from its PDF's text (poppler's `pdftotext -raw`,
// which keeps the text in the order certificate_pdf.cpp draws it): the
// verification code and every field a person reading the page sees, so a
// verifier can compare what is shown with what was signed.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "export/certificate.h"

namespace ipprimer::exports {

struct ShownCertificate {
    std::string code;
    Certificate certificate;
};

// The certificate on the page, or why the text is not one of ours (a
// sentence naming what is missing).
std::variant<ShownCertificate, std::string> readCertificateText(std::string_view text);

}  // namespace ipprimer::exports
