// Images of the course (assets/...) uploaded as OpenGL textures when a lesson
// shows them, and freed again, least recently shown first, once they hold
// more than a budget: a course with many large pictures does not keep every
// one ever opened in memory (a software renderer's textures are ours). A
// picture shown in the last seconds is never freed, so a page showing more
// than the budget goes over it rather than loading its pictures every frame.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "ui/markdown_view.h"

namespace ipprimer::platform {

class TextureCache : public ui::ImageProvider {
public:
    // 32 MB: a dozen screen-sized pictures.
    static constexpr std::size_t kDefaultBudget = 32u << 20;
    explicit TextureCache(std::filesystem::path root, std::size_t budget_bytes = kDefaultBudget)
        : root_(std::move(root)), budget_(budget_bytes) {}
    ~TextureCache() override;
    const ui::Image* image(const std::string& path) override;

private:
    struct Entry {
        std::optional<ui::Image> image;  // nullopt: missing or unreadable
        std::chrono::steady_clock::time_point last_shown;
    };
    static std::size_t bytesOf(const ui::Image& image);
    void freeBeyondBudget(const std::string& keep);

    std::filesystem::path root_;
    std::size_t budget_;
    std::size_t held_ = 0;  // bytes of the textures uploaded
    std::map<std::string, Entry> images_;
};

}  // namespace ipprimer::platform
