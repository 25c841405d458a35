// What the server's sync and the folder's share: the link's numbers in the
// settings, and records and learners turned between the store's form and the
// organisation's. Internal to app/store.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "store/org_link.h"
#include "store/store.h"

namespace ipprimer::store::org {

// A number kept in the settings; 0 when missing or unreadable.
std::int64_t settingNumber(Settings& settings, std::string_view key);

ServerLearner serverLearner(const Learner& learner, const std::string& uuid);
ServerEvent serverEvent(const Event& event, const std::string& learner_uuid);
Event localEvent(const ServerEvent& event, std::int64_t learner_id);
RosterEntry rosterEntry(const ServerLearner& learner);

}  // namespace ipprimer::store::org
