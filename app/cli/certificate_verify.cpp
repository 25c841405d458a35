// `certificate verify CODE|FILE.pdf`: the code's signature against the keys
// trusted here (or given), the page's text against what was signed, and the
// organisation's records where this computer holds them.
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <variant>

#include "cli/certificate_command.h"
#include "cli/store_access.h"
#include "export/certificate_reading.h"
#include "export/certificate_records.h"
#include "export/certificate_signing.h"
#include "store/sqlite_store.h"

extern char** environ;

namespace ipprimer::cli {
namespace {

// What pdftotext (poppler-utils) reads from the PDF, in drawing order; run
// without a shell, so a file name is never interpreted.
std::string pdfText(const std::string& path) {
    int pipe_ends[2];
    if (pipe(pipe_ends) != 0) throw std::runtime_error("cannot start pdftotext");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe_ends[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipe_ends[0]);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", 0, 0);
    std::string raw = "-raw", enc = "-enc", utf8 = "UTF-8", file = path, out = "-", name = "pdftotext";
    char* argv[] = {name.data(), raw.data(), enc.data(), utf8.data(), file.data(), out.data(), nullptr};
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, "pdftotext", &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipe_ends[1]);
    std::string text;
    if (spawned == 0) {
        char buffer[4096];
        for (ssize_t n; (n = read(pipe_ends[0], buffer, sizeof buffer)) > 0;) text.append(buffer, static_cast<std::size_t>(n));
    }
    close(pipe_ends[0]);
    int status = 0;
    if (spawned != 0)
        throw std::runtime_error("reading a PDF needs pdftotext (Debian's poppler-utils); or give the code printed "
                                 "under the QR code");
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error(path + " could not be read as a PDF");
    return text;
}

bool looksLikeFile(const std::string& text) {
    std::error_code ignored;
    return text.ends_with(".pdf") || text.ends_with(".PDF") || std::filesystem::is_regular_file(text, ignored);
}

}  // namespace

int runCertificateVerify(const GlobalOptions& global, const CertificateOptions& options) {
    // Verifying writes nothing: the records are read where they are, and a
    // third party without any checks against the published key alone (no
    // database is made for them).
    const std::filesystem::path database = databasePath(global);
    std::error_code no_database;
    auto store = std::filesystem::exists(database, no_database) ? openStoreToRead(global, "certificate verify")
                                                                : std::make_unique<store::SqliteStore>(":memory:");
    if (!store) return kExitBadInput;

    std::vector<exports::PublicKey> keys;
    for (const std::string& text : options.keys) {
        const auto key = exports::parsePublicKey(text);
        if (!key) {
            std::fprintf(stderr, "ipprimer certificate verify: '%s' is not a public key (ed25519:...)\n", text.c_str());
            return kExitBadArguments;
        }
        keys.push_back(*key);
    }
    if (keys.empty())
        keys = exports::verifyingKeys(store->settings(),
                                      exports::readSigningKey(exports::signingKeyPath(database)));
    if (keys.empty()) {
        std::fprintf(stderr, "ipprimer certificate verify: this computer trusts no key yet; give the organisation's "
                             "public key with --key ed25519:..., or trust it once with: ipprimer certificate key --trust KEY\n");
        return kExitBadInput;
    }

    const Date today = localDate(store->now());
    exports::Verification verification;
    if (looksLikeFile(options.checked)) {
        std::error_code ignored;
        if (!std::filesystem::is_regular_file(options.checked, ignored)) {
            std::fprintf(stderr, "ipprimer certificate verify: there is no file %s\n", options.checked.c_str());
            return kExitBadInput;
        }
        const auto read = exports::readCertificateText(pdfText(options.checked));
        if (const auto* problem = std::get_if<std::string>(&read)) {
            std::printf("Not valid: %s is not an IP Primer certificate that can be checked: %s.\n",
                        options.checked.c_str(), problem->c_str());
            return kExitBadInput;
        }
        const auto& shown = std::get<exports::ShownCertificate>(read);
        verification = exports::verifyCertificate(shown.certificate, shown.code, keys, today);
    } else {
        verification = exports::verifyCode(options.checked, keys, today);
    }
    verification = exports::checkWithRecords(*store, std::move(verification));
    const bool genuine = verification.verdict == exports::Verdict::Genuine;
    std::printf("%s%s\n", genuine ? "" : "Not valid: ", verification.reason.c_str());
    return genuine ? kExitOk : kExitBadInput;
}

}  // namespace ipprimer::cli
