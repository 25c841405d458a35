// UUIDs in their standard text form: the check xAPI asks for, and ids derived
// from a name, so the same attempt always gets the same registration.
#pragma once

#include <string>
#include <string_view>

namespace ipprimer::exports {

// 8-4-4-4-12 hexadecimal digits of RFC 4122's variant (the 17th digit 8-b),
// versions 1 to 8; either case.
bool isUuid(std::string_view text);

// The same name always gives the same UUID, different names different ones:
// 122 bits of a BLAKE2b hash of the name, marked version 5 (name-based) and
// RFC 4122's variant. (Version 5 proper hashes with SHA-1, which libsodium
// does not offer; the mark is what LRSs check, and they accept it.)
std::string nameBasedUuid(std::string_view name);

}  // namespace ipprimer::exports
