// Which monitor shows the room the slide and which shows the trainer the
// console: plain rectangles in, indexes out, so the rule is tested without
// a display.
#pragma once

#include <algorithm>
#include <span>
#include <utility>

namespace ipprimer::platform {

struct MonitorArea {
    int x = 0, y = 0, width = 0, height = 0;
    bool contains(int px, int py) const { return px >= x && px < x + width && py >= y && py < y + height; }
};

struct PresenterScreens {
    int audience = -1;  // full screen, for the room
    int console = -1;   // the trainer's console; -1 with one monitor
};

// `monitors` as GLFW lists them, the primary first; (x, y) the centre of the
// program's window before it presented. With one monitor the slide fills it
// and there is no console. With more, the slide goes to the monitor under the
// window when that is not the primary (the trainer dragged the window to the
// projector, as before there was a console), else to the first that is not;
// the console goes to the primary, the laptop's own screen in a meeting room.
// `swapped` (the console's "Swap screens") exchanges the two.
inline PresenterScreens choosePresenterScreens(std::span<const MonitorArea> monitors, int x, int y, bool swapped) {
    PresenterScreens screens;
    if (monitors.empty()) return screens;
    if (monitors.size() == 1) {
        screens.audience = 0;
        return screens;
    }
    screens.console = 0;
    const auto others = monitors.subspan(1);
    const auto under = std::find_if(others.begin(), others.end(), [&](const MonitorArea& m) { return m.contains(x, y); });
    screens.audience = under == others.end() ? 1 : 1 + static_cast<int>(under - others.begin());
    if (swapped) std::swap(screens.audience, screens.console);
    return screens;
}

}  // namespace ipprimer::platform
