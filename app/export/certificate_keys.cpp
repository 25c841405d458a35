// Ed25519 key pairs, their text forms and fingerprints, through libsodium.
#include "export/certificate_keys.h"

#include <sodium.h>

#include <stdexcept>
#include <vector>

#include "export/base32.h"

namespace ipprimer::exports {
namespace {

constexpr std::string_view kPublicPrefix = "ed25519:";
constexpr std::string_view kSecretPrefix = "ed25519-secret:";

void startSodium() {
    if (sodium_init() < 0) throw std::runtime_error("the signature library could not start (libsodium)");
}

// The text after `prefix` (compared without regard to case), or all of it when absent.
std::string_view withoutPrefix(std::string_view text, std::string_view prefix) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    if (text.size() < prefix.size()) return text;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        const char c = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] - 'A' + 'a') : text[i];
        if (c != prefix[i]) return text;
    }
    return text.substr(prefix.size());
}

std::array<std::uint8_t, 10> keyHash(const PublicKey& key) {
    startSodium();
    std::array<std::uint8_t, 10> hash{};
    crypto_generichash(hash.data(), hash.size(), key.bytes.data(), key.bytes.size(), nullptr, 0);
    return hash;
}

}  // namespace

std::string publicKeyText(const PublicKey& key) {
    return std::string(kPublicPrefix) +
           groupedText(base32Encode(std::vector<std::uint8_t>(key.bytes.begin(), key.bytes.end())));
}

std::optional<PublicKey> parsePublicKey(std::string_view text) {
    const auto bytes = base32Decode(withoutPrefix(text, kPublicPrefix));
    if (!bytes || bytes->size() != 32) return std::nullopt;
    PublicKey key;
    std::copy(bytes->begin(), bytes->end(), key.bytes.begin());
    return key;
}

std::string fingerprint(const PublicKey& key) {
    const auto hash = keyHash(key);
    return groupedText(base32Encode(std::vector<std::uint8_t>(hash.begin(), hash.end())), 4);
}

KeyId keyId(const PublicKey& key) {
    const auto hash = keyHash(key);
    return {hash[0], hash[1], hash[2], hash[3]};
}

bool signatureMatches(const PublicKey& key, std::string_view message, const Signature& signature) {
    startSodium();
    return crypto_sign_verify_detached(signature.data(), reinterpret_cast<const unsigned char*>(message.data()),
                                       message.size(), key.bytes.data()) == 0;
}

SigningKey::SigningKey(const std::array<std::uint8_t, 32>& seed) : seed_(seed) {
    startSodium();
    crypto_sign_seed_keypair(public_.bytes.data(), secret_.data(), seed_.data());
}

SigningKey SigningKey::generate() {
    startSodium();
    std::array<std::uint8_t, 32> seed{};
    randombytes_buf(seed.data(), seed.size());
    SigningKey key(seed);
    sodium_memzero(seed.data(), seed.size());
    return key;
}

std::optional<SigningKey> SigningKey::fromSecretText(std::string_view text) {
    const std::string_view rest = withoutPrefix(text, kSecretPrefix);
    if (rest.size() == text.size()) return std::nullopt;  // a secret key always says so
    auto bytes = base32Decode(rest);
    if (!bytes || bytes->size() != 32) return std::nullopt;
    std::array<std::uint8_t, 32> seed{};
    std::copy(bytes->begin(), bytes->end(), seed.begin());
    sodium_memzero(bytes->data(), bytes->size());
    SigningKey key(seed);
    sodium_memzero(seed.data(), seed.size());
    return key;
}

SigningKey::SigningKey(const SigningKey& other) = default;
SigningKey& SigningKey::operator=(const SigningKey& other) = default;

SigningKey::~SigningKey() {
    sodium_memzero(seed_.data(), seed_.size());
    sodium_memzero(secret_.data(), secret_.size());
}

std::string SigningKey::secretText() const {
    return std::string(kSecretPrefix) + base32Encode(std::vector<std::uint8_t>(seed_.begin(), seed_.end()));
}

Signature SigningKey::sign(std::string_view message) const {
    Signature signature{};
    crypto_sign_detached(signature.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                         message.size(), secret_.data());
    return signature;
}

}  // namespace ipprimer::exports
