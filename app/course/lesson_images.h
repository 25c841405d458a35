// Which image files a lesson may show: only regular files inside the course
// folder, of a size the reader can hold. The reader and `check` ask the same
// rule, so what check passes is what the reader shows.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <variant>

namespace ipprimer::course {

// Limits for one image: a 16000 x 16000 PNG of 746 KB takes 2 GB once decoded.
inline constexpr int kImageMaxSide = 8192;
inline constexpr long long kImageMaxPixels = 16LL * 1024 * 1024;
inline constexpr std::uintmax_t kImageMaxBytes = 20u * 1024 * 1024;

struct ImageFile {
    std::filesystem::path path;  // the file to read
    int width = 0;
    int height = 0;
};

// The file an image link `source` (as written in the lesson) names under
// `course_root`, or a sentence saying why it is refused: a web address, an
// absolute path, a path leading out of the course (.. or a link), a file
// that is missing, not a regular file (a FIFO would hang the reader), too
// large, not an image, or of too many pixels. Reads only the image's header.
std::variant<ImageFile, std::string> locateImage(const std::filesystem::path& course_root, std::string_view source);

}  // namespace ipprimer::course
