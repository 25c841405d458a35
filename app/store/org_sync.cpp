// One sync, in three steps: learners the organisation does not know are
// registered, this PC's events are pushed batch by batch, then the roster
// and this PC's learners' records from elsewhere are pulled.
#include "store/org_sync.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <unordered_map>

#include "store/org_folder_sync.h"
#include "store/org_link.h"
#include "store/org_schema.h"
#include "store/org_sync_parts.h"

namespace ipprimer::store::org {
namespace {

std::vector<std::int64_t> heldPositions(Settings& settings) {
    std::vector<std::int64_t> held;
    const auto text = settings.value(kHeldSetting);
    if (!text) return held;
    const nlohmann::json list = nlohmann::json::parse(*text, nullptr, false);
    if (!list.is_array()) return held;
    for (const auto& position : list)
        if (position.is_number_integer()) held.push_back(position.get<std::int64_t>());
    return held;
}

void saveHeld(Settings& settings, const std::vector<std::int64_t>& held) {
    settings.set(kHeldSetting, nlohmann::json(held).dump());
}

class Sync {
public:
    Sync(Store& store, pg::Connection& server, const SyncOptions& options)
        : store_(store), organisation_(store.organisation()), settings_(store.settings()), link_(server),
          options_(options), installation_(store.journal().installation()) {}

    SyncReport run() {
        link_.join(installation_, "");
        manager_ = link_.mayRecordManagerActions();
        registerLearners();
        if (manager_) pushHeld();
        pushJournal();
        pull();
        link_.recordSync(installation_, report_.sent, report_.received);
        settings_.set(kLastSyncSetting, std::to_string(store_.now()));
        return report_;
    }

private:
    void registerLearners() {
        for (const OrganisationLearner& proposed : organisation_.unregistered()) {
            const std::optional<Learner> learner = store_.roster().find(proposed.learner_id);
            if (!learner) continue;
            const std::string uuid = link_.registerLearner(serverLearner(*learner, proposed.uuid), installation_, store_.now());
            organisation_.registered(proposed.learner_id, uuid);
            ++report_.registered;
        }
    }

    // The server's form of a local event. A learner added since
    // registerLearners ran is registered now.
    ServerEvent toServer(const Event& event) {
        auto uuid = uuids_.find(event.learner_id);
        if (uuid == uuids_.end()) {
            std::optional<std::string> known = organisation_.uuidOf(event.learner_id);
            if (!known) {
                registerLearners();
                known = organisation_.uuidOf(event.learner_id);
            }
            if (!known)
                throw StoreError("learner " + std::to_string(event.learner_id) + " of " + store_.path().string() +
                                 " could not be registered with the organisation");
            uuid = uuids_.emplace(event.learner_id, *known).first;
        }
        return serverEvent(event, uuid->second);
    }

    // Sends one batch; only after the server's commit is it marked sent.
    void send(const std::vector<Event>& events, std::int64_t pushed_to, const std::vector<std::int64_t>& held) {
        std::vector<ServerEvent> batch;
        std::set<std::int64_t> learners;
        batch.reserve(events.size());
        for (const Event& event : events) {
            batch.push_back(toServer(event));
            learners.insert(event.learner_id);
        }
        report_.new_on_server += link_.push(batch);
        report_.sent += static_cast<std::int64_t>(batch.size());
        const std::vector<std::int64_t> used(learners.begin(), learners.end());
        auto write = store_.beginBatch();
        settings_.set(kPushedSetting, std::to_string(pushed_to));
        saveHeld(settings_, held);
        organisation_.markUsedHere(used);
        write->commit();
        if (options_.progress) options_.progress(report_);
    }

    void pushHeld() {
        std::vector<std::int64_t> held = heldPositions(settings_);
        if (held.empty()) return;
        std::vector<Event> events;
        for (std::int64_t position : held)
            for (Event& event : store_.journal().readAfter(position - 1, 1))
                if (event.position == position) events.push_back(std::move(event));
        send(events, settingNumber(settings_, kPushedSetting), {});
    }

    void pushJournal() {
        std::int64_t position = settingNumber(settings_, kPushedSetting);
        std::vector<std::int64_t> held = heldPositions(settings_);
        for (;;) {
            const std::vector<Event> page = store_.journal().readAfter(position, options_.batch_size);
            if (page.empty()) break;
            std::vector<Event> batch;
            for (const Event& event : page) {
                // Events from other PCs came from the organisation: not sent back.
                if (event.installation != installation_) continue;
                if (!manager_ && isManagerAction(event.verb)) {
                    held.push_back(event.position);
                    continue;
                }
                batch.push_back(event);
            }
            position = page.back().position;
            send(batch, position, held);
        }
        report_.held = static_cast<std::int64_t>(held.size());
    }

