// What follows from a group-quiz answer alone: the hands counted and the
// share of the room that was right.
#include "store/workshops.h"

#include <algorithm>

namespace ipprimer::store {

int GroupAnswer::hands() const {
    int total = 0;
    for (const auto& option : options) total += std::max(option.count, 0);
    return total;
}

int GroupAnswer::rightHands() const {
    int total = 0;
    for (const auto& option : options)
        if (option.right) total += std::max(option.count, 0);
    return total;
}

std::optional<double> GroupAnswer::shareRight() const {
    if (int all = hands(); all > 0) return static_cast<double>(rightHands()) / all;
    if (room_right) return *room_right ? 1.0 : 0.0;
    return std::nullopt;
}

}  // namespace ipprimer::store
