// The manager PIN's reset, recorded (pin_reset.h).
#include "store/pin_reset.h"

#include <nlohmann/json.hpp>

#include "store/journal.h"
#include "store/settings.h"
#include "store/verbs.h"

namespace ipprimer::store {

std::string resetManagerPin(Store& store, const PinReset& reset) {
    const std::string installation = store.journal().installation();
    const nlohmann::json context = {{"by", reset.by},
                                    {"system_user", reset.system_user},
                                    {"host", reset.host},
                                    {"installation", installation},
                                    {"at", store.now()}};
    const std::string text = context.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    const auto batch = store.beginBatch();
    if (reset.learner_id != 0) {
        NewEvent event;
        event.learner_id = reset.learner_id;
        event.verb = verbs::kManagerPinReset;
        event.object = installation;
        event.context = text;
        store.journal().append(event);
    }
    store.settings().set("manager_pin_reset", text);
    store.settings().clearManagerPin();
    store.settings().clearWrongPins();
    batch->commit();
    return installation;
}

}  // namespace ipprimer::store
