// The signing key's file and the trusted public keys kept in the settings.
#include "export/certificate_signing.h"

#include <sys/stat.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "export/atomic_file.h"
#include "store/settings.h"

namespace ipprimer::exports {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kTrustedSetting = "certificate_trusted_keys";
constexpr std::string_view kOrganisationSetting = "certificate_organisation";

void saveTrusted(store::Settings& settings, const std::vector<TrustedKey>& keys) {
    std::string text;
    for (const TrustedKey& trusted : keys) text += publicKeyText(trusted.key) + " " + trusted.note + "\n";
    settings.set(kTrustedSetting, text);
}

}  // namespace

fs::path signingKeyPath(const fs::path& database) {
    const fs::path folder = database.parent_path();
    return (folder.empty() ? fs::path(".") : folder) / "certificate-signing.key";
}

std::optional<SigningKey> readSigningKey(const fs::path& path) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) return std::nullopt;
    if (!S_ISREG(status.st_mode)) throw std::runtime_error(path.string() + " is not a key file");
    if ((status.st_mode & 077) != 0)
        throw std::runtime_error(path.string() + " may be read by other users; make it private with: chmod 600 " +
                                 path.string());
    std::ifstream file(path, std::ios::binary);
    if (!file) throw std::runtime_error("cannot read " + path.string());
    std::stringstream text;
    text << file.rdbuf();
    std::optional<SigningKey> key = SigningKey::fromSecretText(text.str());
    if (!key) throw std::runtime_error(path.string() + " does not hold a signing key (ed25519-secret:...)");
    return key;
}

void writeSigningKey(const fs::path& path, const SigningKey& key, bool replace) {
    std::error_code ignored;
    if (!replace && fs::exists(fs::symlink_status(path, ignored)))
        throw WriteError("cannot write " + path.string() + ": a signing key is already there", path,
                         "a signing key is already there");
    if (!path.parent_path().empty()) fs::create_directories(path.parent_path(), ignored);
    writeFileAtomically(path, key.secretText() + "\n", Readers::Owner);
}

std::vector<TrustedKey> trustedKeys(store::Settings& settings) {
    std::vector<TrustedKey> keys;
    std::istringstream lines(settings.value(kTrustedSetting).value_or(""));
    for (std::string line; std::getline(lines, line);) {
        const std::size_t space = line.find(' ');
        const auto key = parsePublicKey(line.substr(0, space));
        if (key) keys.push_back({*key, space == std::string::npos ? "" : line.substr(space + 1)});
    }
    return keys;
}

void trustKey(store::Settings& settings, const PublicKey& key, const std::string& note) {
    std::vector<TrustedKey> keys = trustedKeys(settings);
    for (const TrustedKey& trusted : keys)
        if (trusted.key == key) return;
    keys.push_back({key, note});
    saveTrusted(settings, keys);
}

bool withdrawKey(store::Settings& settings, const PublicKey& key) {
    std::vector<TrustedKey> keys = trustedKeys(settings);
    const auto before = keys.size();
    std::erase_if(keys, [&](const TrustedKey& trusted) { return trusted.key == key; });
    if (keys.size() == before) return false;
    saveTrusted(settings, keys);
    return true;
}

std::vector<PublicKey> verifyingKeys(store::Settings& settings, const std::optional<SigningKey>& signing) {
    std::vector<PublicKey> keys;
    if (signing) keys.push_back(signing->publicKey());
    for (const TrustedKey& trusted : trustedKeys(settings)) keys.push_back(trusted.key);
    return keys;
}

std::string organisationName(store::Settings& settings) { return settings.value(kOrganisationSetting).value_or(""); }

void setOrganisationName(store::Settings& settings, const std::string& name) { settings.set(kOrganisationSetting, name); }

}  // namespace ipprimer::exports
