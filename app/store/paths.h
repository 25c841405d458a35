// Where the learning records live when --db does not say.
#pragma once

#include <filesystem>

namespace ipprimer::store {

// $XDG_DATA_HOME/ipprimer/progress.db, or $HOME/.local/share/ipprimer/progress.db
// when XDG_DATA_HOME is unset, empty or relative (the XDG spec says to ignore
// a relative one). Throws StoreError when no home folder can be found.
std::filesystem::path defaultDatabasePath();

}  // namespace ipprimer::store
