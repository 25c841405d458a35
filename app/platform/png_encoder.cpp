// The PNG container around one zlib stream: signature, IHDR, IDAT, IEND.
#include "platform/png_encoder.h"

#include <zlib.h>

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace ipprimer::platform {
namespace {

void appendBigEndian(std::string& out, std::uint32_t value) {
    const char bytes[4] = {static_cast<char>(value >> 24), static_cast<char>(value >> 16), static_cast<char>(value >> 8),
                           static_cast<char>(value)};
    out.append(bytes, 4);
}

void appendChunk(std::string& out, const char type[5], std::string_view data) {
    appendBigEndian(out, static_cast<std::uint32_t>(data.size()));
    const std::size_t start = out.size();
    out.append(type, 4);
    out.append(data);
    const auto* checked = reinterpret_cast<const Bytef*>(out.data() + start);
    appendBigEndian(out, static_cast<std::uint32_t>(crc32(0L, checked, static_cast<uInt>(out.size() - start))));
}

}  // namespace

std::string encodePng(const unsigned char* rgb_bottom_up, int width, int height) {
    const std::size_t stride = static_cast<std::size_t>(width) * 3;
    // Each row top-down, led by filter 1 ("sub": each byte less the one a
    // pixel to its left), which turns runs of one colour into runs of zeros.
    std::vector<unsigned char> filtered((stride + 1) * static_cast<std::size_t>(height));
    for (int y = 0; y < height; ++y) {
        const unsigned char* row = rgb_bottom_up + stride * static_cast<std::size_t>(height - 1 - y);
        unsigned char* out = filtered.data() + (stride + 1) * static_cast<std::size_t>(y);
        out[0] = 1;
        std::memcpy(out + 1, row, std::min<std::size_t>(3, stride));
        for (std::size_t i = 3; i < stride; ++i) out[1 + i] = static_cast<unsigned char>(row[i] - row[i - 3]);
    }
    uLongf packed_size = compressBound(static_cast<uLong>(filtered.size()));
    std::string packed(packed_size, '\0');
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    stream.next_in = filtered.data();
    stream.avail_in = static_cast<uInt>(filtered.size());
    stream.next_out = reinterpret_cast<Bytef*>(packed.data());
    stream.avail_out = static_cast<uInt>(packed.size());
    const int status = deflate(&stream, Z_FINISH);
    packed.resize(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END) return {};

    std::string png("\x89PNG\r\n\x1a\n", 8);
    std::string header;
    appendBigEndian(header, static_cast<std::uint32_t>(width));
    appendBigEndian(header, static_cast<std::uint32_t>(height));
    header += std::string("\x08\x02\x00\x00\x00", 5);  // 8 bits, RGB, deflate, adaptive filters, no interlace
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", packed);
    appendChunk(png, "IEND", {});
    return png;
}

}  // namespace ipprimer::platform
