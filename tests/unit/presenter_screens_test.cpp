// Where the slide and the console go when a trainer presents: the rule of
// platform/monitors.h on plain rectangles, no display needed.
#include <gtest/gtest.h>

#include <vector>

#include "platform/monitors.h"

using ipprimer::platform::choosePresenterScreens;
using ipprimer::platform::MonitorArea;

namespace {

const MonitorArea kLaptop{0, 0, 1920, 1200};          // the primary, listed first
const MonitorArea kProjector{1920, 0, 1280, 720};
const MonitorArea kSecondProjector{3200, 0, 1920, 1080};

}  // namespace

TEST(PresenterScreens, OneMonitorShowsTheSlideAndNoConsole) {
    const std::vector<MonitorArea> one{kLaptop};
    const auto screens = choosePresenterScreens(one, 600, 400, false);
    EXPECT_EQ(screens.audience, 0);
    EXPECT_EQ(screens.console, -1);
    EXPECT_EQ(choosePresenterScreens(one, 600, 400, true).console, -1) << "nothing to swap with";
    EXPECT_EQ(choosePresenterScreens(std::vector<MonitorArea>{}, 0, 0, false).audience, -1);
}

TEST(PresenterScreens, TheSlideGoesToTheProjectorAndTheConsoleStaysOnTheLaptop) {
    const std::vector<MonitorArea> two{kLaptop, kProjector};
    auto screens = choosePresenterScreens(two, 600, 400, false);  // the window on the laptop
    EXPECT_EQ(screens.audience, 1);
    EXPECT_EQ(screens.console, 0);
    screens = choosePresenterScreens(two, 2500, 300, false);  // dragged to the projector first
    EXPECT_EQ(screens.audience, 1);
    EXPECT_EQ(screens.console, 0);
    screens = choosePresenterScreens(two, 600, 400, true);  // "Swap screens"
    EXPECT_EQ(screens.audience, 0);
    EXPECT_EQ(screens.console, 1);
}

TEST(PresenterScreens, WithTwoProjectorsTheSlideGoesWhereTheWindowWas) {
    const std::vector<MonitorArea> three{kLaptop, kProjector, kSecondProjector};
    EXPECT_EQ(choosePresenterScreens(three, 4000, 500, false).audience, 2);
    EXPECT_EQ(choosePresenterScreens(three, 600, 400, false).audience, 1) << "from the laptop: the first other";
    EXPECT_EQ(choosePresenterScreens(three, 4000, 500, false).console, 0);
}
