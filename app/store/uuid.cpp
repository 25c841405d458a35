// UUID v4 from 16 random bytes: the version and variant bits set, then hex.
#include "store/uuid.h"

#include <pthread.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>

#include "store/store_error.h"

namespace ipprimer::store {
namespace {

// Counts forks, so that a child process never hands out the bytes its parent
// had fetched but not used yet (the same UUIDs on two processes).
std::atomic<unsigned> forks{0};

}  // namespace

std::string newUuid() {
    static const bool ready = [] {
        pthread_atfork(nullptr, nullptr, [] { forks.fetch_add(1); });
        return sodium_init() >= 0;
    }();
    if (!ready) throw StoreError("no secure randomness for event ids (libsodium could not start)");
    // Random bytes fetched 64 UUIDs at a time: one system call instead of
    // one per event when thousands are written at once.
    thread_local std::array<unsigned char, 16 * 64> pool;
    thread_local std::size_t used = pool.size();
    thread_local unsigned fetched_after_forks = 0;
    if (used == pool.size() || fetched_after_forks != forks.load()) {
        fetched_after_forks = forks.load();
        randombytes_buf(pool.data(), pool.size());
        used = 0;
    }
    std::array<unsigned char, 16> bytes;
    std::copy_n(pool.begin() + static_cast<std::ptrdiff_t>(used), bytes.size(), bytes.begin());
    sodium_memzero(pool.data() + used, bytes.size());
    used += bytes.size();
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40);  // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80);  // the RFC's variant
    constexpr char kHex[] = "0123456789abcdef";
    std::string text;
    text.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) text += '-';
        text += kHex[bytes[i] >> 4];
        text += kHex[bytes[i] & 0x0f];
    }
    return text;
}

bool isUuid(std::string_view text) {
    if (text.size() != 36) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

}  // namespace ipprimer::store
