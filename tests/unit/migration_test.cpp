// Opening a database file: what is refused is left byte for byte as it was,
// an older schema is backed up before it is upgraded, a failed step changes nothing.
#include "store/schema.h"
#include "temp_folder.h"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

using namespace ipprimer;
using namespace ipprimer::store;

namespace {

std::string readBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::int64_t queryInt(Database& db, std::string_view sql) {
    Statement statement(db, sql);
    EXPECT_TRUE(statement.step()) << sql;
    return statement.columnInt64(0);
}

std::string queryText(Database& db, std::string_view sql) {
    Statement statement(db, sql);
    EXPECT_TRUE(statement.step()) << sql;
    return statement.columnText(0);
}

bool hasTable(Database& db, std::string_view name) {
    Statement statement(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    statement.bind(1, name);
    statement.step();
    return statement.columnInt64(0) == 1;
}

// The program at schema `last`: this program's steps up to `last` (an older
// program when `last` is lower), then trivial ones (a newer program).
std::vector<Migration> stepsUpTo(int last) {
    static const std::vector<std::string> sql = [] {
        std::vector<std::string> all;
        for (int version = 0; version <= 20; ++version)
            all.push_back("CREATE TABLE added_in_" + std::to_string(version) + " (x INTEGER)");
        return all;
    }();
    std::vector<Migration> steps;
    for (const Migration& step : migrations())
        if (step.version <= last) steps.push_back(step);
    for (int version = currentSchemaVersion() + 1; version <= last; ++version)
        steps.push_back({version, sql[version]});
    return steps;
}

std::string messageOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const StoreError& error) {
        return error.what();
    }
    return "(no error)";
}

class MigrationFile : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = dir_ / "progress.db";
    }

    std::vector<std::string> backups() const {
        std::vector<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(dir_))
            if (entry.path().extension() == ".bak") names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }

    const ipprimer::testing::TempFolder temp_{"ipprimer-migration"};
    const std::filesystem::path dir_ = temp_.path();
    std::filesystem::path path_;
};

}  // namespace

TEST(MigrationSteps, AreNumberedFromOneAndEndAtTheCurrentVersion) {
    const auto steps = migrations();
    ASSERT_FALSE(steps.empty());
    for (std::size_t i = 0; i < steps.size(); ++i) EXPECT_EQ(steps[i].version, static_cast<int>(i) + 1);
    EXPECT_EQ(steps.back().version, currentSchemaVersion());
}

TEST(MigrationSteps, AMisnumberedListIsAProgrammingError) {
    const std::vector<Migration> gap{{1, "CREATE TABLE a (x)"}, {3, "CREATE TABLE b (x)"}};
    EXPECT_THROW(openDatabase(":memory:", gap), std::logic_error);
}

TEST(MigrationMemory, NewDatabaseGetsTheCurrentSchemaAndSettings) {
    Database db = openDatabase(":memory:");
    EXPECT_EQ(queryInt(db, "PRAGMA user_version"), currentSchemaVersion());
    EXPECT_EQ(queryInt(db, "PRAGMA application_id"), kApplicationId);
    EXPECT_TRUE(hasTable(db, "learners"));
    EXPECT_TRUE(hasTable(db, "events"));
    EXPECT_TRUE(hasTable(db, "settings"));
    EXPECT_EQ(queryInt(db, "PRAGMA foreign_keys"), 1);
    EXPECT_EQ(queryInt(db, "PRAGMA synchronous"), 2);  // FULL
    EXPECT_EQ(queryInt(db, "PRAGMA busy_timeout"), 5000);
}

TEST(MigrationMemory, StatusQueriesUseTheEventIndexes) {
    Database db = openDatabase(":memory:");
    // A learner's lessons for one verb come out of the index in lesson order:
    // found without scanning the table and grouped without sorting.
    Statement plan(db,
                   "EXPLAIN QUERY PLAN SELECT object FROM events"
                   " WHERE learner_id = 1 AND verb = 'finished' GROUP BY object");
    std::string details;
    while (plan.step()) details += plan.columnText(3) + "\n";
    EXPECT_NE(details.find("USING COVERING INDEX events_by_learner_verb_object"), std::string::npos) << details;
    EXPECT_EQ(details.find("TEMP B-TREE"), std::string::npos) << details;
    Statement by_object(db, "EXPLAIN QUERY PLAN SELECT count(*) FROM events WHERE object = 'q1'");
    details.clear();
    while (by_object.step()) details += by_object.columnText(3) + "\n";
    EXPECT_NE(details.find("events_by_object"), std::string::npos) << details;
}

