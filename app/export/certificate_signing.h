// Where the organisation's certificate keys are kept on a computer: the
// secret key in a file of its own beside the database (only on the signing
// machine), and the public keys a verifier trusts in the settings. See
// "Certificates and their keys" in docs/design-notes.md for why.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "export/certificate_keys.h"

namespace ipprimer::store {
class Settings;
}

namespace ipprimer::exports {

// The signing key's file for a database: "certificate-signing.key" beside it.
std::filesystem::path signingKeyPath(const std::filesystem::path& database);

// The key in `path`; nullopt when there is no such file. Throws
// std::runtime_error naming the file when it cannot be read, is not a key,
// or may be read by other users (it must be mode 0600 or stricter).
std::optional<SigningKey> readSigningKey(const std::filesystem::path& path);

// Writes a new key file, mode 0600, never over an existing one unless
// `replace`. Throws WriteError.
void writeSigningKey(const std::filesystem::path& path, const SigningKey& key, bool replace);

// A public key this computer trusts besides its own signing key: one taken
// from the organisation (`certificate key --trust`) or one retired when the
// signing key was replaced.
struct TrustedKey {
    PublicKey key;
    std::string note;  // "retired 2026-12-07", "trusted 2026-12-07"
};

std::vector<TrustedKey> trustedKeys(store::Settings& settings);
// Adds a key (a key already trusted keeps its first note).
void trustKey(store::Settings& settings, const PublicKey& key, const std::string& note);
// Removes a key; false when it was not trusted.
bool withdrawKey(store::Settings& settings, const PublicKey& key);

// Every key a code may be signed by here: the signing key's, then the trusted.
std::vector<PublicKey> verifyingKeys(store::Settings& settings, const std::optional<SigningKey>& signing);

// The organisation's name printed on certificates issued here; empty when unset.
std::string organisationName(store::Settings& settings);
void setOrganisationName(store::Settings& settings, const std::string& name);

}  // namespace ipprimer::exports
