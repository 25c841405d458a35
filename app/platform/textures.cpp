#include "platform/textures.h"

#include <GL/gl.h>
#include <stb_image.h>

#include <cstdint>

#include "course/lesson_images.h"

namespace ipprimer::platform {

TextureCache::~TextureCache() {
    for (auto& [path, image] : images_) {
        if (!image) continue;
        GLuint id = static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(image->texture));
        glDeleteTextures(1, &id);
    }
}

const ui::Image* TextureCache::image(const std::string& path) {
    auto it = images_.find(path);
    if (it != images_.end()) return it->second ? &*it->second : nullptr;
    std::optional<ui::Image> loaded;
    // Only what `check` would pass: a regular file inside the course, of a
    // size the reader can hold; anything else stays a placeholder.
    const auto located = course::locateImage(root_, path);
    if (const auto* file = std::get_if<course::ImageFile>(&located)) {
        int w = 0, h = 0, channels = 0;
        if (unsigned char* pixels = stbi_load(file->path.c_str(), &w, &h, &channels, 4)) {
            GLuint id = 0;
            glGenTextures(1, &id);
            glBindTexture(GL_TEXTURE_2D, id);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
            glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
            stbi_image_free(pixels);
            loaded = ui::Image{reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(id)), w, h};
        }
    }
    auto [pos, _] = images_.emplace(path, loaded);
    return pos->second ? &*pos->second : nullptr;
}

}  // namespace ipprimer::platform