TEST_F(MigrationFile, NewFileGetsTheSchemaInWalModeAndItsFoldersAreCreated) {
    const auto nested = dir_ / "a" / "b" / "progress.db";
    {
        Database db = openDatabase(nested);
        EXPECT_EQ(queryText(db, "PRAGMA journal_mode"), "wal");
        EXPECT_EQ(queryInt(db, "PRAGMA synchronous"), 2);
        EXPECT_EQ(queryInt(db, "PRAGMA foreign_keys"), 1);
        EXPECT_EQ(queryInt(db, "PRAGMA busy_timeout"), 5000);
    }
    Database reader(nested, OpenMode::ReadOnly);
    EXPECT_EQ(queryInt(reader, "PRAGMA user_version"), currentSchemaVersion());
    EXPECT_EQ(queryInt(reader, "PRAGMA application_id"), kApplicationId);
    EXPECT_TRUE(hasTable(reader, "events"));
}

TEST_F(MigrationFile, ReopeningACurrentFileKeepsDataAndMakesNoBackup) {
    {
        Database db = openDatabase(path_);
        db.exec("INSERT INTO settings VALUES ('text-scale', '1.25')");
    }
    Database db = openDatabase(path_);
    EXPECT_EQ(queryText(db, "SELECT value FROM settings WHERE key = 'text-scale'"), "1.25");
    EXPECT_TRUE(backups().empty());
}

TEST_F(MigrationFile, AnEmptyFileBecomesANewDatabase) {
    writeBytes(path_, "");
    Database db = openDatabase(path_);
    EXPECT_EQ(queryInt(db, "PRAGMA user_version"), currentSchemaVersion());
}

TEST_F(MigrationFile, NewerSchemaIsRefusedAndTheFileIsUnchanged) {
    const int newer = currentSchemaVersion() + 5;
    openDatabase(path_, stepsUpTo(newer));  // a newer IP Primer wrote this file
    const std::string before = readBytes(path_);

    const std::string message = messageOf([&] { openDatabase(path_); });
    EXPECT_EQ(message, path_.string() + " was written by a newer version of IP Primer (schema " +
                           std::to_string(newer) + "; this version knows up to " +
                           std::to_string(currentSchemaVersion()) + "). Update IP Primer; the file was left untouched.");
    EXPECT_EQ(readBytes(path_), before);
    EXPECT_TRUE(backups().empty());
}

TEST_F(MigrationFile, NewerSchemaStillInTheWalIsNotCheckpointedIntoTheFile) {
    {
        Database db = openDatabase(path_, stepsUpTo(currentSchemaVersion() + 1));
        db.setCheckpointOnClose(false);  // as after a crash: the last commits are in the WAL only
        db.exec("INSERT INTO settings VALUES ('k', 'v')");
    }
    const std::filesystem::path wal = path_.string() + "-wal";
    ASSERT_TRUE(std::filesystem::exists(wal));
    const std::string file_before = readBytes(path_);
    const std::string wal_before = readBytes(wal);

    EXPECT_NE(messageOf([&] { openDatabase(path_); }).find("newer version"), std::string::npos);
    EXPECT_EQ(readBytes(path_), file_before);
    EXPECT_EQ(readBytes(wal), wal_before);
}

TEST_F(MigrationFile, JunkFilesAreRefusedAndUnchanged) {
    const std::string junks[] = {
        "hello\n",
        std::string(5000, 'x') + "\nnot a database at all\n",
        std::string("SQLite format 2\0", 16) + std::string(4080, '\x7f'),
    };
    for (const std::string& junk : junks) {
        writeBytes(path_, junk);
        const std::string message = messageOf([&] { openDatabase(path_); });
        EXPECT_EQ(message, path_.string() +
                               " is not an IP Primer database (file is not a database); it was left untouched");
        EXPECT_EQ(readBytes(path_), junk);
        EXPECT_FALSE(std::filesystem::exists(path_.string() + "-wal"));
        EXPECT_FALSE(std::filesystem::exists(path_.string() + "-journal"));
    }
}

TEST_F(MigrationFile, AnotherProgramsApplicationIdIsRefusedAndUnchanged) {
    {
        Database other(path_);
        other.exec("PRAGMA application_id = 0x12345678; CREATE TABLE photos (id INTEGER)");
    }
    const std::string before = readBytes(path_);
    const std::string message = messageOf([&] { openDatabase(path_); });
    EXPECT_EQ(message, path_.string() +
                           " is not an IP Primer database (it belongs to another program, application id "
                           "0x12345678); it was left untouched");
    EXPECT_EQ(readBytes(path_), before);
}

TEST_F(MigrationFile, AnotherProgramsTablesWithoutApplicationIdAreRefused) {
    {
        Database other(path_);
        other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')");
    }
    const std::string before = readBytes(path_);
    EXPECT_NE(messageOf([&] { openDatabase(path_); }).find("is not an IP Primer database (it holds another program's tables)"),
              std::string::npos);
    EXPECT_EQ(readBytes(path_), before);
}

