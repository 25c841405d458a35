// A certificate as a one-page PDF a company can hand out: the learner's name,
// what they passed and until when, and the verification code as text and QR.
#pragma once

#include <string>
#include <string_view>

#include "export/certificate.h"
#include "export/certificate_keys.h"
#include "export/pdf_page.h"

namespace ipprimer::exports {

// The PDF's bytes. `code` is issueCode's text for this certificate; `key` is
// the organisation's public key, printed with its fingerprint so a reader can
// compare it with the one the organisation publishes.
std::string certificatePdf(const Certificate& certificate, std::string_view code, const PublicKey& key,
                           PaperSize paper);

}  // namespace ipprimer::exports
