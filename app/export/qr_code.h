// A QR code as a square of dark and light modules (libqrencode), for a
// drawing to paint; nothing here knows about pages.
#pragma once

#include <string_view>
#include <vector>

namespace ipprimer::exports {

struct QrCode {
    int size = 0;             // modules a side, without the quiet zone
    std::vector<bool> dark;   // row by row

    bool isDark(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)]; }
};

// Medium error correction (about 15% of the symbol may be smudged or torn);
// digits, capitals and dashes go in the compact alphanumeric mode. Throws
// std::runtime_error when the text does not fit any QR code.
QrCode makeQrCode(std::string_view text);

}  // namespace ipprimer::exports
