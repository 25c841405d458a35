// UUID checks and name-based UUIDs from libsodium's BLAKE2b.
#include "export/uuid.h"

#include <sodium.h>

#include <array>
#include <cstdio>

namespace ipprimer::exports {

bool isUuid(std::string_view text) {
    if (text.size() != 36) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
            return false;
        }
    }
    const char version = text[14], variant = static_cast<char>(text[19] | 0x20);
    return version >= '1' && version <= '8' && (variant == '8' || variant == '9' || variant == 'a' || variant == 'b');
}

std::string nameBasedUuid(std::string_view name) {
    std::array<unsigned char, 16> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(name.data()), name.size(),
                       nullptr, 0);
    hash[6] = static_cast<unsigned char>((hash[6] & 0x0F) | 0x50);  // version 5
    hash[8] = static_cast<unsigned char>((hash[8] & 0x3F) | 0x80);  // RFC 4122 variant
    char text[37];
    std::snprintf(text, sizeof text,
                  "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", hash[0], hash[1], hash[2],
                  hash[3], hash[4], hash[5], hash[6], hash[7], hash[8], hash[9], hash[10], hash[11], hash[12],
                  hash[13], hash[14], hash[15]);
    return text;
}

}  // namespace ipprimer::exports
