#include "platform/textures.h"

#include <GL/gl.h>
#include <stb_image.h>

#include <cstdint>

#include "course/lesson_images.h"

namespace ipprimer::platform {

namespace {

void deleteTexture(const ui::Image& image) {
    GLuint id = static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(image.texture));
    glDeleteTextures(1, &id);
}

}  // namespace

TextureCache::~TextureCache() {
    for (auto& [path, entry] : images_)
        if (entry.image) deleteTexture(*entry.image);
}

std::size_t TextureCache::bytesOf(const ui::Image& image) {
    return static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4;
}

// The pictures shown longest ago go first; the one just asked for stays.
void TextureCache::freeBeyondBudget(const std::string& keep) {
    const auto recently = std::chrono::steady_clock::now() - std::chrono::seconds(2);
    while (held_ > budget_) {
        auto oldest = images_.end();
        for (auto it = images_.begin(); it != images_.end(); ++it)
            if (it->second.image && it->first != keep && it->second.last_shown < recently &&
                (oldest == images_.end() || it->second.last_shown < oldest->second.last_shown))
                oldest = it;
        if (oldest == images_.end()) return;
        held_ -= bytesOf(*oldest->second.image);
        deleteTexture(*oldest->second.image);
        images_.erase(oldest);  // loaded again if shown again
    }
}

const ui::Image* TextureCache::image(const std::string& path) {
    const auto now = std::chrono::steady_clock::now();
    auto it = images_.find(path);
    if (it != images_.end()) {
        it->second.last_shown = now;
        return it->second.image ? &*it->second.image : nullptr;
    }
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
    if (loaded) held_ += bytesOf(*loaded);
    images_[path] = Entry{loaded, now};
    freeBeyondBudget(path);
    const Entry& entry = images_[path];
    return entry.image ? &*entry.image : nullptr;
}

}  // namespace ipprimer::platform
