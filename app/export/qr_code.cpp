// libqrencode's symbol copied into a plain QrCode.
#include "export/qr_code.h"

#include <qrencode.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace ipprimer::exports {

QrCode makeQrCode(std::string_view text) {
    const std::string terminated(text);  // libqrencode reads a C string
    // Version 0: the smallest symbol that holds the text; case kept as given.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> symbol(
        QRcode_encodeString(terminated.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!symbol) throw std::runtime_error("the text is too long for a QR code (" + std::to_string(text.size()) + " characters)");
    QrCode code;
    code.size = symbol->width;
    code.dark.resize(static_cast<std::size_t>(code.size) * static_cast<std::size_t>(code.size));
    for (std::size_t i = 0; i < code.dark.size(); ++i) code.dark[i] = (symbol->data[i] & 1u) != 0;  // bit 0: dark
    return code;
}

}  // namespace ipprimer::exports
