// Crockford's base32, encoded and decoded five bits at a time.
#include "export/base32.h"

namespace ipprimer::exports {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// The value of one typed character; -1 when it is not part of a code.
int valueOf(char typed) {
    char c = typed;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c == 'O') c = '0';
    if (c == 'I' || c == 'L') c = '1';
    const auto found = kAlphabet.find(c);
    return found == std::string_view::npos ? -1 : static_cast<int>(found);
}

}  // namespace

std::string base32Encode(const std::vector<std::uint8_t>& bytes) {
    std::string text;
    text.reserve((bytes.size() * 8 + 4) / 5);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::uint8_t byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            text += kAlphabet[(buffer >> (bits - 5)) & 31u];
            bits -= 5;
        }
    }
    if (bits > 0) text += kAlphabet[(buffer << (5 - bits)) & 31u];
    return text;
}

std::optional<std::vector<std::uint8_t>> base32Decode(std::string_view text) {
    std::vector<std::uint8_t> bytes;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (char c : text) {
        if (c == '-' || c == ' ' || c == '\n' || c == '\t' || c == '\r') continue;
        const int value = valueOf(c);
        if (value < 0) return std::nullopt;
        buffer = (buffer << 5) | static_cast<std::uint32_t>(value);
        bits += 5;
        if (bits >= 8) {
            bytes.push_back(static_cast<std::uint8_t>(buffer >> (bits - 8)));
            bits -= 8;
        }
        buffer &= (1u << bits) - 1u;
    }
    // What is left must be the zero bits the encoder added, and fewer than five.
    if (bits >= 5 || buffer != 0) return std::nullopt;
    return bytes;
}

std::string groupedText(std::string_view text, std::size_t group) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i > 0 && group > 0 && i % group == 0) out += '-';
        out += text[i];
    }
    return out;
}

}  // namespace ipprimer::exports
