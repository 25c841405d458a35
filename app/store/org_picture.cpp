// Reading the organisation's picture: the link's target with the manager's
// login, the same reads as `report --org`, and what went wrong sorted by
// what the manager can do about it.
#include "store/org_picture.h"

#include <algorithm>
#include <unordered_map>

#include "store/org_folder_sync.h"
#include "store/org_reports.h"
#include "store/org_schema.h"
#include "store/org_sync.h"
#include "store/org_sync_parts.h"
#include "store/sqlite_store.h"
#include "store/postgres.h"

namespace ipprimer::store::org {
namespace {

// A whole connection text rather than a user name.
bool isConnectionText(const std::string& text) {
    return text.find('=') != std::string::npos || text.find("://") != std::string::npos;
}

pg::Connection connectAsManager(const LinkedOrganisation& link, const ManagerLogin& login) {
    pg::Connection::Login given;
    given.password = login.password;
    if (login.connection.empty()) return pg::Connection(link.target, given);
    if (isConnectionText(login.connection)) return pg::Connection(login.connection, given);
    given.user = login.connection;
    return pg::Connection(link.target, given);
}

// Each server learner's UUID by the server's id, which the rows carry.
std::unordered_map<std::int64_t, std::string> serverUuids(pg::Connection& server) {
    std::unordered_map<std::int64_t, std::string> uuids;
    const pg::Result rows = server.exec("SELECT id, uuid::text FROM ipprimer.learners");
    for (int row = 0; row < rows.rows(); ++row) uuids.emplace(rows.int64(row, 0), std::string(rows.text(row, 1)));
    return uuids;
}

PictureProblem problemOf(const pg::ServerError& error) {
    if (error.connectionLost()) return PictureProblem::Unreachable;
    if (error.permissionDenied()) return PictureProblem::NeedsManagerLogin;
    if (error.sqlstate().rfind("28", 0) == 0) return PictureProblem::LoginRefused;
    return PictureProblem::Other;
}

void readFromServer(const PictureRequest& request, Picture& picture) {
    pg::Connection server = connectAsManager(request.link, request.login);
    checkServerSchema(server);
    picture.dashboard = loadOrgDashboard(server, request.curriculum, request.today, request.include_archived);
    const std::unordered_map<std::int64_t, std::string> uuids = serverUuids(server);
    for (const DashboardRow& row : picture.dashboard.rows) {
        const auto found = uuids.find(row.learner.id);
        picture.uuids.push_back(found == uuids.end() ? "" : found->second);
    }
}

}  // namespace

std::optional<LinkedOrganisation> linkedOrganisation(Store& store) {
    const std::optional<std::string> target = linkedServer(store);
    if (!target) return std::nullopt;
    return LinkedOrganisation{*target, isFolderTarget(*target)};
}

std::string rememberedManagerLogin(Settings& settings) {
    return settings.value(kManagerLoginSetting).value_or("");
}

void rememberManagerLogin(Settings& settings, const std::string& connection) {
    if (connection.empty()) {
        settings.remove({kManagerLoginSetting});
        return;
    }
    if (isConnectionText(connection) && pg::holdsPassword(connection))
        throw StoreError("The login was not kept: it holds a password, and IP Primer keeps none. Leave the password "
                         "out of the connection (type it in the password field, or put it in ~/.pgpass).");
    settings.set(kManagerLoginSetting, connection);
}

Picture readPicture(const PictureRequest& request) {
    Picture picture;
    picture.include_archived = request.include_archived;
    try {
        if (request.link.folder)
            picture.dashboard = loadFolderDashboard(folderOf(request.link.target), request.curriculum, request.today,
                                                    request.include_archived, &picture.uuids);
        else
            readFromServer(request, picture);
    } catch (const pg::ServerError& error) {
        picture = Picture{};
        picture.include_archived = request.include_archived;
        picture.problem = problemOf(error);
        picture.message = error.what();
    } catch (const std::exception& error) {
        picture = Picture{};
        picture.include_archived = request.include_archived;
        picture.problem = PictureProblem::Other;
        picture.message = error.what();
    }
    picture.read_at = Store::systemClock();
    return picture;
}

LearnerHistory readServerHistory(const LinkedOrganisation& link, const ManagerLogin& login, const std::string& uuid) {
    pg::Connection server = connectAsManager(link, login);
    checkServerSchema(server);
    pg::Transaction transaction(server, "ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const pg::Result learner = server.exec(
        "SELECT uuid::text, name, coalesce(employee_id, ''), email, role, department, start_date, archived, created_at"
        " FROM ipprimer.learners WHERE uuid = $1::uuid",
        pg::Params().add(uuid));
    if (learner.rows() == 0) return {};
    const pg::Result rows = server.exec(
        "SELECT uuid::text, installation::text, learner::text, verb, object, coalesce(attempt::text, ''), score,"
        " coalesce(response, ''), duration_ms, coalesce(context, ''), at"
        " FROM ipprimer.events WHERE learner = $1::uuid ORDER BY received",
        pg::Params().add(uuid));
    transaction.commit();

    // The history is read by the local store's own rules, from a store in
    // memory that holds this learner's records alone.
    SqliteStore gathered(":memory:");
    const std::int64_t id = gathered.organisation().takeRosterEntry(rosterEntry(readServerLearner(learner, 0)));
    std::vector<Event> events;
    for (int row = 0; row < rows.rows(); ++row) events.push_back(localEvent(readServerEvent(rows, row), id));
    gathered.organisation().takeEvents(events);
    return gathered.reports().learnerHistory(id);
}

std::vector<std::optional<std::int64_t>> localLearnersOf(Store& store, const std::vector<std::string>& uuids) {
    std::vector<std::optional<std::int64_t>> local;
    local.reserve(uuids.size());
    for (const std::string& uuid : uuids)
        local.push_back(uuid.empty() ? std::nullopt : store.organisation().learnerWith(uuid));
    return local;
}

// --- the reader's thread ------------------------------------------------------

PictureReader::PictureReader(std::function<void()> changed)
    : changed_(std::move(changed)), thread_([this] { run(); }) {}

PictureReader::~PictureReader() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void PictureReader::read(PictureRequest request) {
    {
        std::lock_guard lock(mutex_);
        next_ = std::move(request);
        done_.reset();  // an older picture is not what was asked for now
    }
    wake_.notify_all();
}

bool PictureReader::reading() const {
    std::lock_guard lock(mutex_);
    return (busy_ && !drop_) || next_.has_value();
}

std::optional<Picture> PictureReader::take() {
    std::lock_guard lock(mutex_);
    std::optional<Picture> picture = std::move(done_);
    done_.reset();
    return picture;
}

void PictureReader::cancel() {
    std::lock_guard lock(mutex_);
    next_.reset();
    done_.reset();
    drop_ = busy_;
}

void PictureReader::run() {
    for (;;) {
        PictureRequest request;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stop_ || next_.has_value(); });
            if (stop_) return;
            request = std::move(*next_);
            next_.reset();
            busy_ = true;
            drop_ = false;
        }
        Picture picture = readPicture(request);
        std::fill(request.login.password.begin(), request.login.password.end(), '\0');  // no copy left behind
        {
            std::lock_guard lock(mutex_);
            busy_ = false;
            if (next_ || drop_) continue;  // overtaken or cancelled: not what is wanted now
            done_ = std::move(picture);
        }
        if (changed_) changed_();
    }
}

}  // namespace ipprimer::store::org
