// Presses that begin and end between two frames: a presentation clicker's
// key, a quick tap on a touchpad or a mouse button. ImGui 1.86 reads the
// state of keys and buttons once a frame, so such a press would never be
// seen; it is held down for one frame instead. Knows neither GLFW nor ImGui:
// the window feeds it events and hands it ImGui's arrays of keys and buttons.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

namespace ipprimer::platform {

template <std::size_t Count>
class HeldPresses {
public:
    void pressed(int code) {
        if (valid(code)) down_since_frame_[static_cast<std::size_t>(code)] = true;
    }
    void released(int code) {
        if (valid(code) && down_since_frame_[static_cast<std::size_t>(code)]) released_early_.push_back(code);
    }
    // Before ImGui's frame: what was released before the frame saw it is down.
    void holdDown(bool* state) const {
        for (int code : released_early_) state[code] = true;
    }
    // After the frame: up again, and counting starts afresh.
    void letGo(bool* state) {
        for (int code : released_early_) state[code] = false;
        released_early_.clear();
        down_since_frame_.fill(false);
    }

private:
    static bool valid(int code) { return code >= 0 && static_cast<std::size_t>(code) < Count; }

    std::array<bool, Count> down_since_frame_{};  // pressed since the last frame
    std::vector<int> released_early_;             // ...and released before it was drawn
};

// GLFW's codes of the modifier keys (window.cpp checks them against glfw3.h).
inline constexpr int kLeftShift = 340, kLeftControl = 341, kLeftAlt = 342, kLeftSuper = 343;
inline constexpr int kRightShift = 344, kRightControl = 345, kRightAlt = 346, kRightSuper = 347;

struct Modifiers {
    bool control = false, shift = false, alt = false, super = false;
};
// The modifiers down, as `keys` (ImGui's io.KeysDown, by GLFW code, at
// least 348 long) say, held ones included: a quick Ctrl+A arrives as four
// events before a frame, and its A must be seen with its Ctrl.
inline Modifiers modifiersOf(const bool* keys) {
    return {keys[kLeftControl] || keys[kRightControl], keys[kLeftShift] || keys[kRightShift],
            keys[kLeftAlt] || keys[kRightAlt], keys[kLeftSuper] || keys[kRightSuper]};
}

}  // namespace ipprimer::platform