    void pull() {
        const std::vector<OrganisationLearner> known = organisation_.usedHere(true);
        const std::vector<OrganisationLearner> arriving = organisation_.usedHere(false);
        std::vector<std::string> known_uuids, arriving_uuids;
        for (const auto& learner : known) known_uuids.push_back(learner.uuid);
        for (const auto& learner : arriving) arriving_uuids.push_back(learner.uuid);
        std::string since = settings_.value(kPulledSetting).value_or("0");
        if (since.empty()) since = "0";
        const Pulled pulled = link_.pull(installation_, since, known_uuids, since, arriving_uuids);

        auto write = store_.beginBatch();
        for (const ServerLearner& learner : pulled.roster) organisation_.takeRosterEntry(rosterEntry(learner));
        report_.roster += static_cast<std::int64_t>(pulled.roster.size());
        std::vector<Event> events;
        events.reserve(pulled.events.size());
        for (const ServerEvent& from : pulled.events) {
            const std::optional<std::int64_t> learner_id = organisation_.learnerWith(from.learner);
            if (!learner_id) continue;  // not a learner of this PC (cannot happen: the server chose)
            events.push_back(localEvent(from, *learner_id));
        }
        report_.received += static_cast<std::int64_t>(organisation_.takeEvents(events));
        std::vector<std::int64_t> pulled_ids;
        for (const auto& learner : arriving) pulled_ids.push_back(learner.learner_id);
        organisation_.markHistoryPulled(pulled_ids);
        settings_.set(kPulledSetting, pulled.horizon);
        write->commit();
    }

    Store& store_;
    Organisation& organisation_;
    Settings& settings_;
    ServerLink link_;
    const SyncOptions& options_;
    std::string installation_;
    bool manager_ = false;
    std::unordered_map<std::int64_t, std::string> uuids_;
    SyncReport report_;
};

}  // namespace

std::optional<std::string> linkedServer(Store& store) {
    auto target = store.settings().value(kServerSetting);
    if (!target || target->empty()) return std::nullopt;
    return target;
}

void join(Store& store, pg::Connection& server, const std::string& target, const std::string& computer_name) {
    if (pg::holdsPassword(target))
        throw StoreError("the connection given holds a password, and IP Primer keeps none. Give it without the "
                         "password, and put the password in ~/.pgpass (mode 0600) or the PGPASSWORD variable.");
    checkServerSchema(server);
    ServerLink link(server);
    const std::string joined_as = link.join(store.journal().installation(), computer_name);
    if (joined_as != server.user() && !link.mayRecordManagerActions())
        throw StoreError("this computer (installation " + store.journal().installation() +
                         ") joined the organisation's server as '" + joined_as + "', and only that login may "
                         "receive its learners' records. Join with that login, or ask IT.");
    store.settings().set(kServerSetting, target);
}

SyncReport synchronise(Store& store, pg::Connection& server, const SyncOptions& options) {
    checkServerSchema(server);
    return Sync(store, server, options).run();
}

void joinFolder(Store& store, const std::string& target) {
    const FolderLink link(folderOf(target));
    store.settings().set(kServerSetting, target);
}

SyncReport synchronise(Store& store, const std::string& target, const SyncOptions& options) {
    if (isFolderTarget(target)) return synchroniseWithFolder(store, folderOf(target), options);
    pg::Connection server(target);
    return synchronise(store, server, options);
}

LinkStatus linkStatus(Store& store) {
    LinkStatus status;
    status.server = linkedServer(store).value_or("");
    const std::int64_t last = settingNumber(store.settings(), kLastSyncSetting);
    if (last > 0) status.last_sync = last;
    status.held = static_cast<std::int64_t>(heldPositions(store.settings()).size());
    status.waiting = store.organisation().ownEventsAfter(settingNumber(store.settings(), kPushedSetting)) + status.held;
    return status;
}

std::int64_t settingNumber(Settings& settings, std::string_view key) {
    const auto text = settings.value(key);
    if (!text || text->empty()) return 0;
    try {
        return std::stoll(*text);
    } catch (const std::exception&) {
        return 0;
    }
}

ServerLearner serverLearner(const Learner& learner, const std::string& uuid) {
    ServerLearner server;
    server.uuid = uuid;
    server.name = learner.name;
    server.employee_id = learner.employee_id;
    server.email = learner.email;
    server.role = learner.role;
    server.department = learner.department;
    server.start_date = learner.start_date;
    server.archived = learner.archived;
    server.created_at = learner.created_at;
    return server;
}

ServerEvent serverEvent(const Event& event, const std::string& learner_uuid) {
    ServerEvent server;
    server.uuid = event.uuid;
    server.installation = event.installation;
    server.learner = learner_uuid;
    server.verb = event.verb;
    server.object = event.object;
    server.attempt = event.attempt;
    server.score = event.score;
    server.response = event.response;
    server.duration_ms = event.duration_ms;
    server.context = event.context;
    server.at = event.at;
    return server;
}

Event localEvent(const ServerEvent& from, std::int64_t learner_id) {
    Event event;
    event.uuid = from.uuid;
    event.installation = from.installation;
    event.learner_id = learner_id;
    event.verb = from.verb;
    event.object = from.object;
    event.attempt = from.attempt;
    event.score = from.score;
    event.response = from.response;
    event.duration_ms = from.duration_ms;
    event.context = from.context;
    event.at = from.at;
    return event;
}

RosterEntry rosterEntry(const ServerLearner& learner) {
    RosterEntry entry;
    entry.uuid = learner.uuid;
    entry.name = learner.name;
    entry.employee_id = learner.employee_id;
    entry.email = learner.email;
    entry.role = learner.role;
    entry.department = learner.department;
    entry.start_date = learner.start_date;
    entry.archived = learner.archived;
    entry.created_at = learner.created_at;
    return entry;
}

}  // namespace ipprimer::store::org
