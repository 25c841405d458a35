// The organisation's Ed25519 key pair for certificates (libsodium): the secret
// half signs on the machine that issues them, the public half is printed on
// every certificate and handed to anyone who wants to check one.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ipprimer::exports {

struct PublicKey {
    std::array<std::uint8_t, 32> bytes{};
    bool operator==(const PublicKey&) const = default;
};

using Signature = std::array<std::uint8_t, 64>;
using KeyId = std::array<std::uint8_t, 4>;

// "ed25519:" and the key's 32 bytes in grouped base32; what `certificate key`
// prints and a verifier pastes back.
std::string publicKeyText(const PublicKey& key);
// Reads publicKeyText (the prefix may be left out); nullopt when it is not one.
std::optional<PublicKey> parsePublicKey(std::string_view text);

// A short hash of the key ("K7QF-Z9M2-A1BX-3T5R") to compare by eye, as people
// compare SSH fingerprints; the first four bytes of the same hash are the key
// id that every verification code carries.
std::string fingerprint(const PublicKey& key);
KeyId keyId(const PublicKey& key);

bool signatureMatches(const PublicKey& key, std::string_view message, const Signature& signature);

class SigningKey {
public:
    static SigningKey generate();
    // The text secretText wrote; nullopt when it is not a secret key.
    static std::optional<SigningKey> fromSecretText(std::string_view text);

    SigningKey(const SigningKey& other);
    SigningKey& operator=(const SigningKey& other);
    ~SigningKey();  // wipes the secret from memory

    // "ed25519-secret:" and the 32-byte seed in base32: what the signing
    // machine keeps in its 0600 key file, and nothing else ever sees.
    std::string secretText() const;
    const PublicKey& publicKey() const { return public_; }
    Signature sign(std::string_view message) const;

private:
    explicit SigningKey(const std::array<std::uint8_t, 32>& seed);

    std::array<std::uint8_t, 32> seed_{};
    std::array<std::uint8_t, 64> secret_{};  // libsodium's form: seed and public key
    PublicKey public_;
};

}  // namespace ipprimer::exports
