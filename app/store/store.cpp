// The clock every store dates its records by unless told otherwise.
#include "store/store.h"

#include <chrono>

namespace ipprimer::store {

std::int64_t Store::systemClock() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace ipprimer::store
