// PNG files of what the window drew, encoded with zlib's fastest deflate:
// a screenshot of flat-coloured screens compresses well at once, where stb's
// own deflate spent more time than the rest of a screenshot's start.
#pragma once

#include <string>

namespace ipprimer::platform {

// A PNG of `width` x `height` RGB pixels given bottom row first (as OpenGL
// reads them), 8 bits a channel. Empty when zlib fails.
std::string encodePng(const unsigned char* rgb_bottom_up, int width, int height);

}  // namespace ipprimer::platform
