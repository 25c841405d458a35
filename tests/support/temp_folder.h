// A fresh folder under the system's temporary directory for a test's or a
// benchmark's files, removed with everything in it when the object goes, so
// a test that stops half way at a failed ASSERT leaves nothing behind.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace ipprimer::testing {

class TempFolder {
public:
    explicit TempFolder(const std::string& stem = "ipprimer-test") {
        std::string pattern = (std::filesystem::temp_directory_path() / (stem + "-XXXXXX")).string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot make a temporary folder " + pattern);
        path_ = pattern;
    }
    ~TempFolder() {
        std::error_code ignored;  // a folder already gone is fine
        std::filesystem::remove_all(path_, ignored);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

}  // namespace ipprimer::testing
