// `ipprimer certificate LEARNER --out FILE.pdf`, `certificate verify
// CODE|FILE.pdf` and `certificate key`: issuing, checking and the keys.
#pragma once

#include <string>
#include <vector>

#include "cli/options.h"

namespace CLI {
class App;
}

namespace ipprimer::cli {

struct CertificateOptions {
    CLI::App* command = nullptr;
    CLI::App* verify = nullptr;
    CLI::App* key = nullptr;
    std::string learner;
    std::string out;
    std::string paper = "a4";
    std::string checked;                 // verify: a code or a PDF file
    std::vector<std::string> keys;       // verify --key: check against these only
    bool new_key = false;                // key --new
    bool replace_key = false;            // key --replace
    std::string organisation;            // key --organisation
    std::string trust;                   // key --trust
    std::string withdraw;                // key --withdraw
};

CLI::App* addCertificateCommand(CLI::App& cli, CertificateOptions& options);
int runCertificate(const GlobalOptions& global, const CertificateOptions& options);

// certificate_verify.cpp
int runCertificateVerify(const GlobalOptions& global, const CertificateOptions& options);

}  // namespace ipprimer::cli
