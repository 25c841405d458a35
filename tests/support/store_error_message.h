// What a store call refused, as the user reads it: the StoreError's message,
// or "(no error)" when the call went through.
#pragma once

#include <functional>
#include <string>

#include "store/store_error.h"

namespace ipprimer::testing {

inline std::string storeErrorOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const store::StoreError& error) {
        return error.what();
    }
    return "(no error)";
}

}  // namespace ipprimer::testing
