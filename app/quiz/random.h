// Deterministic randomness for quizzes: the same seed draws the same questions
// in the same order with the same answer order on every standard library.
#pragma once

#include <cstdint>
#include <random>
#include <string_view>
#include <utility>
#include <vector>

namespace ipprimer::quiz {

// std::mt19937_64's output is fixed by the standard for a given seed, but
// std::uniform_int_distribution and std::shuffle are not: libstdc++ and libc++
// draw differently. So bounded numbers and shuffles are our own.
class Random {
public:
    explicit Random(std::uint64_t seed) : engine_(seed) {}

    // Uniform in [0, bound); 0 when bound is 0. Rejection sampling: no bias.
    std::uint64_t below(std::uint64_t bound) {
        if (bound <= 1) return 0;
        const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
        std::uint64_t x = engine_();
        while (x >= limit) x = engine_();
        return x % bound;
    }

    // Fisher-Yates, from the back.
    template <typename T>
    void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            std::size_t j = static_cast<std::size_t>(below(i));
            std::swap(items[i - 1], items[j]);
        }
    }

private:
    std::mt19937_64 engine_;
};

// FNV-1a: a stable hash of a text (std::hash differs between libraries).
inline std::uint64_t stableHash(std::string_view text) {
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001b3ull;
    }
    return hash;
}

// SplitMix64's finaliser: turns related seeds (seed ^ hash) into unrelated ones.
inline std::uint64_t mixSeed(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

}  // namespace ipprimer::quiz
