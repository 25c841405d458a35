// The sync through a shared folder: this installation's new records go into
// a segment of its own; every other installation's new segments are taken.
// There is no server to match people: a reader takes a learner it does not
// know by UUID as the person with the same employee id, or as a new profile.
#include "store/org_folder_sync.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <set>
#include <unordered_map>

#include "store/org_sync_parts.h"
#include "store/sqlite_store.h"
#include "store/verbs.h"

namespace ipprimer::store::org {
namespace {

namespace fs = std::filesystem;

// How far this installation read another's segments.
std::string readKey(const std::string& installation) { return "organisation.folder." + installation; }

// One sync of an installation at a time (the window's and a command's): the
// second waits, so two never write a segment under the same number.
class SyncLock {
public:
    explicit SyncLock(const fs::path& database) {
        if (database == ":memory:") return;
        const std::string path = database.string() + ".folder-sync.lock";
        fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd_ >= 0) ::flock(fd_, LOCK_EX);
    }
    ~SyncLock() {
        if (fd_ >= 0) ::close(fd_);  // closing lets go of the lock
    }
    SyncLock(const SyncLock&) = delete;
    SyncLock& operator=(const SyncLock&) = delete;

private:
    int fd_ = -1;
};

// Takes the segments other installations wrote since last time (all of
// them, `except` none, for a report), one local transaction per segment.
void takeSegments(Store& store, const FolderLink& link, const std::string& except, SyncReport& report) {
    Organisation& organisation = store.organisation();
    std::unordered_map<std::string, std::int64_t> by_employee_id;
    for (const Learner& learner : store.roster().list(true))
        if (!learner.employee_id.empty()) by_employee_id.emplace(learner.employee_id, learner.id);
    for (const std::string& installation : link.installations(except)) {
        const std::int64_t after = settingNumber(store.settings(), readKey(installation));
        for (const Segment& segment : link.read(installation, after)) {
            auto batch = store.beginBatch();
            std::unordered_map<std::string, std::int64_t> learner_of;
            for (const ServerLearner& learner : segment.learners) {
                std::optional<std::int64_t> id = organisation.learnerWith(learner.uuid);
                if (!id && !learner.employee_id.empty())
                    if (auto same = by_employee_id.find(learner.employee_id); same != by_employee_id.end())
                        id = same->second;
                if (!id) {
                    id = organisation.takeRosterEntry(rosterEntry(learner));
                    if (!learner.employee_id.empty()) by_employee_id.emplace(learner.employee_id, *id);
                    ++report.roster;
                }
                learner_of.emplace(learner.uuid, *id);
            }
            std::vector<Event> events;
            std::set<std::int64_t> archiving;
            for (const ServerEvent& event : segment.events) {
                const auto learner = learner_of.find(event.learner);
                if (learner == learner_of.end()) continue;  // a writer always names its learners
                events.push_back(localEvent(event, learner->second));
                if (event.verb == verbs::kArchived || event.verb == verbs::kRestored) archiving.insert(learner->second);
            }
            report.received += static_cast<std::int64_t>(organisation.takeEvents(events));
            organisation.settleArchiving(std::vector<std::int64_t>(archiving.begin(), archiving.end()));
            store.settings().set(readKey(installation), std::to_string(segment.number));
            batch->commit();
        }
    }
}

}  // namespace

SyncReport synchroniseWithFolder(Store& store, const fs::path& folder, const SyncOptions& options) {
    const FolderLink link(folder);
    const SyncLock lock(store.path());
    Organisation& organisation = store.organisation();
    Settings& settings = store.settings();
    const std::string installation = store.journal().installation();
    SyncReport report;

    // No server to ask: a learner is registered as proposed; readers match
    // people by employee id.
    std::set<std::int64_t> named;  // learners the next segment must name
    for (const OrganisationLearner& learner : organisation.unregistered()) {
        organisation.registered(learner.learner_id, learner.uuid);
        named.insert(learner.learner_id);
        ++report.registered;
    }

    // This installation's records after the position sent, a segment at a time.
    const std::size_t segment_size = std::max<std::size_t>(options.batch_size * 10, 1);
    std::int64_t position = settingNumber(settings, kPushedSetting);
    std::int64_t last_segment = link.lastSegment(installation);  // the lock keeps it ours
    bool more = true;
    while (more || !named.empty()) {
        Segment segment;
        segment.installation = installation;
        std::int64_t last = position;
        while (segment.events.size() < segment_size) {
            const std::vector<Event> page = store.journal().readAfter(last, options.batch_size);
            if (page.empty()) {
                more = false;
                break;
            }
            for (const Event& event : page) {
                last = event.position;
                if (event.installation != installation) continue;  // read from the folder: not written back
                const std::optional<std::string> uuid = organisation.uuidOf(event.learner_id);
                if (!uuid) continue;  // added after the registration above: the next sync sends it
                segment.events.push_back(serverEvent(event, *uuid));
                named.insert(event.learner_id);
            }
        }
        if (segment.events.empty() && named.empty()) {
            settings.set(kPushedSetting, std::to_string(last));
            break;
        }
        for (std::int64_t learner_id : named)
            if (const auto learner = store.roster().find(learner_id))
                segment.learners.push_back(serverLearner(*learner, organisation.uuidOf(learner_id).value_or("")));
        segment.number = ++last_segment;
        link.write(segment);
        // Sent once the segment is whole in the folder.
        auto batch = store.beginBatch();
        settings.set(kPushedSetting, std::to_string(last));
        const std::vector<std::int64_t> used(named.begin(), named.end());
        organisation.markUsedHere(used);
        batch->commit();
        report.sent += static_cast<std::int64_t>(segment.events.size());
        report.new_on_server += static_cast<std::int64_t>(segment.events.size());
        named.clear();
        position = last;
        if (options.progress) options.progress(report);
    }

    takeSegments(store, link, installation, report);
    settings.set(kLastSyncSetting, std::to_string(store.now()));
    return report;
}

Dashboard loadFolderDashboard(const fs::path& folder, const progress::Curriculum& curriculum, Date today,
                              bool include_archived, std::vector<std::string>* uuids) {
    const FolderLink link(folder);
    SqliteStore gathered(":memory:");
    SyncReport ignored;
    takeSegments(gathered, link, "", ignored);
    Dashboard dashboard = gathered.reports().dashboard(curriculum, today, include_archived);
    if (uuids) {
        uuids->clear();
        for (const DashboardRow& row : dashboard.rows)
            uuids->push_back(gathered.organisation().uuidOf(row.learner.id).value_or(""));
    }
    return dashboard;
}

}  // namespace ipprimer::store::org
