// Images of the course (assets/...) uploaded once as OpenGL textures.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "ui/markdown_view.h"

namespace ipprimer::platform {

class TextureCache : public ui::ImageProvider {
public:
    explicit TextureCache(std::filesystem::path root) : root_(std::move(root)) {}
    ~TextureCache() override;
    const ui::Image* image(const std::string& path) override;

private:
    std::filesystem::path root_;
    std::map<std::string, std::optional<ui::Image>> images_;  // nullopt: missing or unreadable
};

}  // namespace ipprimer::platform
