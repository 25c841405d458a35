// The canonical text of a certificate and fresh certificate ids.
#include "export/certificate.h"

#include <sodium.h>

#include <stdexcept>

#include "export/base32.h"

namespace ipprimer::exports {
namespace {

// A value on one line: a line break inside a name cannot forge another field.
std::string escaped(const std::string& value) {
    std::string out;
    for (char c : value) {
        if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else out += c;
    }
    return out;
}

}  // namespace

std::string canonicalBytes(const Certificate& c) {
    std::string out = "ipprimer certificate 1\n";
    auto field = [&](const char* name, const std::string& value) {
        out += name;
        out += ": ";
        out += escaped(value);
        out += '\n';
    };
    field("id", c.certificate_id);
    field("organisation", c.organisation);
    field("learner", c.learner_name);
    field("employee id", c.employee_id);
    field("role", c.role_title);
    field("modules", std::to_string(c.modules.size()));
    for (const auto& module : c.modules) field("module", module);
    field("score", std::to_string(c.score_percent));
    field("passed", formatDate(c.passed_on));
    field("valid until", formatDate(c.valid_until));
    return out;
}

std::string newCertificateId() {
    if (sodium_init() < 0) throw std::runtime_error("the signature library could not start (libsodium)");
    std::vector<std::uint8_t> bytes(8);
    randombytes_buf(bytes.data(), bytes.size());
    // 13 characters hold 64 bits; the first 12 hold 60 of them.
    return groupedText(base32Encode(bytes).substr(0, 12), 4);
}

}  // namespace ipprimer::exports
