// The PNG container around one zlib stream: signature, IHDR, IDAT, IEND.
// The picture is deflated in horizontal strips on as many threads as the
// machine has cores (at most four), each strip a run of raw deflate blocks
// ending on a byte boundary, so that the strips joined in order are one
// deflate stream (as pigz does); zlib's header and checksum go around them.
#include "platform/png_encoder.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <thread>
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

// Rows [first, first + count) of the picture, top-down, filtered and deflated.
struct Strip {
    int first = 0;
    int count = 0;
    bool last = false;    // ends the deflate stream; the others end on a byte boundary
    std::string packed;   // raw deflate data
    uLong adler = 1;      // zlib's checksum of the filtered rows, for joining
    bool ok = false;
};

void deflateStrip(const unsigned char* rgb_bottom_up, int width, int height, Strip& strip) {
    const std::size_t stride = static_cast<std::size_t>(width) * 3;
    z_stream stream{};
    // Raw deflate (negative window bits): the strips share one zlib header.
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return;
    std::vector<unsigned char> filtered(stride + 1);
    unsigned char buffer[64 * 1024];
    int status = Z_OK;
    for (int y = strip.first; y < strip.first + strip.count && status == Z_OK; ++y) {
        // Each row led by filter 1 ("sub": each byte less the one a pixel to
        // its left), which turns runs of one colour into runs of zeros.
        const unsigned char* row = rgb_bottom_up + stride * static_cast<std::size_t>(height - 1 - y);
        filtered[0] = 1;
        std::memcpy(filtered.data() + 1, row, std::min<std::size_t>(3, stride));
        for (std::size_t i = 3; i < stride; ++i) filtered[1 + i] = static_cast<unsigned char>(row[i] - row[i - 3]);
        strip.adler = adler32(strip.adler, filtered.data(), static_cast<uInt>(filtered.size()));
        const bool end = y + 1 == strip.first + strip.count;
        const int flush = !end ? Z_NO_FLUSH : strip.last ? Z_FINISH : Z_SYNC_FLUSH;
        stream.next_in = filtered.data();
        stream.avail_in = static_cast<uInt>(filtered.size());
        do {
            stream.next_out = buffer;
            stream.avail_out = sizeof buffer;
            status = deflate(&stream, flush);
            strip.packed.append(reinterpret_cast<const char*>(buffer), sizeof buffer - stream.avail_out);
        } while (status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0));
    }
    deflateEnd(&stream);
    strip.ok = strip.last ? status == Z_STREAM_END : status == Z_OK;
}

}  // namespace

std::string encodePng(const unsigned char* rgb_bottom_up, int width, int height) {
    if (width <= 0 || height <= 0) return {};
    // A strip per core, of at least 64 rows: a thread costs more than deflating fewer.
    const int cores = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));
    const int count = std::clamp(height / 64, 1, cores);
    std::vector<Strip> strips(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        strips[i].first = height * i / count;
        strips[i].count = height * (i + 1) / count - strips[i].first;
        strips[i].last = i + 1 == count;
    }
    std::vector<std::thread> helpers;
    for (std::size_t i = 1; i < strips.size(); ++i)
        helpers.emplace_back(deflateStrip, rgb_bottom_up, width, height, std::ref(strips[i]));
    deflateStrip(rgb_bottom_up, width, height, strips[0]);
    for (std::thread& helper : helpers) helper.join();

    std::string zlib("\x78\x01", 2);  // deflate, 32 KB window, fastest level (the header's check bits fit)
    uLong adler = 1;
    for (const Strip& strip : strips) {
        if (!strip.ok) return {};
        zlib += strip.packed;
        const std::size_t filtered_size = (static_cast<std::size_t>(width) * 3 + 1) * static_cast<std::size_t>(strip.count);
        adler = adler32_combine(adler, strip.adler, static_cast<z_off_t>(filtered_size));
    }
    appendBigEndian(zlib, static_cast<std::uint32_t>(adler));

    std::string png("\x89PNG\r\n\x1a\n", 8);
    std::string header;
    appendBigEndian(header, static_cast<std::uint32_t>(width));
    appendBigEndian(header, static_cast<std::uint32_t>(height));
    header += std::string("\x08\x02\x00\x00\x00", 5);  // 8 bits, RGB, deflate, adaptive filters, no interlace
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", zlib);
    appendChunk(png, "IEND", {});
    return png;
}

}  // namespace ipprimer::platform
