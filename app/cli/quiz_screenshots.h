// The quiz views of `ipprimer screenshot`: quiz:<role-or-module> (the first
// question of a fresh attempt), result:<role> (a finished attempt with some
// answers right and some wrong) and review:<role> (the next day's review of
// that attempt), all drawn with a fixed seed.
#pragma once

#include <string>

#include "course/course.h"
#include "store/store.h"

namespace ipprimer::ui {
class App;
}

namespace ipprimer::cli {

// The seed of every quiz screenshot, so the same picture comes out each time.
inline constexpr std::uint64_t kScreenshotSeed = 20240611;

// Whether a view name is one of these (its records go to a private database).
bool isQuizView(const std::string& view);

// Puts the app on the view; on bad input prints why and returns false.
bool showQuizView(ui::App& app, store::Store& store, const course::Course& course, const std::string& view);

}  // namespace ipprimer::cli
