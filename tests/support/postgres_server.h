// A real PostgreSQL server of the test's own: initdb into a temporary folder,
// postgres on a private Unix socket (no TCP), stopped and removed when the
// object goes. When the tests run as root, the server runs as `nobody`, since
// PostgreSQL refuses to run as root. No mock: the organisation store's tests
// talk to this server as a company's IT would set it up.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace ipprimer::testing {

class PostgresServer {
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    // True when the server accepts connections; otherwise problem() says why.
    bool ready() const { return ready_; }
    const std::string& problem() const { return problem_; }

    // A libpq connection string for the server's superuser and `database`.
    std::string url(const std::string& database = "postgres") const;
    // The same for another user (a role the test created), with a password if given.
    std::string urlFor(const std::string& user, const std::string& password, const std::string& database) const;
    const std::filesystem::path& socketFolder() const { return socket_folder_; }
    const std::string& superuser() const { return superuser_; }

    // Runs SQL through psql as the superuser; returns psql's output, or throws
    // std::runtime_error with psql's message.
    std::string psql(const std::string& sql, const std::string& database = "postgres") const;

    // Stops the server (fast shutdown) and starts it again on the same data:
    // a test of a sync that meets a server going away.
    void stop();
    bool start();
    bool running() const { return pid_ > 0; }

private:
    bool initialise();
    bool waitUntilReady();
    std::vector<std::string> asServerUser(const std::string& program, const std::vector<std::string>& args) const;

    std::filesystem::path root_;           // removed at the end
    std::filesystem::path data_;
    std::filesystem::path socket_folder_;
    std::string superuser_;
    pid_t pid_ = 0;
    bool ready_ = false;
    std::string problem_;
};

// Where Debian keeps the server's programs (initdb, postgres), or "" when
// PostgreSQL is not installed.
std::filesystem::path postgresBinaries();

}  // namespace ipprimer::testing
