// libFuzzer: any bytes given to the Markdown parser make a Document, never a
// crash, a hang or a sanitizer report. See tests/fuzz/README.md.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "markdown/document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    ipprimer::markdown::Document document = ipprimer::markdown::parse(text);
    (void)document;
    return 0;
}
