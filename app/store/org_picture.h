// The organisation's picture for the manager's screens on a linked PC: every
// learner of every PC, read from the server (through a manager's login) or
// from the shared folder, on a thread of its own so that no frame waits for
// the network. The screens see rows and words here, never SQL or libpq.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "base/dates.h"
#include "progress/status.h"
#include "store/dashboard.h"
#include "store/learner_history.h"
#include "store/store.h"

namespace ipprimer::store::org {

// The manager's login kept on this PC when the manager asks (never a password).
inline constexpr std::string_view kManagerLoginSetting = "organisation.manager_login";

// Where this installation is linked, as the manager's screens need it.
struct LinkedOrganisation {
    std::string target;   // the link as `org join` kept it; never a password
    bool folder = false;  // a shared folder: read as it is, no login
};
std::optional<LinkedOrganisation> linkedOrganisation(Store& store);

// A manager's login to read the server with. `connection` is a user name (the
// PC's link, as that user), or a whole connection text (a postgresql:// URL,
// key=value pairs, service=NAME); empty: the link as it is, which is a
// device's login unless a service or PG* variable says otherwise.
struct ManagerLogin {
    std::string connection;
    std::string password;  // in memory only; empty: libpq finds it (~/.pgpass, PGPASSWORD, the service file)
};

// The login kept on this PC, or "".
std::string rememberedManagerLogin(Settings& settings);
// Keeps `connection` (empty: forgets it). Throws StoreError when the text
// holds a password: passwords stay in ~/.pgpass or in memory.
void rememberManagerLogin(Settings& settings, const std::string& connection);

struct PictureRequest {
    LinkedOrganisation link;
    ManagerLogin login;
    progress::Curriculum curriculum;
    Date today;
    bool include_archived = false;
};

// What stood in the way, so that the screen can say what to do.
enum class PictureProblem {
    None,
    NeedsManagerLogin,  // the login was a device's, refused the organisation's records
    LoginRefused,       // wrong user or password, or no password found
    Unreachable,        // the server or the folder could not be reached
    Other,              // anything else (a newer schema...): `message` says it
};

struct Picture {
    Dashboard dashboard;             // empty when there was a problem
    std::vector<std::string> uuids;  // row by row: the learner on the organisation's roster ("" unknown)
    bool include_archived = false;
    std::int64_t read_at = 0;        // unix ms the read ended
    PictureProblem problem = PictureProblem::None;
    std::string message;             // the server's or the file's words, never a password
};

// Reads one picture, waiting for it: the reader's step, and for tests.
Picture readPicture(const PictureRequest& request);

// One learner's whole history as the server holds it (every PC's records),
// by their UUID on the roster, for the detail of a learner of the picture.
// Needs a manager's login; throws ServerError.
LearnerHistory readServerHistory(const LinkedOrganisation& link, const ManagerLogin& login, const std::string& uuid);

// The local learner each row is (matched by the organisation's UUID), or
// nullopt for a learner who has no records on this PC.
std::vector<std::optional<std::int64_t>> localLearnersOf(Store& store, const std::vector<std::string>& uuids);

// Reads pictures one after another on its own thread.
class PictureReader {
public:
    // `changed` is called from the reader's thread when a picture is ready
    // (the window wakes to take it).
    explicit PictureReader(std::function<void()> changed);
    // Waits for a read under way (a connection gives up within seconds).
    ~PictureReader();
    PictureReader(const PictureReader&) = delete;
    PictureReader& operator=(const PictureReader&) = delete;

    // Reads, after the read under way; a request not yet begun is replaced.
    void read(PictureRequest request);
    // Whether a read is asked for or under way.
    bool reading() const;
    // The picture last read, once; nullopt while none is new. A picture
    // overtaken by a newer request is dropped.
    std::optional<Picture> take();
    // Drops what was asked and read so far, without waiting for a read under
    // way (whose picture is then dropped too): the manager locked the area.
    void cancel();

private:
    void run();

    std::function<void()> changed_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool stop_ = false;
    bool busy_ = false;
    bool drop_ = false;  // the read under way was cancelled
    std::optional<PictureRequest> next_;
    std::optional<Picture> done_;
    std::thread thread_;  // last: started once everything above is ready
};

}  // namespace ipprimer::store::org