TEST_F(MigrationFile, OlderSchemaIsBackedUpWithItsWalContentThenUpgraded) {
    {
        Database db = openDatabase(path_, stepsUpTo(1));
        db.exec("INSERT INTO learners (name, role, created_at) VALUES ('Ada', 'engineer', 1)");
        db.setCheckpointOnClose(false);  // Ada stays in the WAL: a plain file copy would lose her
    }
    ASSERT_GT(std::filesystem::file_size(path_.string() + "-wal"), 0u);

    const int next = currentSchemaVersion() + 1;
    {
        Database db = openDatabase(path_, stepsUpTo(next));  // a later version of IP Primer
        EXPECT_EQ(queryInt(db, "PRAGMA user_version"), next);
        EXPECT_TRUE(hasTable(db, "added_in_" + std::to_string(next)));
        EXPECT_EQ(queryText(db, "SELECT name FROM learners"), "Ada");
    }
    ASSERT_EQ(backups(), std::vector<std::string>{"progress.db.v1.bak"});
    Database backup(dir_ / "progress.db.v1.bak", OpenMode::ReadOnly);
    EXPECT_EQ(queryInt(backup, "PRAGMA user_version"), 1);
    EXPECT_FALSE(hasTable(backup, "added_in_" + std::to_string(next)));
    EXPECT_EQ(queryText(backup, "SELECT name FROM learners"), "Ada");
}

TEST_F(MigrationFile, AnEarlierBackupIsNeverOverwritten) {
    openDatabase(path_, stepsUpTo(1));
    writeBytes(dir_ / "progress.db.v1.bak", "an older copy");
    openDatabase(path_, stepsUpTo(currentSchemaVersion() + 1));
    EXPECT_EQ(backups(), (std::vector<std::string>{"progress.db.v1-2.bak", "progress.db.v1.bak"}));
    EXPECT_EQ(readBytes(dir_ / "progress.db.v1.bak"), "an older copy");
    Database backup(dir_ / "progress.db.v1-2.bak", OpenMode::ReadOnly);
    EXPECT_EQ(queryInt(backup, "PRAGMA user_version"), 1);
}

TEST_F(MigrationFile, AFailingStepLeavesTheFileAtItsVersionWithNothingHalfDone) {
    openDatabase(path_, stepsUpTo(1));
    const int next = currentSchemaVersion() + 1;
    std::vector<Migration> broken = stepsUpTo(next);
    broken.push_back({next + 1, "CREATE TABLE half (x INTEGER); CREATE TABLE broken ("});

    const std::string message = messageOf([&] { openDatabase(path_, broken); });
    EXPECT_NE(message.find("could not upgrade " + path_.string() + " to schema " + std::to_string(next + 1)),
              std::string::npos)
        << message;

    // The steps before committed on their own; the broken one left no trace.
    Database db(path_, OpenMode::ReadOnly);
    EXPECT_EQ(queryInt(db, "PRAGMA user_version"), next);
    EXPECT_TRUE(hasTable(db, "added_in_" + std::to_string(next)));
    EXPECT_FALSE(hasTable(db, "half"));
    EXPECT_EQ(backups(), std::vector<std::string>{"progress.db.v1.bak"});
}

TEST_F(MigrationFile, AReadOnlyFileIsRefusedClearlyAndUnchanged) {
    openDatabase(path_);
    std::filesystem::permissions(path_, std::filesystem::perms::owner_read | std::filesystem::perms::group_read |
                                            std::filesystem::perms::others_read);
    const std::string before = readBytes(path_);

    auto attempt = [&]() -> std::string { return messageOf([&] { openDatabase(path_); }); };
    std::string message;
    if (geteuid() != 0) {
        message = attempt();
    } else {
        // Root may write any file: try as nobody in a child process.
        ASSERT_EQ(chmod(dir_.c_str(), 0755), 0);
        int pipe_ends[2];
        ASSERT_EQ(pipe(pipe_ends), 0);
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            close(pipe_ends[0]);
            const std::string result =
                setgid(65534) == 0 && setuid(65534) == 0 ? attempt() : std::string("could not drop root");
            const ssize_t written = write(pipe_ends[1], result.data(), result.size());
            _exit(written == static_cast<ssize_t>(result.size()) ? 0 : 1);
        }
        close(pipe_ends[1]);
        char buffer[512];
        for (ssize_t n; (n = read(pipe_ends[0], buffer, sizeof buffer)) > 0;) message.append(buffer, n);
        close(pipe_ends[0]);
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    EXPECT_EQ(message, path_.string() +
                           " is read-only for this user, and IP Primer must write learning records to it; it "
                           "was left untouched. Make it writable or choose another file.");
    EXPECT_EQ(readBytes(path_), before);
}
