// The manager's screens for `ipprimer screenshot`: dashboard,
// dashboard:topics, dashboard:import[:<file.csv>], dashboard:learner:<employee id>,
// dashboard:gate (the PIN gate, locked), and the company's IP: register,
// selfcheck (the take under way, or its start page) and selfcheck-report.
// They open the area without its PIN, which only a screenshot may do: the
// picture is of whatever database --db names (demo data, usually).
#pragma once

#include <string>

namespace ipprimer::store {
class Store;
}
namespace ipprimer::ui {
class App;
}

namespace ipprimer::cli {

bool isManagerView(const std::string& view);
// False, after saying why on stderr, when the view names no such learner.
bool showManagerView(ui::App& app, store::Store& store, const std::string& view);

}  // namespace ipprimer::cli
