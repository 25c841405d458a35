// Globally unique ids for events and installations: UUID version 4 (random),
// written as 36 characters of lower-case hex and hyphens (RFC 9562).
#pragma once

#include <string>
#include <string_view>

namespace ipprimer::store {

// A new random UUID, from libsodium's randombytes (the operating system's
// secure generator). Throws StoreError when no randomness can be had.
std::string newUuid();

// Whether `text` is a UUID written as newUuid() writes one (any version).
bool isUuid(std::string_view text);

}  // namespace ipprimer::store
