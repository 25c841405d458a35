#include "course/lesson_images.h"

#include <stb_image.h>

#include <algorithm>

#include <cstdio>

namespace ipprimer::course {
namespace fs = std::filesystem;

std::variant<ImageFile, std::string> locateImage(const fs::path& course_root, std::string_view source) {
    const std::string text(source);
    if (text.empty()) return std::string("the image has no path");
    if (text.find("://") != std::string::npos || text.starts_with("http:") || text.starts_with("https:"))
        return "'" + text + "' is on the web; the reader shows only images from the course folder (assets/)";
    const fs::path relative(text);
    if (relative.is_absolute() || relative.has_root_name())
        return "'" + text + "' is an absolute path; image paths are relative to the course root, e.g. assets/name.png";
    for (const fs::path& part : relative)
        if (part == "..") return "'" + text + "' leads out of the course folder";
    std::error_code ec;
    const fs::path root = fs::weakly_canonical(course_root, ec);
    const fs::path file = fs::weakly_canonical(course_root / relative, ec);
    if (ec) return "'" + text + "' cannot be resolved: " + ec.message();
    // A symbolic link inside the course may still point out of it.
    const auto [root_end, file_at] = std::mismatch(root.begin(), root.end(), file.begin(), file.end());
    if (root_end != root.end()) return "'" + text + "' points outside the course folder";
    const fs::file_status status = fs::status(file, ec);
    if (ec || !fs::exists(status)) return "'" + text + "' does not exist (paths are relative to the course root, e.g. assets/name.png)";
    if (!fs::is_regular_file(status)) return "'" + text + "' is not a regular file";
    if (fs::file_size(file, ec) > kImageMaxBytes)
        return "'" + text + "' is larger than " + std::to_string(kImageMaxBytes / (1024 * 1024)) + " MB";
    ImageFile image{file, 0, 0};
    int channels = 0;
    if (!stbi_info(file.c_str(), &image.width, &image.height, &channels))
        return "'" + text + "' is not an image the reader can show (PNG, JPEG, GIF, BMP)";
    if (image.width > kImageMaxSide || image.height > kImageMaxSide ||
        static_cast<long long>(image.width) * image.height > kImageMaxPixels)
        return "'" + text + "' is " + std::to_string(image.width) + " x " + std::to_string(image.height) +
               " pixels; at most " + std::to_string(kImageMaxSide) + " on a side and " +
               std::to_string(kImageMaxPixels / (1024 * 1024)) + " million in all";
    return image;
}

}  // namespace ipprimer::course
