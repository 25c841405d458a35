// The certificate command: issue and save one, and manage the keys.
#include "cli/certificate_command.h"

#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli/learner_lookup.h"
#include "cli/store_access.h"
#include "export/certificate_records.h"
#include "export/certificate_signing.h"
#include "export/export_file.h"
#include "progress/curriculum.h"

namespace ipprimer::cli {
namespace {

using exports::SigningKey;

void printKey(const exports::PublicKey& key, const char* what) {
    std::printf("%s\n  %s\n  fingerprint %s\n", what, exports::publicKeyText(key).c_str(),
                exports::fingerprint(key).c_str());
}

int runIssue(const GlobalOptions& global, const CertificateOptions& options) {
    if (options.learner.empty() || options.out.empty()) {
        std::fprintf(stderr, "ipprimer certificate: give a learner and --out FILE.pdf (or: verify CODE, key)\n");
        return kExitBadArguments;
    }
    auto store = openStoreFor(global, "certificate");
    if (!store) return kExitBadInput;
    const auto course = loadCourseFor(global, "certificate");
    if (!course) return kExitBadInput;
    const auto learner = findLearner(store->roster(), options.learner, "certificate");
    if (!learner) return kExitBadInput;

    const progress::Curriculum curriculum = progress::curriculumOf(*course);
    const exports::LocalIssuer local = exports::localIssuer(*store);
    const auto paper = options.paper == "letter" ? exports::PaperSize::Letter : exports::PaperSize::A4;
    const std::filesystem::path target = exports::exportTarget(options.out, exports::formatOf(exports::FormatId::Pdf),
                                                               std::filesystem::current_path());
    const exports::CertificateOutcome outcome =
        exports::saveCertificate(*store, local.issuer(curriculum), learner->id, target, paper);
    if (!outcome.record) {
        std::fprintf(stderr, "ipprimer certificate: %s\n", outcome.problem.c_str());
        return kExitBadInput;
    }
    const exports::IssuedRecord& record = *outcome.record;
    std::printf("%s certificate %s for %s to %s\nvalid until %s; verification code:\n%s\n",
                outcome.newly_issued ? "Issued" : "Saved", record.certificate.certificate_id.c_str(),
                record.certificate.learner_name.c_str(), target.c_str(),
                formatDate(record.certificate.valid_until).c_str(), record.code.c_str());
    return kExitOk;
}

int runKey(const GlobalOptions& global, const CertificateOptions& options) {
    auto store = openStoreFor(global, "certificate key");
    if (!store) return kExitBadInput;
    store::Settings& settings = store->settings();
    const std::filesystem::path key_file = exports::signingKeyPath(store->path());
    const std::string today = formatDate(localDate(store->now()));
    std::optional<SigningKey> key = exports::readSigningKey(key_file);

    if (!options.organisation.empty()) exports::setOrganisationName(settings, options.organisation);
    if (options.new_key || options.replace_key) {
        if (key && !options.replace_key) {
            std::fprintf(stderr, "ipprimer certificate key: %s already holds this organisation's signing key; "
                                 "--replace makes a new one (the old one stays trusted as retired)\n",
                         key_file.c_str());
            return kExitBadInput;
        }
        if (key) exports::trustKey(settings, key->publicKey(), "retired " + today);
        key = SigningKey::generate();
        exports::writeSigningKey(key_file, *key, true);
        std::printf("Made a new signing key in %s (readable by you only). Keep it on this computer: whoever holds "
                    "it can sign certificates.\n", key_file.c_str());
    }
    if (!options.trust.empty()) {
        const auto trusted = exports::parsePublicKey(options.trust);
        if (!trusted) {
            std::fprintf(stderr, "ipprimer certificate key: '%s' is not a public key (ed25519:...)\n", options.trust.c_str());
            return kExitBadInput;
        }
        exports::trustKey(settings, *trusted, "trusted " + today);
        std::printf("Trusted %s (fingerprint %s).\n", exports::publicKeyText(*trusted).c_str(),
                    exports::fingerprint(*trusted).c_str());
    }
    if (!options.withdraw.empty()) {
        const auto withdrawn = exports::parsePublicKey(options.withdraw);
        if (!withdrawn || !exports::withdrawKey(settings, *withdrawn)) {
            std::fprintf(stderr, "ipprimer certificate key: '%s' is not among the trusted keys\n", options.withdraw.c_str());
            return kExitBadInput;
        }
        std::printf("Withdrew %s: what it signed no longer verifies here.\n", exports::publicKeyText(*withdrawn).c_str());
    }

    const std::string organisation = exports::organisationName(settings);
    if (!organisation.empty()) std::printf("Organisation: %s\n", organisation.c_str());
    const auto trusted = exports::trustedKeys(settings);
    if (key) printKey(key->publicKey(), "Public key of the signing key on this computer (publish it):");
    for (const exports::TrustedKey& other : trusted) printKey(other.key, ("Also trusted (" + other.note + "):").c_str());
    if (!key && trusted.empty()) {
        std::fprintf(stderr, "ipprimer certificate key: this computer holds no signing key (%s) and trusts no key.\n"
                             "On the organisation's signing computer: ipprimer certificate key --new --organisation NAME\n"
                             "Elsewhere: ipprimer certificate key --trust ed25519:... (the key the organisation publishes)\n",
                     key_file.c_str());
        return kExitBadInput;
    }
    if (key && organisation.empty())
        std::printf("Name the organisation before issuing: ipprimer certificate key --organisation NAME\n");
    return kExitOk;
}

}  // namespace

CLI::App* addCertificateCommand(CLI::App& cli, CertificateOptions& options) {
    options.command = cli.add_subcommand("certificate", "Save a learner's certificate as PDF; verify one; show the keys");
    options.command->footer(
        "LEARNER is an employee id or a name. A certificate is issued once, on the organisation's signing computer "
        "(the one holding certificate-signing.key beside the database); elsewhere an issued one is saved again.");
    options.command->add_option("LEARNER", options.learner, "The learner: employee id or name");
    options.command->add_option("--out,-o", options.out, "The PDF file to write");
    options.command->add_option("--paper", options.paper, "a4 (default) or letter")->check(CLI::IsMember({"a4", "letter"}));

    options.verify = options.command->add_subcommand(
        "verify", "Say whether a certificate is genuine and still valid, and if not why (exit 0 only when it is)");
    options.verify->add_option("CODE", options.checked, "The verification code, or the certificate's PDF file")->required();
    options.verify->add_option("--key", options.keys,
                               "Check against this public key (ed25519:..., as the organisation publishes it) instead "
                               "of the keys this computer trusts; may be repeated");

    options.key = options.command->add_subcommand("key", "Print the organisation's public key; make, replace or trust keys");
    options.key->add_flag("--new", options.new_key, "Make the organisation's signing key here (once, on the signing computer)");
    options.key->add_flag("--replace", options.replace_key,
                          "Make a new signing key; the old one stays trusted as retired, so what it signed still verifies");
    options.key->add_option("--organisation", options.organisation, "The organisation's name printed on certificates");
    options.key->add_option("--trust", options.trust, "Trust a public key the organisation published (ed25519:...)");
    options.key->add_option("--withdraw", options.withdraw,
                            "Stop trusting a key (one that leaked): everything it signed fails verification here");
    return options.command;
}

int runCertificate(const GlobalOptions& global, const CertificateOptions& options) {
    try {
        if (options.verify->parsed()) return runCertificateVerify(global, options);
        if (options.key->parsed()) return runKey(global, options);
        return runIssue(global, options);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer certificate: %s\n", error.what());
        return kExitBadInput;
    }
}

}  // namespace ipprimer::cli
