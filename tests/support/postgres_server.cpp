#include "postgres_server.h"

#include <pwd.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <stdexcept>
#include <thread>
#include <vector>

#include "process.h"

namespace ipprimer::testing {
namespace fs = std::filesystem;

namespace {

bool runningAsRoot() { return geteuid() == 0; }

// The account the server runs as when the tests are root.
constexpr const char* kServerAccount = "nobody";

// initdb takes a second; a copy of a cluster it made takes a tenth of that.
// The first test of a build makes the template in the build folder (renamed
// into place whole, so tests starting together never see half of one), and
// every later test copies it.
fs::path templateCluster(const std::string& superuser) {
#ifdef IPPRIMER_BUILD_DIR
    return fs::path(IPPRIMER_BUILD_DIR) / "postgres-template" /
           (postgresBinaries().parent_path().filename().string() + "-" + superuser + "-wal1");
#else
    (void)superuser;
    return {};
#endif
}

}  // namespace

fs::path postgresBinaries() {
    const fs::path lib("/usr/lib/postgresql");
    std::error_code ec;
    fs::path best;
    for (const auto& entry : fs::directory_iterator(lib, ec))
        if (fs::exists(entry.path() / "bin" / "postgres") && entry.path() > best) best = entry.path();
    return best.empty() ? best : best / "bin";
}

std::vector<std::string> PostgresServer::asServerUser(const std::string& program,
                                                      const std::vector<std::string>& args) const {
    std::vector<std::string> command;
    if (runningAsRoot()) command = {"setpriv", "--reuid=" + std::string(kServerAccount), "--regid=nogroup",
                                    "--clear-groups", "--"};
    command.push_back((postgresBinaries() / program).string());
    command.insert(command.end(), args.begin(), args.end());
    return command;
}

PostgresServer::PostgresServer() {
    if (postgresBinaries().empty()) {
        problem_ = "PostgreSQL is not installed (tools/install-deps installs Debian's postgresql)";
        return;
    }
    std::string pattern = (fs::temp_directory_path() / "ipprimer-pg-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
        problem_ = "cannot make a temporary folder";
        return;
    }
    root_ = pattern;
    data_ = root_ / "data";
    socket_folder_ = root_ / "socket";
    superuser_ = runningAsRoot() ? kServerAccount : [] {
        const passwd* me = getpwuid(geteuid());
        return std::string(me ? me->pw_name : "postgres");
    }();
    if (initialise() && start()) ready_ = true;
}

bool PostgresServer::initialise() {
    std::error_code ec;
    fs::create_directories(data_, ec);
    fs::create_directories(socket_folder_, ec);
    if (runningAsRoot()) {
        // The server's account must reach its folders; nobody else may read the data.
        const passwd* account = getpwnam(kServerAccount);
        if (!account) {
            problem_ = std::string("no account '") + kServerAccount + "' to run the server as";
            return false;
        }
        fs::permissions(root_, fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec, ec);
        for (const fs::path& folder : {data_, socket_folder_})
            if (chown(folder.c_str(), account->pw_uid, account->pw_gid) != 0) {
                problem_ = "cannot hand " + folder.string() + " to " + kServerAccount;
                return false;
            }
    }
    const fs::path cluster = templateCluster(superuser_);
    if (!cluster.empty() && fs::exists(cluster / "PG_VERSION")) {
        // cp -a keeps the owner (the server's account) and the modes.
        const ProcessResult copy = run("cp", {"-a", (cluster / ".").string(), data_.string()});
        if (copy.exit_code != 0) {
            problem_ = "cannot copy the template cluster: " + copy.err;
            return false;
        }
    } else {
        const auto command = asServerUser("initdb", {"-D", data_.string(), "-U", superuser_, "--auth=trust",
                                                     "--encoding=UTF8", "--locale=C", "--no-sync",
                                                     // 1 MB of WAL, not 16: a smaller cluster to copy
                                                     "--wal-segsize=1"});
        const ProcessResult init = run(command.front(), {command.begin() + 1, command.end()});
        if (init.exit_code != 0) {
            problem_ = "initdb failed: " + init.err + init.out;
            return false;
        }
        if (!cluster.empty()) {
            const fs::path partial = cluster.string() + ".part-" + std::to_string(getpid());
            fs::create_directories(cluster.parent_path(), ec);
            if (run("cp", {"-a", data_.string(), partial.string()}).exit_code == 0) {
                fs::rename(partial, cluster, ec);  // another test may have been first: fine
                if (ec) fs::remove_all(partial, ec);
            }
        }
    }
    // The test's superuser comes in without a password; every other role must
    // give its own, so a test can see a wrong password refused.
    std::ofstream hba(data_ / "pg_hba.conf", std::ios::trunc);
    hba << "local all " << superuser_ << " trust\nlocal all all scram-sha-256\n";
    return static_cast<bool>(hba);
}

bool PostgresServer::start() {
    const auto command = asServerUser(
        "postgres", {"-D", data_.string(), "-k", socket_folder_.string(), "-c", "listen_addresses=",
                     "-c", "fsync=off", "-c", "max_connections=300", "-c", "shared_buffers=32MB"});
    const pid_t child = fork();
    if (child < 0) {
        problem_ = "cannot start postgres";
        return false;
    }
    if (child == 0) {
        setpgid(0, 0);
        // The server's log goes to its own file, not into the test's output.
        const std::string log = (root_ / "server.log").string();
        if (FILE* out = std::freopen(log.c_str(), "a", stderr)) (void)out;
        std::vector<char*> argv;
        for (const std::string& word : command) argv.push_back(const_cast<char*>(word.c_str()));
        argv.push_back(nullptr);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    pid_ = child;
    return waitUntilReady();
}

bool PostgresServer::waitUntilReady() {
    const auto pg_isready = (postgresBinaries() / "pg_isready").string();
    // Asked every 20 ms: a server copied from the template is up in about 60.
    for (int tries = 0; tries < 1500; ++tries) {
        if (run(pg_isready, {"-h", socket_folder_.string(), "-U", superuser_, "-d", "postgres", "-q"}).exit_code == 0)
            return true;
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = 0;
            problem_ = "postgres exited at start; see " + (root_ / "server.log").string();
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    problem_ = "postgres did not accept connections within 30 s";
    return false;
}

void PostgresServer::stop() {
    if (pid_ <= 0) return;
    kill(pid_, SIGINT);  // fast shutdown: ends sessions, writes a checkpoint
    int status = 0;
    for (int tries = 0; tries < 3000 && waitpid(pid_, &status, WNOHANG) == 0; ++tries)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (waitpid(pid_, &status, WNOHANG) == 0) {
        kill(pid_, SIGKILL);
        waitpid(pid_, &status, 0);
    }
    pid_ = 0;
}

PostgresServer::~PostgresServer() {
    stop();
    std::error_code ignored;
    if (!root_.empty()) fs::remove_all(root_, ignored);
}

std::string PostgresServer::url(const std::string& database) const {
    return "host=" + socket_folder_.string() + " user=" + superuser_ + " dbname=" + database;
}

std::string PostgresServer::urlFor(const std::string& user, const std::string& password,
                                   const std::string& database) const {
    std::string url = "host=" + socket_folder_.string() + " user=" + user + " dbname=" + database;
    if (!password.empty()) url += " password=" + password;
    return url;
}

std::string PostgresServer::psql(const std::string& sql, const std::string& database) const {
    const ProcessResult result =
        run("psql", {"-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url(database), "-c", sql});
    if (result.exit_code != 0) throw std::runtime_error("psql: " + result.err);
    return result.out;
}

}  // namespace ipprimer::testing
