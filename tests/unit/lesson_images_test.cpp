// A lesson may show only regular image files inside its course, of a size the
// reader can hold: never /etc/passwd, never a FIFO that would hang the window,
// never a small file that decodes to gigabytes.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <fstream>

#include "course/lesson_images.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::course;
namespace fs = std::filesystem;

namespace {

// The 8-byte signature and an IHDR chunk: enough for a reader of the header.
void writePngHeader(const fs::path& path, std::uint32_t width, std::uint32_t height) {
    std::ofstream out(path, std::ios::binary);
    const unsigned char signature[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    out.write(reinterpret_cast<const char*>(signature), sizeof signature);
    auto be32 = [&](std::uint32_t v) {
        const char bytes[] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
        out.write(bytes, 4);
    };
    be32(13);
    out.write("IHDR", 4);
    be32(width);
    be32(height);
    const char rest[] = {8, 6, 0, 0, 0};  // 8-bit RGBA, no interlace
    out.write(rest, sizeof rest);
    be32(0);  // CRC, not checked by a header read
}

std::string refusal(const fs::path& root, std::string_view source) {
    const auto located = locateImage(root, source);
    const auto* why = std::get_if<std::string>(&located);
    return why ? *why : "";
}

class LessonImages : public ::testing::Test {
protected:
    ipprimer::testing::TempFolder temp{"ipprimer-images"};
    fs::path root = temp.path() / "course";
    void SetUp() override {
        fs::create_directories(root / "assets");
        writePngHeader(root / "assets" / "small.png", 64, 48);
    }
};

}  // namespace

TEST_F(LessonImages, AnImageInsideTheCourseIsShown) {
    const auto located = locateImage(root, "assets/small.png");
    const auto* image = std::get_if<ImageFile>(&located);
    ASSERT_TRUE(image) << refusal(root, "assets/small.png");
    EXPECT_EQ(image->width, 64);
    EXPECT_EQ(image->height, 48);
}

TEST_F(LessonImages, PathsOutOfTheCourseAreRefused) {
    EXPECT_NE(refusal(root, "/etc/passwd").find("absolute path"), std::string::npos);
    EXPECT_NE(refusal(root, "../outside.png").find("leads out"), std::string::npos);
    EXPECT_NE(refusal(root, "assets/../../outside.png").find("leads out"), std::string::npos);
    writePngHeader(temp.path() / "outside.png", 10, 10);
    fs::create_symlink(temp.path() / "outside.png", root / "assets" / "link.png");
    EXPECT_NE(refusal(root, "assets/link.png").find("outside the course"), std::string::npos);
    EXPECT_NE(refusal(root, "https://example.org/a.png").find("on the web"), std::string::npos);
}

TEST_F(LessonImages, AFifoIsRefusedWithoutOpeningIt) {
    ASSERT_EQ(mkfifo((root / "assets" / "pipe.png").c_str(), 0600), 0);
    EXPECT_NE(refusal(root, "assets/pipe.png").find("not a regular file"), std::string::npos);
}

TEST_F(LessonImages, TooManyPixelsAreRefused) {
    writePngHeader(root / "assets" / "huge.png", 16000, 16000);
    EXPECT_NE(refusal(root, "assets/huge.png").find("16000 x 16000"), std::string::npos);
}

TEST_F(LessonImages, MissingAndNonImageFilesAreRefused) {
    EXPECT_NE(refusal(root, "assets/none.png").find("does not exist"), std::string::npos);
    std::ofstream(root / "assets" / "text.png") << "not a picture";
    EXPECT_NE(refusal(root, "assets/text.png").find("not an image"), std::string::npos);
}
